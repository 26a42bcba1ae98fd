// Stage 1, route: finds the operation from the method and the URL's path (never from `Host`),
// before anything else, so that every later stage knows the operation's security and limits.
// A path that is no operation (404) and a method the path lacks (405) are refused, but by the
// throttle stage, so that they cost the client's budget and carry its quota like any other
// refusal. A CORS preflight and the contract itself (JSON, YAML) are answered here.
import { stringify } from "yaml";
import { contract, routeTable } from "../contract";
import { HttpError, notFound } from "../errors";
import { REPLAYED } from "../idempotency";
import type { Answer, Exchange, Stage } from "./exchange";

/** Every request header the contract or the SDK uses (X-Bedrock-Client: the SDK's version). */
const ALLOWED_HEADERS =
  "Authorization, Content-Type, X-Organization-Id, X-Request-Id, X-Bedrock-Client, Idempotency-Key";
/** The answer headers a browser page may read. */
export const EXPOSED_HEADERS = `X-Request-Id, Retry-After, WWW-Authenticate, RateLimit, RateLimit-Policy, ${REPLAYED}`;

const contractFiles: Record<string, () => Answer["raw"]> = {
  "/openapi.json": () => ({ type: "application/json", data: JSON.stringify(contract, null, 2) }),
  "/openapi.yaml": () => ({
    type: "application/yaml",
    data: stringify(contract, { aliasDuplicateObjects: false }),
  }),
};
const served: Record<string, Answer["raw"]> = {};

const notAllowed = (method: string, allow: string) =>
  new HttpError(405, { detail: `Method "${method}" not allowed.` }, { Allow: allow });

/** The contract as a file, for GET and HEAD of `/openapi.json` and `/openapi.yaml`. */
function contractFile({ method, path }: Exchange): Answer | undefined {
  const file = contractFiles[path];
  if (!file) return undefined;
  if (method !== "GET" && method !== "HEAD") throw notAllowed(method, "GET, HEAD");
  served[path] ??= file();
  return { status: 200, raw: served[path] };
}

export const route: Stage = {
  name: "route",
  run(x, next) {
    const file = contractFile(x);
    if (file) return file;
    // HEAD is a GET without the body, as in DRF
    const match = routeTable()(x.method === "HEAD" ? "GET" : x.method, x.path);
    if (match && "allow" in match) {
      const allow = match.allow.join(", ");
      if (x.method === "OPTIONS") return { status: 204, headers: preflight(allow) };
      x.unrouted = notAllowed(x.method, allow);
    } else if (match) {
      x.route = match.route;
      x.pathParams = match.path;
    } else x.unrouted = notFound();
    return next();
  },
};

function preflight(allow: string) {
  return {
    Allow: allow,
    "Access-Control-Allow-Methods": allow,
    "Access-Control-Allow-Headers": ALLOWED_HEADERS,
    "Access-Control-Max-Age": "600",
  };
}
