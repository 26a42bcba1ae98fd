// `npm test`: every check, in the order a failure is cheapest to find. Chromium comes first: the
// browser tests need it, and without one the run stops at once with the one line saying how to
// get one. Every step has a time limit, past which it (and all it started) is killed and counts
// as hung. The last lines say which steps failed and why, one line each, and vitest's count.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";

const VITEST_REPORT = ".cache/vitest.json";
/** Last lines of a step's output kept for its one-line reason. */
const TAIL = 40;

/** [name, command, args, minutes it may take, (output lines) => one-line reason it failed]. */
export const STEPS = [
  ["chromium", "node", ["scripts/chromium.mjs"], 10],
  ["lint", "npx", ["--no-install", "biome", "check", "."], 3],
  ["lint:spec", "npm", ["run", "--silent", "lint:spec"], 3],
  ["check:generated", "npm", ["run", "--silent", "check:generated"], 3],
  ["typecheck", "npx", ["--no-install", "tsc", "--noEmit"], 5],
  // The docs site (API reference, guides, SDK reference): test/docs browses what it built.
  ["docs", "npm", ["run", "--silent", "docs"], 5],
  [
    "vitest",
    "npx",
    [
      ...["--no-install", "vitest", "run", "--reporter=default", "--reporter=json"],
      `--outputFile.json=${VITEST_REPORT}`,
    ],
    20,
    vitestFailures,
  ],
  // After vitest: it rebuilds dist/ as test/package does, so the two must not overlap. Its
  // first run downloads the runtimes (it says what, how much and where).
  ["test:runtimes", "npm", ["run", "--silent", "test:runtimes"], 20, matrixFailures],
];

const plain = (line) => stripVTControlCharacters(line).trim();

/**
 * Runs a command in a process group of its own, its output passed through; resolves to
 * `{ status, timedOut, tail }`. Past `minutes` the whole group is killed (TERM, then KILL).
 * `echo: false` keeps the output to the tail.
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
    const keep = (chunk) => {
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
      resolve({ status: code ?? (signal ? 128 : 1), timedOut, tail });
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
  for (const [name, command, args, minutes, why = lastLine] of STEPS) {
    const stepStarted = Date.now();
    console.log(`\n▶ ${name}`);
    const { status, timedOut, tail } = await runStep(command, args, { minutes, env });
    const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
    console.log(`${status === 0 ? "✔" : "✘"} ${name} (${seconds} s)`);
    ran++;
    if (status === 0) continue;
    failures.push(
      `✘ ${name}: ${timedOut ? `no end after ${minutes} minutes (hung?): killed` : why(tail)}`,
    );
    // Without a browser the browser tests cannot run: stop now rather than fail them later.
    if (name === "chromium") break;
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
