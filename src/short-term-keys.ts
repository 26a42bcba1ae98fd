import type { Bedrock, CredentialProvider } from "./client";
import { APIError, BadRequestError, BedrockError } from "./errors";
import type { components } from "./generated/schema";

/** Options of {@link shortTermKeys}. */
export interface ShortTermKeyOptions {
  /** Each key's name: say what the job is (default `"short-term"`). The key list and audit trail show it. */
  name?: string | undefined;
  /** Seconds each key lives by the server's clock, 1 to 43,200 (default: the API's, 12 hours). */
  lifetimeSeconds?: number | undefined;
  /** Replace a key this many seconds before it expires (default 300; at most half its life). */
  refreshMarginSeconds?: number | undefined;
  /**
   * Seconds a replaced key keeps working once its successor exists, so that calls in flight
   * with it finish (default 300, 0 to 86,400; never beyond the key's own end).
   */
  graceSeconds?: number | undefined;
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

type KeyCreated = components["schemas"]["ApiKeyCreated"];
interface CurrentKey {
  key: string;
  id: string;
  /** When to replace it, and when it ends, by this machine's clock. */
  renewAt: number;
  expiresAt: number;
}

/** The longest a short-term key may live. */
const maxLifetimeSeconds = 12 * 60 * 60;
/** A key whose stated lifetime is off by more than this was timed by a clock not the server's. */
const lifetimeTolerance = 10_000;

/**
 * An `apiKey` provider that creates short-term keys with `client` (usually a token client
 * from `Bedrock.login`), so that a job never holds a long-lived secret:
 *
 * ```ts
 * const { client: user } = await Bedrock.login({ email, password });
 * const bedrock = new Bedrock({ apiKey: shortTermKeys(user, { name: "nightly-export" }) });
 * ```
 *
 * It creates a key on first use and, `refreshMarginSeconds` before it expires, rotates it: the
 * successor lives as long, and the old key keeps working for `graceSeconds`, so no call in
 * flight with it fails. After the API refuses a key (401) it creates a new one, and the client
 * sends the refused request once more (one of its retries). Lifetimes go by the server's clock
 * (read from the keys it creates), so the two clocks need not agree. Concurrent calls share
 * one creation; a failed one rejects those calls with its error (unless the key in use has not
 * expired yet: they go on with it), and the next call tries again. A call's `signal` stops its
 * wait, not the creation. The key is never logged, and neither `util.inspect` nor
 * `JSON.stringify` of the provider shows it.
 *
 * @throws {BedrockError} when an option is out of range.
 */
export function shortTermKeys(
  client: Pick<Bedrock, "apiKeys">,
  options: ShortTermKeyOptions = {},
): ShortTermKeys {
  const keys = new KeyRing(client, checkOptions(options));
  return Object.assign(() => keys.next(), {
    invalidate: (key: string) => keys.invalidate(key),
    revoke: () => keys.revoke(),
  });
}

/** The key in use, and its creation or rotation under way (at most one at a time). */
class KeyRing {
  readonly #client: Pick<Bedrock, "apiKeys">;
  readonly #settings: ReturnType<typeof checkOptions>;
  #current: CurrentKey | undefined;
  #creating: Promise<string> | undefined;
  /** The server's clock less ours, in ms, as the last key it made showed it. */
  #offset = 0;

  constructor(client: Pick<Bedrock, "apiKeys">, settings: ReturnType<typeof checkOptions>) {
    this.#client = client;
    this.#settings = settings;
  }

  /** The key to send: the current one, or a new one when it is due for replacement. */
  async next(): Promise<string> {
    const now = Date.now();
    const due = this.#current;
    if (due && now < due.renewAt) return due.key;
    this.#creating ??= (due && now < due.expiresAt ? this.#rotate(due) : this.#create()).finally(
      () => {
        this.#creating = undefined;
      },
    );
    if (!due || now >= due.expiresAt) return this.#creating;
    // A replacement that fails early leaves the key in use until it expires; the next call retries.
    return this.#creating.catch((error: unknown) => {
      if (this.#current !== due) throw error;
      return due.key;
    });
  }

  invalidate(key: string): void {
    if (this.#current?.key === key) this.#current = undefined;
  }

  async revoke(): Promise<void> {
    await this.#creating?.catch(() => {});
    const last = this.#current;
    this.#current = undefined;
    if (last) await this.#client.apiKeys.delete(last.id);
  }

  /** Takes `created` as the key in use, and the server's clock as it shows. */
  #use(created: KeyCreated, sent: number): string {
    this.#current = keyInUse(created, sent, this.#settings.refreshMarginSeconds);
    const made = Date.parse(created.created_at);
    if (Number.isFinite(made)) this.#offset = made - (sent + Date.now()) / 2;
    return this.#current.key;
  }

  /** The server's time `ms` from now, by the offset last seen. */
  #endFromNow(ms: number): string {
    return new Date(Date.now() + this.#offset + ms).toISOString();
  }

  /** A new key; one whose end the server's clock puts elsewhere than asked is rotated at once. */
  async #create(): Promise<string> {
    const { name, lifetime } = this.#settings;
    const { apiKeys } = this.#client;
    const asked = lifetime === undefined ? undefined : { expires_at: this.#endFromNow(lifetime) };
    let sent = Date.now();
    let created: KeyCreated;
    try {
      created = await apiKeys.create({ name, kind: "short_term", ...asked });
    } catch (error) {
      // The end asked for is in the server's past, or too far ahead by its clock: take its default.
      if (!(asked && error instanceof BadRequestError && error.fieldErrors?.expires_at))
        throw error;
      sent = Date.now();
      created = await apiKeys.create({ name, kind: "short_term" });
    }
    this.#use(created, sent);
    const span = Date.parse(created.expires_at ?? "") - Date.parse(created.created_at);
    if (!lifetime || Math.abs(span - lifetime) <= lifetimeTolerance) return created.key;
    sent = Date.now();
    const expiresAt = this.#endFromNow(lifetime);
    return this.#use(await apiKeys.rotate(created.id, { graceSeconds: 0, expiresAt }), sent);
  }

  /** The successor of `due`, as long-lived, `due` working on for the grace period. */
  async #rotate(due: CurrentKey): Promise<string> {
    const sent = Date.now();
    const { graceSeconds } = this.#settings;
    try {
      return this.#use(await this.#client.apiKeys.rotate(due.id, { graceSeconds }), sent);
    } catch (error) {
      // Revoked, expired or gone behind our back (400, 404): a new key instead.
      if (error instanceof APIError && (error.status === 400 || error.status === 404))
        return this.#create();
      throw error;
    }
  }
}

function checkRange(
  option: string,
  value: number | undefined,
  min: number,
  max: number,
  note = "",
) {
  if (value === undefined || (value >= min && value <= max && Number.isFinite(value))) return;
  const range = max === Number.POSITIVE_INFINITY ? `a number ≥ ${min}` : `${min} to ${max}${note}`;
  throw new BedrockError(`\`${option}\` must be ${range}, got ${value}.`);
}

/** The options with their defaults, each checked; `lifetime` in ms. */
function checkOptions(options: ShortTermKeyOptions) {
  const { name = "short-term", lifetimeSeconds, refreshMarginSeconds = 300 } = options;
  const { graceSeconds = 300 } = options;
  checkRange("lifetimeSeconds", lifetimeSeconds, 1, maxLifetimeSeconds, " (12 hours)");
  checkRange("refreshMarginSeconds", refreshMarginSeconds, 0, Number.POSITIVE_INFINITY);
  checkRange("graceSeconds", graceSeconds, 0, 86_400);
  const lifetime = lifetimeSeconds === undefined ? undefined : lifetimeSeconds * 1000;
  return { name, lifetime, refreshMarginSeconds, graceSeconds };
}

/**
 * `created` as the key in use: replaced `margin` seconds before its end (at most half its
 * life), timed by its lifetime as the server states it, counted from before the request (so
 * never late, whatever this machine's clock says).
 */
function keyInUse(created: KeyCreated, sent: number, margin: number): CurrentKey {
  if (typeof created?.key !== "string" || !created.key) {
    throw new BedrockError("The API answered the short-term key's creation without a `key`.");
  }
  const span = Date.parse(created.expires_at ?? "") - (Date.parse(created.created_at) || sent);
  const renewIn = Math.max(span - margin * 1000, span / 2);
  const renewAt = Number.isFinite(span) ? sent + renewIn : Number.POSITIVE_INFINITY;
  return { key: created.key, id: created.id, renewAt, expiresAt: sent + span };
}
