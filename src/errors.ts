import { type RateLimit, readRateLimit, retryAfterMs } from "./rate-limit";

/** Every failure the SDK reports is a `BedrockError`. */
export class BedrockError extends Error {}

/** DRF's 400 body: each invalid field with its messages (`non_field_errors` for the whole body). */
export type FieldErrors = Record<string, string[]>;

/**
 * The server answered with an error status. 400, 401, 403, 404, 409, 422, 429 and 5xx throw
 * the subclass named for the status ({@link NotFoundError}, …); any other status an
 * `APIError`. A success whose body is not what the contract promises throws
 * {@link InvalidResponseError}.
 */
export class APIError extends BedrockError {
  /** The HTTP status. */
  declare readonly status: number;
  /** DRF's `detail` message, when the body has one. */
  declare readonly detail: string | undefined;
  /** DRF's field errors of a 400 (`{ field: [messages] }`), when the body has them. */
  declare readonly fieldErrors: FieldErrors | undefined;
  /** The `X-Request-Id` header: quote it when reporting a problem. */
  declare readonly requestId: string | undefined;
  /** The response headers. */
  declare readonly headers: Headers;
  /** The parsed body: JSON when it was JSON, else the text (`undefined` when empty). */
  declare readonly body: unknown;
  /** The quota the response announced (`RateLimit`, `RateLimit-Policy`), when it did. */
  declare readonly rateLimit: RateLimit | undefined;

  /** `summary`: the message's text, instead of one made from the body. */
  constructor(status: number, body: unknown, headers: Headers, statusText = "", summary?: string) {
    const detail = isRecord(body) && typeof body.detail === "string" ? body.detail : undefined;
    const fieldErrors = status === 400 && detail === undefined ? fieldErrorsOf(body) : undefined;
    const text = summary ?? detail ?? summarise(fieldErrors) ?? (statusText || bodyKind(body));
    const requestId = requestIdOf(headers);
    super(withRequestId(`${status} ${text}`, requestId));
    const rateLimit = readRateLimit(headers);
    Object.assign(this, { status, detail, fieldErrors, requestId, headers, body, rateLimit });
  }
}

/** 400: the body or query is invalid; see {@link APIError.fieldErrors}. */
export class BadRequestError extends APIError {}

/** 401: credentials are missing, wrong, revoked or expired, or the path does not accept their scheme. */
export class AuthenticationError extends APIError {}

/** 403: valid credentials, but the object belongs to another organization or the action is not allowed. */
export class PermissionDeniedError extends APIError {}

/** 404: no such object. */
export class NotFoundError extends APIError {}

/**
 * 409: the request conflicts with the current state, or another request with the same
 * `Idempotency-Key` is still being processed.
 */
export class ConflictError extends APIError {}

/** 422: e.g. an `Idempotency-Key` already used for a different request. */
export class UnprocessableEntityError extends APIError {}

/**
 * 429: throttled; retried automatically up to `maxRetries`, honouring `Retry-After` (each wait
 * capped at 60 s). {@link RateLimitError.retryAfter} says how long to wait before trying again,
 * {@link APIError.rateLimit} tells the quota.
 */
export class RateLimitError extends APIError {
  /**
   * Seconds to wait before trying again, from the response's `Retry-After` (delta-seconds, or
   * an HTTP date counted from now); `undefined` when it has none that RFC 9110 allows.
   */
  get retryAfter(): number | undefined {
    const ms = retryAfterMs(this.headers);
    return ms === undefined ? undefined : Math.ceil(ms / 1000);
  }
}

/** 5xx: the server failed; retried up to `maxRetries` (a POST or PATCH with its `Idempotency-Key`), unless `idempotent: false`. */
export class InternalServerError extends APIError {}

/**
 * A success status (2xx) whose body is not what the contract promises: empty, not JSON, or a
 * list page without `results`. The message and {@link InvalidResponseError.excerpt} quote the
 * body's start, with anything that looks like a secret redacted.
 */
export class InvalidResponseError extends APIError {
  /** The body's first characters (at most 80), secrets redacted; `undefined` when empty. */
  declare readonly excerpt: string | undefined;

  constructor(response: Response, text: string, problem: string) {
    const excerpt = text.trim() ? excerptOf(text) : undefined;
    const summary =
      excerpt === undefined
        ? "response body is empty where the contract promises JSON"
        : `response body ${problem}: ${JSON.stringify(excerpt)}`;
    super(response.status, undefined, response.headers, "", summary);
    this.excerpt = excerpt;
  }
}

/**
 * No whole response: the connection failed (`ECONNREFUSED 127.0.0.1:8000`, …; see `cause`),
 * before the headers came or while the body was read. In the second case `status` and
 * `requestId` are those of the response whose body broke off.
 */
export class APIConnectionError extends BedrockError {
  /** The status of the response whose body broke off; `undefined` when no headers came. */
  declare readonly status: number | undefined;
  /** The `X-Request-Id` of the response whose body broke off, when it had one. */
  declare readonly requestId: string | undefined;

  /** `response`: the one whose body failed, when its headers had come. */
  constructor(
    message = "Connection error.",
    options?: { cause?: unknown; response?: Response | undefined },
  ) {
    const { status, headers } = options?.response ?? {};
    const requestId = requestIdOf(headers);
    super(withRequestId(message, requestId), options);
    Object.assign(this, { status, requestId });
  }
}

/**
 * The attempt took longer than `timeout` ms: its response headers did not come in time, or
 * its body did not finish in time ({@link APITimeoutError.phase}).
 */
export class APITimeoutError extends APIConnectionError {
  /** What was still awaited: the response headers, or the rest of the body. */
  declare readonly phase: "headers" | "body";

  /** `response`: the one whose body was late, when its headers had come. */
  constructor(timeout: number, response?: Response) {
    const awaited =
      response === undefined
        ? "waiting for the response headers"
        : `reading the body of a ${response.status} response`;
    super(`Request timed out after ${timeout} ms ${awaited}.`, { response });
    this.phase = response === undefined ? "headers" : "body";
  }
}

/**
 * The caller's own `signal` aborted the call (never retried); `cause` is the signal's reason.
 */
export class APIUserAbortError extends BedrockError {
  constructor(reason?: unknown) {
    super("Request was aborted.", { cause: reason });
  }
}

/** An {@link APIUserAbortError} when `signal` has aborted; else nothing. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new APIUserAbortError(signal.reason);
}

// Each class's `name` is its own, also in minified code where class names are mangled: it
// heads `String(error)` and stack traces. The keys below are the names, as written.
for (const [name, errorClass] of Object.entries({
  BedrockError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  InvalidResponseError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
})) {
  Object.defineProperty(errorClass.prototype, "name", { value: name, configurable: true });
}

const errorByStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The error for an error response. `body` is the body as openapi-fetch read it: parsed JSON,
 * the raw text when it is not JSON, or `undefined`/`""` when empty.
 */
export function errorFromResponse(response: Response, body: unknown): APIError {
  const { status } = response;
  const ErrorClass = errorByStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(
    status,
    body === "" ? undefined : body,
    response.headers,
    response.statusText,
  );
}

/** A response's `X-Request-Id`, when it has one. */
export function requestIdOf(headers: Headers | undefined): string | undefined {
  return headers?.get("x-request-id") ?? undefined;
}

/** `message`, quoting the request id when there is one. */
function withRequestId(message: string, requestId: string | undefined): string {
  return requestId ? `${message} [request id ${requestId}]` : message;
}

/** At most 80 characters of `text`, whitespace collapsed, secret-looking values redacted. */
function excerptOf(text: string): string {
  const redacted = text
    .slice(0, 400)
    .replace(/\s+/g, " ")
    .replace(SECRET_FIELD, '$1"[redacted]"')
    .replace(TOKEN_LIKE, "[redacted]")
    .trim();
  return redacted.length > 80 ? `${redacted.slice(0, 79)}…` : redacted;
}
/** A JSON field whose name says it holds a secret, with its (possibly cut off) string value. */
const SECRET_FIELD = /("[^"]*(?:key|token|secret|password|authorization)[^"]*"\s*:\s*)"[^"]*"?/gi;
/** A long run of token characters, as keys and tokens are. */
const TOKEN_LIKE = /[\w+/=.~-]{24,}/g;

function bodyKind(body: unknown): string {
  if (body === undefined) return "status code (no body)";
  return typeof body === "string" ? "status code (non-JSON body)" : "status code";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fieldErrorsOf(body: unknown): FieldErrors | undefined {
  if (!isRecord(body)) return undefined;
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(body))
    errors[field] = [messages].flat().map((m) => (typeof m === "string" ? m : JSON.stringify(m)));
  return errors;
}

/** `email: Enter a valid email address. password: This field is required.` */
function summarise(errors: FieldErrors | undefined): string | undefined {
  if (!errors) return undefined;
  const parts = Object.entries(errors).map(([field, messages]) =>
    field === "non_field_errors" ? messages.join(" ") : `${field}: ${messages.join(" ")}`,
  );
  return parts.join(" ") || undefined;
}
