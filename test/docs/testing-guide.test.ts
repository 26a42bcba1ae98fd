// docs/testing-with-the-stub.md runs as printed: its vitest blocks under a real vitest, its
// node:test block under `node --test`, its other ```ts blocks as modules that print what they
// got (samples.test.ts type-checks them all). The `ts bun` and `ts deno` blocks run under Bun
// and Deno in the runtime matrix (scripts/test-runtimes.mjs).
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BUILD, readGuides } from "../../scripts/docs.mjs";

const root = resolve(import.meta.dirname, "../..");
const guide = readGuides().find(({ name }) => name === "testing-with-the-stub");
const blocks: string[] = guide?.blocks ?? [];
const dir = join(BUILD, "run", "testing-guide");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const run = promisify(execFile);

/** The block with the package's imports pointed at its source. */
const fromSource = (block: string) =>
  block.replace(/from "(@bedrock\/sdk(?:\/stub)?)"/g, (_, name: string) => {
    const entry = name === "@bedrock/sdk" ? "src/index.ts" : "src/stub/index.ts";
    return `from ${JSON.stringify(join(root, entry))}`;
  });
/** How many tests a block declares (`test(` at the start of a line). */
const declaredTests = (block: string) => block.match(/^test\(/gm)?.length ?? 0;

const vitestBlocks = blocks.filter((block) => block.includes('from "vitest"'));
const nodeTestBlocks = blocks.filter((block) => block.includes('from "node:test"'));
const plainBlocks = blocks.filter(
  (block) => !vitestBlocks.includes(block) && !nodeTestBlocks.includes(block),
);

afterEach(() => vi.restoreAllMocks());

it("leads with createStub() and has vitest, node:test and plain blocks", () => {
  expect(blocks[0]).toMatch(/await createStub\(\)/);
  expect(vitestBlocks.length).toBeGreaterThanOrEqual(3);
  expect(nodeTestBlocks).toHaveLength(1);
  expect(plainBlocks.length).toBeGreaterThanOrEqual(3);
  expect(guide?.markdown).toMatch(/^```ts bun$/m);
  expect(guide?.markdown).toMatch(/^```ts deno$/m);
});

it("its vitest blocks pass under vitest", async () => {
  vitestBlocks.forEach((block, index) => {
    writeFileSync(join(dir, `vitest-${index + 1}.test.ts`), fromSource(block));
  });
  const config = join(dir, "vitest.config.mjs");
  writeFileSync(config, 'export default { test: { include: ["vitest-*.test.ts"] } };\n');
  const vitest = join(root, "node_modules/vitest/vitest.mjs");
  const { stdout } = await run(
    process.execPath,
    [vitest, "run", "--config", config, "--root", dir, "--reporter=json"],
    { cwd: dir, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error) => {
    throw new Error(`vitest failed: ${error.stdout}${error.stderr}`);
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf("{")));
  const expected = vitestBlocks.reduce((sum, block) => sum + declaredTests(block), 0);
  expect({ passed: report.numPassedTests, total: report.numTotalTests }).toEqual({
    passed: expected,
    total: expected,
  });
}, 180_000);

it("its node:test block passes under node --test", async () => {
  const [block = ""] = nodeTestBlocks;
  const { outputFiles } = await build({
    stdin: { contents: fromSource(block), resolveDir: dir, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
  });
  const file = join(dir, "node-test.mjs");
  writeFileSync(file, outputFiles[0]?.text ?? "");
  const { stdout } = await run(process.execPath, ["--test", "--test-reporter=tap", file], {
    cwd: dir,
    timeout: 60_000,
  }).catch((error) => {
    throw new Error(`node --test failed: ${error.stdout}${error.stderr}`);
  });
  expect(stdout).toMatch(new RegExp(`^# pass ${declaredTests(block)}$`, "m"));
  expect(stdout).toMatch(/^# fail 0$/m);
}, 90_000);

describe("its other blocks run and print", () => {
  plainBlocks.forEach((block, index) => {
    it(`block ${index + 1}`, async () => {
      const file = join(dir, `plain-${index + 1}.ts`);
      writeFileSync(file, `${fromSource(block)}export {};\n`);
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      await import(file);
      expect(log).toHaveBeenCalled();
      expect(log.mock.calls.flat()).not.toContain(false);
    });
  });
});
