import { describe, expect, test } from "vitest";
import {
  browserBundle,
  EXPORTS_BUDGET,
  mainEntryApp,
  mainEntryProblems,
  OPT_IN_EXPORTS,
  SIZE_BUDGET,
} from "../../scripts/bundle-size.mjs";

// The main entry as a browser app ships it: bundled from src/ in memory (no dist/ needed),
// minified, gzipped. Fails past the budget, or when anything Node-only gets in. Budgets are in
// bytes: "10 kB" for the main entry is 10,000 bytes (a kB is 1,000 bytes here, as gzip-size
// reporters and issue 22 count it).
describe("main entry bundle for browsers", () => {
  test(`an app's import of every export but ${OPT_IN_EXPORTS.join(", ")} stays within ${SIZE_BUDGET} bytes min+gz, with nothing but openapi-fetch and our code`, async () => {
    const app = await mainEntryApp("src/index.ts");
    expect(app).toMatch(/\bBedrock\b.*\bRateLimitError\b/);
    for (const name of OPT_IN_EXPORTS) expect(app).not.toMatch(new RegExp(`\\b${name}\\b`));
    const bundle = await browserBundle(app);
    expect(mainEntryProblems(bundle), `${bundle.gzip} bytes min+gz`).toEqual([]);
    expect(bundle.inputs.some(({ path }) => path.includes("node_modules/openapi-fetch/"))).toBe(
      true,
    );
  });

  test(`everything it exports, opt-in helpers included, stays within ${EXPORTS_BUDGET} bytes min+gz`, async () => {
    const bundle = await browserBundle('export * from "./src/index.ts";');
    expect(mainEntryProblems(bundle, EXPORTS_BUDGET), `${bundle.gzip} bytes min+gz`).toEqual([]);
  });

  // What makes a helper opt-in: an app that does not import it does not carry it.
  test("an app that imports only Bedrock carries no opt-in helper", async () => {
    const bundle = await browserBundle(
      'import { Bedrock } from "./src/index.ts"; export default new Bedrock({ apiKey: "k" });',
    );
    expect(bundle.inputs.map(({ path }) => path)).not.toContain("src/short-term-keys.ts");
    const withHelper = await browserBundle(
      'import { shortTermKeys } from "./src/index.ts"; export default shortTermKeys;',
    );
    expect(withHelper.inputs.map(({ path }) => path)).toContain("src/short-term-keys.ts");
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
