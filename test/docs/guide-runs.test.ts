// Every ```ts block of every guide (and of the package README) runs as a reader runs it: in
// order, each as a program of its own (`node block.mjs`), against one fresh stub per guide with
// exactly the environment the stub prints (BEDROCK_BASE_URL, BEDROCK_API_KEY, BEDROCK_TOKEN).
// Each must exit by itself, successfully, having printed what it got. A block that is a test
// file (it imports vitest) runs under vitest and must pass. (samples.test.ts type-checks them all.)
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD, readGuides } from "../../scripts/docs.mjs";
import {
  buildPrograms,
  PROGRAM_SECONDS,
  type PrintedStub,
  readerEnvironment,
  runProgram,
  SOURCES,
  startPrintedStub,
} from "./programs";

const run = promisify(execFile);
const dir = join(BUILD, "run", "guides");
mkdirSync(dir, { recursive: true });

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

/** Runs a test-file block under vitest; fails saying how when it does not pass. */
async function runTestFile(name: string, code: string, env: NodeJS.ProcessEnv, what: string) {
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
  try {
    return await run(process.execPath, args, {
      cwd: dir,
      env: { ...env, CI: "true", NO_COLOR: "1", FORCE_COLOR: "0" },
      timeout: PROGRAM_SECONDS * 1000 * 2,
      killSignal: "SIGKILL",
    });
  } catch (caught) {
    const error = caught as { code?: number; stdout?: string; stderr?: string };
    throw new Error(`${what}: vitest exit code ${error.code}\n${error.stderr}${error.stdout}`);
  }
}

for (const { name, file, blocks } of documents) {
  describe(file, () => {
    let stub: PrintedStub;
    let programs: Record<string, string>;
    const label = (index: number) => `${name}.${index + 1}`;
    beforeAll(async () => {
      if (!blocks.length) return; // a guide without TypeScript (the conformance kit's)
      stub = await startPrintedStub();
      const plain = blocks.flatMap((block, index) =>
        /from "vitest"/.test(block) ? [] : [[label(index), block] as const],
      );
      programs = await buildPrograms(dir, Object.fromEntries(plain));
    });
    afterAll(() => stub?.close());

    it("has blocks to run, or none at all", () => {
      expect(blocks.every((block) => block.trim().length > 0)).toBe(true);
    });

    blocks.forEach((block, index) => {
      const what = `${file}, block ${index + 1}`;
      it(
        `block ${index + 1} runs, exits by itself and prints what it got`,
        async () => {
          const env = readerEnvironment(stub);
          const program = programs[label(index)];
          if (program) {
            const { stdout } = await runProgram(program, env, what);
            expect(stdout.trim(), `${what} prints`).not.toBe("");
          } else {
            const { stdout } = await runTestFile(label(index), block, env, what);
            expect(stdout).toMatch(/Tests\s+\d+ passed/);
          }
        },
        PROGRAM_SECONDS * 2_500,
      );
    });
  });
}
