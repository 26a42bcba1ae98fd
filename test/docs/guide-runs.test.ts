// Guides whose every ```ts block runs as written (samples.test.ts type-checks them all)
// against a fresh stub, with the environment a reader sets: BEDROCK_BASE_URL and the demo
// organization's BEDROCK_API_KEY. Each block must finish and print what it got.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BUILD, readGuides } from "../../scripts/docs.mjs";
import { startStub } from "../../src/stub";

/** The guides whose blocks need nothing but the stub's demo data. */
const RUNNABLE = ["key-lifecycle"];

const dir = join(BUILD, "run", "guides");
mkdirSync(dir, { recursive: true });
const sources = {
  "@bedrock/sdk": resolve("src/index.ts"),
  "@bedrock/sdk/stub": resolve("src/stub/index.ts"),
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

for (const guide of readGuides().filter(({ name }) => RUNNABLE.includes(name))) {
  describe(`docs/${guide.name}.md`, () => {
    it("has blocks to run", () => expect(guide.blocks.length).toBeGreaterThan(0));

    guide.blocks.forEach((block: string, index: number) => {
      it(`block ${index + 1} runs against the stub`, async () => {
        const file = join(dir, `${guide.name}.${index + 1}.ts`);
        const code = block.replace(
          /from "(@bedrock\/sdk(?:\/stub)?)"/g,
          (_, name: keyof typeof sources) => `from ${JSON.stringify(sources[name])}`,
        );
        writeFileSync(file, `${code}export {};\n`);
        const stub = await startStub({ throttle: false });
        try {
          vi.stubEnv("BEDROCK_BASE_URL", stub.url);
          vi.stubEnv("BEDROCK_API_KEY", stub.apiKey);
          vi.stubEnv("BEDROCK_TOKEN", undefined);
          vi.stubEnv("BEDROCK_LOG", undefined);
          const log = vi.spyOn(console, "log").mockImplementation(() => {});
          await import(file);
          expect(log).toHaveBeenCalled();
        } finally {
          await stub.close();
        }
      });
    });
  });
}
