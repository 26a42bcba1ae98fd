import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";

// Every user-visible change carries a changelog entry: a branch that changed src/ or openapi/
// since main (.changeset/config.json's changedFilePatterns) must add or edit a .changeset/*.md.
// On main itself, or without a main branch (a bare checkout), there is nothing to compare.
const root = resolve(import.meta.dirname, "../..");
const git = (...args: string[]) =>
  spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout.trim();
const main = git("rev-parse", "--verify", "--quiet", "main");
const onBranch = main !== "" && main !== git("rev-parse", "HEAD");

test.skipIf(!onBranch)(
  "the changes since main carry a changeset (`npx changeset`)",
  () => {
    const { status, stdout, stderr } = spawnSync(
      join(root, "node_modules/.bin/changeset"),
      ["status", "--since=main"],
      { cwd: root, encoding: "utf8" },
    );
    expect(status, `${stdout}${stderr}\nSee the README's "Releases" section.`).toBe(0);
  },
  60_000,
);
