// A script run from a checkout whose path has a space (`~/My Projects/sdk`) still does its work:
// its "am I the program?" check must compare file URLs, not a URL with a raw path. Otherwise
// `npm run contract:gate` there does nothing and exits 0, and the gate passes unseen.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const copy = join(mkdtempSync(join(tmpdir(), "bedrock-entry-")), "my projects");
afterAll(() => rmSync(join(copy, ".."), { recursive: true, force: true }));

test("the contract gate runs from a path with a space", () => {
  for (const part of ["scripts", "etc", ".changeset", "package.json"])
    cpSync(join(root, part), join(copy, part), { recursive: true });
  mkdirSync(join(copy, "src/generated"), { recursive: true });
  cpSync(join(root, "src/generated/openapi.json"), join(copy, "src/generated/openapi.json"));
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));

  const inCopy = spawnSync(process.execPath, ["scripts/contract-gate.mjs"], {
    cwd: copy,
    encoding: "utf8",
  });
  const inRoot = spawnSync(process.execPath, ["scripts/contract-gate.mjs"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(inCopy.stdout).toMatch(/^Released contract /);
  expect({ status: inCopy.status, stdout: inCopy.stdout }).toEqual({
    status: inRoot.status,
    stdout: inRoot.stdout,
  });
}, 60_000);
