import { APIConnectionError, APITimeoutError } from "./errors";
import { attemptLine, type Log } from "./log";

/**
 * A `fetch`: the global one, or one you pass to wrap or replace it. Each attempt gets an
 * unread `Request` and, in `init`, the attempt's `signal` and (when the request may be sent
 * more than once) its `body` as bytes: pass both on, as to the global `fetch`.
 */
export type Fetch = (input: Request, init?: RequestInit) => Promise<Response>;

/**
 * Per-request overrides of the client's retry and timeout settings. openapi-fetch copies
 * init keys a `Request` lacks onto the `Request`, so they travel with it to {@link createTransport}
 * without an allocation (and `bedrock.raw` calls accept them too).
 */
export interface RequestTuning {
  /** Milliseconds each attempt may take until the response headers arrive (0: no limit). */
  timeout?: number | undefined;
  /** How many times to retry a failed attempt. */
  maxRetries?: number | undefined;
  /** Retry this call like a GET even though its method is POST or PATCH (e.g. it carries an idempotency key). */
  idempotent?: boolean | undefined;
}

export interface TransportOptions {
  /** A `fetch` of the caller's own; by default the global one, looked up at each call. */
  fetch?: Fetch | undefined;
  timeout: number;
  maxRetries: number;
  log: Log;
  /** Waits between attempts; replaceable in tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * Asked once per request after a 401: gives the request a fresh credential and says whether
   * it did, in which case the request is sent once more (a 401 means the server did not act).
   */
  renew?: ((request: Request) => Promise<boolean>) | undefined;
}

const idempotentMethods = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const initialBackoff = 500;
const maxBackoff = 8_000;
/** A server asking for a longer wait gets this much; the request then fails as a 429 if still throttled. */
const maxRetryAfter = 60_000;
/** setTimeout fires at once beyond this. */
const maxTimer = 2 ** 31 - 1;

/**
 * The `fetch` handed to openapi-fetch: a timeout per attempt and retries with backoff. A
 * failure without a response becomes {@link APIConnectionError} or {@link APITimeoutError};
 * the caller's own abort is rethrown as is and never retried. The final response, error
 * status or not, is returned for the caller to read.
 */
export function createTransport(
  options: TransportOptions,
): (request: Request) => Promise<Response> {
  const { fetch: ownFetch, log, sleep = abortableSleep, renew } = options;
  const fetch = ownFetch ?? globalFetch;

  return async function send(request: Request): Promise<Response> {
    const tuning = request as Request & RequestTuning;
    const maxRetries = tuning.maxRetries ?? options.maxRetries;
    // Sending reads the body: when another attempt may follow, read it once here and give
    // each attempt the bytes in `init`, which fetch sends as they are (a clone per attempt
    // tees the body's stream, which fetch then pipes: 13–15 % of a loopback POST).
    const body =
      (maxRetries > 0 || renew) && request.body !== null ? await request.arrayBuffer() : undefined;
    const response = await attempts(tuning, body, maxRetries);
    if (response.status !== 401 || !(await renew?.(request))) return response;
    response.body?.cancel().catch(() => {});
    return attempts(tuning, body, maxRetries);
  };

  /** Sends `request` until it succeeds or may not be retried, at most `maxRetries + 1` times. */
  async function attempts(
    request: Request & RequestTuning,
    body: ArrayBuffer | undefined,
    maxRetries: number,
  ): Promise<Response> {
    const timeout = request.timeout ?? options.timeout;
    const started = log.enabled("error") ? performance.now() : 0;
    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < maxRetries;
      if (log.enabled("debug")) {
        log.write("debug", attemptLine(request, attempt + 1, maxRetries + 1));
      }

      // The global fetch takes the body from `init`; a fetch of the caller's own may read the
      // request it is given (to log or sign it, or in a test), so it gets an unread one.
      const input = body !== undefined && ownFetch ? new Request(request, { body }) : request;
      let response: Response | undefined;
      let failure: APIConnectionError | undefined;
      try {
        response = await fetchWithTimeout(fetch, input, body, timeout);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        failure =
          error instanceof APIConnectionError
            ? error
            : new APIConnectionError(undefined, { cause: error });
      }

      // 429: the server did not act, so any method may go again; other failures only if idempotent.
      const status = response?.status;
      const retry =
        canRetry &&
        (status === 429 ||
          ((status === undefined || status === 408 || status >= 500) &&
            (request.idempotent ?? idempotentMethods.has(request.method))));
      const delay = retry ? retryDelay(attempt, response?.headers) : 0;
      const level = retry ? "warn" : status === undefined || status >= 500 ? "error" : "info";
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
        return response as Response;
      }
      response?.body?.cancel().catch(() => {});
      await sleep(delay, request.signal);
    }
  }
}

/** The global `fetch`, looked up at each call (so that a later polyfill or test stub is used). */
const globalFetch: Fetch = (input, init) => fetch(input, init);

/**
 * One attempt, with `body` (when read beforehand) in place of the request's, aborted after
 * `timeout` ms or when the request's own (the caller's) signal aborts.
 */
async function fetchWithTimeout(
  fetch: Fetch,
  request: Request,
  body: ArrayBuffer | undefined,
  timeout: number,
) {
  const caller = request.signal;
  caller.throwIfAborted();
  if (!(timeout > 0 && timeout <= maxTimer))
    return body === undefined ? fetch(request) : fetch(request, { body });
  const controller = new AbortController();
  caller.addEventListener("abort", () => controller.abort(caller.reason), { once: true });
  const timer = setTimeout(() => controller.abort(new APITimeoutError(timeout)), timeout);
  try {
    const { signal } = controller;
    return await fetch(request, body === undefined ? { signal } : { body, signal });
  } catch (error) {
    const reason: unknown = controller.signal.reason;
    throw reason instanceof APITimeoutError ? reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How long to wait before retry number `attempt + 1`: the server's `retry-after-ms` or
 * `Retry-After` (seconds or an HTTP date) when present, capped; else exponential backoff
 * (0.5 s, 1 s, 2 s, … up to 8 s) less up to 25 % jitter.
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

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
