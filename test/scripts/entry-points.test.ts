// A script run from a checkout whose path has a space (`~/My Projects/sdk`) still does its work:
// its "am I the program?" check must compare file URLs, not a URL with a raw path. Otherwise
// `npm run contract:gate` there does nothing and exits 0, and the gate passes unseen.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { repoCopy } from "./repo-copy";

const root = resolve(import.meta.dirname, "../..");

test("the contract gate runs from a path with a space", () => {
  const parts = ["scripts", "etc", ".changeset", "package.json", "src/generated/openapi.json"];
  const copy = repoCopy(parts, "my projects");

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
