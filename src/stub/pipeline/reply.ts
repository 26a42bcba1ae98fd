// The last step, reply: an answer, or a refusal thrown on the way, ready to send (a `Response`
// for stub.fetch, one write for the Node adapter), with the request id, the rate-limit fields
// and the CORS fields on every one, the one place that decides them. A request never crashes
// the stub: anything that is not an HTTP error is a logged 500 (with the request id), and an
// answer that cannot be sent as it is (a body JSON cannot hold, a bad header or status) too.
import { HttpError } from "../errors";
import { type Answer, type Exchange, type Outgoing, urlOf } from "./exchange";
import { ReturnedError } from "./handler";
import { EXPOSED_HEADERS } from "./route";

export const INTERNAL_ERROR: Answer = { status: 500, body: { detail: "Internal server error." } };

/** The client went away before its request was complete: nothing to answer, nothing to log. */
export class ClientGone extends Error {}

/** An error's name and first line, for the log. */
export function describe(error: unknown) {
  if (!(error instanceof Error)) return typeof error;
  return `${error.name}: ${error.message.split("\n")[0]?.slice(0, 200)}`;
}

/** A refusal as an answer: HTTP errors as they are, anything else a logged 500. */
export function refusal(x: Exchange, error: unknown): Answer {
  if (error instanceof ReturnedError) return error.answer;
  if (error instanceof HttpError)
    return { status: error.status, body: error.body, headers: error.headers };
  if (!(error instanceof ClientGone) && !x.request.aborted)
    x.settings.log(`${x.id} handler error: ${describe(error)}`);
  return INTERNAL_ERROR;
}

/** JSON of an answer body; throws (instead of failing later) on what JSON cannot hold. */
function json(value: unknown) {
  const text = JSON.stringify(value);
  if (typeof text !== "string") throw new TypeError("The answer body is not JSON.");
  return text;
}

/** Any character past ASCII (a native scan: most answers have none, and then bytes are characters). */
const NON_ASCII = /[\u0080-\uffff]/;

/** The bytes of `text` in UTF-8 (a lone surrogate as U+FFFD, as an encoder writes it). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  if (!NON_ASCII.test(text)) return bytes;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 4 bytes for its 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * CORS fields: a page may read the answer only from an origin the stub allows (its own, and
 * those its `cors` option lists), never any origin (`*`): the stub takes credentials.
 */
function cors(x: Exchange, headers: Record<string, string>) {
  headers.vary = "Origin";
  const origin = x.request.header("origin");
  if (!origin || !x.settings.allowsOrigin(origin, urlOf(x))) return;
  headers["access-control-allow-origin"] = origin;
  headers["access-control-expose-headers"] = EXPOSED_HEADERS;
}

/** A header name (an RFC 9110 token) and value (no control but tab) a response can carry. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Statuses whose answer has no body (the Fetch standard's null-body statuses in range). */
const NO_BODY = new Set([204, 205, 304]);
/** Leading and trailing whitespace, which the Fetch standard's `Headers` trims off a value. */
const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/** Adds `fields` to `headers` by lowercase name; throws on one no response can carry. */
function addFields(headers: Record<string, string>, fields: Record<string, string> | undefined) {
  for (const name in fields) {
    const value = String(fields[name]).replace(HTTP_WHITESPACE, "");
    if (!HEADER_NAME.test(name) || !HEADER_VALUE.test(value))
      throw new TypeError(`Invalid answer header "${name}".`);
    headers[name.toLowerCase()] = value;
  }
}

function build(x: Exchange, answer: Answer): Outgoing {
  const { status } = answer;
  if (!Number.isInteger(status) || status < 200 || status > 599)
    throw new RangeError(`Invalid answer status ${status}.`);
  const body = answer.raw?.data ?? (answer.body === undefined ? undefined : json(answer.body));
  if (body !== undefined && NO_BODY.has(status))
    throw new TypeError(`An answer of status ${status} has no body.`);
  const headers: Record<string, string> = {};
  cors(x, headers);
  // the stub's own fields (the rate limit's), well-formed by construction
  for (const name in x.headers) headers[name.toLowerCase()] = x.headers[name] as string;
  addFields(headers, answer.headers);
  headers["x-request-id"] = x.id;
  if (body !== undefined) {
    headers["content-type"] = answer.raw?.type ?? "application/json";
    const length = typeof body === "string" ? utf8Length(body) : body.byteLength;
    headers["content-length"] = String(length);
  }
  return { status, headers, body: x.method === "HEAD" ? undefined : body };
}

/** The answer as the transport sends it; one that cannot be sent as it is becomes a logged 500. */
export function reply(x: Exchange, answer: Answer): Outgoing {
  try {
    return build(x, answer);
  } catch (error) {
    if (answer === INTERNAL_ERROR) throw error;
    x.settings.log(`${x.id} answer error: ${describe(error)}`);
    return build(x, INTERNAL_ERROR);
  }
}

/** An {@link Outgoing} as a web `Response`, for `stub.fetch`. */
export function toResponse({ status, headers, body }: Outgoing): Response {
  return new Response((body ?? null) as BodyInit | null, { status, headers });
}
