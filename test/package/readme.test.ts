// The package README's ```ts blocks run as printed against a fresh stub (scripts/test-package.mjs
// type-checks them against the packed SDK), with the environment a reader has after
// `npx bedrock-stub`: BEDROCK_BASE_URL, BEDROCK_API_KEY, and BEDROCK_PASSWORD for the demo user
// the examples sign in as. A block that is a test file (it imports vitest) runs as tests here.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createStub } from "../../src/stub";

const root = resolve(import.meta.dirname, "../..");
const readme = readFileSync(join(root, "README-package.md"), "utf8");
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
const dir = join(root, ".cache/readme-run");
mkdirSync(dir, { recursive: true });
const sources: Record<string, string> = {
  "@bedrock/sdk": join(root, "src/index.ts"),
  "@bedrock/sdk/stub": join(root, "src/stub/index.ts"),
};

/** The block as a module of its own, importing the SDK from src/. */
function moduleOf(block: string, index: number): string {
  const file = join(dir, `block-${index + 1}.ts`);
  const code = block.replace(/from "(@bedrock\/sdk(?:\/stub)?)"/g, (_, name: string) => {
    return `from ${JSON.stringify(sources[name])}`;
  });
  writeFileSync(file, `${code}export {};\n`);
  return file;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

it("has TypeScript blocks, one of them a test file", () => {
  expect(blocks.length).toBeGreaterThan(5);
  expect(blocks.filter((block) => block.includes('from "vitest"'))).toHaveLength(1);
});

blocks.forEach((block, index) => {
  const title = `block ${index + 1} (${/^(?:\/\/ )?(.*)$/m.exec(block.trim())?.[1]?.slice(0, 60)})`;
  if (block.includes('from "vitest"')) {
    describe(`${title}, a test file`, async () => {
      await import(moduleOf(block, index));
    });
    return;
  }
  it(`${title} runs against the stub`, async () => {
    const stub = await createStub();
    const { url, close } = await stub.listen({ port: 0 });
    try {
      vi.stubEnv("BEDROCK_BASE_URL", url);
      vi.stubEnv("BEDROCK_API_KEY", stub.apiKey);
      vi.stubEnv("BEDROCK_PASSWORD", stub.password);
      vi.stubEnv("BEDROCK_TOKEN", undefined);
      vi.stubEnv("BEDROCK_LOG", "off");
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      await import(moduleOf(block, index));
      expect(log).toHaveBeenCalled();
    } finally {
      await close();
    }
  });
});
