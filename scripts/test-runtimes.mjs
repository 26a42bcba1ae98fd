// `npm run test:runtimes`: the runtime and TypeScript matrix. Builds and packs the package,
// installs the tarball into a temporary app, starts the tarball's stub (and a fault injector in
// front of it), then runs the same smoke scenario (test/runtimes/smoke.mjs) and the in-process
// one (test/runtimes/in-process.mjs: createStub(), in a page from the stub's web build) under
// Node 20, 22, 24 and 26, Node with --disallow-code-generation-from-strings, Bun, Deno and
// headless Chromium, and type-checks the strict consumer app of
// test/package/fixtures (with its must-fail probes) under every TypeScript the package supports:
// the oldest it claims (peerDependencies), the latest 5.x, 6.0 and 7.0. One line per entry;
// exits 1 if any failed. The runtimes and compilers are npm packages (the Node, Bun and Deno
// binaries for this platform), installed once into .cache/runtimes, outside the project's own
// dependencies; the first run says what it downloads, how much and where. Chromium is found as
// scripts/chromium.mjs says.
import { execFile, execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { launchChromium } from "./chromium.mjs";

const root = resolve(import.meta.dirname, "..");
const cache = join(root, ".cache/runtimes");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
/** The Node lines tested: every supported line that is not past its end of life, and 20. */
const NODE = { 20: "20.20.2", 22: "22.23.5", 24: "24.22.3", 26: "26.12.1" };
const BUN = "1.4.5";
const DENO = "2.9.6";
/** TypeScript by minor: the oldest the package claims must be here (with its last patch). */
const TYPESCRIPT = { 5.4: "5.4.5", 5.9: "5.9.3", "6.0": "6.0.3", "7.0": "7.0.2" };
/** What the SDK sends on every call (and Content-Type with a body): a browser preflights them. */
const corsHeaders = ["authorization", "content-type", "x-bedrock-client"];
/** Megabytes one of each takes unpacked, for the estimate shown before downloading. */
const TYPICAL_MB = { node: 190, bun: 105, deno: 92, typescript: 30 };
const runFile = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "bedrock-runtimes-"));
/** The Node line this process runs: tested with its own executable, not downloaded again. */
const currentNode = process.versions.node.split(".")[0];
/** Where the matrix installed a runtime's or compiler's file (see `downloads`). */
const installed = (alias, file) => join(cache, "node_modules", alias, file);
const exe = process.platform === "win32" ? ".exe" : "";
const bun = installed("bun", `bin/bun${exe}`);
const deno = installed("deno", `deno${exe}`);
const denoEnv = { DENO_DIR: join(cache, "deno-dir"), DENO_NO_UPDATE_CHECK: "1" };

/** The oldest TypeScript the package claims (its `typescript` peer range, `>=X.Y`). */
function oldestTypeScript() {
  const range = manifest.peerDependencies?.typescript ?? "";
  const minor = /^>=\s*(\d+\.\d+)$/.exec(range)?.[1];
  if (!minor || !TYPESCRIPT[minor])
    throw new Error(
      `package.json's peerDependencies.typescript (${range || "missing"}) must read >=X.Y with X.Y in TYPESCRIPT of ${relative(root, import.meta.filename)}`,
    );
  const claim = `TypeScript ${minor} or later`;
  if (!readFileSync(join(root, "README-package.md"), "utf8").includes(claim))
    throw new Error(`README-package.md must say "${claim}", as package.json's peerDependencies do`);
  return minor;
}

/** The npm package holding this platform's build of Node, Bun or Deno. */
function platformPackage(runtime, version) {
  const { platform, arch } = process;
  const glibc = Boolean(process.report?.getReport?.().header?.glibcVersionRuntime);
  const names = {
    node: `node-${platform === "win32" ? "win" : platform}-${arch}`,
    bun: `@oven/bun-${platform === "win32" ? "windows" : platform}-${arch === "arm64" ? "aarch64" : arch}${platform === "linux" && !glibc ? "-musl" : ""}`,
    deno: `@deno/${platform}-${arch}${platform === "linux" ? "-glibc" : ""}`,
  };
  return `npm:${names[runtime]}@${version}`;
}

/**
 * What the matrix installs into .cache/runtimes: alias → npm spec. The Node line this process
 * runs is not downloaded again. Only platform packages: nothing to run at install time.
 */
function downloads() {
  return {
    ...Object.fromEntries(
      Object.entries(NODE)
        .filter(([line]) => line !== currentNode)
        .map(([line, version]) => [`node-${line}`, platformPackage("node", version)]),
    ),
    bun: platformPackage("bun", BUN),
    deno: platformPackage("deno", DENO),
    ...Object.fromEntries(
      Object.values(TYPESCRIPT).map((version) => [
        `typescript-${version}`,
        `npm:typescript@${version}`,
      ]),
    ),
  };
}

function sizeOf(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isDirectory()) return stats?.size ?? 0;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Installs what is missing from .cache/runtimes, saying what, how much and where; the error, if any. */
function installRuntimes() {
  const wanted = downloads();
  const installedVersion = (alias) => {
    const file = installed(alias, "package.json");
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : undefined;
  };
  const missing = Object.entries(wanted).filter(
    ([alias, spec]) => installedVersion(alias) !== spec.split("@").pop(),
  );
  if (!missing.length) return undefined;
  const where = relative(root, cache);
  const what = missing.map(([, spec]) => spec.slice("npm:".length));
  const estimate = missing.reduce((sum, [alias]) => sum + TYPICAL_MB[alias.split("-")[0]], 0);
  console.log(`Downloading once into ${where}/, about ${estimate} MB on disk: ${what.join(", ")}…`);
  mkdirSync(cache, { recursive: true });
  const matrix = { name: "runtime-matrix", private: true, dependencies: wanted };
  writeFileSync(join(cache, "package.json"), `${JSON.stringify(matrix, null, 2)}\n`);
  const started = performance.now();
  try {
    execFileSync(
      "npm",
      ["install", "--prefer-offline", "--no-package-lock", "--no-audit", "--no-fund"],
      { cwd: cache, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 10 * 60_000 },
    );
  } catch (error) {
    return `npm install in ${where} failed: ${String(error.stderr || error.message)
      .trim()
      .split("\n")
      .slice(-5)
      .join(" ")}`;
  }
  const megabytes = Math.round(sizeOf(join(cache, "node_modules")) / 1e6);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `Downloaded in ${seconds} s: ${where}/ now holds ${megabytes} MB (delete it to free the space).`,
  );
  return undefined;
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
  // The one runtime dependency (and its types' helper), copied (not linked) so every runtime
  // and compiler resolves them inside the app.
  for (const dependency of ["openapi-fetch", "openapi-typescript-helpers"])
    cpSync(join(root, "node_modules", dependency), join(app, "node_modules", dependency), {
      recursive: true,
    });
  cpSync(join(root, "test/runtimes"), app, { recursive: true });
  // The strict consumer app of test/package, for the TypeScript matrix.
  for (const file of ["app.ts", "tsconfig.json"])
    cpSync(join(root, "test/package/fixtures", file), join(app, file));
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

/**
 * The page's server, listening before the stub starts so the stub can allow its origin: an HTML
 * page under a Content Security Policy that forbids code generated from strings, loading
 * /smoke.js, whose code `serve` sets.
 */
async function pageServer() {
  let script = "";
  const server = createServer((req, res) => {
    if (req.url === "/smoke.js") {
      res.writeHead(200, { "Content-Type": "text/javascript" });
      res.end(script);
    } else {
      res.writeHead(200, {
        "Content-Type": "text/html",
        "Content-Security-Policy":
          "default-src 'none'; script-src 'self'; connect-src http://127.0.0.1:*",
      });
      res.end('<!doctype html><script type="module" src="/smoke.js"></script>');
    }
  });
  const url = await listen(server);
  return {
    url,
    serve: (code) => {
      script = code;
    },
    close: () => {
      server.close();
      server.closeAllConnections();
    },
  };
}

/** Runs the scenarios in headless Chromium, from `page`, another origin than the stub's. */
async function runInBrowser(app, options, page) {
  // The browser platform refuses any `node:` import; the stub must come from its web build.
  const bundled = await build({
    entryPoints: [join(app, "browser.mjs")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const stubBuilds = Object.keys(bundled.metafile.inputs).filter((path) =>
    path.includes("@bedrock/sdk/dist/stub/"),
  );
  if (stubBuilds.length !== 1 || !stubBuilds[0]?.endsWith("/@bedrock/sdk/dist/stub/web.js"))
    throw new Error(`the page's stub is not the web build alone: ${stubBuilds.join(", ")}`);
  page.serve(bundled.outputFiles[0].contents);
  const pageUrl = page.url;
  const consoleErrors = [];
  let preflight = [];
  let browser;
  try {
    preflight = await preflightProblems(options.baseUrl, pageUrl);
    browser = await launchChromium();
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
    await browser?.close();
  }
}

/** The guide's test for a runtime: its ```ts bun or ```ts deno block, as a file in the app. */
function guideTest(app, runtime) {
  const guide = readFileSync(join(root, "docs/testing-with-the-stub.md"), "utf8");
  const block = new RegExp(`^\`\`\`ts ${runtime}\n([\\s\\S]*?)^\`\`\`$`, "m").exec(guide)?.[1];
  if (!block) throw new Error(`docs/testing-with-the-stub.md has no \`\`\`ts ${runtime} block`);
  const file = `guide-${runtime}.test.ts`;
  writeFileSync(join(app, file), block);
  return file;
}

/** Runs the guide's block for Bun or Deno with that runtime's own test runner. */
function guideRun(app, runtime, command, args, env = {}) {
  return async () => {
    if (!existsSync(command)) throw new Error(`not installed: ${command}`);
    const file = guideTest(app, runtime);
    const { stdout, stderr } = await runFile(command, [...args, file], {
      cwd: app,
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: "1", ...env },
    }).catch((error) => {
      throw new Error(`${error.stdout ?? ""}${error.stderr ?? error.message}`.trim());
    });
    // Bun reports on stderr, Deno on stdout: the last line that counts passes and failures.
    const counts = `${stdout}\n${stderr}`
      .split("\n")
      .filter((line) => /\bpass(ed)?\b/.test(line))
      .at(-1);
    return {
      version: await versionOf(command),
      summary: `docs/testing-with-the-stub.md: ${counts?.trim()}`,
    };
  };
}

/** The strict consumer app (app.ts, with its @ts-expect-error probes) under one TypeScript. */
function typeCheck(app, version) {
  const tsc = installed(`typescript-${version}`, "bin/tsc");
  return async () => {
    if (!existsSync(tsc)) throw new Error(`not installed: ${tsc}`);
    const check = runFile(process.execPath, [tsc, "-p", app], { cwd: app, timeout: 120_000 });
    const { stdout } = await check.catch((error) => {
      throw new Error(String(error.stdout || error.message).trim());
    });
    return { version, summary: stdout.trim() || "strict app and its must-fail probes as expected" };
  };
}

/**
 * Runs each lane's entries one after another (each runtime's scenario counts what the shared stub
 * holds, so two at once would miscount) and the lanes beside each other (the compilers need no
 * stub); prints the results in order. Resolves to how many failed.
 */
async function runAll(lanes) {
  const timed = async ({ run }) => {
    const begin = performance.now();
    const seconds = () => (performance.now() - begin) / 1000;
    try {
      return { ...(await run()), seconds: seconds() };
    } catch (error) {
      return { error, seconds: seconds() };
    }
  };
  // Each lane runs its entries one after another, each once the one before has ended.
  const results = new Map();
  for (const lane of lanes) {
    let previous = Promise.resolve();
    for (const entry of lane) {
      previous = previous.then(() => timed(entry));
      results.set(entry, previous);
    }
  }
  let failed = 0;
  for (const entry of lanes.flat()) {
    const { name } = entry;
    const { version, summary, error, seconds } = await results.get(entry);
    const took = `${seconds.toFixed(1)} s`;
    if (!error) {
      console.log(`✔ ${name} (${version}, ${took}): ${summary}`);
      continue;
    }
    failed++;
    const detail = String(error.stderr || error.message || error).trim();
    console.log(`✘ ${name} (${took}): ${detail.split("\n").slice(0, 12).join("\n    ")}`);
  }
  return failed;
}

/** A runtime's version as its `--version` prints it (first line, no build details). */
async function versionOf(command) {
  return (await runFile(command, ["--version"])).stdout.trim().split(/ \(|\n/)[0];
}

/**
 * What the runtimes' scenarios reach: the page's server, then the tarball's stub (allowing the
 * page's origin) served over HTTP, and the fault injector in front of it.
 */
async function startServers(app) {
  const stubEntry = join(app, "node_modules/@bedrock/sdk/dist/stub/index.js");
  const { createStub } = await import(pathToFileURL(stubEntry).href);
  const page = await pageServer();
  const stub = await createStub({ cors: [page.url] });
  const served = await stub.listen();
  const injector = faultInjector(served.url);
  const injectorUrl = await listen(injector);
  return {
    stub,
    page,
    /** The options of a runtime's scenario: the stub, its own fault path, the credentials. */
    scenario: (name, credentials) => ({
      baseUrl: served.url,
      faultUrl: `${injectorUrl}/fail-once/${name.replace(/\W/g, "-")}`,
      credentials,
    }),
    close: async () => {
      injector.close();
      page.close();
      await served.close();
    },
  };
}

/** The entries that run the scenarios against the shared stub: each Node line, Bun, Deno, Chromium. */
function runtimeEntries(app, { stub, page, scenario }, installError) {
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
  return [
    ...Object.keys(NODE).map((line) =>
      server(
        `node ${line}`,
        line === currentNode ? process.execPath : installed(`node-${line}`, `bin/node${exe}`),
      ),
    ),
    server(`node ${currentNode} --disallow-code-generation-from-strings`, process.execPath, [
      "--disallow-code-generation-from-strings",
    ]),
    server("bun", bun),
    server("deno", deno, ["run", "--no-prompt", "--no-lock", "--allow-net=127.0.0.1"], denoEnv),
    {
      name: "chromium",
      run: () => runInBrowser(app, scenario("chromium", { token: stub.token }), page),
    },
  ];
}

/**
 * The entries that need no shared stub (they run beside the others): the guide's Bun and Deno
 * blocks under their own test runners, and the strict app under each TypeScript from `oldest`.
 */
function offlineEntries(app, oldest) {
  return [
    {
      name: "bun test (the guide's block)",
      run: guideRun(app, "bun", bun, ["test"]),
    },
    {
      name: "deno test (the guide's block)",
      run: guideRun(
        app,
        "deno",
        deno,
        // the stub's types name node:http's Server, which Deno checks only with @types/node
        ["test", "--no-prompt", "--no-lock", "--no-check"],
        denoEnv,
      ),
    },
    ...Object.entries(TYPESCRIPT)
      .filter(([minor]) => Number.parseFloat(minor) >= Number.parseFloat(oldest))
      .map(([minor, version]) => ({
        name: `typescript ${minor}${minor === oldest ? " (oldest supported)" : ""}`,
        run: typeCheck(app, version),
      })),
  ];
}

async function main() {
  const oldest = oldestTypeScript();
  const installError = installRuntimes();
  const app = packedApp();
  const servers = await startServers(app);
  const lanes = [runtimeEntries(app, servers, installError), offlineEntries(app, oldest)];
  const entries = lanes.flat();
  let failed = 0;
  try {
    failed = await runAll(lanes);
  } finally {
    await servers.close();
  }
  console.log(`matrix: ${entries.length - failed} passed, ${failed} failed`);
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
