// Runs the Redocly CLI (`node scripts/redocly.mjs lint …`) offline and without its boxed
// notices: telemetry and update checks off, and the boxes it prints anyway (Node 20's end of
// life: the SDK still supports Node 20, so it is no problem of this project) left out of stderr.
// Everything else, and the exit code, passes through.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const cli = createRequire(import.meta.url).resolve("@redocly/cli/package.json");
const bin = join(dirname(cli), "bin/cli.js");
const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: ["inherit", "inherit", "pipe"],
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});

let inBox = false;
let partial = "";
child.stderr.on("data", (chunk) => {
  const lines = (partial + chunk).split("\n");
  partial = lines.pop() ?? "";
  for (const line of lines) {
    if (/^\s*╔/.test(line)) inBox = true;
    if (!inBox) process.stderr.write(`${line}\n`);
    if (/^\s*╚/.test(line)) inBox = false;
  }
});
child.on("close", (code, signal) => {
  if (partial && !inBox) process.stderr.write(partial);
  process.exitCode = code ?? (signal ? 1 : 0);
});
