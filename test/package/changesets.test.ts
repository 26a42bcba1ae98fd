import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";

// Every user-visible change carries a changelog entry: a branch that changed src/ or openapi/
// since main (.changeset/config.json's changedFilePatterns) must add or edit a .changeset/*.md.
// On main itself, or without a main branch (a bare checkout), there is nothing to compare; a
// release branch has consumed them all.
const root = resolve(import.meta.dirname, "../..");
const changeset = join(root, "node_modules/.bin/changeset");
const git = (...args: string[]) =>
  spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout.trim();
const main = git("rev-parse", "--verify", "--quiet", "main");
const onBranch = main !== "" && main !== git("rev-parse", "HEAD");
// A release (`npm run release`: a new version here, not on main) consumed every changeset.
const versionOf = (manifest: string) => (manifest ? JSON.parse(manifest).version : undefined);
const releasing =
  onBranch &&
  versionOf(readFileSync(join(root, "package.json"), "utf8")) !==
    versionOf(git("show", "main:package.json"));

test.skipIf(!onBranch || releasing)(
  "the changes since main carry a changeset (`npx changeset`)",
  () => {
    const { status, stdout, stderr } = spawnSync(changeset, ["status", "--since=main"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(status, `${stdout}${stderr}\nSee CONTRIBUTING.md, "Releases".`).toBe(0);
  },
  60_000,
);

test("`changeset version` writes each changeset as its text, with no commit hash before it", () => {
  const dir = mkdtempSync(join(tmpdir(), "bedrock-changelog-"));
  try {
    mkdirSync(join(dir, ".changeset"));
    cpSync(join(root, ".changeset/config.json"), join(dir, ".changeset/config.json"));
    cpSync(join(root, "scripts/changelog.cjs"), join(dir, "scripts/changelog.cjs"));
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "@bedrock/sdk", version: "0.1.0" }),
    );
    const write = (id: string, bump: string, text: string) =>
      writeFileSync(
        join(dir, `.changeset/${id}.md`),
        `---\n"@bedrock/sdk": ${bump}\n---\n\n${text}\n`,
      );
    write("gone", "minor", "**Breaking:** `DELETE /api/x/` is removed:\narchive instead.");
    write("fix", "patch", "A fix.");
    // Committed, as in the repository, where the default formatter would name that commit.
    for (const args of [
      ["init", "-q"],
      ["add", "."],
      ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
    ])
      spawnSync("git", args, { cwd: dir });

    const { status, stderr } = spawnSync(changeset, ["version"], { cwd: dir, encoding: "utf8" });
    expect(status, stderr).toBe(0);
    expect(readFileSync(join(dir, "CHANGELOG.md"), "utf8")).toBe(
      "# @bedrock/sdk\n\n## 0.2.0\n\n### Minor Changes\n\n" +
        "- **Breaking:** `DELETE /api/x/` is removed:\n  archive instead.\n\n" +
        "### Patch Changes\n\n- A fix.\n",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
