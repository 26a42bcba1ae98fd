// Types of scripts/web-stub.mjs.
import type { Plugin } from "esbuild";

/** An esbuild plugin resolving the stub's `./node` import to its web stand-in. */
export const withoutNodeAdapter: Plugin;
