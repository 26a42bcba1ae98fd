// `npm start`: builds the stub (src/stub → .cache/stub, a private build independent of the
// package's dist/) and serves it on http://127.0.0.1:8000 (PORT, HOST), with the docs site
// (docs/site/) at /docs. Seeds the demo organization unless BEDROCK_STUB_SEED=0. Throttles
// each credential to BEDROCK_STUB_THROTTLE requests a second (default 100, 0 for none) with
// bursts of BEDROCK_STUB_BURST (default twice the rate).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { build } from "tsup";

const port = Number(process.env.PORT || 8000);
const host = process.env.HOST || "127.0.0.1";
const seed = process.env.BEDROCK_STUB_SEED !== "0";
const outDir = ".cache/stub";

/** The throttle from the environment, or exits with what is wrong with it. */
function throttleFromEnv(
  { BEDROCK_STUB_THROTTLE: rate = "100", BEDROCK_STUB_BURST: burst } = process.env,
) {
  const perSecond = Number(rate);
  if (rate.trim() === "" || !Number.isFinite(perSecond) || perSecond < 0) {
    console.error(
      `BEDROCK_STUB_THROTTLE must be requests per second (0 for no throttling), not "${rate}".`,
    );
    process.exit(1);
  }
  if (perSecond === 0) return false;
  const size = burst === undefined ? Math.max(1, Math.ceil(perSecond * 2)) : Number(burst);
  if (!Number.isInteger(size) || size < 1) {
    console.error(
      `BEDROCK_STUB_BURST must be a whole number of requests, 1 or more, not "${burst}".`,
    );
    process.exit(1);
  }
  return { rate: perSecond, burst: size };
}
const throttle = throttleFromEnv();

try {
  await build({
    entry: { index: "src/stub/index.ts" },
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
const { startStub } = await import(pathToFileURL(`${outDir}/index.js`).href);

// The docs site is built, not committed: build it once, on the first start after a clone.
if (!existsSync("docs/site/index.html")) {
  console.log("Building the docs site (first start only)…");
  const { status } = spawnSync(process.execPath, ["scripts/docs.mjs"], { stdio: "ignore" });
  if (status !== 0)
    console.error("The docs site did not fully build: run `npm run docs` to see why.");
}

let stub;
try {
  stub = await startStub({
    port,
    host,
    seed,
    throttle,
    docsDir: "docs/site",
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(
    error.code === "EADDRINUSE"
      ? `Port ${port} on ${host} is already in use: stop what is using it, or run PORT=<another port> npm start.`
      : `Could not start the stub on ${host}:${port}: ${error.message}`,
  );
  process.exit(1);
}

// Handlers first: whoever reads the line below may signal at once.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    stub.close().then(() => process.exit(0));
  });
}

const limit = throttle
  ? `${throttle.rate} requests/s per credential, bursts of ${throttle.burst} (BEDROCK_STUB_THROTTLE=0 for none)`
  : "no throttling";
console.log(
  seed
    ? `Bedrock stub on ${stub.url} (docs at /docs, ${limit}) — authenticate with "Authorization: Bearer ${stub.apiKey}" (API key) or "Authorization: Token ${stub.token}" (user ${stub.email}).`
    : `Bedrock stub on ${stub.url} (docs at /docs, ${limit}), empty — get a token with POST /api/organizations/auth/signup/, then create an API key.`,
);
// What the SDK, the docs' samples and curl read: paste it into the shell that runs them.
console.log(`export BEDROCK_BASE_URL=${stub.url}${seed ? ` BEDROCK_API_KEY=${stub.apiKey}` : ""}`);
