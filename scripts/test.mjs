// `npm test`: every check, in the order a failure is cheapest to find. Runs them all, then
// prints one summary; exits non-zero if any failed.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

const steps = [
  ["lint", "npx", ["--no-install", "biome", "check", "."]],
  ["lint:spec", "npm", ["run", "--silent", "lint:spec"]],
  ["check:generated", "npm", ["run", "--silent", "check:generated"]],
  ["typecheck", "npx", ["--no-install", "tsc", "--noEmit"]],
  // The docs site (API reference, guides, SDK reference): test/docs browses what it built.
  ["docs", "npm", ["run", "--silent", "docs"]],
  [
    "vitest",
    "npx",
    [
      "--no-install",
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=.cache/vitest.json",
    ],
  ],
  // After vitest: it rebuilds dist/ as test/package does, so the two must not overlap.
  ["test:runtimes", "npm", ["run", "--silent", "test:runtimes"]],
];

mkdirSync(".cache", { recursive: true });
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
const failed = [];
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(cmd, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${status === 0 ? "✔" : "✘"} ${name} (${seconds} s)`);
  if (status !== 0) failed.push(name);
}

let tests = "";
try {
  const report = JSON.parse(readFileSync(".cache/vitest.json", "utf8"));
  tests = `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`;
} catch {}
console.log(`\n${failed.length ? `FAILED: ${failed.join(", ")}` : "All checks passed."}`);
if (tests) console.log(tests);
process.exit(failed.length ? 1 : 0);
