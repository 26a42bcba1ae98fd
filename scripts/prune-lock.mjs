// Runs after every `npm install` (the `prepare` script). The registry this project installs from
// carries only some platforms' builds of packages such as @biomejs/cli-* and @rollup/rollup-*,
// so npm leaves those optional dependencies out of package-lock.json but keeps them listed
// under their parent, and `npm ci` then rejects the lock as out of sync. Dropping the listings
// whose package the lock does not hold keeps `npm ci` working; it changes nothing installed.
import { readFileSync, writeFileSync } from "node:fs";

const file = "package-lock.json";
const text = readFileSync(file, "utf8");
const lock = JSON.parse(text);
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
    if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies[name];
    }
  }
}
const pruned = `${JSON.stringify(lock, null, 2)}\n`;
if (pruned !== text) writeFileSync(file, pruned);
