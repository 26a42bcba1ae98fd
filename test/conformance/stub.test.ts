// The kit against the stub over HTTP, with its default throttling: the stub, the contract's first
// implementation, passes every check (but the known gaps below), well within the time a CI job has.
import { expect, it } from "vitest";
import { runConformance } from "../../src/conformance/kit";
import { resultLine, summaryLine } from "../../src/conformance/report";
import { startStub } from "../../src/stub";

/**
 * Rules the stub does not keep yet (issue 20's fixes, being made in parallel): the kit's check is
 * right and fails against today's stub. Remove a name once the stub's fix lands.
 */
const KNOWN_GAPS = new Set([
  // "Idempotent replays go to the same caller only": another key of the organization gets 422.
  "idempotency › the key reused by another API key of the organization → 422, not the first answer",
  // "No credential outlives or outranks the one that made it": a short-term key makes only short-term keys.
  "keys › a key made by a short-term key is short-term and ends no later than it",
]);

it("the stub passes every check", async () => {
  const stub = await startStub({ seed: false });
  try {
    const summary = await runConformance({ baseUrl: stub.url });
    console.log(
      `${summaryLine(summary)}; ${summary.requests} requests in ${summary.seconds.toFixed(1)} s`,
    );
    const failed = summary.results.filter((r) => r.outcome.status === "failed");
    const unexpected = failed.filter((r) => !KNOWN_GAPS.has(`${r.group} › ${r.name}`));
    expect(unexpected.map(resultLine).join("\n")).toBe("");
    for (const fixed of [...KNOWN_GAPS].filter(
      (gap) => !failed.some((r) => `${r.group} › ${r.name}` === gap),
    ))
      console.log(`known gap now passes, remove it from KNOWN_GAPS: ${fixed}`);
    // skipped only where the contract gives the kit no way (no operation reads an agent run, …)
    for (const r of summary.results.filter((r) => r.outcome.status === "skipped"))
      expect(resultLine(r)).toMatch(
        /skipped: (the contract has no operation|an organization's trail goes with it|an invite lives 7 days)/,
      );
    expect(summary.passed).toBeGreaterThan(600);
    expect(
      summary.throttled,
      "the run never waits for the failed-authentication lock",
    ).toBeLessThan(5);
  } finally {
    await stub.close();
  }
}, 120_000);
