// `npm run test:package`: checks the package as apps receive it, packed the way a release is.
// Copies the repository's files as a fresh clone has them (no dist/) with a version of its own,
// packs that copy with its lifecycle scripts (the `prepack` build), then checks: exactly dist/,
// the guides (docs/*.md), README, LICENSE, CHANGELOG and package.json inside; the README is the
// package's (README-package.md, for app developers), its links lead to packed files, and the
// repository's README is back after packing; a manifest without scripts; a publish dry run of the
// tarball; attw and publint; a main entry that loads nothing but openapi-fetch. Then installs the
// tarball into a temporary app (no install-script warning) and runs an ESM file, a CommonJS file
// (X-Bedrock-Client carries the packed version) and a strict `tsc` (whose @ts-expect-error lines
// must fail) from test/package/fixtures/, and a strict `tsc` over every ```ts block of the packed
// README.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { GUIDES } from "./docs.mjs";

const root = resolve(import.meta.dirname, "..");
const fixtures = join(root, "test/package/fixtures");
const work = mkdtempSync(join(tmpdir(), "bedrock-package-"));
const bin = (name) => join(root, "node_modules/.bin", name);
/** What the tarball holds besides dist/ and the guides (docs/*.md). */
const SHIPPED = ["package.json", "README.md", "LICENSE", "CHANGELOG.md"];
const isGuide = (file) => /^docs\/[^/]+\.md$/.test(file);

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

/**
 * Every module a file imports, requires or references (`import("x")` types included), as
 * TypeScript reads them: comments and strings (a doc's `import … from "@bedrock/sdk"`) are not imports.
 */
function importsOf(code) {
  const { importedFiles, typeReferenceDirectives } = ts.preProcessFile(code, true, true);
  return [...importedFiles, ...typeReferenceDirectives].map(({ fileName }) => fileName);
}

function check(title, condition, detail) {
  process.stdout.write(`▶ ${title}\n`);
  if (!condition) throw new Error(`${title} failed: ${JSON.stringify(detail)}`);
}

/** The repository as a fresh clone has it (tracked and new files, nothing ignored), and its node_modules. */
function freshCopy(to) {
  const files = run("list the repository's files", "git", [
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
  ])
    .split("\0")
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(root, file), join(to, file));
  }
  symlinkSync(join(root, "node_modules"), join(to, "node_modules"), "dir");
}

/**
 * The packed README is the package's, for app developers (not the repository's, for
 * contributors); its relative links lead to packed files; its ```ts blocks type-check, strictly,
 * against the installed package (each a module of its own, as a reader would paste it).
 */
function checkReadme(installed, app) {
  const readme = readFileSync(join(installed, "README.md"), "utf8");
  check(
    "the packed README is the package's (README-package.md)",
    readme === readFileSync(join(root, "README-package.md"), "utf8") &&
      readme !== readFileSync(join(root, "README.md"), "utf8"),
    readme.slice(0, 200),
  );
  const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map((match) => match[1])
    .filter((href) => !/^[a-z]+:/i.test(href));
  const dead = links.filter((href) => !existsSync(join(installed, href)));
  check("the packed README's links lead to packed files", links.length > 0 && !dead.length, dead);

  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
  const dir = join(app, "readme");
  mkdirSync(dir);
  const names = blocks.map((block, index) => {
    const name = `block-${index + 1}.ts`;
    writeFileSync(join(dir, name), `${block}export {};\n`);
    return `readme/${name}`;
  });
  // The blocks may use Node's globals and a test runner (the stub's example uses vitest).
  for (const dep of ["@types/node", "vitest"]) {
    const at = join(app, "node_modules", dep);
    if (existsSync(at)) continue;
    mkdirSync(dirname(at), { recursive: true });
    symlinkSync(join(root, "node_modules", dep), at, "dir");
  }
  const config = {
    extends: "./tsconfig.json",
    compilerOptions: { types: ["node"] },
    files: names,
  };
  writeFileSync(join(app, "tsconfig.readme.json"), JSON.stringify(config));
  run(
    `strict tsc over the packed README's ${blocks.length} TypeScript blocks`,
    "node",
    [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.readme.json"],
    app,
  );
}

/** The main entry, code and declarations, loads openapi-fetch alone: no stub, no node:, no ajv. */
function checkMainEntry(installed) {
  for (const file of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]) {
    const code = readFileSync(join(installed, file), "utf8");
    const loaded = importsOf(code);
    const unexpected = loaded.filter((specifier) => !specifier.startsWith("."));
    check(
      `${file} loads only openapi-fetch`,
      unexpected.every((specifier) => specifier === "openapi-fetch"),
      unexpected,
    );
    // Declarations may say "the stub" in their docs; code may not name it at all.
    const stubby = /\bstub\b|^node:|\bajv\b/;
    const clean = /\.d\.c?ts$/.test(file)
      ? !loaded.some((specifier) => stubby.test(specifier))
      : !/\bstub\b|["']node:|\bajv\b/.test(code);
    check(`${file} has no stub, node: or ajv`, clean, loaded);
  }
}

/**
 * The stub entry loads without its bundled dependencies, and its client is the main entry's
 * Bedrock (when the package has a stub entry).
 */
function checkStubEntry(manifest, app) {
  if (!manifest.exports["./stub"]) return;
  // The app has no ajv, ajv-formats, yaml or @noble/hashes: the stub must carry them inside.
  const load = "import('@bedrock/sdk/stub').then(() => require('@bedrock/sdk/stub'))";
  run(
    "the stub loads without its bundled dependencies",
    "node",
    ["--input-type=commonjs", "-e", load],
    app,
  );
  // stub.client() is the package's own Bedrock, not a copy bundled into the stub: an app's
  // `instanceof NotFoundError` holds for what it throws, in ESM and in CommonJS alike.
  const sameClasses = (imports) => `${imports}
    const stub = await createStub();
    const client = stub.client();
    const error = await client.templates.get("00000000-0000-4000-8000-000000000000").catch((e) => e);
    if (!(client instanceof Bedrock) || !(error instanceof NotFoundError)) process.exit(1);`;
  run(
    "stub.client() is the main entry's Bedrock, and throws its error classes (ESM)",
    "node",
    [
      "--input-type=module",
      "-e",
      sameClasses(`import { createStub } from "@bedrock/sdk/stub";
        import { Bedrock, NotFoundError } from "@bedrock/sdk";`),
    ],
    app,
  );
  run(
    "stub.client() is the main entry's Bedrock, and throws its error classes (CommonJS)",
    "node",
    [
      "--input-type=commonjs",
      "-e",
      `(async () => { ${sameClasses(`const { createStub } = require("@bedrock/sdk/stub");
        const { Bedrock, NotFoundError } = require("@bedrock/sdk");`)} })().catch(() => process.exit(1));`,
    ],
    app,
  );
}

/**
 * The conformance kit's bin (`npx bedrock-conformance`): declared, and it runs from the installed
 * package with its validator inside (the app has no ajv) against a stub the app starts.
 */
function checkConformanceBin(installed, manifest, app) {
  const cli = join(installed, manifest.bin?.["bedrock-conformance"] ?? "missing");
  check("the package declares the bedrock-conformance bin", existsSync(cli), manifest.bin);
  const script = `
    import { spawn } from "node:child_process";
    import { createStub } from "@bedrock/sdk/stub";
    const stub = await createStub({ throttle: true, failedAuth: true });
    const http = await stub.listen();
    const child = spawn(process.execPath, [${JSON.stringify(cli)}, "--base-url", http.url, "--only", "errors"]);
    let out = "";
    child.stdout.on("data", (chunk) => { out += chunk; });
    child.stderr.on("data", (chunk) => { out += chunk; });
    const code = await new Promise((done) => child.on("close", done));
    await http.close();
    if (code !== 0 || !/^\\d+ passed, 0 failed, 0 skipped$/m.test(out)) {
      process.stderr.write(out);
      process.exit(1);
    }
    process.stdout.write(out.split("\\n").filter(Boolean).slice(-2).join("\\n") + "\\n");
  `;
  writeFileSync(join(app, "conformance.mjs"), script);
  process.stdout.write(
    run("npx bedrock-conformance against a stub", "node", ["conformance.mjs"], app),
  );
}

/**
 * The stub's bin (`npx bedrock-stub`): declared, and from the installed package it serves the
 * seeded stub on the port asked, printing the export line the SDK reads.
 */
function checkStubBin(installed, manifest, app) {
  const bin = join(installed, manifest.bin?.["bedrock-stub"] ?? "missing");
  check("the package declares the bedrock-stub bin", existsSync(bin), manifest.bin);
  const script = `
    import { spawn } from "node:child_process";
    const child = spawn(process.execPath, [${JSON.stringify(bin)}, "--port", "0"]);
    let out = "";
    const exported = await new Promise((done, fail) => {
      child.stdout.on("data", (chunk) => {
        out += chunk;
        const line = out.split("\\n").find((l) => l.startsWith("export "));
        if (line) done(line);
      });
      child.on("exit", (code) => fail(new Error(\`exited \${code}: \${out}\`)));
    });
    const env = Object.fromEntries(exported.slice(7).split(" ").map((pair) => pair.split("=")));
    const res = await fetch(\`\${env.BEDROCK_BASE_URL}/api/templates/\`, {
      headers: { Authorization: \`Bearer \${env.BEDROCK_API_KEY}\` },
    });
    child.kill("SIGINT");
    if (res.status !== 200 || !env.BEDROCK_TOKEN) process.exit(1);
    process.stdout.write("bedrock-stub served GET /api/templates/: 200\\n");
  `;
  writeFileSync(join(app, "stub-bin.mjs"), script);
  process.stdout.write(run("npx bedrock-stub serves the stub", "node", ["stub-bin.mjs"], app));
}

try {
  const clone = join(work, "clone");
  freshCopy(clone);
  // A version of its own, so that a version baked in anywhere but package.json shows.
  const manifestFile = join(clone, "package.json");
  const source = JSON.parse(readFileSync(manifestFile, "utf8"));
  const version = `${source.version}-packcheck.1`;
  const unpacked = `${JSON.stringify({ ...source, version }, null, 2)}\n`;
  writeFileSync(manifestFile, unpacked);

  const [packed] = JSON.parse(
    run("npm pack (prepack builds)", "npm", ["pack", "--json", "--pack-destination", work], clone),
  );
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);
  check(
    "the tarball holds exactly dist/, the guides, README, LICENSE, CHANGELOG and package.json",
    files.every((file) => file.startsWith("dist/") || isGuide(file) || SHIPPED.includes(file)) &&
      [...SHIPPED, ...GUIDES.map((name) => `docs/${name}.md`)].every((file) =>
        files.includes(file),
      ),
    files,
  );
  const built = ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "stub/index.js"];
  check(
    "dist/ is built by packing",
    built.every((file) => files.includes(`dist/${file}`)),
    files,
  );
  check(
    "packing leaves package.json and README.md as they were",
    readFileSync(manifestFile, "utf8") === unpacked &&
      readFileSync(join(clone, "README.md"), "utf8") ===
        readFileSync(join(root, "README.md"), "utf8"),
    readFileSync(manifestFile, "utf8"),
  );

  const dryRun = run(
    "npm publish --dry-run (the tarball)",
    "npm",
    ["publish", tarball, "--dry-run", "--json", "--tag", "packcheck", "--force", "--offline"],
    work,
  );
  // npm 11 keys the report by package name; older npm printed the report itself.
  const report = JSON.parse(dryRun.slice(dryRun.indexOf("{")));
  const published = report[source.name] ?? report;
  check(
    "the publish dry run sends the packed files",
    published.id === `${source.name}@${version}` &&
      published.files
        .map((file) => file.path)
        .sort()
        .join() === [...files].sort().join(),
    published,
  );

  run("attw", bin("attw"), [tarball, "--profile", "node16", "--format", "table-flipped"]);
  run("publint", bin("publint"), ["run", tarball, "--strict"]);

  const app = join(work, "app");
  mkdirSync(app);
  cpSync(fixtures, app, { recursive: true });
  execFileSync("npm", ["init", "-y"], { cwd: app, stdio: "ignore" });
  execFileSync("npm", ["pkg", "set", "type=module"], { cwd: app, stdio: "ignore" });
  process.stdout.write("▶ install the tarball\n");
  const install = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], {
    cwd: app,
    encoding: "utf8",
  });
  if (install.status === 0) {
    check(
      "installing prints no install-script warning",
      !/install.?script/i.test(install.stderr),
      install.stderr,
    );
  } else {
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
    "the packed manifest has no scripts (they are for working on this repository)",
    manifest.scripts === undefined && manifest.version === version,
    manifest.scripts ?? manifest.version,
  );
  check(
    "the packed manifest is ready for provenance",
    manifest.publishConfig?.access === "public" && manifest.publishConfig?.provenance === true,
    manifest.publishConfig,
  );
  check(
    "runtime dependencies",
    Object.keys(manifest.dependencies ?? {}).join() === "openapi-fetch",
    manifest.dependencies,
  );
  checkMainEntry(installed);
  checkStubEntry(manifest, app);
  checkConformanceBin(installed, manifest, app);
  checkStubBin(installed, manifest, app);
  checkReadme(installed, app);
  process.stdout.write(run("run an ESM file", "node", ["esm.mjs"], app));
  process.stdout.write(run("run a CommonJS file", "node", ["cjs.cjs"], app));
  const { info } = JSON.parse(readFileSync(join(clone, "src/generated/openapi.json"), "utf8"));
  const apiVersion = run("API_VERSION", "node", ["-p", "require('@bedrock/sdk').API_VERSION"], app);
  check(
    "API_VERSION is the contract's info.version",
    apiVersion.trim() === info.version,
    apiVersion,
  );
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
