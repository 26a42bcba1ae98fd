import { BedrockError } from "./errors";
import { Log, type Logger, type LogLevel, logLevels, parseLogLevel } from "./log";
import { maxRetriesLimit, maxTimeout, type SendOptions } from "./transport";

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
