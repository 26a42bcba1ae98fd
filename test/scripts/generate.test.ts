// `npm run generate` on a contract that does not parse: it stops with Redocly's message (which
// file, which line, what is wrong) and a line saying so, not a stack trace of the tool's output.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { repoCopy } from "./repo-copy";

test("a contract that does not parse is reported with its file and line", () => {
  const copy = repoCopy([
    "openapi",
    "scripts",
    "src/stub/formats.ts",
    "package.json",
    "redocly.yaml",
  ]);
  mkdirSync(join(copy, "src/generated"), { recursive: true });
  const file = join(copy, "openapi/paths/api_organizations_auth_login.yaml");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace("summary: Log in", "summary: Log in: now"),
  );

  const { status, stderr } = spawnSync(process.execPath, ["scripts/generate.mjs", "--check"], {
    cwd: copy,
    encoding: "utf8",
  });
  expect(status).toBe(1);
  expect(stderr).toContain("api_organizations_auth_login.yaml");
  expect(stderr).toContain("bad indentation of a mapping entry");
  expect(stderr.trim().split("\n").at(-1)).toBe(
    "The contract in openapi/ does not bundle: see above.",
  );
  expect(stderr).not.toMatch(/Buffer|node:internal|Deprecation warning/);
}, 60_000);
