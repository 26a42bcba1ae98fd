// docs/testing-with-the-stub.md leads with createStub() and shows it in each test runner: its
// vitest and node:test blocks (and every other ```ts block) run in guide-runs.test.ts, its
// `ts bun` and `ts deno` blocks under Bun and Deno in the runtime matrix (scripts/test-runtimes.mjs).
import { expect, it } from "vitest";
import { readGuides } from "../../scripts/docs.mjs";

const guide = readGuides().find(({ name }) => name === "testing-with-the-stub");
const blocks: string[] = guide?.blocks ?? [];

it("leads with createStub() and shows vitest, node:test, Bun, Deno and msw", () => {
  expect(blocks[0]).toMatch(/await createStub\(\)/);
  expect(blocks[0]).toMatch(/from "vitest"/);
  expect(blocks.filter((block) => block.includes('from "node:test"'))).toHaveLength(1);
  expect(blocks.some((block) => block.includes('from "msw/node"'))).toBe(true);
  expect(guide?.markdown).toMatch(/^```ts bun\n(?:.*\n)*?.*from "bun:test"/m);
  expect(guide?.markdown).toMatch(/^```ts deno\n(?:.*\n)*?Deno\.test\(/m);
  for (const member of ["use(", "resetHandlers()", "reset()", "listen("])
    expect(blocks.join("\n"), member).toContain(member);
});
