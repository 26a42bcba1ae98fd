/** Every failure the SDK reports is a `BedrockError`. */
export class BedrockError extends Error {}

/** DRF's 400 body: each invalid field with its messages (`non_field_errors` for the whole body). */
export type FieldErrors = Record<string, string[]>;

/**
 * The server answered with an error status. 400, 401, 403, 404, 409, 429 and 5xx throw the
 * subclass named for the status ({@link NotFoundError}, …); any other status an `APIError`.
 */
export class APIError extends BedrockError {
  /** The HTTP status. */
  readonly status: number;
  /** DRF's `detail` message, when the body has one. */
  readonly detail: string | undefined;
  /** DRF's field errors of a 400 (`{ field: [messages] }`), when the body has them. */
  readonly fieldErrors: FieldErrors | undefined;
  /** The `X-Request-Id` header: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The response headers. */
  readonly headers: Headers;
  /** The parsed body: JSON when it was JSON, else the text (`undefined` when empty). */
  readonly body: unknown;

  constructor(status: number, body: unknown, headers: Headers, statusText = "") {
    const detail = isRecord(body) && typeof body.detail === "string" ? body.detail : undefined;
    const fieldErrors = status === 400 && detail === undefined ? fieldErrorsOf(body) : undefined;
    const requestId = headers.get("x-request-id") ?? undefined;
    const text = detail ?? summarise(fieldErrors) ?? (statusText || bodyKind(body));
    super(requestId ? `${status} ${text} [request id ${requestId}]` : `${status} ${text}`);
    this.status = status;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
    this.requestId = requestId;
    this.headers = headers;
    this.body = body;
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

/** 409: the request conflicts with the current state. */
export class ConflictError extends APIError {}

/** 429: throttled; retried automatically up to `maxRetries`, honouring `Retry-After`. */
export class RateLimitError extends APIError {}

/** 5xx: the server failed; idempotent requests are retried up to `maxRetries`. */
export class InternalServerError extends APIError {}

/** No response: the network failed (see `cause`). */
export class APIConnectionError extends BedrockError {
  constructor(message = "Connection error.", options?: { cause: unknown }) {
    super(message, options);
  }
}

/** No response within the `timeout` (per attempt). */
export class APITimeoutError extends APIConnectionError {
  constructor(timeout: number) {
    super(`Request timed out after ${timeout} ms.`);
  }
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
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APITimeoutError,
})) {
  Object.defineProperty(errorClass.prototype, "name", { value: name, configurable: true });
}

const errorByStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
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
  for (const [field, messages] of Object.entries(body)) {
    const list = Array.isArray(messages) ? messages : [messages];
    errors[field] = list.map((m) => (typeof m === "string" ? m : JSON.stringify(m)));
  }
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
