// `npm run test:package`: checks the package as apps receive it. Builds, packs the tarball,
// runs attw and publint on it, checks that the main entry loads nothing but openapi-fetch,
// then installs the tarball into a temporary app and runs an ESM file, a CommonJS file and a
// strict `tsc` (whose @ts-expect-error lines must fail) from test/package/fixtures/.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const fixtures = join(root, "test/package/fixtures");
const work = mkdtempSync(join(tmpdir(), "bedrock-package-"));
const bin = (name) => join(root, "node_modules/.bin", name);

function run(title, command, args, cwd = root) {
  process.stdout.write(`▶ ${title}\n`);
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    throw new Error(`${title} failed:\n${error.stdout ?? ""}${error.stderr ?? error.message}`);
  }
}

function check(title, condition, detail) {
  process.stdout.write(`▶ ${title}\n`);
  if (!condition) throw new Error(`${title} failed: ${detail}`);
}

try {
  run("build", bin("tsup"), ["--silent"]);
  // --ignore-scripts: packing must not run the repository's own lifecycle scripts.
  const [packed] = JSON.parse(
    run("npm pack", "npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work]),
  );
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);

  run("attw", bin("attw"), [tarball, "--profile", "node16", "--format", "table-flipped"]);
  run("publint", bin("publint"), ["run", tarball, "--strict"]);

  check(
    "packed files",
    files.every((f) => /^(dist\/|README|LICENSE|package\.json$)/.test(f)),
    files,
  );

  const app = join(work, "app");
  mkdirSync(app);
  cpSync(fixtures, app, { recursive: true });
  execFileSync("npm", ["init", "-y"], { cwd: app, stdio: "ignore" });
  execFileSync("npm", ["pkg", "set", "type=module"], { cwd: app, stdio: "ignore" });
  try {
    run(
      "install the tarball",
      "npm",
      ["install", "--offline", "--no-audit", "--no-fund", tarball],
      app,
    );
  } catch {
    // No npm cache to install openapi-fetch from offline: unpack the tarball and link the
    // repository's copy of its one dependency (and that package's own type helper).
    const sdk = join(app, "node_modules/@bedrock/sdk");
    mkdirSync(sdk, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", sdk, "--strip-components=1"]);
    for (const dep of ["openapi-fetch", "openapi-typescript-helpers"]) {
      symlinkSync(join(root, "node_modules", dep), join(app, "node_modules", dep), "dir");
    }
  }

  const installed = join(app, "node_modules/@bedrock/sdk");
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  check(
    "runtime dependencies",
    Object.keys(manifest.dependencies ?? {}).join() === "openapi-fetch",
    manifest.dependencies,
  );
  for (const file of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]) {
    const code = readFileSync(join(installed, file), "utf8");
    const specifiers = [
      ...code.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g),
    ]
      .map((match) => match[1])
      .filter((specifier) => !specifier.startsWith("."));
    const unexpected = specifiers.filter((specifier) => specifier !== "openapi-fetch");
    check(`${file} loads only openapi-fetch`, unexpected.length === 0, unexpected);
    check(`${file} has no stub, node: or ajv`, !/\bstub\b|["']node:|\bajv\b/.test(code), file);
  }

  if (manifest.exports["./stub"]) {
    // The app has no ajv, ajv-formats or yaml: the stub must carry them inside.
    const load = "import('@bedrock/sdk/stub').then(() => require('@bedrock/sdk/stub'))";
    run(
      "the stub loads without its bundled dependencies",
      "node",
      ["--input-type=commonjs", "-e", load],
      app,
    );
  }
  process.stdout.write(run("run an ESM file", "node", ["esm.mjs"], app));
  process.stdout.write(run("run a CommonJS file", "node", ["cjs.cjs"], app));
  run(
    "strict tsc over an app",
    "node",
    [join(root, "node_modules/typescript/bin/tsc"), "-p", "."],
    app,
  );
  process.stdout.write("✔ package checks passed\n");
} catch (error) {
  process.stderr.write(`✘ ${error.message}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
