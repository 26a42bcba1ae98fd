// Entry of the smoke scenario in a page (bundled by esbuild from the packed tarball's ESM):
// sets `globalThis.smoke`, which first checks that an API key is refused in a browser
// without `dangerouslyAllowBrowser`, then runs the scenario with the given (token) options.
import { Bedrock, BedrockError } from "@bedrock/sdk";
import { smoke } from "./smoke.mjs";

globalThis.smoke = async (options) => {
  try {
    new Bedrock({ apiKey: "key", baseUrl: options.baseUrl });
  } catch (error) {
    if (!(error instanceof BedrockError)) throw error;
    return smoke(options);
  }
  throw new Error("an API key was accepted in a browser without dangerouslyAllowBrowser");
};
