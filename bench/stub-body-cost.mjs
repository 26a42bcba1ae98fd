// `node bench/stub-body-cost.mjs`: what the largest bodies a caller may send cost the stub —
// how long handling one blocks the stub's event loop (every other client waits that long), and
// how far one organization filling its storage quota grows the stub's heap. The stub (src/stub,
// bundled with esbuild: nothing to build first) runs in a worker thread of its own, so the
// client's work is not counted. Prints a table. Not a test: timings depend on the machine;
// test/stub/bounds.test.ts checks the sizes and counts.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { buildSync } from "esbuild";

if (isMainThread) await client();
else await server(workerData);

/** The stub, answering `longest` (the longest event-loop block since the last ask) and `heap`. */
async function server(bundle) {
  const { createStub } = await import(pathToFileURL(bundle).href);
  const stub = await (await createStub({ throttle: false })).listen();
  let longest = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  parentPort.on("message", (ask) => {
    if (ask === "heap") {
      setFlagsFromString("--expose-gc");
      runInNewContext("gc")();
      parentPort.postMessage(getHeapStatistics().used_heap_size);
    } else parentPort.postMessage(longest);
    longest = 0;
    last = performance.now();
  });
  parentPort.postMessage(stub.url);
}

async function client() {
  const stub = await stubInWorker();
  const json = { "Content-Type": "application/json" };
  const call = (method, path, auth, body) =>
    fetch(stub.url + path, { method, headers: { ...json, Authorization: auth }, body });
  const key = await apiKey(call);
  const objects = (count) => `[${Array(count - 1).fill("{}")}]`;
  const blob = JSON.stringify({
    name: "s",
    definition: { metadata: { blob: "x".repeat(1_040_000) } },
  });
  await eventLoopBlocks(stub, call, key, {
    "1 MiB string (stored)": blob,
    "20,000 values, 60 kB (stored)": `{"name":"v","definition":{"metadata":{"a":${objects(19_996)}}}}`,
    "1 MiB of [{},…] (refused, 400)": `{"name":"o","definition":{"metadata":${objects(349_000)}}}`,
  });
  await heapGrowth(stub, call, key, blob);
  await stub.stop();
}

/** The stub (src/stub bundled with esbuild) in a worker thread: its URL and `ask` (see `server`). */
async function stubInWorker() {
  const root = fileURLToPath(new URL("..", import.meta.url));
  // inside the repository, so that the bundle finds its packages in node_modules
  const dir = mkdtempSync(join(root, "bench", ".stub-body-cost-"));
  const bundle = join(dir, "stub.mjs");
  buildSync({
    entryPoints: [join(root, "src/stub/index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    packages: "external",
    outfile: bundle,
  });
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: bundle });
  const next = () => new Promise((answer) => worker.once("message", answer));
  const ask = (question) => {
    const answer = next();
    worker.postMessage(question);
    return answer;
  };
  const url = await next();
  rmSync(dir, { recursive: true, force: true });
  return { url, ask, stop: () => worker.terminate() };
}

/** A new user's organization's API key, as an Authorization value. */
async function apiKey(call) {
  const signup = await call(
    "POST",
    "/api/organizations/auth/signup/",
    "",
    JSON.stringify({
      email: "bench@example.test",
      password: "bench-pass",
      name: "B",
      organization_name: "B",
    }),
  ).then((res) => res.json());
  const created = await call(
    "POST",
    "/api/organizations/api-keys/",
    `Token ${signup.token}`,
    JSON.stringify({ name: "bench" }),
  ).then((res) => res.json());
  return `Bearer ${created.key}`;
}

/** Prints the table: each body's status and the longest event-loop block it caused, 9 tries. */
async function eventLoopBlocks(stub, call, key, bodies) {
  console.log(
    "| body | status | longest stub event-loop block, ms (median, worst of 9) |\n|---|---|---|",
  );
  for (const [name, body] of Object.entries(bodies)) {
    const blocks = [];
    let status = 0;
    for (let i = 0; i < 9; i++) {
      await stub.ask("reset");
      const res = await call("POST", "/api/templates/", key, body);
      status = res.status;
      const { id } = await res.json();
      blocks.push(await stub.ask("longest"));
      // stored ones are deleted again, so that the quota never refuses them here
      if (id) await call("DELETE", `/api/templates/${id}/`, key);
    }
    blocks.sort((a, b) => a - b);
    console.log(`| ${name} | ${status} | ${blocks[4].toFixed(0)}, ${blocks[8].toFixed(0)} |`);
  }
}

/** Prints how far the stub's heap grows while one organization sends 40 bodies of 1 MiB. */
async function heapGrowth(stub, call, key, blob) {
  const before = await stub.ask("heap");
  let stored = 0;
  for (let i = 0; i < 40; i++) {
    const res = await call("POST", "/api/templates/", key, blob);
    await res.text();
    if (res.status === 201) stored++;
  }
  const grown = ((await stub.ask("heap")) - before) / 1_048_576;
  console.log(
    `\n40 bodies of 1 MiB from one organization: ${stored} stored, then 403; the stub's heap grew ${grown.toFixed(1)} MiB (quota 16 MiB)`,
  );
}
