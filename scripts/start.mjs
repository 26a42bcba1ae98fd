// `npm start`: builds the stub's command (src/stub/cli.ts → .cache/stub, a private build
// independent of the package's dist/) and runs it, as `npx bedrock-stub` does: the seeded stub
// on http://127.0.0.1:8000 (PORT, HOST), throttled to BEDROCK_STUB_THROTTLE requests a second
// per caller (default 100, 0 for none) in bursts of BEDROCK_STUB_BURST, failed authentication
// locked out after 10 a minute (BEDROCK_STUB_FAILED_AUTH=0: off), browser pages of the origins
// BEDROCK_STUB_CORS_ORIGINS lists allowed, empty with BEDROCK_STUB_SEED=0. It listens at once;
// on the first start after a clone the docs site (docs/site/) is built meanwhile and served at
// /docs as soon as it is there.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { build } from "tsup";

const outDir = ".cache/stub";
const docsDir = "docs/site";

try {
  await build({
    entry: { cli: "src/stub/cli.ts" },
    outDir,
    format: "esm",
    platform: "node",
    target: "node20",
    config: false,
    skipNodeModulesBundle: true,
    silent: true,
  });
} catch (error) {
  console.error(`Could not build the stub: ${error.message}`);
  process.exit(1);
}
const { main } = await import(pathToFileURL(`${outDir}/cli.js`).href);
await main({ docsDir });

// The docs site is built, not committed: build it after the first start, without holding
// the stub up; /docs serves it once it is there.
if (!existsSync(`${docsDir}/index.html`)) {
  const docs = spawn(process.execPath, ["scripts/docs.mjs"], { stdio: "ignore" });
  docs.on("exit", (code) => {
    if (code !== 0 && code !== null)
      console.error("The docs site did not fully build: run `npm run docs` to see why.");
  });
  process.once("exit", () => docs.kill());
}
