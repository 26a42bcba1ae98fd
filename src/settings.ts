import { BedrockError } from "./errors";
import { Log, type Logger, type LogLevel, logLevels, parseLogLevel } from "./log";
import { type Fetch, maxRetriesLimit, maxTimeout, type SendOptions } from "./transport";

/** A credential, or a function asked for it before each request (e.g. to fetch a fresh one). */
export type Credential = string | CredentialProvider;

/**
 * A function asked for the credential before each request. One with `invalidate` (such as
 * {@link shortTermKeys}) renews on a 401: the client tells it which credential was refused and
 * sends the request once more with the next one it gives, when that differs, as one of the
 * call's `maxRetries` (with none left, the call gets the 401 and the next call the new one).
 */
export interface CredentialProvider {
  /** The credential to send now. */
  (): string | Promise<string>;
  /** The API refused `credential` (401): stop giving it. */
  invalidate?(credential: string): void | Promise<void>;
}

/** Options of `new Bedrock()`; every one is optional, and each is checked at construction. */
export interface ClientOptions {
  /** API key, sent as `Authorization: Bearer …` (default: `BEDROCK_API_KEY`). */
  apiKey?: Credential | undefined;
  /** User token, sent as `Authorization: Token …` (default: `BEDROCK_TOKEN`). */
  token?: Credential | undefined;
  /**
   * API root, an absolute http(s) URL without credentials in it (default: `BEDROCK_BASE_URL`,
   * else `https://api.bedrock.dev`).
   */
  baseUrl?: string | undefined;
  /** Organization to act on with a token, sent as `X-Organization-Id`. */
  organizationId?: string | undefined;
  /**
   * Milliseconds each attempt may take, from sending the request to the end of the response
   * body: the headers and the body both count (default 60 000; a whole number from 1 to
   * 2147483647, about 24.8 days). A timeout is an {@link APITimeoutError} that says which of
   * the two was late, and is retried like a connection error.
   */
  timeout?: number | undefined;
  /**
   * Retries of a failed request (default 2; a whole number from 0 to 10), with exponential
   * backoff (0.5 s, 1 s, 2 s, … up to 8 s, less up to 25 % jitter) or the server's
   * `Retry-After`, of which at most 60 s is waited. Every method is retried on connection
   * errors, timeouts, 408, 429 and 5xx: each POST and PATCH carries an `Idempotency-Key`
   * (the same on each retry), so the server acts on it once. One budget per call: a resend
   * after a 401 with a renewed credential is one of these retries.
   */
  maxRetries?: number | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: Fetch | undefined;
  /** What to log (default: `BEDROCK_LOG`, else `warn`). */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (default: `console`). */
  logger?: Logger | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** Allow an API key in a browser, where anyone who loads the page can read it. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

// The checks of the client's options and of each call's: each error names the option and the
// problem, never a credential's or a header's value (fetch's own errors would quote them).

/** One printable token: what a credential, an organization id or a header name must be. */
const printable = /^[!-~]+$/;

/** An environment variable where there is one (Node, Bun, Deno with --allow-env); never throws. */
export function readEnv(name: string): string | undefined {
  const runtime = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get?(name: string): string | undefined } };
  };
  try {
    return (runtime.process?.env?.[name] ?? runtime.Deno?.env?.get?.(name))?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A page's main thread or a browser-like test environment (not workers, Node, Deno or Bun). */
export function isBrowser(): boolean {
  const runtime = globalThis as { window?: { document?: unknown } };
  return typeof runtime.window?.document === "object";
}

/**
 * A credential must be one printable token: a line break (a file of several keys read
 * whole), a space or a control character would break the `Authorization` header, or send
 * more than one secret. The error names the problem, never the value.
 */
export function checkCredential(value: unknown, what: string) {
  if (typeof value !== "string") {
    if (value !== undefined && typeof value !== "function")
      throw new BedrockError(`${what} must be a string or a function that returns one.`);
    return;
  }
  if (printable.test(value)) return;
  const problem = /[\r\n]/.test(value)
    ? "a line break"
    : /\s/.test(value)
      ? "whitespace"
      : "a non-ASCII or control character";
  throw new BedrockError(`${what} contains ${problem}.`);
}

/**
 * The base URL without a trailing slash. One with credentials in it is refused, and the
 * error does not show it: the SDK sends credentials in `Authorization` only.
 */
export function checkBaseUrl(value: string, fromEnv: boolean): string {
  const what = fromEnv ? "BEDROCK_BASE_URL" : "`baseUrl`";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BedrockError(`${what} is not an absolute URL.`);
  }
  if (url.username || url.password)
    throw new BedrockError(
      `${what} must not hold credentials (user:password@); pass \`apiKey\` or \`token\`.`,
    );
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new BedrockError(`${what} must be an http(s) URL without query or fragment.`);
  return value.replace(/\/+$/, "");
}

/** The log of `logLevel` (else `BEDROCK_LOG`, else `warn`) and `logger` (else `console`). */
export function logOf(level: LogLevel | undefined, logger: Logger = console): Log {
  // Parsed like BEDROCK_LOG (case and spaces aside), so a JavaScript caller's "INFO" logs at info.
  const chosen = parseLogLevel(level);
  if (level !== undefined && !chosen)
    throw new BedrockError(`\`logLevel\` must be one of ${logLevels.join(", ")}.`);
  if (logLevels.some((name) => name !== "off" && typeof logger[name] !== "function"))
    throw new BedrockError("`logger` must have error, warn, info and debug methods.");
  const fromEnv = readEnv("BEDROCK_LOG");
  const log = new Log(chosen ?? parseLogLevel(fromEnv) ?? "warn", logger);
  if (fromEnv && !level && !parseLogLevel(fromEnv))
    log.write("warn", `BEDROCK_LOG is not one of ${logLevels.join(", ")}; logging at warn.`);
  return log;
}

/**
 * The headers every request of a client carries: `defaultHeaders` (no `Idempotency-Key`: one
 * key for every POST would make the server replay the first answer to all of them), the SDK's
 * version, and the organization.
 */
export function clientHeaders(
  defaultHeaders: Record<string, string> | undefined,
  organizationId: string | undefined,
  version: string,
): Record<string, string> {
  const headers = checkHeaders("`defaultHeaders`", defaultHeaders);
  if ("idempotency-key" in headers)
    throw new BedrockError(
      "`defaultHeaders` must not set Idempotency-Key: pass `idempotencyKey` per call.",
    );
  if (organizationId !== undefined && !printable.test(organizationId))
    throw new BedrockError("`organizationId` must be printable ASCII.");
  headers["x-bedrock-client"] = `ts/${version}`;
  if (organizationId) headers["x-organization-id"] = organizationId;
  return headers;
}

/**
 * `headers` with lowercase names, as the SDK's own are, so that a name in another case replaces
 * a header instead of being joined to it. Names and values fetch would refuse (with a message
 * quoting the value) are refused here, unquoted.
 */
export function checkHeaders(what: string, headers: Record<string, string> | undefined) {
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(name))
      throw new BedrockError(`${what} has an invalid header name.`);
    if (typeof value !== "string" || /[\0\r\n]|[^\0-\xff]/.test(value))
      throw new BedrockError(`${what} has an invalid value for ${name}.`);
    checked[name.toLowerCase()] = value;
  }
  return checked;
}

/** A call's `idempotencyKey`: 1 to 255 printable ASCII characters. */
export function checkIdempotencyKey(key: string): string {
  if (/^[!-~]{1,255}$/.test(key)) return key;
  throw new BedrockError("`idempotencyKey` must be 1 to 255 printable ASCII characters.");
}

/** `timeout` and `maxRetries`, of the client or of a call, each checked where it is set. */
export function checkTuning<T extends SendOptions>(options: T): T {
  checkWhole("`timeout`", options.timeout, 1, maxTimeout, "of milliseconds ");
  checkWhole("`maxRetries`", options.maxRetries, 0, maxRetriesLimit);
  return options;
}

/** A number that, when set, is whole and from `min` to `max`. */
function checkWhole(name: string, value: number | undefined, min: number, max: number, unit = "") {
  if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) return;
  throw new BedrockError(
    `${name} must be a whole number ${unit}from ${min} to ${max}, got ${String(value)}.`,
  );
}
