import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BedrockError,
  throwIfAborted,
} from "./errors";
import { attemptLine, type Log } from "./log";
import { retryAfterMs } from "./rate-limit";

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
  /** Header names in lowercase. */
  headers: Record<string, string>;
  /** A body that can be sent more than once: a string or bytes. */
  body?: string | ArrayBuffer | undefined;
  /** The caller's `Request` (`bedrock.raw`), whose settings (`redirect`, `cache`, …) each attempt keeps. */
  template?: Request | undefined;
  /** `RequestInit` options that a `Request` does not hold (undici's `dispatcher`, …), passed to `fetch`. */
  init?: Record<string, unknown> | undefined;
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

/** Options every method takes last. */
export interface RequestOptions extends RequestTuning {
  /** Aborts the call (and a `for await` walk of a list): it rejects with an `APIUserAbortError` whose `cause` is the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call, over the client's. */
  headers?: Record<string, string> | undefined;
  /**
   * The `Idempotency-Key` of a POST or PATCH (1 to 255 printable ASCII characters), e.g. an
   * id of the action in your own system, so that repeating the call (after a crash, say)
   * gets the first answer instead of acting twice. By default each call gets a fresh UUID,
   * the same on each of its retries.
   */
  idempotencyKey?: string | undefined;
}

/** What the transport is told about one call, besides its `Request`. */
export interface SendOptions extends RequestTuning {
  /** The caller's signal: aborts the call, every attempt and the wait between them. */
  signal?: AbortSignal | undefined;
  /**
   * How the final response's body is read, by a raw call's `parseAs` (openapi-fetch's): not at
   * all for `stream` (the caller reads it; the timeout then covers the headers only), else as
   * bytes, which openapi-fetch then reads as it was asked; as text when unset (a resource call).
   */
  parseAs?: string | undefined;
}

/** One call's final response with its body, read within the attempt's timeout. */
export interface Reply {
  response: Response;
  /** The body as read: text, or bytes when read as bytes (`""` when empty or not read). */
  body: string | ArrayBuffer;
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
   * Asked once per call after a 401: gives the request a fresh credential and says whether
   * it did, in which case the request is sent once more (a 401 means the server did not act)
   * as the call's next attempt, if its retries allow one.
   */
  renew?: ((request: Outgoing) => Promise<boolean>) | undefined;
}

/** Sends a request until it succeeds or may not be retried (see {@link createTransport}). */
export type Send = (input: Outgoing | Request, call?: SendOptions) => Promise<Reply>;

const initialBackoff = 500;
const maxBackoff = 8_000;
/** A server asking for a longer wait gets this much; the request then fails as a 429 if still throttled. */
export const maxRetryAfter = 60_000;
/** setTimeout fires at once beyond this. */
export const maxTimeout = 2 ** 31 - 1;
export const maxRetriesLimit = 10;

/** One attempt's outcome: a response (its body read unless retried or streamed), or a failure. */
interface Attempt {
  response?: Response | undefined;
  body: string | ArrayBuffer;
  failure?: APIConnectionError | undefined;
}

/**
 * The transport: sends a request with a timeout per attempt (headers and body) and retries
 * with backoff, and resolves to the final response with its body read. A failure without a
 * whole response becomes {@link APIConnectionError} or {@link APITimeoutError}; the caller's
 * own abort becomes an {@link APIUserAbortError} and is never retried. A POST or PATCH
 * without an `Idempotency-Key` gets a fresh one, the same on each of its attempts.
 */
export function createTransport(options: TransportOptions): Send {
  const { fetch: ownFetch, log, sleep = abortableSleep, renew } = options;

  /**
   * Sends `request` until it succeeds or may not be retried: at most `maxRetries + 1` attempts
   * in all, a resend after a 401 and a key renewal included.
   */
  return async function send(input: Outgoing | Request, call: SendOptions = {}): Promise<Reply> {
    // A `Request` (from openapi-fetch) is read once into bytes each attempt can send as they
    // are (a clone per attempt would tee the body's stream, which fetch then pipes).
    const request = input instanceof Request ? await partsOf(input) : input;
    const { method, headers } = request;
    // A call that changes state carries an `Idempotency-Key`, so retrying it is safe.
    if (method === "POST" || method === "PATCH") headers["idempotency-key"] ??= idempotencyKey();
    const { timeout = options.timeout, maxRetries = options.maxRetries, signal: caller } = call;
    const retryFailures = call.idempotent !== false;
    let renewed = false;

    for (let number = 1; ; number++) {
      const canRetry = number <= maxRetries;
      if (log.enabled("debug")) log.write("debug", attemptLine(request, number, maxRetries + 1));
      throwIfAborted(caller);
      const started = log.enabled("error") ? performance.now() : 0;
      // 429: the server did not act, so any request may go again; other failures if idempotent.
      const retryable = (status: number) =>
        canRetry && (status === 429 || (retryFailures && (status === 408 || status >= 500)));
      const result = await attempt(ownFetch, request, call, timeout, retryable);
      const { response, failure } = result;
      let retry = failure ? canRetry && retryFailures : retryable(response?.status ?? 0);
      if (response?.status === 401 && renew && !renewed) {
        renewed = true;
        // The renewal may be shared with other calls: the caller's abort stops waiting for it, not it.
        const renewal = untilAborted(renew(request), caller);
        retry = canRetry && (await renewal);
        if (!canRetry) renewal.catch(() => {});
      }
      const delay =
        retry && response?.status !== 401 ? retryDelay(number - 1, response?.headers) : 0;
      const level = retry
        ? "warn"
        : failure || !response || response.status >= 500
          ? "error"
          : "info";
      if (log.enabled(level)) {
        const line = attemptLine(request, number, maxRetries + 1, started, failure ?? response);
        log.write(level, retry ? `${line}; retrying in ${Math.round(delay)} ms` : line);
      }
      if (!retry) {
        if (failure) throw failure;
        return result as Reply;
      }
      if (delay) await sleep(delay, caller);
    }
  };
}

/** One attempt: the response with its body read as asked (unless it is to be retried), or why it failed. */
async function attempt(
  ownFetch: Fetch | undefined,
  request: Outgoing,
  call: SendOptions,
  timeout: number,
  retryable: (status: number) => boolean,
): Promise<Attempt> {
  const { method, url, headers, body, template, init: extra } = request;
  const caller = call.signal;
  const controller = new AbortController();
  const { signal } = controller;
  const onAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener("abort", onAbort, { once: true });
  let response: Response | undefined;
  const timer = setTimeout(() => controller.abort(new APITimeoutError(timeout, response)), timeout);
  let streamed = false;
  try {
    // The global fetch makes its own Request from these parts; a fetch of the caller's own
    // gets a Request it may read (to log or sign it, or in a test).
    // A raw call's Request lends each attempt its settings (redirect, cache, credentials, …).
    const init = { method, headers, body: body ?? null, signal };
    const outgoing = template || ownFetch ? new Request(template ?? url, init) : undefined;
    const fetchOne = (ownFetch ?? fetch) as typeof fetch; // a caller's own is given `outgoing`
    response = await fetchOne(outgoing || url, outgoing ? { ...extra, signal } : init);
    // The body belongs to the attempt, under its timeout; a retried one is not read, a stream
    // is read by the caller (whose signal still aborts it).
    const result: Attempt = { response, body: "" };
    if (retryable(response.status)) response.body?.cancel().catch(() => {});
    else if (call.parseAs === "stream") streamed = true;
    else result.body = await (call.parseAs ? response.arrayBuffer() : response.text());
    return result;
  } catch (error) {
    throwIfAborted(caller);
    const reason: unknown = signal.reason;
    const failure =
      reason instanceof APITimeoutError
        ? reason
        : error instanceof BedrockError
          ? (error as APIConnectionError)
          : new APIConnectionError(connectionProblem(error, url), { cause: error, response });
    return { response, body: "", failure };
  } finally {
    clearTimeout(timer);
    if (!streamed) caller?.removeEventListener("abort", onAbort);
  }
}

/**
 * A `Request`'s parts. openapi-fetch sets the `RequestInit` options a `Request` does not hold
 * (`dispatcher`, …) on it as its own properties: those go on to `fetch`, but for the SDK's own.
 */
async function partsOf(request: Request): Promise<Outgoing> {
  const { method, url } = request;
  const options: Record<string, unknown> = { ...request };
  const { timeout, maxRetries, idempotent, idempotencyKey: key, ...init } = options;
  return {
    method,
    url,
    headers: Object.fromEntries(request.headers),
    body: request.body === null ? undefined : await request.arrayBuffer(),
    template: request,
    init,
  };
}

/** A fresh idempotency key: a random UUID, or 128 random bits where `randomUUID` is missing (insecure contexts). */
function idempotencyKey(): string {
  const { crypto } = globalThis;
  return crypto.randomUUID?.() ?? crypto.getRandomValues(new Uint32Array(4)).join("-");
}

/** An error as runtimes nest them: `cause`, and `errors` for each address tried. */
type Cause = { cause?: Cause; errors?: Cause[]; [field: string]: unknown };

/**
 * What failed, from the error's causes as runtimes report them: `ECONNREFUSED 127.0.0.1:8000`,
 * `ENOTFOUND api.bedrock.dev`, else the host that could not be reached. Never the URL's path,
 * query or credentials, and never the runtime's own message (which may quote the URL).
 */
function connectionProblem(error: unknown, url: string): string {
  let code: unknown;
  let where: unknown;
  for (let cause = error as Cause | undefined; cause; cause = cause.cause) {
    const { code: named, address, port, hostname } = { ...cause.errors?.[0], ...cause }; // happy eyeballs
    if (typeof named === "string") code ??= named;
    if (typeof address === "string") where ??= port === undefined ? address : `${address}:${port}`;
    else if (typeof hostname === "string") where ??= hostname;
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
  const asked = headers && retryAfterMs(headers);
  if (asked !== undefined) return Math.min(asked, maxRetryAfter);
  const backoff = Math.min(initialBackoff * 2 ** attempt, maxBackoff);
  return backoff * (1 - Math.random() * 0.25);
}

/** `work`'s outcome, or an {@link APIUserAbortError} as soon as `signal` aborts (`work` itself goes on). */
export function untilAborted<T>(work: T | Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return Promise.resolve(work);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new APIUserAbortError(signal.reason));
    // Settled either way, so that a failure after the abort is never an unhandled rejection.
    Promise.resolve(work)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slept = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return untilAborted(slept, signal).finally(() => clearTimeout(timer));
}
