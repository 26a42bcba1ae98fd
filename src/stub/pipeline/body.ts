// Stage 5, read the body: the operation's parameters (404 for a malformed path id, 400 for the
// rest), then its JSON body: 413 over the contract's limit, 415 unless JSON, 400 if it is not
// valid UTF-8 or JSON, too deep, or breaks the schema; `{}` if empty. Only now is the body read:
// a refused caller never gets to send one.
import { LIMITS, type Route } from "../contract";
import { HttpError, invalid, notFound } from "../errors";
import { checkJson } from "../json";
import { type Exchange, type Incoming, need, type Stage } from "./exchange";

const tooLarge = () =>
  new HttpError(413, { detail: `Request body exceeds ${LIMITS.maxBodyBytes / 1048576} MiB.` });

/** The JSON body, checked against the route's schema, without the fields it does not declare. */
async function readJson(request: Incoming, route: Route): Promise<Record<string, unknown>> {
  if (Number(request.header("content-length") ?? 0) > LIMITS.maxBodyBytes) throw tooLarge();
  const data = await request.body(LIMITS.maxBodyBytes);
  if (!data) throw tooLarge();
  let body: unknown = {};
  if (data.length > 0) {
    const type = (request.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json" && !type?.endsWith("+json"))
      throw new HttpError(415, { detail: `Unsupported media type "${type}" in request.` });
    const json = checkJson(data, LIMITS.maxJsonDepth);
    if ("detail" in json) throw new HttpError(400, { detail: json.detail });
    if ("errors" in json) throw invalid(json.errors);
    body = json.value;
  }
  const errors = route.checkBody(body);
  if (errors) throw invalid(errors);
  // Fields the contract does not declare are ignored, as a DRF serializer ignores them.
  const fields = route.body?.fields;
  const object = body as Record<string, unknown>;
  return fields
    ? Object.fromEntries(fields.filter((f) => f in object).map((f) => [f, object[f]]))
    : object;
}

export const body: Stage = {
  name: "body",
  run(x: Exchange, next) {
    const route = need(x.route, "route");
    const parsed = route.parseParams({
      path: need(x.pathParams, "pathParams"),
      query: new URLSearchParams(x.query),
      header: (name) => x.request.header(name),
    });
    if ("errors" in parsed) throw parsed.inPath ? notFound() : invalid(parsed.errors);
    x.params = parsed.params;
    if (!route.body) return next();
    return readJson(x.request, route).then((body) => {
      x.body = body;
      return next();
    });
  },
};
