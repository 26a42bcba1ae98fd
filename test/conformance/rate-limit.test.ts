// The kit keeps to the rate limit a server announces: it waits when `RateLimit` says a caller's
// quota is spent (and for `Retry-After` on a 429), so a tightly throttled server still passes.
import { expect, it } from "vitest";
import { runConformance } from "../../src/conformance/kit";
import { resultLine } from "../../src/conformance/report";
import { createStub } from "../../src/stub";

it("waits as the server's RateLimit says instead of failing against a tight quota", async () => {
  const stub = await createStub({
    seed: false,
    throttle: { rate: 50, burst: 5 },
    failedAuth: true,
  });
  let throttled = 0;
  const counting: typeof fetch = async (input, init) => {
    const response = await stub.fetch(input, init);
    if (response.status === 429) throttled++;
    return response;
  };
  const summary = await runConformance({
    baseUrl: stub.baseUrl,
    fetch: counting,
    only: ["errors"],
  });
  const failed = summary.results.filter((r) => r.outcome.status === "failed");
  expect(failed.map(resultLine).join("\n")).toBe("");
  expect(summary.throttled, "it waited for the quota").toBeGreaterThan(0.5);
  expect(
    throttled,
    "it waits before the quota runs out, so it is hardly ever refused",
  ).toBeLessThan(3);
}, 60_000);

it("retries a 429 after its Retry-After", async () => {
  const stub = await createStub({ seed: false, throttle: true, failedAuth: true });
  let refusals = 0;
  // a proxy that refuses every third request once with 429 and Retry-After: 1
  let sent = 0;
  const flaky: typeof fetch = async (input, init) => {
    if (++sent % 3 === 0 && refusals < 2) {
      refusals++;
      return Response.json(
        { detail: "Request was throttled." },
        { status: 429, headers: { "Retry-After": "1", "X-Request-Id": "req_proxy" } },
      );
    }
    return stub.fetch(input, init);
  };
  const summary = await runConformance({
    baseUrl: stub.baseUrl,
    fetch: flaky,
    only: ["credentials", "delete"],
  });
  expect(summary.failed).toBe(0);
  expect(refusals).toBe(2);
  expect(summary.throttled).toBeGreaterThanOrEqual(2);
}, 60_000);
