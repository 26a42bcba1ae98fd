import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import { withoutNodeAdapter } from "./scripts/web-stub.mjs";

// Both entries build ESM (.js) and CommonJS (.cjs) with their declarations. Each entry is
// self-contained (no shared chunks), so the main entry can be checked on its own: it must
// load nothing but openapi-fetch, and run anywhere there is a fetch.
const common: Options = {
  format: ["esm", "cjs"],
  dts: true,
  splitting: false,
  target: "es2022",
  outDir: "dist",
};

/**
 * The stub's `client()` builds the package's own `Bedrock`, imported by the package's name, so
 * that errors it throws are the classes apps import from `@bedrock/sdk` (a bundled second copy
 * would fail their `instanceof` checks).
 */
const sdkFromPackage: Plugin = {
  name: "stub-sdk-from-package",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/client$/ }, ({ importer }) =>
      /[\\/]src[\\/]stub[\\/][^\\/]+$/.test(importer)
        ? { path: "@bedrock/sdk", external: true }
        : undefined,
    );
  },
};

export default defineConfig([
  {
    ...common,
    entry: { index: "src/index.ts" },
    platform: "neutral",
    sourcemap: true,
    clean: true,
  },
  // The stub carries its validators' runtime helpers, its hashes and its YAML writer inside, so
  // that the package's only runtime dependency stays openapi-fetch.
  {
    ...common,
    entry: { "stub/index": "src/stub/index.ts" },
    platform: "node",
    noExternal: ["ajv", "ajv-formats", "yaml", "@noble/hashes"],
    esbuildPlugins: [sdkFromPackage],
    // Bundled CommonJS dependencies (yaml) call require(); give the ESM build a real one.
    banner: ({ format }) =>
      format === "esm"
        ? {
            js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
          }
        : {},
  },
  // The same stub for pages and workers (the `browser` and `worker` conditions of the export):
  // Node's http adapter left out, no `node:` import (the browser platform refuses any).
  {
    entry: { "stub/web": "src/stub/index.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    outDir: "dist",
    splitting: false,
    dts: false,
    noExternal: ["ajv", "ajv-formats", "yaml", "@noble/hashes"],
    esbuildPlugins: [withoutNodeAdapter, sdkFromPackage],
  },
  // `npx bedrock-stub`: Node only, ESM, the stub inside (as its entry carries it).
  {
    entry: { "stub/bin": "src/stub/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "es2022",
    outDir: "dist",
    splitting: false,
    noExternal: ["ajv", "ajv-formats", "yaml", "@noble/hashes"],
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
  },
  // The conformance kit's CLI (`npx bedrock-conformance`): Node only, ESM, its validator inside,
  // so that it adds no dependency to the package.
  {
    entry: { "conformance/cli": "src/conformance/cli.ts" },
    format: ["esm"],
    platform: "node",
    target: "es2022",
    outDir: "dist",
    splitting: false,
    noExternal: ["ajv", "ajv-formats"],
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
  },
]);
