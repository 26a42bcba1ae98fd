// The generated code samples: one TypeScript and one curl sample on every operation, every
// TypeScript sample and guide code block type-checks against the SDK source, and every sample
// runs against a fresh stub.
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BUILD,
  codeSamples,
  enrichContract,
  loadContract,
  operationsOf,
  readGuides,
  samplesModule,
  TS_OUT,
  writeTypeScript,
} from "../../scripts/docs.mjs";
import { startStub } from "../../src/stub";

const contract = loadContract();
const shown = codeSamples(contract);
const operationIds: string[] = operationsOf(contract).map((entry) => entry.operation.operationId);
/**
 * A fresh stub, as `npm start` serves it, and exactly the environment it prints: each sample
 * runs as a reader would run it, on the demo data and credentials, nothing set up around it.
 */
async function withStub(use: (env: Record<string, string>) => Promise<void>) {
  const stub = await startStub();
  try {
    await use({
      BEDROCK_BASE_URL: stub.url,
      BEDROCK_API_KEY: stub.apiKey,
      BEDROCK_TOKEN: stub.token,
    });
  } finally {
    await stub.close();
  }
}

describe("code samples", () => {
  it("every operation of the built contract carries a TypeScript and a curl sample", () => {
    const enriched = enrichContract(contract, readGuides());
    for (const { operation } of operationsOf(enriched)) {
      const samples = operation["x-codeSamples"] as { lang: string; source: string }[];
      expect(samples.map((sample) => sample.lang)).toEqual(["TypeScript", "curl"]);
      expect(samples[0]?.source).toMatch(/^import \{ Bedrock \} from "@bedrock\/sdk";\n/);
      expect(samples[1]?.source).toMatch(/^curl /);
    }
    expect(operationsOf(enriched)).toHaveLength(operationIds.length);
  });

  it("the TypeScript samples and the guides' ts blocks type-check against the SDK", () => {
    writeTypeScript();
    const guideBlocks = readdirSync(join(TS_OUT, "guides"));
    expect(guideBlocks.length).toBeGreaterThanOrEqual(readGuides().length);
    const tsc = spawnSync("npx", ["--no-install", "tsc", "-p", "test/docs/tsconfig.json"], {
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr.replace(/^npm warn .*\n/gm, "")).toBe("");
    expect(tsc.status).toBe(0);
  }, 60_000);
});

describe("every TypeScript sample runs against the stub", async () => {
  // The same module as type-checked, importing the SDK from its source.
  const dir = join(BUILD, "run");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "samples.ts");
  writeFileSync(file, samplesModule(contract, { sdk: resolve("src/index.ts") }));
  const { samples } = (await import(file)) as { samples: Record<string, () => Promise<void>> };

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  for (const operationId of operationIds)
    it(operationId, async () => {
      const sample = samples[operationId];
      expect(sample).toBeTypeOf("function");
      await withStub(async (env) => {
        for (const name of Object.keys(process.env))
          if (name.startsWith("BEDROCK_")) vi.stubEnv(name, undefined);
        for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
        const log = vi.spyOn(console, "log").mockImplementation(() => {});
        await sample?.();
        // A sample that gets data shows it; only deletes and logout (204) print nothing.
        const printsNothing = !shown[operationId]?.typescript.includes("console.log");
        expect(log.mock.calls.length > 0 || printsNothing).toBe(true);
      });
    });
});

describe.concurrent("every curl sample runs against the stub", () => {
  const curl = shown; // as the site shows them: they read BEDROCK_BASE_URL
  const run = promisify(execFile);

  for (const operationId of operationIds)
    it(operationId, async () => {
      const command = `${curl[operationId]?.curl.trimEnd()} -sS -o /dev/null -w '%{http_code}'`;
      await withStub(async (env) => {
        const theirs = Object.entries(process.env).filter(([name]) => !name.startsWith("BEDROCK_"));
        const { stdout } = await run("bash", ["-c", command], {
          env: { ...Object.fromEntries(theirs), ...env },
        });
        expect(Number(stdout), command).toBeGreaterThanOrEqual(200);
        expect(Number(stdout), command).toBeLessThan(300);
      });
    });
});
