// Entry of the scenarios under Node, Bun and Deno: the options arrive as JSON in the first
// argument; runs the smoke scenario against the stub over HTTP, then the in-process one with the
// tarball's createStub(); prints both summaries, or the error and exits 1.
import { createStub } from "@bedrock/sdk/stub";
import { inProcess } from "./in-process.mjs";
import { smoke } from "./smoke.mjs";

const [options] = globalThis.Deno?.args ?? process.argv.slice(2);
try {
  console.log(`${await smoke(JSON.parse(options))}; ${await inProcess(createStub)}`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  (globalThis.Deno ?? process).exit(1);
}
