// The stub's web build (dist/stub/web.js, the `browser` and `worker` conditions of the
// `@bedrock/sdk/stub` export): the same stub with Node's http adapter (src/stub/node.ts) replaced
// by src/stub/node-unavailable.ts, so nothing of it imports a `node:` module. Built for the
// browser platform, where esbuild refuses any `node:` import that would still get in.
import { dirname, join, sep } from "node:path";

/** An esbuild plugin resolving the stub's `./node` import to its web stand-in. */
export const withoutNodeAdapter = {
  name: "stub-without-node-adapter",
  setup(build) {
    build.onResolve({ filter: /^\.\/node(\.ts)?$/ }, ({ importer }) =>
      dirname(importer).endsWith(`${sep}src${sep}stub`)
        ? { path: join(dirname(importer), "node-unavailable.ts") }
        : undefined,
    );
  },
};
