// Throttling of failed authentication, so keys, tokens, passwords and invite secrets cannot be
// guessed at full speed: failures are counted per client address (and, for logins, per email)
// in fixed windows; past the limit, attempts from that address (or at that email) get 429 until
// the window ends, whether or not their credentials are right. Nothing else is slowed down.
import { HttpError } from "./errors";
import { emailKey } from "./formats";
import { counted } from "./words";

/** How many failed attempts a client address, or a login email, may make per window. */
export interface FailedAuthLimit {
  /** Failures allowed per window; the next attempt gets 429. */
  limit: number;
  /** The window's length in seconds (and the longest `Retry-After`). */
  seconds: number;
}

/** One client's attempts, for a request. */
export interface Attempts {
  /** Throws 429 with `Retry-After` while the client (or any `emails`) has used up its failures. */
  check(...emails: string[]): void;
  /** Counts a failed attempt against the client and any `emails`. */
  fail(...emails: string[]): void;
}

/**
 * Counters kept at most: beyond it, ended windows go first, then the least recently failed
 * that are below the limit (a locked address or email stays locked until its window ends; one
 * address locks at most a few, as its own lock stops its failures).
 */
const MAX_COUNTERS = 10_000;

/** Per-client {@link Attempts}, or ones that never throttle with `false`. */
export function failedAuthentication(
  setting: FailedAuthLimit | false = { limit: 10, seconds: 60 },
): (client: string | undefined) => Attempts {
  if (!setting) {
    const unlimited: Attempts = { check() {}, fail() {} };
    return () => unlimited;
  }
  const { limit, seconds } = setting;
  const counters = new Map<string, { ends: number; failures: number }>();
  const now = () => performance.now() / 1000;
  const keysOf = (client: string | undefined, emails: string[]) => [
    `address:${client ?? "unknown"}`,
    ...emails.map((email) => `email:${emailKey(email)}`),
  ];
  const current = (key: string) => {
    const counter = counters.get(key);
    if (counter && counter.ends > now()) return counter;
    counters.delete(key);
    return undefined;
  };
  return (client) => ({
    check(...emails) {
      const waits = keysOf(client, emails).flatMap((key) => {
        const counter = current(key);
        return counter && counter.failures >= limit ? [counter.ends - now()] : [];
      });
      if (!waits.length) return;
      const wait = Math.max(1, Math.ceil(Math.max(...waits)));
      throw new HttpError(
        429,
        {
          detail: `Too many failed authentication attempts. Expected available in ${counted(wait, "second")}.`,
        },
        { "Retry-After": String(wait) },
      );
    },
    fail(...emails) {
      if (counters.size >= MAX_COUNTERS) for (const key of counters.keys()) current(key);
      for (const key of keysOf(client, emails)) {
        const counter = current(key) ?? { ends: now() + seconds, failures: 0 };
        counter.failures += 1;
        counters.delete(key); // re-inserted last: the most recently failed is dropped last
        counters.set(key, counter);
      }
      // A counter at its limit is never dropped to make room: that would unlock it.
      for (const [key, counter] of counters) {
        if (counters.size <= MAX_COUNTERS) break;
        if (counter.failures < limit) counters.delete(key);
      }
    },
  });
}
