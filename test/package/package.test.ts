import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";

// The checks live in scripts/test-package.mjs (also `npm run test:package`): build, pack, attw,
// publint, main-entry imports, then an ESM file, a CommonJS file and strict tsc in a temp app.
test("the packed tarball installs and works as ESM, CommonJS and under strict tsc", () => {
  const { status, stdout, stderr } = spawnSync("node", ["scripts/test-package.mjs"], {
    encoding: "utf8",
  });
  expect(status, `${stdout}\n${stderr}`).toBe(0);
}, 420_000);
