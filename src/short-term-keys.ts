import type { Bedrock, CredentialProvider } from "./client";
import { BedrockError } from "./errors";

/** Options of {@link shortTermKeys}. */
export interface ShortTermKeyOptions {
  /** Each key's name: say what the job is (default `"short-term"`). The key list and audit trail show it. */
  name?: string | undefined;
  /** Seconds each key lives, 1 to 43,200 (default: the API's, 12 hours). */
  lifetimeSeconds?: number | undefined;
  /** Replace a key this many seconds before it expires (default 300; at most half its life). */
  refreshMarginSeconds?: number | undefined;
  /** Revoke a key once its replacement exists, as nothing uses it any more (default `true`). */
  revokeReplaced?: boolean | undefined;
}

/** The `apiKey` provider {@link shortTermKeys} returns: a {@link CredentialProvider}. */
export interface ShortTermKeys {
  /** The key to send: the current one, or a new one when it is due for replacement. */
  (): Promise<string>;
  /** The API refused `key` (401): the next call creates a new one. The client calls this itself. */
  invalidate(key: string): void;
  /** Revoke the key in use, e.g. when the job is done; a later call creates a new one. */
  revoke(): Promise<void>;
}

/** The longest a short-term key may live. */
const maxLifetimeSeconds = 12 * 60 * 60;

/**
 * An `apiKey` provider that creates short-term keys with `client` (usually a token client
 * from `Bedrock.login`), so that a job never holds a long-lived secret:
 *
 * ```ts
 * const { client: user } = await Bedrock.login({ email, password });
 * const bedrock = new Bedrock({ apiKey: shortTermKeys(user, { name: "nightly-export" }) });
 * ```
 *
 * It creates a key on first use and a new one `refreshMarginSeconds` before it expires (timed
 * by the key's lifetime as the API states it, so the two clocks need not agree) or after the
 * API refuses it with a 401, when the client sends the refused request once more. Concurrent
 * calls share one creation; a failed one rejects those calls with its error (unless the key in
 * use has not expired yet: they go on with it), and the next call tries again. A call's
 * `signal` stops its wait, not the creation. The key is never logged, and neither
 * `util.inspect` nor `JSON.stringify` of the provider shows it.
 *
 * @throws {BedrockError} when an option is out of range.
 */
export function shortTermKeys(
  client: Pick<Bedrock, "apiKeys">,
  options: ShortTermKeyOptions = {},
): ShortTermKeys {
  const {
    name = "short-term",
    lifetimeSeconds,
    refreshMarginSeconds = 300,
    revokeReplaced = true,
  } = options;
  if (
    lifetimeSeconds !== undefined &&
    !(lifetimeSeconds >= 1 && lifetimeSeconds <= maxLifetimeSeconds)
  ) {
    throw new BedrockError(
      `\`lifetimeSeconds\` must be 1 to ${maxLifetimeSeconds} (12 hours), got ${lifetimeSeconds}.`,
    );
  }
  if (!(refreshMarginSeconds >= 0 && Number.isFinite(refreshMarginSeconds))) {
    throw new BedrockError(
      `\`refreshMarginSeconds\` must be a number ≥ 0, got ${refreshMarginSeconds}.`,
    );
  }

  let current: { key: string; id: string; renewAt: number; expiresAt: number } | undefined;
  let creating: Promise<string> | undefined;

  async function create(): Promise<string> {
    const replaced = current;
    const sent = Date.now();
    const created = await client.apiKeys.create({
      name,
      kind: "short_term",
      ...(lifetimeSeconds !== undefined && {
        expires_at: new Date(sent + lifetimeSeconds * 1000).toISOString(),
      }),
    });
    if (typeof created?.key !== "string" || !created.key) {
      throw new BedrockError("The API answered the short-term key's creation without a `key`.");
    }
    // The lifetime by the server's clock, counted from before the request: never late.
    const expires = Date.parse(created.expires_at ?? "");
    const lifetime = expires - (Date.parse(created.created_at) || sent);
    const renewIn = Math.max(lifetime - refreshMarginSeconds * 1000, lifetime / 2);
    const renewAt = Number.isFinite(expires) ? sent + renewIn : Number.POSITIVE_INFINITY;
    current = { key: created.key, id: created.id, renewAt, expiresAt: sent + lifetime };
    // Nothing uses the old key now and it expires within the margin anyway: the calls waiting
    // for the new key do not wait for the revocation, and its failure fails none of them.
    if (replaced && revokeReplaced) client.apiKeys.delete(replaced.id).catch(() => {});
    return created.key;
  }

  const provider = async () => {
    const now = Date.now();
    if (current && now < current.renewAt) return current.key;
    const due = current;
    creating ??= create().finally(() => {
      creating = undefined;
    });
    if (!due || now >= due.expiresAt) return creating;
    // A replacement that fails early leaves the key in use until it expires; the next call retries.
    return creating.catch((error: unknown) => {
      if (current !== due) throw error;
      return due.key;
    });
  };
  return Object.assign(provider, {
    invalidate(key: string) {
      if (current?.key === key) current = undefined;
    },
    async revoke() {
      await creating?.catch(() => {});
      const last = current;
      current = undefined;
      if (last) await client.apiKeys.delete(last.id);
    },
  });
}
