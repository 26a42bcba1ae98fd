// The package's `prepack` and `postpack` scripts, which npm runs around `npm pack` and
// `npm publish` (never on install):
//   prepack   builds dist/ (a fresh clone packs the full package), takes `scripts` out of
//             package.json (they are for working on this repository: npm test, the lock pruning
//             after npm install, …; they name files that are not shipped, and an installed
//             `prepare` would make every app's npm warn about an install script), and puts the
//             package's README (README-package.md, for app developers) in README.md's place:
//             npm ships and shows the README.md it packs, and the repository's is for contributors.
//   postpack  puts package.json and README.md back as they were. Under `npm publish` it waits:
//             npm reads package.json (and the README it shows) again after packing and sends
//             them to the registry, which must match the tarball; `node scripts/pack.mjs restore`
//             (run by `npm run release:publish`) puts them back afterwards.
// Files left swapped by an interrupted pack are restored by the next run.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const cache = join(root, ".cache");
const manifest = join(root, "package.json");
const readme = join(root, "README.md");
/** Where prepack keeps each file it changes, until postpack (or `restore`) puts it back. */
const saved = {
  [manifest]: join(cache, "package.json.unpacked"),
  [readme]: join(cache, "README.md.repository"),
};

function restore() {
  for (const [file, copy] of Object.entries(saved)) if (existsSync(copy)) renameSync(copy, file);
}

/** Keeps `file` as it is in the cache, then writes `text` in its place. */
function swap(file, text) {
  copyFileSync(file, saved[file]);
  writeFileSync(file, text);
}

const step = process.argv[2];
if (step === "prepack") {
  restore();
  execFileSync(join(root, "node_modules/.bin/tsup"), ["--silent"], { cwd: root, stdio: "inherit" });
  const { scripts: _, ...packed } = JSON.parse(readFileSync(manifest, "utf8"));
  mkdirSync(cache, { recursive: true });
  swap(manifest, `${JSON.stringify(packed, null, 2)}\n`);
  swap(readme, readFileSync(join(root, "README-package.md"), "utf8"));
} else if (step === "postpack") {
  const publishing =
    process.env.npm_command === "publish" && process.env.npm_config_dry_run !== "true";
  if (publishing) {
    process.stderr.write(
      "package.json and README.md stay as packed until `node scripts/pack.mjs restore`.\n",
    );
  } else {
    restore();
  }
} else if (step === "restore") {
  restore();
} else {
  throw new Error("usage: node scripts/pack.mjs prepack|postpack|restore");
}
