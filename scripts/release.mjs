// `npm run release`: cuts the next release from the pending changesets, in one step:
//   0. the breaking-change gate (`npm run contract:gate`) must pass, or nothing changes;
//   1. `changeset version`: bumps package.json and writes the entries into CHANGELOG.md
//      (consuming .changeset/*.md);
//   2. the contract's info.version and package-lock.json take the new version;
//   3. `npm run generate` (the bundled contract, types, API_VERSION) and `npm run api:report`;
//   4. etc/openapi.released.yaml becomes this contract: the gate's new baseline.
// Then review and commit it (the script prints how). `npm run release:publish` (`publish` here)
// publishes from CI with provenance, tags the release and restores package.json (scripts/pack.mjs).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { nextVersion, RELEASED } from "./contract-gate.mjs";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: "inherit" });
const readJson = (file) => JSON.parse(readFileSync(join(root, file), "utf8"));
const writeJson = (file, value) =>
  writeFileSync(join(root, file), `${JSON.stringify(value, null, 2)}\n`);

/** Sets `info.version` in the contract's root file, leaving the rest of it as written. */
export function setContractVersion(yaml, version) {
  const updated = yaml.replace(/^(info:\n(?: {2}.*\n)*? {2}version: ).*$/m, `$1${version}`);
  if (updated === yaml && !yaml.includes(`  version: ${version}\n`)) {
    throw new Error("openapi/openapi.yaml: no info.version to update");
  }
  return updated;
}

/** Publishes (from CI): `changeset publish` (npm publish with provenance, then the git tag). */
function publish() {
  const { status } = spawnSync(bin("changeset"), ["publish"], { cwd: root, stdio: "inherit" });
  run(process.execPath, [join(root, "scripts/pack.mjs"), "restore"]);
  return status ?? 1;
}

/** Cuts the release in the working tree; returns the exit status. */
async function release() {
  const { current, next } = await nextVersion(root);
  if (next === current) {
    process.stderr.write("No pending changesets: nothing to release (`npx changeset` adds one).\n");
    return 1;
  }
  // The gate first: once `changeset version` has consumed the changesets, none names a break.
  const gate = spawnSync(process.execPath, [join(root, "scripts/contract-gate.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
  if (gate.status !== 0) {
    process.stderr.write("Nothing released: the breaking-change gate failed (above).\n");
    return 1;
  }
  run(bin("changeset"), ["version"]);
  const { version } = readJson("package.json");

  const contractFile = join(root, "openapi/openapi.yaml");
  writeFileSync(contractFile, setContractVersion(readFileSync(contractFile, "utf8"), version));
  const lock = readJson("package-lock.json");
  lock.version = version;
  lock.packages[""].version = version;
  writeJson("package-lock.json", lock);

  run("npm", ["run", "--silent", "generate"]);
  run("npm", ["run", "--silent", "api:report"]);
  const bundled = readFileSync(join(root, "src/generated/openapi.yaml"), "utf8").replace(
    /^#.*\n/,
    "",
  );
  writeFileSync(
    RELEASED,
    `# The contract as released in @bedrock/sdk ${version}, bundled: the breaking-change gate\n` +
      `# (npm run contract:gate) compares openapi/ with it; \`npm run release\` replaces it.\n${bundled}`,
  );
  run("npm", ["run", "--silent", "contract:gate"]);

  process.stdout.write(
    `\nReleased ${current} → ${version} in the working tree. Review \`git diff\`, run \`npm test\`, then\n` +
      `  git commit -am "Release ${version}"\n` +
      "and publish from CI with `npm run release:publish` (it tags v" +
      version +
      "; provenance needs the CI's identity).\n",
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = process.argv[2] === "publish" ? publish() : await release();
}
