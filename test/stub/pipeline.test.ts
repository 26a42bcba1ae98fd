// The request path is data: the stages' order is asserted here, so a change to it is a
// change to this test (and to src/stub/README.md, which explains the order).
import { describe, expect, it } from "vitest";
import { STAGES } from "../../src/stub/pipeline";

describe("the stub's pipeline", () => {
  it("runs its stages in the documented order", () => {
    expect(STAGES.map((stage) => stage.name)).toEqual([
      "route",
      "throttle",
      "authenticate",
      "policy",
      "body",
      "recheck",
      "passwords",
      "idempotency",
      "audit",
      "handler",
    ]);
  });
});
