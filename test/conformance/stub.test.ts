// The kit against the stub, with the stub's throttling and failed-authentication lock on (as
// `npm start` has them): over HTTP and in-process (`stub.fetch`), the stub, the contract's first
// implementation, passes every check, well within a CI job's time.
import { afterAll, expect, it } from "vitest";
import { type KitOptions, runConformance } from "../../src/conformance/kit";
import { resultLine, summaryLine } from "../../src/conformance/report";
import { createStub } from "../../src/stub";

const guarded = { seed: false, throttle: true, failedAuth: true } as const;

async function passes(options: KitOptions) {
  const summary = await runConformance(options);
  console.log(
    `${summaryLine(summary)}; ${summary.requests} requests in ${summary.seconds.toFixed(1)} s, ${summary.throttled.toFixed(1)} s throttled`,
  );
  for (const r of summary.results)
    if (r.seconds > 1) console.log(`slow: ${r.seconds.toFixed(1)} s ${r.group} › ${r.name}`);
  const failed = summary.results.filter((r) => r.outcome.status === "failed");
  expect(failed.map(resultLine).join("\n")).toBe("");
  // skipped only where the contract gives the kit no way (no operation reads an agent run, …)
  for (const r of summary.results.filter((r) => r.outcome.status === "skipped"))
    expect(resultLine(r)).toMatch(
      /skipped: (the contract has no operation|an organization's trail goes with it|an invite lives 7 days|needs --api-key)/,
    );
  expect(summary.passed).toBeGreaterThan(600);
  expect(summary.throttled, "the run never waits for the failed-authentication lock").toBeLessThan(
    5,
  );
  // ~10 s in-process and ~15 s over loopback on an idle machine; the bound leaves room for a busy one
  expect(summary.seconds).toBeLessThan(60);
}

it("the stub over HTTP passes every check", async () => {
  const stub = await createStub(guarded);
  const http = await stub.listen();
  afterAll(() => http.close());
  await passes({ baseUrl: http.url });
}, 120_000);

it("the stub in-process (stub.fetch) passes every check, with a given user and key, destructive", async () => {
  // A full destructive run makes 10 failed authentications, 5 of them uses of keys it revoked or
  // that expired: those "are not a guess" (api-surface, Decisions) and do not count toward the
  // lock, so the default lock (10) never shuts the run's cleanup out.
  const stub = await createStub({ ...guarded, seed: true });
  await passes({
    baseUrl: stub.baseUrl,
    fetch: stub.fetch,
    token: stub.token,
    apiKey: stub.apiKey,
    destructive: true,
  });
  // --destructive revoked the given key, and only with it
  const after = await stub.fetch(`${stub.baseUrl}/api/templates/`, {
    headers: { authorization: `Bearer ${stub.apiKey}` },
  });
  expect(after.status).toBe(401);
}, 120_000);
