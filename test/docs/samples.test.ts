// The generated code samples: one TypeScript and one curl sample on every operation, every
// TypeScript sample and guide code block type-checks against the SDK source, and every sample
// runs exactly as the site prints it (TypeScript as a program of its own, curl under bash)
// against a fresh stub, with the environment the stub prints and nothing set up around it.
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  BUILD,
  codeSamples,
  enrichContract,
  loadContract,
  operationsOf,
  readGuides,
  TS_OUT,
  writeTypeScript,
} from "../../scripts/docs.mjs";
import {
  buildPrograms,
  PROGRAM_SECONDS,
  type PrintedStub,
  readerEnvironment,
  runProgram,
  startPrintedStub,
} from "./programs";

const contract = loadContract();
const shown = codeSamples(contract);
const operationIds: string[] = operationsOf(contract).map((entry) => entry.operation.operationId);
/** A sample's time: its program's, and the stub's start around it (a loaded machine is slow). */
const SAMPLE_TIMEOUT = (PROGRAM_SECONDS + 30) * 1000;

/**
 * A fresh stub, as `npm start` serves it, and exactly the environment it prints: each sample
 * runs as a reader would run it, on the demo data and credentials, nothing set up around it.
 */
async function withStub(use: (stub: PrintedStub) => Promise<void>) {
  const stub = await startPrintedStub();
  try {
    await use(stub);
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

  it("read only what the stub prints: BEDROCK_BASE_URL, BEDROCK_API_KEY and BEDROCK_TOKEN", async () => {
    const stub = await startPrintedStub();
    await stub.close();
    expect(Object.keys(stub.printed).sort()).toEqual([
      "BEDROCK_API_KEY",
      "BEDROCK_BASE_URL",
      "BEDROCK_TOKEN",
    ]);
    const samples = Object.values(shown);
    const fromCurl = samples.flatMap(({ curl }) => [...curl.matchAll(/\$(BEDROCK_\w+)/g)]);
    const fromTs = samples.flatMap(({ typescript }) => [
      ...typescript.matchAll(/reads (BEDROCK_\w+)/g),
    ]);
    // a pattern that no longer matches the samples' wording would check nothing
    expect(fromCurl.length, "curl samples reading $BEDROCK_…").toBeGreaterThan(0);
    expect(fromTs.length, "TypeScript samples saying they read BEDROCK_…").toBeGreaterThan(0);
    for (const [, name] of [...fromCurl, ...fromTs])
      expect(stub.printed, name).toHaveProperty(name ?? "");
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

describe.concurrent("every TypeScript sample runs as printed against the stub", async () => {
  // Each exactly as the site shows it, import and all, as a program of its own.
  const dir = join(BUILD, "run", "samples");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const programs = await buildPrograms(
    dir,
    Object.fromEntries(operationIds.map((id) => [id, shown[id]?.typescript ?? ""])),
  );

  for (const operationId of operationIds)
    it(
      operationId,
      async () => {
        await withStub(async (stub) => {
          const program = programs[operationId] ?? "";
          const { stdout } = await runProgram(program, readerEnvironment(stub), operationId);
          // A sample that gets data shows it; only deletes and logout (204) print nothing.
          if (shown[operationId]?.typescript.includes("console.log"))
            expect(stdout.trim(), `${operationId} prints`).not.toBe("");
        });
      },
      SAMPLE_TIMEOUT,
    );
});

describe.concurrent("every curl sample runs against the stub", () => {
  const curl = shown; // as the site shows them: they read BEDROCK_BASE_URL
  const run = promisify(execFile);

  for (const operationId of operationIds)
    it(
      operationId,
      async () => {
        const command = `${curl[operationId]?.curl.trimEnd()} -sS -o /dev/null -w '%{http_code}'`;
        await withStub(async (stub) => {
          const env = readerEnvironment(stub);
          const { stdout } = await run("bash", ["-c", command], { env });
          expect(Number(stdout), command).toBeGreaterThanOrEqual(200);
          expect(Number(stdout), command).toBeLessThan(300);
        });
      },
      SAMPLE_TIMEOUT,
    );
});
