// The last step, reply: an answer, or a refusal thrown on the way, as a `Response`, with the
// request id, the rate-limit fields and the CORS fields on every one. A request never crashes
// the stub: anything that is not an HTTP error is a logged 500 (with the request id), and an
// answer that cannot be sent as it is (a body JSON cannot hold, a bad header or status) too.
import { HttpError } from "../errors";
import type { Answer, Exchange } from "./exchange";
import { ReturnedError } from "./handler";
import { EXPOSED_HEADERS } from "./route";

export const INTERNAL_ERROR: Answer = { status: 500, body: { detail: "Internal server error." } };
const encoder = new TextEncoder();

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
  if (!(error instanceof ClientGone) && !x.request.signal.aborted)
    x.settings.log(`${x.id} handler error: ${describe(error)}`);
  return INTERNAL_ERROR;
}

/** JSON of an answer body; throws (instead of failing later) on what JSON cannot hold. */
function json(value: unknown) {
  const text = JSON.stringify(value);
  if (typeof text !== "string") throw new TypeError("The answer body is not JSON.");
  return text;
}

/**
 * CORS fields: a page may read the answer only from an origin the stub allows (its own, and
 * those its `cors` option lists), never any origin (`*`): the stub takes credentials.
 */
function cors(x: Exchange): Record<string, string> {
  const origin = x.request.headers.get("origin");
  if (!origin || !x.settings.allowsOrigin(origin, x.url)) return { Vary: "Origin" };
  return {
    Vary: "Origin",
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Expose-Headers": EXPOSED_HEADERS,
  };
}

function build(x: Exchange, answer: Answer): Response {
  const data = answer.raw?.data ?? (answer.body === undefined ? undefined : json(answer.body));
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  const headers = new Headers({
    ...cors(x),
    ...x.headers,
    ...answer.headers,
    "X-Request-Id": x.id,
  });
  if (bytes) {
    headers.set("Content-Type", answer.raw?.type ?? "application/json");
    headers.set("Content-Length", String(bytes.byteLength));
  }
  const sent = x.method === "HEAD" ? null : (bytes ?? null);
  return new Response(sent as BodyInit | null, { status: answer.status, headers });
}

/** The answer as a `Response`; one that cannot be sent as it is becomes a logged 500. */
export function reply(x: Exchange, answer: Answer): Response {
  try {
    return build(x, answer);
  } catch (error) {
    if (answer === INTERNAL_ERROR) throw error;
    x.settings.log(`${x.id} answer error: ${describe(error)}`);
    return build(x, INTERNAL_ERROR);
  }
}
