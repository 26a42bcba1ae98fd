// A check is one named rule of the contract, run against the server: it passes, fails (saying
// which rule, what was sent and what came back) or is skipped (saying why).
import type { Exchange } from "./http";

/** A broken rule: which one, and the exchange that broke it (if one did). */
export class Violation extends Error {
  constructor(
    readonly rule: string,
    readonly exchange?: Exchange,
    readonly detail?: string,
  ) {
    super(rule);
    this.name = "Violation";
  }
}

/** A check that cannot run here, and why. */
export class Skip extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "Skip";
  }
}

export type Outcome =
  | { status: "passed" }
  | { status: "failed"; rule: string; detail: string }
  | { status: "skipped"; reason: string };

export interface Result {
  group: string;
  name: string;
  outcome: Outcome;
  seconds: number;
}

/** Fails with `rule` unless the answer's status is one of `expected`. */
export function expectStatus(x: Exchange, expected: number | number[], rule: string): Exchange {
  const allowed = [expected].flat();
  if (!allowed.includes(x.status))
    throw new Violation(`${rule} (expected ${allowed.join(" or ")}, got ${x.status})`, x);
  return x;
}

/** Fails with `rule` unless `condition` holds. */
export function expect(condition: unknown, rule: string, x?: Exchange, detail?: string): void {
  if (!condition) throw new Violation(rule, x, detail);
}
