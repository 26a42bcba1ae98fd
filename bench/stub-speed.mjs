// Issue 21's "Fast" targets for the stub, side by side in one run (`npm run bench`, alone with
// `npm run bench -- --stub-speed`): createStub() first in a fresh process (a child per sample)
// and after; reset(); GET /api/templates/ through stub.fetch, over the stub's HTTP, through
// msw answering a hand-written handler and from Prism's mock; and the server's CPU per request
// over HTTP, the stub's next to a bare node:http server, each in its own child process.
// Loopback only. Run from bench/run.mjs after the build (it imports dist/stub).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CONTRACT, startPrism } from "../scripts/prism.mjs";
import { ms, percentile, printer, verdict } from "./report.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const stubEntry = pathToFileURL(`${root}dist/stub/index.js`).href;
const PATH = "/api/templates/";
const counts = { coldProcesses: 8, laterPerProcess: 20, resets: 500, calls: 1500, cpuCalls: 4000 };
const targets = { later: 20, first: 300, reset: 2, fetchSpeedup: 10, cpuRatio: 2 };

/** In a fresh Node per sample: import, the first createStub(), then `laterPerProcess` more. */
function coldStarts() {
  const script = `
    const t0 = performance.now();
    const { createStub } = await import(${JSON.stringify(stubEntry)});
    const t1 = performance.now();
    await createStub();
    const t2 = performance.now();
    const later = [];
    for (let i = 0; i < ${counts.laterPerProcess}; i++) {
      const t = performance.now();
      await createStub();
      later.push(performance.now() - t);
    }
    process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, later }));`;
  const samples = [];
  for (let i = 0; i < counts.coldProcesses; i++) {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`cold createStub() child failed:\n${run.stderr}`);
    samples.push(JSON.parse(run.stdout));
  }
  return {
    importMs: percentile(
      samples.map((s) => s.importMs),
      0.5,
    ),
    firstMs: percentile(
      samples.map((s) => s.firstMs),
      0.5,
    ),
    firstMax: Math.max(...samples.map((s) => s.firstMs)),
    later: samples.flatMap((s) => s.later),
  };
}

/** reset() after a create each time, so that there is state to throw away. */
async function resets(stub, auth) {
  const samples = [];
  for (let i = 0; i < counts.resets; i++) {
    const created = await stub.fetch(`${stub.baseUrl}${PATH}`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ name: `Reset ${i}`, definition: { model: "bedrock-large" } }),
    });
    if (created.status !== 201) throw new Error(`POST before reset(): ${created.status}`);
    const t = performance.now();
    stub.reset();
    samples.push(performance.now() - t);
  }
  return samples;
}

/** GET list through each contender, in blocks of 100 taking turns; msw intercepts only in its own. */
async function lists(contenders) {
  const samples = contenders.map(() => []);
  const blockSize = 100;
  const blocks = counts.calls / blockSize;
  for (let block = -1; block < blocks; block++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const i = (Math.abs(block) + turn) % contenders.length;
      const { call, before, after } = contenders[i];
      before?.();
      for (let n = 0; n < blockSize; n++) {
        const t = performance.now();
        const response = await call();
        if (!response.ok) throw new Error(`${contenders[i].name}: ${response.status}`);
        await response.arrayBuffer();
        if (block >= 0) samples[i].push(performance.now() - t);
      }
      after?.();
    }
  }
  return samples;
}

/** A server in a child process; `cpu()` is its process.cpuUsage() in ms (user + system). */
function cpuServer(kind, answer) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL("./cpu-server.mjs", import.meta.url)), kind],
    {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  if (answer) child.send({ answer });
  const replies = [];
  child.on("message", (message) => replies.shift()?.(message));
  const ask = (question) =>
    new Promise((resolve) => {
      replies.push(resolve);
      child.send(question);
    });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("message", ({ url, apiKey }) =>
      resolve({
        url,
        apiKey,
        cpu: () => ask("cpu"),
        stop: () => child.kill(),
      }),
    );
  });
}

/** `total` GETs, 10 in flight; the server's CPU ms per request. */
async function cpuPerRequest(server, total) {
  const headers = { Authorization: `Bearer ${server.apiKey}` };
  let started = 0;
  const lane = async () => {
    while (started++ < total) {
      const response = await fetch(`${server.url}${PATH}`, { headers });
      if (!response.ok) throw new Error(`${server.url}: ${response.status}`);
      await response.arrayBuffer();
    }
  };
  const before = await server.cpu();
  await Promise.all(Array.from({ length: 10 }, lane));
  return ((await server.cpu()) - before) / total;
}

/** The section's lines (markdown), printed and returned for docs/benchmarks.md. */
export async function stubSpeed({ load }) {
  const { lines, say } = printer();
  const log = (line) => process.stderr.write(`${line}\n`);
  const begin = performance.now();
  say(
    `Measured on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (or \`npm run bench -- --stub-speed\`), Node ${process.versions.node}.`,
  );
  say();
  say(`- Load average (1, 5, 15 min) at the start: ${load()}`);

  log("▶ stub speed: createStub() in fresh processes");
  const cold = coldStarts();
  const { createStub } = await import(stubEntry);
  const stub = await createStub();
  const auth = { Authorization: `Bearer ${stub.apiKey}` };
  log("▶ stub speed: reset()");
  const resetSamples = await resets(stub, auth);
  log("▶ stub speed: GET list — stub.fetch, the stub's HTTP, msw, Prism");
  const listed = await listTimes(stub, auth);
  log("▶ stub speed: server CPU per request, the stub and a bare node:http server");
  const cpuMs = await serverCpu(listed.answer);

  startTable(say, cold, resetSamples);
  listTable(say, listed);
  cpuTable(say, cpuMs);
  say();
  say(
    `The part took ${((performance.now() - begin) / 1000).toFixed(0)} s; load average at the end: ${load()}.`,
  );
  return lines;
}

/**
 * GET list through stub.fetch, the same stub over HTTP, msw and Prism's mock: the stub's answer,
 * and each contender's name and samples.
 */
async function listTimes(stub, auth) {
  const listening = await stub.listen();
  const sample = await stub.fetch(`${stub.baseUrl}${PATH}`, { headers: auth });
  const answer = { body: await sample.text(), contentType: sample.headers.get("content-type") };
  const { setupServer } = await import("msw/node");
  const { http, HttpResponse } = await import("msw");
  const canned = JSON.parse(answer.body);
  const msw = setupServer(
    http.get(`http://msw.bedrock.test${PATH}`, () => HttpResponse.json(canned)),
  );
  const prism = await startPrism(["mock", CONTRACT]);
  const contenders = [
    {
      name: "stub.fetch (in-process)",
      call: () => stub.fetch(`${stub.baseUrl}${PATH}`, { headers: auth }),
    },
    {
      name: "the same stub over HTTP (stub.listen(), fetch)",
      call: () => fetch(`${listening.url}${PATH}`, { headers: auth }),
    },
    {
      name: "msw setupServer, a hand-written handler (canned JSON)",
      call: () => fetch(`http://msw.bedrock.test${PATH}`, { headers: auth }),
      before: () => msw.listen({ onUnhandledRequest: "error" }),
      after: () => msw.close(),
    },
    {
      name: `Prism ${prism.version} mock over HTTP`,
      call: () => fetch(`${prism.url}${PATH}`, { headers: auth }),
    },
  ];
  try {
    return { answer, names: contenders.map((c) => c.name), samples: await lists(contenders) };
  } finally {
    await prism.close();
    await listening.close();
  }
}

/** The server's CPU ms per request, the stub's and a bare server's answering `answer`. */
async function serverCpu(answer) {
  const servers = { stub: await cpuServer("stub"), bare: await cpuServer("bare", answer) };
  const cpu = { stub: [], bare: [] };
  try {
    for (let round = 0; round < 2; round++) {
      for (const [name, server] of Object.entries(servers)) {
        if (round === 0) await cpuPerRequest(server, counts.cpuCalls / 10);
        cpu[name].push(await cpuPerRequest(server, counts.cpuCalls / 2));
      }
    }
  } finally {
    for (const server of Object.values(servers)) server.stop();
  }
  return Object.fromEntries(
    Object.entries(cpu).map(([name, runs]) => [name, runs.reduce((a, b) => a + b) / runs.length]),
  );
}

function startTable(say, cold, resetSamples) {
  const later = percentile(cold.later, 0.5);
  const reset = percentile(resetSamples, 0.5);
  say();
  say(
    `### createStub() and reset() — ${counts.coldProcesses} fresh Node processes, ${counts.laterPerProcess} more createStub() in each; ${counts.resets} reset(), each after a POST`,
  );
  say();
  say("| | p50 ms | p99 ms | target | |");
  say("|---|--:|--:|--:|---|");
  say(`| import of @bedrock/sdk/stub in a fresh process | ${ms(cold.importMs)} | | | |`);
  say(
    `| first createStub() in a process (max ${ms(cold.firstMax)}) | ${ms(cold.firstMs)} | | ≤ ${targets.first} | ${verdict(cold.firstMax <= targets.first)} |`,
  );
  say(
    `| createStub() after the first | ${ms(later)} | ${ms(percentile(cold.later, 0.99))} | ≤ ${targets.later} | ${verdict(later <= targets.later)} |`,
  );
  say(
    `| reset() | ${ms(reset)} | ${ms(percentile(resetSamples, 0.99))} | ≤ ${targets.reset} | ${verdict(reset <= targets.reset)} |`,
  );
}

function listTable(say, { answer, names, samples }) {
  const [inProcess, overHttp] = samples.map((s) => percentile(s, 0.5));
  const speedup = overHttp / inProcess;
  say();
  say(
    `### GET ${PATH} (the seeded first page, ${Buffer.byteLength(answer.body)} bytes) — ${counts.calls} calls each, one at a time, in blocks of 100 taking turns`,
  );
  say();
  say("| | p50 ms | p99 ms | p50 ÷ stub.fetch's |");
  say("|---|--:|--:|--:|");
  names.forEach((name, i) => {
    const p50 = percentile(samples[i], 0.5);
    say(
      `| ${name} | ${ms(p50)} | ${ms(percentile(samples[i], 0.99))} | ${(p50 / inProcess).toFixed(1)}× |`,
    );
  });
  say();
  say(
    `Target: stub.fetch's p50 at least ${targets.fetchSpeedup}× faster than over the stub's HTTP — ${verdict(speedup >= targets.fetchSpeedup)} (${speedup.toFixed(1)}×).`,
  );
}

function cpuTable(say, cpuMs) {
  const cpuRatio = cpuMs.stub / cpuMs.bare;
  say();
  say(
    `### Server CPU per request over HTTP — GET ${PATH}, each server in its own process (process.cpuUsage, user + system), ${counts.cpuCalls} calls each, 10 in flight, two blocks each in turn after a tenth as warmup`,
  );
  say();
  say("| server | CPU ms per request |");
  say("|---|--:|");
  say(`| bare node:http, the stub's bytes | ${ms(cpuMs.bare)} |`);
  say(`| stub (createStub().listen()) | ${ms(cpuMs.stub)} |`);
  say();
  say(
    `Target: the stub's CPU per request ≤ ${targets.cpuRatio}× the bare server's — ${verdict(cpuRatio <= targets.cpuRatio)} (${cpuRatio.toFixed(2)}×).`,
  );
}
