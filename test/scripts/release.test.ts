// `npm run release` runs the breaking-change gate before it consumes the changesets: after
// `changeset version` no pending changeset is left to name a break, and the new baseline would
// take the break in unseen.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { repoCopy } from "./repo-copy";

test("the release stops, changing nothing, on a breaking change no changeset names", () => {
  const parts = ["scripts", "etc", ".changeset", "package.json", "src/generated/openapi.json"];
  const copy = repoCopy(parts);
  const contractFile = join(copy, "src/generated/openapi.json");
  const contract = JSON.parse(readFileSync(contractFile, "utf8"));
  delete contract.paths["/api/templates/{id}/"].delete;
  writeFileSync(contractFile, JSON.stringify(contract));
  // A pending feature, so that there is something to release (and a minor step, naming nothing).
  const feature = '---\n"@bedrock/sdk": minor\n---\n\nTemplates can be archived.\n';
  writeFileSync(join(copy, ".changeset/archive-templates.md"), feature);
  const before = {
    manifest: readFileSync(join(copy, "package.json"), "utf8"),
    changesets: readdirSync(join(copy, ".changeset")),
  };

  const { status, stdout, stderr } = spawnSync(process.execPath, ["scripts/release.mjs"], {
    cwd: copy,
    encoding: "utf8",
  });
  expect(status, stdout + stderr).toBe(1);
  expect(stderr).toContain("`DELETE /api/templates/{id}/`  ← operation-removed");
  expect(stderr).toContain("Nothing released: the breaking-change gate failed");
  expect(readFileSync(join(copy, "package.json"), "utf8")).toBe(before.manifest);
  expect(readdirSync(join(copy, ".changeset"))).toEqual(before.changesets);
}, 60_000);
