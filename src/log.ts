import { requestIdOf } from "./errors";

/**
 * How much the client logs:
 * - `error`: a request that failed for good (no response, or 5xx after every retry);
 * - `warn`: a retry about to happen (the default level shows these and errors);
 * - `info`: one line for every other request (method, path, status, duration, request id, attempt);
 * - `debug`: also a line as each attempt starts.
 */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go (`console` by default). Each method receives one finished line. */
export interface Logger {
  /** A request that failed for good; written from level `error` up. */
  error(message: string): void;
  /** A retry about to happen; written from level `warn` up. */
  warn(message: string): void;
  /** A finished request; written from level `info` up. */
  info(message: string): void;
  /** An attempt starting; written at level `debug` only. */
  debug(message: string): void;
}

/** The levels, from none to all (a level's rank is its index). */
export const logLevels: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/**
 * A level and a logger. Callers ask {@link Log.enabled} before building a line, so logging costs
 * nothing when it is off. Lines carry method, path and query, status, the attempt's duration,
 * request id and attempt: never a header, a body, a key, a token or a password.
 */
export class Log {
  readonly #rank: number;
  readonly #logger: Logger;

  constructor(level: LogLevel, logger: Logger) {
    this.#rank = logLevels.indexOf(level);
    this.#logger = logger;
  }

  /** Whether lines of `level` are written. */
  enabled(level: Exclude<LogLevel, "off">): boolean {
    return this.#rank >= logLevels.indexOf(level);
  }

  /** Writes a line of `level`; callers ask {@link Log.enabled} first. */
  write(level: Exclude<LogLevel, "off">, message: string): void {
    this.#logger[level](`[bedrock] ${message}`);
  }
}

/** `level` if it names a log level, else `undefined`. */
export function parseLogLevel(level: string | undefined): LogLevel | undefined {
  const name = level?.trim().toLowerCase();
  return logLevels.find((known) => known === name);
}

/**
 * One attempt of a request, timed from its own start (`started`):
 * `GET /api/traces/?page=2 200 after 12 ms, request id req_1, attempt 1/3`,
 * `GET /api/templates/ failed (Connection error.) after 3 ms, attempt 3/3`, or before it is
 * sent (no outcome) `GET /api/templates/ sending, attempt 1/3`.
 */
export function attemptLine(
  request: { method: string; url: string },
  attempt: number,
  attempts: number,
  started = 0,
  outcome?: Response | Error,
): string {
  // The path and query (the API takes no credentials there); never the origin, which may carry a password.
  const { pathname, search } = new URL(request.url);
  const head = `${request.method} ${pathname}${search}`;
  const tail = `attempt ${attempt}/${attempts}`;
  if (outcome === undefined) return `${head} sending, ${tail}`;
  const ms = Math.round(performance.now() - started);
  if (outcome instanceof Error)
    return `${head} failed (${outcome.message}) after ${ms} ms, ${tail}`;
  const requestId = requestIdOf(outcome.headers);
  const id = requestId ? `, request id ${requestId}` : "";
  return `${head} ${outcome.status} after ${ms} ms${id}, ${tail}`;
}
