import { describe, expect, test } from "vitest";
import { browserBundle, mainEntryProblems, SIZE_BUDGET } from "../../scripts/bundle-size.mjs";

// The main entry as a browser app ships it: bundled from src/ in memory (no dist/ needed),
// minified, gzipped. Fails past the budget, or when anything Node-only gets in.
describe("main entry bundle for browsers", () => {
  test(`stays within ${SIZE_BUDGET} bytes min+gz, with nothing but openapi-fetch and our code`, async () => {
    const bundle = await browserBundle('export * from "./src/index.ts";');
    expect(mainEntryProblems(bundle), `${bundle.gzip} bytes min+gz`).toEqual([]);
    expect(bundle.inputs.some(({ path }) => path.includes("node_modules/openapi-fetch/"))).toBe(
      true,
    );
  });

  // The check itself: an entry that pulls in the stub must trip every rule it breaks.
  test("a bundle that pulls in the stub is caught", async () => {
    const bundle = await browserBundle(
      'export * from "./src/index.ts"; export { startStub } from "./src/stub/index.ts";',
    );
    const problems = mainEntryProblems(bundle).join("\n");
    expect(problems).toMatch(/over the \d+-byte budget/);
    expect(problems).toMatch(/carries the stub: .*src\/stub\/node\.ts/);
    expect(problems).toMatch(/imports Node builtins: .*node:http/);
    expect(problems).toMatch(/carries the stub's dependencies: .*\bajv\b/);
    expect(problems).toMatch(/carries the stub's dependencies: .*\byaml\b/);
  });
});
