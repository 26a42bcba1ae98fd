// Every ```ts block of every guide (and of the package README) runs as a reader runs it: in order, each
// as a program of its own (`node block.mjs`), against one fresh stub per guide with exactly the
// environment the stub prints (BEDROCK_BASE_URL, BEDROCK_API_KEY, BEDROCK_TOKEN). Each must exit
// by itself, successfully, having printed what it got. A block that is a test file (it imports
// vitest) runs under vitest and must pass. (samples.test.ts type-checks them all.)
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD, readGuides } from "../../scripts/docs.mjs";
import { type Stub, startStub } from "../../src/stub";

const run = promisify(execFile);
const dir = join(BUILD, "run", "guides");
mkdirSync(dir, { recursive: true });
/** The package's entry points, as their source. */
const SOURCES = {
  "@bedrock/sdk": resolve("src/index.ts"),
  "@bedrock/sdk/stub": resolve("src/stub/index.ts"),
};
/** Long enough for a block that waits out a retry; a block still running then never ends. */
const BLOCK_SECONDS = 20;

const documents = [
  ...readGuides().map(({ name, blocks }) => ({ name, file: `docs/${name}.md`, blocks })),
  {
    name: "README",
    file: "README-package.md",
    blocks: tsBlocks(readFileSync("README-package.md", "utf8")),
  },
];

function tsBlocks(markdown: string) {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}

/** The environment a reader has: theirs, with the stub's variables as it prints them. */
function readerEnvironment(stub: Stub<true>) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("BEDROCK_")),
  );
  return {
    ...env,
    BEDROCK_BASE_URL: stub.url,
    BEDROCK_API_KEY: stub.apiKey,
    BEDROCK_TOKEN: stub.token,
  };
}

/** Runs a program block as `node`: its output, or an error saying how it failed. */
async function runProgram(name: string, code: string, env: NodeJS.ProcessEnv) {
  const source = join(dir, `${name}.ts`);
  const program = join(dir, `${name}.mjs`);
  writeFileSync(source, `${code}export {};\n`);
  await build({
    entryPoints: [source],
    outfile: program,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    alias: SOURCES,
    packages: "external", // the SDK from source, its dependencies as installed
    logLevel: "silent",
  });
  return run(process.execPath, [program], {
    env,
    timeout: BLOCK_SECONDS * 1000,
    killSignal: "SIGKILL",
  });
}

/** Runs a test-file block under vitest. */
async function runTestFile(name: string, code: string, env: NodeJS.ProcessEnv) {
  const rewritten = code.replace(
    /from "(@bedrock\/sdk(?:\/stub)?)"/g,
    (_, entry: keyof typeof SOURCES) => `from ${JSON.stringify(SOURCES[entry])}`,
  );
  writeFileSync(join(dir, `${name}.test.ts`), rewritten);
  // a config of its own: the repository's includes only test/
  const config = join(dir, "vitest.config.mjs");
  writeFileSync(config, 'export default { test: { include: ["*.test.ts"] } };\n');
  const vitest = resolve("node_modules/vitest/vitest.mjs");
  const args = [vitest, "run", "--root", dir, "--config", config, `${name}.test.ts`];
  return run(process.execPath, args, {
    cwd: dir,
    env: { ...env, CI: "true", NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: BLOCK_SECONDS * 1000 * 2,
    killSignal: "SIGKILL",
  });
}

for (const { name, file, blocks } of documents) {
  describe(file, () => {
    let stub: Stub<true>;
    beforeAll(async () => {
      stub = await startStub();
    });
    afterAll(() => stub?.close());

    it("has blocks to run, or none at all", () => {
      expect(blocks.every((block) => block.trim().length > 0)).toBe(true);
    });

    blocks.forEach((block, index) => {
      const label = `${name}.${index + 1}`;
      it(
        `block ${index + 1} runs, exits by itself and prints what it got`,
        async () => {
          const env = readerEnvironment(stub);
          const asTest = /from "vitest"/.test(block);
          const outcome = await (asTest ? runTestFile : runProgram)(label, block, env).catch(
            (error: { killed?: boolean; code?: number; stdout?: string; stderr?: string }) => {
              const how = error.killed
                ? `still running after ${BLOCK_SECONDS} s: something keeps the process alive`
                : `exit code ${error.code}`;
              throw new Error(
                `${file}, block ${index + 1}: ${how}\n${error.stderr}${error.stdout}`,
              );
            },
          );
          if (asTest) expect(outcome.stdout).toMatch(/Tests\s+\d+ passed/);
          else expect(outcome.stdout.trim(), `${file}, block ${index + 1} prints`).not.toBe("");
        },
        BLOCK_SECONDS * 2_500,
      );
    });
  });
}
