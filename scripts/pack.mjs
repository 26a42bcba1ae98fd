// The package's `prepack` and `postpack` scripts, which npm runs around `npm pack` and
// `npm publish` (never on install):
//   prepack   builds dist/ (a fresh clone packs the full package), then takes `scripts` out of
//             package.json: they are for working on this repository (npm test, the lock pruning
//             after npm install, …), name files that are not shipped, and an installed
//             `prepare` would make every app's npm warn about an install script.
//   postpack  puts package.json back as it was. Under `npm publish` it waits: npm reads
//             package.json again after packing and sends that to the registry, which must match
//             the tarball; `node scripts/pack.mjs restore` (run by `npm run release:publish`)
//             puts it back afterwards.
// A package.json left without scripts by an interrupted pack is restored by the next run.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const manifest = join(root, "package.json");
const saved = join(root, ".cache/package.json.unpacked");

function restore() {
  if (existsSync(saved)) renameSync(saved, manifest);
}

const step = process.argv[2];
if (step === "prepack") {
  restore();
  execFileSync(join(root, "node_modules/.bin/tsup"), ["--silent"], { cwd: root, stdio: "inherit" });
  const text = readFileSync(manifest, "utf8");
  const { scripts: _, ...packed } = JSON.parse(text);
  mkdirSync(join(root, ".cache"), { recursive: true });
  writeFileSync(saved, text);
  writeFileSync(manifest, `${JSON.stringify(packed, null, 2)}\n`);
} else if (step === "postpack") {
  const publishing =
    process.env.npm_command === "publish" && process.env.npm_config_dry_run !== "true";
  if (publishing) {
    process.stderr.write(
      "package.json stays without scripts until `node scripts/pack.mjs restore`.\n",
    );
  } else {
    restore();
  }
} else if (step === "restore") {
  restore();
} else {
  throw new Error("usage: node scripts/pack.mjs prepack|postpack|restore");
}
