// `npm run api:report` over a src/ that does not compile: it stops with tsc's diagnostics (which
// file, which line, what is wrong), not just "Command failed" and the tool's command line.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const copy = mkdtempSync(join(tmpdir(), "bedrock-api-report-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test("a type error in src/ is reported with its file and line", () => {
  for (const part of ["src", "scripts", "package.json", "tsconfig.json"])
    cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  appendFileSync(join(copy, "src/errors.ts"), '\nexport const broken: number = "not a number";\n');

  const { status, stderr } = spawnSync(process.execPath, ["scripts/api-report.mjs", "--check"], {
    cwd: copy,
    encoding: "utf8",
  });
  expect(status).toBe(1);
  expect(stderr).toMatch(/src\/errors\.ts\(\d+,\d+\): error TS2322/);
  expect(stderr).not.toContain("Buffer");
}, 120_000);
