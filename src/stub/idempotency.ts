// Idempotency keys (as Stripe's, and draft-ietf-httpapi-idempotency-key-header): around the
// handler of a POST or PATCH that carries `Idempotency-Key`, keep the first request's
// fingerprint and answer for 24 hours per organization and key; replay the answer to the same
// request from the same caller, refuse the key for another request or caller (422) and while the
// first is in flight (409).
import type { Caller } from "./handlers/types";
import { HttpError } from "./handlers/types";
import { base64url, sha256 } from "./secrets";

/** An answer the layer keeps and replays: a handler's reply or the 4xx it threw. */
export interface KeptAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The request as the layer sees it: who sent it, under which key, and what it asks. */
export interface IdempotentRequest {
  caller: Caller;
  /** The credential's throttle identity (`key:…`, `user:…`, `address:…`). */
  credential: string;
  /** The `Idempotency-Key` header, validated by the contract; `undefined` without one. */
  key: string | undefined;
  method: string;
  path: string;
  /** The validated body. */
  body: unknown;
  /** Whether the operation acts in the caller's organization (it takes `X-Organization-Id`). */
  inOrganization: boolean;
}

export interface IdempotencyOptions {
  /** How long a key is kept, in ms (default 24 h). */
  ttl?: number;
  /** How many keys are kept at most; the oldest go first beyond it (default 100 000). */
  maxKeys?: number;
  /** How much answer JSON is kept at most, in characters; the oldest go first beyond it (default 64 Mi). */
  maxSize?: number;
  /** The clock, replaceable in tests. */
  now?: () => number;
  /**
   * The first key of an API key's rotation chain: a replay goes to the key that made the first
   * request or to one that replaced it. Default: every key its own.
   */
  keyRoot?: (keyId: string) => string;
}

interface Entry {
  fingerprint: string;
  expires: number;
  /** `undefined` while the first request is being processed; the body as JSON text. */
  answer: { status: number; json: string | undefined } | undefined;
}

export const REPLAYED = "Idempotent-Replayed";
/**
 * Refusals, even from a handler (a login's 429, a role's 403), are not kept: nothing was done,
 * and the same request may succeed later (after the wait, once the caller is promoted).
 */
const NOT_KEPT = new Set([401, 403, 429]);

/**
 * The layer: `run(request, act)` calls `act` (the handler) once per organization and key.
 * Answers to refused requests never reach it (they are answered before the handler), and a
 * handler's 5xx (or crash) frees the key, so such requests may be retried with the same key.
 */
export function idempotencyLayer({
  ttl = 24 * 60 * 60 * 1000,
  maxKeys = 100_000,
  maxSize = 64 * 1024 * 1024,
  // biome-ignore lint/plugin: a layer made alone (in its unit tests) has no store; the stub passes store.clock
  now = Date.now,
  keyRoot = (keyId) => keyId,
}: IdempotencyOptions = {}) {
  const kept = new KeptAnswers(maxKeys, maxSize);
  return async function run<A extends KeptAnswer>(
    request: IdempotentRequest,
    act: () => A | Promise<A>,
  ): Promise<A | KeptAnswer> {
    if (request.key === undefined) return act();
    const time = now();
    const id = `${scopeOf(request)}\n${request.key}`;
    const fingerprint = fingerprintOf(request, keyRoot);
    const seen = kept.live(id, time);
    if (seen) return replay(seen, fingerprint);
    const entry = kept.claim(id, fingerprint, time, time + ttl);
    try {
      const answer = await act();
      // As text: the handler's body may be a live object of the store that later changes.
      kept.settle(id, entry, answer.status, answer.body);
      return answer;
    } catch (error) {
      if (isKept(error)) kept.settle(id, entry, error.status, error.body);
      else kept.release(id, entry);
      throw error;
    }
  };
}

/**
 * Whose keys a request's are. An API key acts for its organization, and so does a user's request
 * made in one. Creating an organization or accepting an invite changes the user's organizations:
 * such keys are the user's (their credential's).
 */
function scopeOf({ caller, inOrganization, credential }: IdempotentRequest): string {
  return (caller.kind === "key" || inOrganization ? caller.org : undefined) ?? credential;
}

/** The answer to a key already used: its kept answer for the same request, 422 for another, 409 in flight. */
function replay(seen: Entry, fingerprint: string): KeptAnswer {
  if (seen.fingerprint !== fingerprint)
    throw new HttpError(422, {
      detail:
        "This Idempotency-Key was already used for a different request (method, path, body or caller); use a new key for a new request.",
    });
  if (!seen.answer)
    throw new HttpError(409, {
      detail:
        "A request with this Idempotency-Key is still being processed; retry once it has finished.",
    });
  const { status, json } = seen.answer;
  const body = json === undefined ? undefined : JSON.parse(json);
  const replayed = { [REPLAYED]: "true" };
  if (status >= 400) throw new HttpError(status, body, replayed);
  return { status, body, headers: replayed };
}

/** Whether a handler's error is an answer to keep: a 4xx that refuses nothing (see NOT_KEPT). */
const isKept = (error: unknown): error is HttpError =>
  error instanceof HttpError && error.status < 500 && !NOT_KEPT.has(error.status);

/**
 * The keys in use, by scope and key, with their answers kept as JSON text, within `maxKeys` keys
 * and `maxSize` characters: beyond either, the oldest answered keys go first.
 */
class KeptAnswers {
  // Insertion order is expiry order (one ttl for all), so expired and surplus keys are at the front.
  private readonly entries = new Map<string, Entry>();
  /** The kept answers' JSON, in characters: a key's answer may be as large as a body (1 MiB). */
  private size = 0;
  private readonly maxKeys: number;
  private readonly maxSize: number;

  constructor(maxKeys: number, maxSize: number) {
    this.maxKeys = maxKeys;
    this.maxSize = maxSize;
  }

  /** The entry of a key used before and not expired at `time`, if any. */
  live(id: string, time: number): Entry | undefined {
    this.evict(time, false);
    const seen = this.entries.get(id);
    return seen && seen.expires > time ? seen : undefined;
  }

  /** Takes the key for a first request, in flight (no answer) until settled or released. */
  claim(id: string, fingerprint: string, time: number, expires: number): Entry {
    this.drop(id);
    this.evict(time, true);
    const entry: Entry = { fingerprint, expires, answer: undefined };
    this.entries.set(id, entry);
    return entry;
  }

  /** Keeps the answer of `entry` as JSON text; frees its key instead if the body is not JSON. */
  settle(id: string, entry: Entry, status: number, body: unknown) {
    const held = this.entries.get(id) === entry;
    try {
      entry.answer = { status, json: body === undefined ? undefined : JSON.stringify(body) };
    } catch {
      if (held) this.entries.delete(id);
      return;
    }
    if (held) this.size += entry.answer.json?.length ?? 0;
  }

  /** Frees the key of a request whose answer is not kept, if `entry` still holds it. */
  release(id: string, entry: Entry) {
    if (this.entries.get(id) === entry) this.drop(id);
  }

  private drop(id: string) {
    this.size -= this.entries.get(id)?.answer?.json?.length ?? 0;
    this.entries.delete(id);
  }

  /** Drops expired keys, and the oldest answered ones while `room` is needed for a new key. */
  private evict(time: number, room: boolean) {
    for (const [id, entry] of this.entries) {
      const expired = entry.expires <= time;
      const surplus = room && (this.entries.size >= this.maxKeys || this.size > this.maxSize);
      if (!expired && !surplus) break;
      // a request still in flight keeps its key until it expires; the keys after it may go
      if (entry.answer || expired) this.drop(id);
    }
  }
}

/**
 * What makes two requests the same: method, path, body (keys in any order) and who sent them,
 * the same user or API key (or one that replaced it by rotation): the first answer may hold a
 * secret (a new key's), never to be replayed to another caller, even of the same organization.
 */
function fingerprintOf(
  { caller, method, path, body }: IdempotentRequest,
  keyRoot: (keyId: string) => string,
): string {
  const who = caller.user
    ? `user:${caller.user.data.id}`
    : caller.key
      ? `key:${keyRoot(caller.key.id)}`
      : caller.kind;
  return base64url(sha256(`${method} ${path} ${who}\n${canonical(body)}`));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}
