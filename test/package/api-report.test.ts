import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { apiReport, emitDeclarations } from "../../scripts/api-report.mjs";

// The API report (etc/*.api.md, API Extractor) records every type apps compile against.
const root = resolve(import.meta.dirname, "../..");
mkdirSync(join(root, ".cache"), { recursive: true });
const work = mkdtempSync(join(root, ".cache/api-test-"));
let dts = "";

beforeAll(() => {
  dts = emitDeclarations(join(work, "emit"));
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the API report", () => {
  test("matches what src/ exports (after a change: `npm run api:report`, then commit etc/)", () => {
    const differing = apiReport({ dts, check: true, temp: join(work, "temp-current") });
    expect(differing, "the public API changed: run `npm run api:report` and commit etc/").toEqual(
      [],
    );
  }, 120_000);

  // The check itself: an exported type the report does not record must fail it.
  test("an unrecorded change to an exported type fails the check", () => {
    const changed = join(work, "changed");
    cpSync(dts, changed, { recursive: true });
    appendFileSync(
      join(changed, "src/errors.d.ts"),
      "\nexport declare class UnrecordedError extends Error { readonly code: number; }\n",
    );
    appendFileSync(
      join(changed, "src/index.d.ts"),
      '\nexport { UnrecordedError } from "./errors";\n',
    );
    const differing = apiReport({ dts: changed, check: true, temp: join(work, "temp-changed") });
    expect(differing.map((file) => file.slice(root.length + 1))).toEqual([
      "etc/bedrock-sdk.api.md",
    ]);
  }, 120_000);
});
