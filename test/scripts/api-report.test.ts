// `npm run api:report` over a src/ that does not compile: it stops with tsc's diagnostics (which
// file, which line, what is wrong), not just "Command failed" and the tool's command line.
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { repoCopy } from "./repo-copy";

test("a type error in src/ is reported with its file and line", () => {
  const copy = repoCopy(["src", "scripts", "package.json", "tsconfig.json"]);
  appendFileSync(join(copy, "src/errors.ts"), '\nexport const broken: number = "not a number";\n');

  const { status, stderr } = spawnSync(process.execPath, ["scripts/api-report.mjs", "--check"], {
    cwd: copy,
    encoding: "utf8",
  });
  expect(status).toBe(1);
  expect(stderr).toMatch(/src\/errors\.ts\(\d+,\d+\): error TS2322/);
  expect(stderr).not.toContain("Buffer");
}, 120_000);
