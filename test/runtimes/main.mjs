// Entry of the smoke scenario under Node, Bun and Deno: the options arrive as JSON in the
// first argument; prints the summary, or the error and exits 1.
import { smoke } from "./smoke.mjs";

const [options] = globalThis.Deno?.args ?? process.argv.slice(2);
try {
  console.log(await smoke(JSON.parse(options)));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  (globalThis.Deno ?? process).exit(1);
}
