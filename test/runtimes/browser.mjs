// Entry of the scenarios in a page (bundled by esbuild from the packed tarball's ESM, the stub
// from its web build): sets `globalThis.smoke`, which first checks that the page's CSP refuses
// code generated from strings and that an API key is refused in a browser without
// `dangerouslyAllowBrowser`, then runs the smoke scenario with the given
// (token) options against the stub over HTTP, then the in-process one with createStub().
import { Bedrock, BedrockError } from "@bedrock/sdk";
import { createStub } from "@bedrock/sdk/stub";
import { inProcess } from "./in-process.mjs";
import { smoke } from "./smoke.mjs";

globalThis.smoke = async (options) => {
  // from a task of the page's own: the runner's evaluate call itself is exempt from the CSP
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (codeFromStringsRuns()) throw new Error("the page's CSP lets code generated from strings run");
  try {
    new Bedrock({ apiKey: "key", baseUrl: options.baseUrl });
  } catch (error) {
    if (!(error instanceof BedrockError)) throw error;
    return `${await smoke(options)}; ${await inProcess(createStub)}`;
  }
  throw new Error("an API key was accepted in a browser without dangerouslyAllowBrowser");
};

function codeFromStringsRuns() {
  try {
    new Function("return 1")();
    return true;
  } catch (error) {
    if (error instanceof EvalError) return false;
    throw error;
  }
}
