// The kit against the stub over HTTP: the stub, the contract's first implementation, passes every check.
import { expect, it } from "vitest";
import { runConformance } from "../../src/conformance/kit";
import { resultLine, summaryLine } from "../../src/conformance/report";
import { startStub } from "../../src/stub";

it("the stub passes every check", async () => {
  const stub = await startStub({ seed: false });
  try {
    const summary = await runConformance({ baseUrl: stub.url });
    const failures = summary.results.filter((r) => r.outcome.status === "failed").map(resultLine);
    console.log(
      `${summaryLine(summary)}; ${summary.requests} requests in ${summary.seconds.toFixed(1)} s`,
    );
    expect(failures.join("\n")).toBe("");
  } finally {
    await stub.close();
  }
}, 120_000);
