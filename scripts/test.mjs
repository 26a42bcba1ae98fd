// `npm test`: every check, in the order a failure is cheapest to find. Chromium comes first: the
// browser tests need it, and without one the run stops at once with the one line saying how to
// get one. Steps of one stage run at the same time (a machine's cores are otherwise left idle
// while one waits on a child process); a stage starts when the one before has ended. Every step
// has a time limit, past which it (and all it started) is killed and counts as hung. The last
// lines say which steps failed and why, one line each, and vitest's count.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";

const VITEST_REPORT = ".cache/vitest.json";
/** Last lines of a step's output kept for its one-line reason. */
const TAIL = 40;

/**
 * [name, command, args, minutes it may take, stage, (output lines) => one-line reason it failed].
 * Steps of a stage run together, the first of a stage showing its output as it comes, the others
 * theirs when they end.
 */
export const STEPS = [
  ["chromium", "node", ["scripts/chromium.mjs"], 10, 0],
  ["lint", "npx", ["--no-install", "biome", "check", "."], 3, 1],
  ["lint:spec", "npm", ["run", "--silent", "lint:spec"], 3, 1],
  ["check:generated", "npm", ["run", "--silent", "check:generated"], 3, 1],
  ["typecheck", "npx", ["--no-install", "tsc", "--noEmit"], 5, 1],
  // The docs site (API reference, guides, SDK reference): test/docs browses what it built.
  ["docs", "npm", ["run", "--silent", "docs"], 5, 1],
  [
    "vitest",
    "npx",
    [
      ...["--no-install", "vitest", "run", "--reporter=default", "--reporter=json"],
      `--outputFile.json=${VITEST_REPORT}`,
    ],
    20,
    2,
    vitestFailures,
  ],
  // Beside vitest: it builds and packs in the repository (dist/), which no vitest test reads
  // (test/package packs a fresh copy of its own). Its first run downloads the runtimes (it says
  // what, how much and where).
  ["test:runtimes", "npm", ["run", "--silent", "test:runtimes"], 20, 2, matrixFailures],
];

const plain = (line) => stripVTControlCharacters(line).trim();

/**
 * Runs a command in a process group of its own, its output passed through; resolves to
 * `{ status, timedOut, tail, output }`. Past `minutes` the whole group is killed (TERM, then
 * KILL). `echo: false` shows nothing and keeps the output (`output`) to be shown later.
 */
export function runStep(command, args, { minutes, env = process.env, echo = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env,
      detached: process.platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    const tail = [];
    let partial = "";
    /** All the output, kept when it is not shown as it comes (to be shown at the end). */
    let output = "";
    const keep = (chunk) => {
      if (!echo) output += chunk;
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      tail.push(...lines.map(plain).filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - TAIL));
    };
    child.stdout.on("data", (chunk) => {
      if (echo) process.stdout.write(chunk);
      keep(chunk.toString());
    });
    child.stderr.on("data", (chunk) => {
      if (echo) process.stderr.write(chunk);
      keep(chunk.toString());
    });
    const kill = (signal) => {
      try {
        process.kill(process.platform === "win32" ? child.pid : -child.pid, signal);
      } catch {}
    };
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        kill("SIGTERM");
        setTimeout(() => kill("SIGKILL"), 5_000).unref();
      },
      (minutes ?? 10) * 60_000,
    );
    const stop = () => kill("SIGTERM");
    process.once("SIGINT", stop);
    child.on("error", (error) => keep(`${command}: ${error.message}\n`));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      process.off("SIGINT", stop);
      if (plain(partial)) tail.push(plain(partial));
      resolve({ status: code ?? (signal ? 128 : 1), timedOut, tail, output });
    });
  });
}

/** The failed tests by name, from vitest's JSON report. */
function vitestFailures(tail) {
  try {
    const report = JSON.parse(readFileSync(VITEST_REPORT, "utf8"));
    const failed = report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => test.status === "failed")
        .map((test) => test.fullName || test.title),
    );
    const broken = report.testResults.filter(
      (f) => f.status === "failed" && !f.assertionResults.length,
    );
    const names = [
      ...failed,
      ...broken.map((f) => `${f.name.replace(`${process.cwd()}/`, "")} (did not run)`),
    ];
    if (names.length)
      return `${names.length} failed: ${names.slice(0, 3).join("; ")}${names.length > 3 ? "; …" : ""}`;
  } catch {}
  return lastLine(tail);
}

/** The runtimes that failed, from the matrix's ✘ lines. */
function matrixFailures(tail) {
  const failed = tail.filter((line) => line.startsWith("✘ ")).map((line) => line.slice(2));
  return failed.length ? failed.join("; ") : lastLine(tail);
}

/** Lines that say nothing of why: progress marks, stack frames, Node's version after a crash. */
const NOISE = /^([✔▶]|at |Node\.js v\d|[{}[\]]$|\w+: \S+,$)/;

/** The step's last error line, else its last line that is not noise. */
export function lastLine(tail) {
  const lines = tail.filter((line) => !NOISE.test(line));
  return lines.findLast((line) => /error|fail/i.test(line)) ?? lines.at(-1) ?? "no output";
}

function vitestCount() {
  try {
    const r = JSON.parse(readFileSync(VITEST_REPORT, "utf8"));
    return `vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
  } catch {
    return "vitest: no report (it did not finish)";
  }
}

/**
 * Runs one step, resolving to what to print (its output unless shown as it came, and how long it
 * took) and to the one line of its failure, if any.
 */
async function timedStep([name, command, args, minutes, , why = lastLine], { env, echo }) {
  const started = Date.now();
  if (echo) console.log(`\n▶ ${name}`);
  const { status, timedOut, tail, output } = await runStep(command, args, { minutes, env, echo });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const report = `${echo ? "" : `\n▶ ${name}\n${output}`}${status === 0 ? "✔" : "✘"} ${name} (${seconds} s)\n`;
  if (status === 0) return { report };
  const reason = timedOut ? `no end after ${minutes} minutes (hung?): killed` : why(tail);
  return { report, failure: `✘ ${name}: ${reason}` };
}

/** Runs a stage's steps together; prints their outputs one after another, never interleaved. */
async function runStage(steps, env) {
  const running = steps.map((step, index) => timedStep(step, { env, echo: index === 0 }));
  const failures = [];
  for (const result of running) {
    const { report, failure } = await result;
    process.stdout.write(report);
    if (failure) failures.push(failure);
  }
  return failures;
}

async function main() {
  mkdirSync(".cache", { recursive: true });
  rmSync(VITEST_REPORT, { force: true });
  const env = {
    ...process.env,
    ...(process.stdout.isTTY && !process.env.NO_COLOR && { FORCE_COLOR: "1" }),
  };
  const started = Date.now();
  const failures = [];
  let ran = 0;
  for (const stage of [...new Set(STEPS.map((step) => step[4]))]) {
    const steps = STEPS.filter((step) => step[4] === stage);
    failures.push(...(await runStage(steps, env)));
    ran += steps.length;
    // Without a browser the browser tests cannot run: stop now rather than fail them later.
    if (steps.some(([name]) => name === "chromium") && failures.length) break;
  }
  const total = `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const count = ran > STEPS.findIndex(([name]) => name === "vitest") ? [vitestCount()] : [];
  const notRun = STEPS.length - ran;
  const summary = failures.length
    ? [
        ...count,
        `npm test failed after ${total}: ${failures.length} of ${STEPS.length} steps failed${notRun ? `, ${notRun} not run` : ""}`,
        ...failures,
      ]
    : [`npm test passed: ${STEPS.length} steps in ${total}`, ...count];
  console.log(`\n${summary.join("\n")}`);
  return failures.length === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = (await main()) ? 0 : 1;
}
