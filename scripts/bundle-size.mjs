// What an import costs a browser app: bundled by esbuild for the browser (ESM, minified),
// gzipped, with esbuild's metafile saying which files went in. The size test
// (test/package/size.test.ts) holds the main entry to its budget with it; `npm run bench`
// reports it next to openapi-fetch and openai.
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";

/**
 * The main entry's budget in bytes, min+gz, openapi-fetch included, for what an app ships: every
 * value `@bedrock/sdk` exports but its opt-in helpers (`mainEntryApp`). 10 kB, where a kB is
 * 1,000 bytes (SI, as gzip-size reporters and issue 22 count): 10,000 bytes. Until issue 22's
 * round the budgets counted 1,024-byte kB: 10 kB until the 0.2.0 round; 12 kB, then 11.75 kB,
 * while that round's additions stood at ~10.9–11.6 kB (measured on everything exported,
 * shortTermKeys included); 10 × 1,024 bytes during issue 22's round (the resources built from
 * the generated routes table, shortTermKeys left to apps that import it), then 10,000.
 */
export const SIZE_BUDGET = 10_000;
/**
 * Everything the main entry exports, opt-in helpers included (`export *`): a ceiling on them too,
 * 11 × 1,024 = 11,264 bytes (set when the budgets still counted 1,024-byte kB).
 */
export const EXPORTS_BUDGET = 11 * 1024;
/** Exports an app bundles only when it calls them; an app that does not pays nothing for them. */
export const OPT_IN_EXPORTS = ["shortTermKeys"];

const root = fileURLToPath(new URL("..", import.meta.url));
/** `node_modules/…` for a package's file, however it was reached (a worktree's linked node_modules). */
const tidy = (path) => path.replace(/^(?:\.\.\/)+(?:.*\/)?node_modules\//, "node_modules/");
const builtin = new RegExp(`^(node:|(${builtinModules.join("|")})(/|$))`);
/** Packages only the Node-only stub may carry. */
const stubOnlyPackages = ["ajv", "ajv-formats", "yaml", "@noble/hashes"];

/** esbuild's settings for `source` (module text, imports relative to the root) as a browser app. */
function appBundle(source) {
  return {
    stdin: { contents: source, resolveDir: root, sourcefile: "app.js", loader: "js" },
    absWorkingDir: root,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  };
}

/**
 * Bundles `source` (module text, imports relative to the repository root) for a browser. A
 * Node builtin is left out of the bundle (as external) and listed in `nodeImports`, so a
 * regression shows as a finding instead of a build error.
 */
export async function browserBundle(source) {
  const result = await build({
    ...appBundle(source),
    minify: true,
    metafile: true,
    plugins: [
      {
        name: "node-builtins",
        setup(esbuild) {
          esbuild.onResolve({ filter: builtin }, ({ path }) => ({ path, external: true }));
        },
      },
    ],
  });
  const [output] = Object.values(result.metafile.outputs);
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path: tidy(path), bytes: bytesInOutput }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const nodeImports = Object.values(result.metafile.inputs)
    .flatMap((input) => input.imports)
    .filter((imported) => imported.external && builtin.test(imported.path))
    .map((imported) => imported.path);
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    inputs,
    nodeImports: [...new Set(nodeImports)],
  };
}

/**
 * An app's use of the main entry at `entry` (a path from the repository root): it imports every
 * value the entry exports but the opt-in helpers, and uses each (so that none is dropped, and
 * as an app's bundle, without the export names a re-export would keep), as module text for
 * {@link browserBundle}.
 */
export async function mainEntryApp(entry) {
  const specifier = JSON.stringify(entry.startsWith(".") ? entry : `./${entry}`);
  const result = await build({
    ...appBundle(`export * from ${specifier};`),
    platform: "neutral",
    metafile: true,
    external: ["openapi-fetch"],
  });
  const [output] = Object.values(result.metafile.outputs);
  const names = output.exports.filter((name) => !OPT_IN_EXPORTS.includes(name));
  return `import { ${names.join(", ")} } from ${specifier};\nexport default [${names.join(", ")}];`;
}

/**
 * Each file's share of `source`'s min+gz bundle, largest first: the bundle (identifiers and
 * syntax minified) split at esbuild's per-file comments, each part whitespace-minified, and a
 * file's share what gzip adds for it after the files before it. The shares add up to about
 * the bundle's own min+gz (within a few bytes).
 */
export async function moduleShares(source) {
  const result = await build({ ...appBundle(source), minifyIdentifiers: true, minifySyntax: true });
  const parts = result.outputFiles[0].text.split(/^\/\/ (.+)$/m);
  const shares = [];
  let text = "";
  let before = 0;
  for (let i = 1; i < parts.length; i += 2) {
    text += (await transform(parts[i + 1], { minifyWhitespace: true, loader: "js" })).code;
    const after = gzipSync(text, { level: 9 }).length;
    shares.push({ path: tidy(parts[i]), gzip: after - before });
    before = after;
  }
  return shares.sort((a, b) => b.gzip - a.gzip);
}

/** The package an input path belongs to (`openapi-fetch`, `@scope/name`), or undefined for our own files. */
export function packageOf(path) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match?.[1];
}

/**
 * Why a bundle of the main entry breaks the rules, or [] if it does not: over `budget`, or
 * carrying the stub, a Node builtin, or any package but openapi-fetch (ajv and yaml named).
 */
export function mainEntryProblems(bundle, budget = SIZE_BUDGET) {
  const problems = [];
  if (bundle.gzip > budget)
    problems.push(`${bundle.gzip} bytes min+gz is over the ${budget}-byte budget`);
  const stub = bundle.inputs.filter(({ path }) => path.startsWith("src/stub/"));
  if (stub.length) problems.push(`carries the stub: ${stub.map(({ path }) => path).join(", ")}`);
  if (bundle.nodeImports.length)
    problems.push(`imports Node builtins: ${bundle.nodeImports.join(", ")}`);
  const packages = [...new Set(bundle.inputs.map(({ path }) => packageOf(path)).filter(Boolean))];
  const stubOnly = packages.filter((name) => stubOnlyPackages.includes(name));
  if (stubOnly.length) problems.push(`carries the stub's dependencies: ${stubOnly.join(", ")}`);
  const others = packages.filter(
    (name) => name !== "openapi-fetch" && !stubOnlyPackages.includes(name),
  );
  if (others.length) problems.push(`carries packages besides openapi-fetch: ${others.join(", ")}`);
  return problems;
}
