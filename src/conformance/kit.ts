// Runs the checks of the chosen groups, one at a time, against one server, then removes what it
// made. Programmatic entry of the kit (the CLI is ./cli.ts): pass `fetch` to run it against an
// in-process server.
import { type Result, Skip, Violation } from "./check";
import { type Check, Kit, type KitOptions } from "./context";
import { GROUPS } from "./groups";

export type { KitOptions };

export interface Summary {
  results: Result[];
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  requests: number;
  /** Seconds spent waiting for the server's rate limit. */
  throttled: number;
}

/** The checks of the chosen groups, in order; an unknown group name throws. */
export function checksOf(kit: Kit): Check[] {
  const names = kit.options.only?.length ? kit.options.only : Object.keys(GROUPS);
  const unknown = names.filter((name) => !(name in GROUPS));
  if (unknown.length)
    throw new Error(
      `Unknown group ${unknown.join(", ")}; the groups are: ${Object.keys(GROUPS).join(", ")}`,
    );
  return names.flatMap((name) => GROUPS[name]?.(kit) ?? []);
}

export async function runConformance(options: KitOptions): Promise<Summary> {
  const kit = new Kit(options);
  const started = performance.now();
  await reachable(kit);
  const results: Result[] = [];
  for (const check of checksOf(kit)) {
    const result = await runCheck(kit, check);
    results.push(result);
    options.onResult?.(result);
  }
  await kit.world.cleanup().catch(() => undefined);
  const count = (status: string) => results.filter((r) => r.outcome.status === status).length;
  return {
    results,
    passed: count("passed"),
    failed: count("failed"),
    skipped: count("skipped"),
    seconds: (performance.now() - started) / 1000,
    requests: kit.http.requests,
    throttled: kit.http.waited,
  };
}

/** Throws, saying why, when the server does not answer at all (rather than fail every check). */
async function reachable(kit: Kit) {
  try {
    await kit.http.call("getMe");
  } catch (error) {
    const cause =
      error instanceof Error
        ? ((error.cause as Error | undefined)?.message ?? error.message)
        : String(error);
    throw new Error(`${kit.options.baseUrl} does not answer: ${cause}`);
  }
  kit.http.take();
}

async function runCheck(kit: Kit, check: Check): Promise<Result> {
  const started = performance.now();
  const done = (outcome: Result["outcome"]): Result => ({
    group: check.group,
    name: check.name,
    outcome,
    seconds: (performance.now() - started) / 1000,
  });
  kit.http.take();
  try {
    await check.run(kit);
  } catch (error) {
    kit.http.take();
    if (error instanceof Skip) return done({ status: "skipped", reason: error.reason });
    if (error instanceof Violation) {
      const lines = [error.detail, error.exchange && kit.http.describe(error.exchange)];
      return done({ status: "failed", rule: error.rule, detail: describeLines(kit, lines) });
    }
    const message = error instanceof Error ? error.message : String(error);
    return done({
      status: "failed",
      rule: "the check could not run",
      detail: kit.secrets.redact(message),
    });
  }
  // What the check's answers broke of the rules every answer keeps fails it too.
  const broken = kit.http.take().find((x) => x.problems.length > 0);
  if (broken)
    return done({
      status: "failed",
      rule: `contract: ${broken.problems[0]}`,
      detail: kit.http.describe(broken),
    });
  return done({ status: "passed" });
}

function describeLines(kit: Kit, lines: (string | undefined)[]) {
  return kit.secrets.redact(lines.filter(Boolean).join("\n"));
}
