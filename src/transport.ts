import { APIConnectionError, APITimeoutError, BedrockError } from "./errors";
import { attemptLine, type Log } from "./log";

/**
 * A `fetch`: the global one, or one you pass to wrap or replace it. Each attempt gets a new,
 * unread `Request` and, in `init`, the attempt's `signal`: pass `init` on, as to the global
 * `fetch`. The signal also aborts reading the response body, which belongs to the attempt.
 */
export type Fetch = (input: Request, init?: RequestInit) => Promise<Response>;

/** A request as the transport sends it: its parts, so that each attempt can make its own. */
export interface Outgoing {
  method: string;
  url: string;
  headers: Record<string, string> | Headers;
  /** A body that can be sent more than once: a string or bytes. */
  body?: string | ArrayBuffer | undefined;
}

/** Per-request overrides of the client's retry and timeout settings. */
export interface RequestTuning {
  /**
   * Milliseconds each attempt may take, from sending the request to the end of the
   * response body (a whole number from 1 to 2147483647).
   */
  timeout?: number | undefined;
  /** How many times to retry a failed attempt (a whole number from 0 to 10). */
  maxRetries?: number | undefined;
  /**
   * `false`: retry this call only on a 429, never after a failure that may have reached the
   * server (every call is retried by default: a POST or PATCH carries an `Idempotency-Key`).
   */
  idempotent?: boolean | undefined;
}

/** What the transport is told about one call, besides its `Request`. */
export interface SendOptions extends RequestTuning {
  /** The caller's signal: aborts the call, every attempt and the wait between them. */
  signal?: AbortSignal | undefined;
}

/** One call's final response with its body, read within the attempt's timeout. */
export interface Reply {
  response: Response;
  /** The body as text (`""` when empty). */
  text: string;
}

export interface TransportOptions {
  /** A `fetch` of the caller's own; by default the global one, looked up at each call. */
  fetch?: Fetch | undefined;
  timeout: number;
  maxRetries: number;
  log: Log;
  /** Waits between attempts; replaceable in tests. */
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /**
   * Asked once per request after a 401: gives the request a fresh credential and says whether
   * it did, in which case the request is sent once more (a 401 means the server did not act).
   */
  renew?: ((request: Outgoing) => Promise<boolean>) | undefined;
}

/** Methods that change state: each call carries an `Idempotency-Key`, so retrying it is safe. */
const keyedMethods = new Set(["POST", "PATCH"]);
const initialBackoff = 500;
const maxBackoff = 8_000;
/** A server asking for a longer wait gets this much; the request then fails as a 429 if still throttled. */
export const maxRetryAfter = 60_000;
/** setTimeout fires at once beyond this. */
export const maxTimeout = 2 ** 31 - 1;
export const maxRetriesLimit = 10;

/**
 * The transport: sends a request with a timeout per attempt (headers and body) and retries
 * with backoff, and resolves to the final response with its body read. A failure without a
 * whole response becomes {@link APIConnectionError} or {@link APITimeoutError}; the caller's
 * own abort is rethrown as is and never retried. A POST or PATCH without an
 * `Idempotency-Key` gets a fresh one, the same on each of its attempts.
 */
export function createTransport(options: TransportOptions) {
  const { fetch: ownFetch, log, sleep = abortableSleep, renew } = options;

  return async function send(input: Outgoing | Request, call: SendOptions = {}): Promise<Reply> {
    // A `Request` (from openapi-fetch) is read once into bytes each attempt can send as they
    // are (a clone per attempt would tee the body's stream, which fetch then pipes).
    const request = input instanceof Request ? await partsOf(input) : input;
    const { method, headers } = request;
    if (keyedMethods.has(method) && !hasHeader(headers, "idempotency-key")) {
      if (headers instanceof Headers) headers.set("Idempotency-Key", idempotencyKey());
      else headers["Idempotency-Key"] = idempotencyKey();
    }
    const reply = await attempts(request, call);
    if (reply.response.status !== 401 || !renew) return reply;
    // The renewal may be shared with other calls: the caller's abort stops waiting for it, not it.
    return (await untilAborted(renew(request), call.signal)) ? attempts(request, call) : reply;
  };

  /** Sends `request` until it succeeds or may not be retried, at most `maxRetries + 1` times. */
  async function attempts(request: Outgoing, call: SendOptions): Promise<Reply> {
    const { method, url, headers, body } = request;
    const timeout = call.timeout ?? options.timeout;
    const maxRetries = call.maxRetries ?? options.maxRetries;
    const caller = call.signal;
    const retryFailures = call.idempotent !== false;
    const started = log.enabled("error") ? performance.now() : 0;

    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < maxRetries;
      if (log.enabled("debug")) {
        log.write("debug", attemptLine(request, attempt + 1, maxRetries + 1));
      }
      caller?.throwIfAborted();
      const controller = new AbortController();
      const { signal } = controller;
      const onAbort = () => controller.abort(caller?.reason);
      caller?.addEventListener("abort", onAbort, { once: true });
      let status: number | undefined;
      const timer = setTimeout(
        () => controller.abort(new APITimeoutError(timeout, status)),
        timeout,
      );
      let response: Response | undefined;
      let text = "";
      let failure: APIConnectionError | undefined;
      let retry = false;
      try {
        // The global fetch makes its own Request from these parts; a fetch of the caller's own
        // gets a Request it may read (to log or sign it, or in a test).
        const init = { method, headers, body: body ?? null, signal };
        response = ownFetch
          ? await ownFetch(new Request(url, init), { signal })
          : await fetch(url, init);
        status = response.status;
        // 429: the server did not act, so any request may go again; other failures if idempotent.
        retry =
          canRetry && (status === 429 || (retryFailures && (status === 408 || status >= 500)));
        // The body belongs to the attempt, under its timeout; a retried one is not read.
        if (retry) response.body?.cancel().catch(() => {});
        else text = await response.text();
      } catch (error) {
        if (caller?.aborted) throw caller.reason;
        const reason: unknown = signal.reason;
        failure =
          reason instanceof APITimeoutError
            ? reason
            : error instanceof BedrockError
              ? (error as APIConnectionError)
              : new APIConnectionError(connectionProblem(error, url), { cause: error });
        response = undefined;
        retry = canRetry && retryFailures;
      } finally {
        clearTimeout(timer);
        caller?.removeEventListener("abort", onAbort);
      }

      const delay = retry ? retryDelay(attempt, response?.headers) : 0;
      const level = retry ? "warn" : !response || response.status >= 500 ? "error" : "info";
      if (log.enabled(level)) {
        const line = attemptLine(
          request,
          attempt + 1,
          maxRetries + 1,
          started,
          failure ?? response,
        );
        log.write(level, retry ? `${line}; retrying in ${Math.round(delay)} ms` : line);
      }
      if (!retry) {
        if (failure) throw failure;
        return { response: response as Response, text };
      }
      await sleep(delay, caller);
    }
  }
}

async function partsOf(request: Request): Promise<Outgoing> {
  const { method, url, headers } = request;
  return {
    method,
    url,
    headers,
    body: request.body === null ? undefined : await request.arrayBuffer(),
  };
}

function hasHeader(headers: Outgoing["headers"], name: string): boolean {
  if (headers instanceof Headers) return headers.has(name);
  for (const key in headers) if (key.toLowerCase() === name) return true;
  return false;
}

/** A fresh idempotency key: a random UUID, or 128 random bits where `randomUUID` is missing (insecure contexts). */
function idempotencyKey(): string {
  const { crypto } = globalThis;
  return crypto.randomUUID?.() ?? crypto.getRandomValues(new Uint32Array(4)).join("-");
}

/**
 * What failed, from the error's causes as runtimes report them: `ECONNREFUSED 127.0.0.1:8000`,
 * `ENOTFOUND api.bedrock.dev`, else the host that could not be reached. Never the URL's path,
 * query or credentials, and never the runtime's own message (which may quote the URL).
 */
function connectionProblem(error: unknown, url: string): string {
  let code: string | undefined;
  let where: string | undefined;
  for (let cause = error as Record<string, unknown> | undefined; cause; ) {
    const first = Array.isArray(cause.errors) ? cause.errors[0] : undefined; // happy eyeballs
    const source = { ...first, ...cause } as Record<string, unknown>;
    if (typeof source.code === "string" && !code) code = source.code;
    if (typeof source.address === "string" && !where)
      where = source.port === undefined ? source.address : `${source.address}:${source.port}`;
    else if (typeof source.hostname === "string" && !where) where = source.hostname;
    cause = typeof cause.cause === "object" ? (cause.cause as Record<string, unknown>) : undefined;
  }
  const host = new URL(url).host;
  return code
    ? `Connection error: ${code} ${where ?? host}.`
    : `Connection error: could not reach ${host}.`;
}

/**
 * How long to wait before retry number `attempt + 1`: the server's `retry-after-ms` or
 * `Retry-After` (seconds or an HTTP date) when present, capped at 60 s; else exponential
 * backoff (0.5 s, 1 s, 2 s, … up to 8 s) less up to 25 % jitter.
 */
export function retryDelay(attempt: number, headers?: Headers): number {
  const asked = headers && retryAfter(headers);
  if (asked !== undefined) return Math.min(asked, maxRetryAfter);
  const backoff = Math.min(initialBackoff * 2 ** attempt, maxBackoff);
  return backoff * (1 - Math.random() * 0.25);
}

function retryAfter(headers: Headers): number | undefined {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (ms >= 0) return ms;
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (!Number.isNaN(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** `work`'s outcome, or the signal's reason as soon as it aborts (`work` itself goes on). */
export function untilAborted<T>(work: T | Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return Promise.resolve(work);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    // Settled either way, so that a failure after the abort is never an unhandled rejection.
    Promise.resolve(work)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
