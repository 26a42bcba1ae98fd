// `npm run test:runtimes`: the runtime matrix. Builds and packs the package, installs the
// tarball into a temporary app, starts the tarball's stub (and a fault injector in front of
// it), then runs the same smoke scenario (test/runtimes/smoke.mjs) under Node (this one),
// Node 22, Bun, Deno and headless Chromium. One line per runtime; exits 1 if any failed.
// Node 22, Bun and Deno come from their npm packages, installed once into .cache/runtimes
// (pinned below, outside the project's dependencies); Chromium is Debian's (`chromium`).
import { execFile, execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { launchChromium } from "./chromium.mjs";

const root = resolve(import.meta.dirname, "..");
const cache = join(root, ".cache/runtimes");
const pinned = { node: "22.23.3", bun: "1.4.5", deno: "2.9.6" };
/** What the SDK sends on every call (and Content-Type with a body): a browser preflights them. */
const corsHeaders = ["authorization", "content-type", "x-bedrock-client"];
const runFile = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "bedrock-runtimes-"));

/** Installs the pinned runtimes into .cache/runtimes unless there already; the install's error, if any. */
function installRuntimes() {
  const installed = ([name, version]) => {
    const manifest = join(cache, "node_modules", name, "package.json");
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).version === version;
  };
  if (Object.entries(pinned).every(installed)) return undefined;
  const specs = Object.entries(pinned).map(([name, version]) => `${name}@${version}`);
  try {
    execFileSync(
      "npm",
      [
        "install",
        "--prefix",
        cache,
        "--prefer-offline",
        "--no-save",
        "--no-audit",
        "--no-fund",
        ...specs,
      ],
      { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
    );
    return undefined;
  } catch (error) {
    return `npm install ${specs.join(" ")} failed: ${String(error.stderr ?? error.message)
      .trim()
      .split("\n")
      .slice(-5)
      .join(" ")}`;
  }
}

/** Builds, packs and installs the tarball into a temporary app with the scenario files. */
function packedApp() {
  execFileSync(join(root, "node_modules/.bin/tsup"), ["--silent"], { cwd: root, stdio: "pipe" });
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const app = join(work, "app");
  const sdk = join(app, "node_modules/@bedrock/sdk");
  mkdirSync(sdk, { recursive: true });
  execFileSync("tar", ["-xzf", join(work, packed.filename), "-C", sdk, "--strip-components=1"]);
  // The one runtime dependency, copied (not linked) so every runtime resolves it inside the app.
  cpSync(join(root, "node_modules/openapi-fetch"), join(app, "node_modules/openapi-fetch"), {
    recursive: true,
  });
  cpSync(join(root, "test/runtimes"), app, { recursive: true });
  const dependencies = { "@bedrock/sdk": packed.version, "openapi-fetch": "*" };
  const manifest = { name: "runtime-smoke", private: true, type: "module", dependencies };
  writeFileSync(join(app, "package.json"), JSON.stringify(manifest));
  return app;
}

/** Forwards to the stub; a request under /fail-once/<id>/ fails with a 503 the first time. */
function faultInjector(stubUrl) {
  const failed = new Set();
  return createServer((req, res) => {
    const fault = /^\/fail-once\/([\w-]+)(\/.*)$/.exec(req.url ?? "");
    if (fault && req.method !== "OPTIONS" && !failed.has(fault[1])) {
      failed.add(fault[1]);
      req.resume();
      res.writeHead(503, {
        "Content-Type": "application/json",
        "Retry-After": "0",
        "Access-Control-Allow-Origin": "*",
      });
      res.end(JSON.stringify({ detail: "Injected fault." }));
      return;
    }
    const target = `${stubUrl}${fault ? fault[2] : req.url}`;
    const forward = request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on("error", (error) => res.writeHead(502).end(String(error)));
    req.pipe(forward);
  });
}

function listen(server) {
  return new Promise((resolveUrl) =>
    server.listen(0, "127.0.0.1", () => resolveUrl(`http://127.0.0.1:${server.address().port}`)),
  );
}

/** Runs main.mjs under a runtime's executable; resolves to the scenario's summary line. */
async function runScenario(app, command, args, options, env = {}) {
  const { stdout } = await runFile(command, [...args, "main.mjs", JSON.stringify(options)], {
    cwd: app,
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return stdout.trim();
}

/** Why the stub's CORS preflight would block the SDK in a page at `origin`, or [] if it would not. */
async function preflightProblems(stubUrl, origin) {
  const problems = [];
  for (const [path, method] of [
    ["/api/templates/", "POST"],
    ["/api/templates/00000000-0000-4000-8000-000000000000/", "GET"],
  ]) {
    const response = await fetch(`${stubUrl}${path}`, {
      method: "OPTIONS",
      headers: {
        Origin: origin,
        "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": corsHeaders.join(","),
      },
    });
    const list = (name) =>
      (response.headers.get(name) ?? "")
        .toLowerCase()
        .split(/\s*,\s*/)
        .filter(Boolean);
    const allowOrigin = response.headers.get("access-control-allow-origin");
    const missing = corsHeaders.filter((h) => !list("access-control-allow-headers").includes(h));
    const wrong = [
      !response.ok && `status ${response.status}`,
      allowOrigin !== "*" && allowOrigin !== origin && `Access-Control-Allow-Origin ${allowOrigin}`,
      !list("access-control-allow-methods").includes(method.toLowerCase()) &&
        `Access-Control-Allow-Methods lacks ${method}`,
      missing.length &&
        `Access-Control-Allow-Headers (${response.headers.get("access-control-allow-headers")}) lacks ${missing.join(", ")}`,
    ].filter(Boolean);
    if (wrong.length) problems.push(`OPTIONS ${path} for ${method}: ${wrong.join("; ")}`);
  }
  return problems;
}

/** Runs the scenario in headless Chromium, from a page on another origin than the stub. */
async function runInBrowser(app, options) {
  const bundled = await build({
    entryPoints: [join(app, "browser.mjs")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const page = createServer((req, res) => {
    if (req.url === "/smoke.js") {
      res.writeHead(200, { "Content-Type": "text/javascript" });
      res.end(bundled.outputFiles[0].contents);
    } else {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end('<!doctype html><script type="module" src="/smoke.js"></script>');
    }
  });
  const pageUrl = await listen(page);
  const preflight = await preflightProblems(options.baseUrl, pageUrl);
  const browser = await launchChromium();
  const consoleErrors = [];
  try {
    const tab = await browser.newPage();
    tab.on(
      "console",
      (message) => message.type() === "error" && consoleErrors.push(message.text()),
    );
    tab.on("pageerror", (error) => consoleErrors.push(String(error)));
    await tab.goto(pageUrl);
    await tab.waitForFunction(() => typeof globalThis.smoke === "function", null, {
      timeout: 10_000,
    });
    const summary = await tab.evaluate((scenario) => globalThis.smoke(scenario), options);
    return { version: browser.version(), summary };
  } catch (error) {
    const why = [...preflight.map((p) => `stub CORS preflight: ${p}`), ...consoleErrors];
    throw new Error([String(error.message ?? error).split("\n")[0], ...why].join("\n    "));
  } finally {
    await browser.close();
    page.close();
  }
}

async function main() {
  const installError = installRuntimes();
  const app = packedApp();
  const stubEntry = join(app, "node_modules/@bedrock/sdk/dist/stub/index.js");
  const { startStub } = await import(pathToFileURL(stubEntry).href);
  const stub = await startStub({ port: 0, throttle: false });
  const injector = faultInjector(stub.url);
  const injectorUrl = await listen(injector);
  const scenario = (name, credentials) => ({
    baseUrl: stub.url,
    faultUrl: `${injectorUrl}/fail-once/${name.replace(/\W/g, "-")}`,
    credentials,
  });
  const bin = (name) => join(cache, "node_modules/.bin", name);
  const denoEnv = { DENO_DIR: join(cache, "deno-dir"), DENO_NO_UPDATE_CHECK: "1" };
  const versionOf = async (command) =>
    (await runFile(command, ["--version"])).stdout.trim().split(/ \(|\n/)[0];

  const server = (name, command, args = [], env = {}) => ({
    name,
    run: async () => {
      if (!existsSync(command)) throw new Error(`not installed: ${installError ?? command}`);
      const options = scenario(name, { apiKey: stub.apiKey });
      return {
        version: await versionOf(command),
        summary: await runScenario(app, command, args, options, env),
      };
    },
  });
  const runtimes = [
    server("node", process.execPath),
    server("node 22", bin("node")),
    server("bun", bin("bun")),
    server(
      "deno",
      bin("deno"),
      ["run", "--no-prompt", "--no-lock", "--allow-net=127.0.0.1"],
      denoEnv,
    ),
    { name: "chromium", run: () => runInBrowser(app, scenario("chromium", { token: stub.token })) },
  ];

  let failed = 0;
  try {
    for (const { name, run } of runtimes) {
      const started = performance.now();
      const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
      try {
        const { version, summary } = await run();
        console.log(`✔ ${name} (${version}, ${seconds()}): ${summary}`);
      } catch (error) {
        failed++;
        const detail = String(error.stderr || error.message || error).trim();
        console.log(`✘ ${name} (${seconds()}): ${detail.split("\n").slice(0, 12).join("\n    ")}`);
      }
    }
  } finally {
    injector.close();
    await stub.close();
  }
  console.log(`runtimes: ${runtimes.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`✘ ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
