// Stage 5, read the body: the operation's parameters (404 for a malformed path id, 400 for the
// rest), then its JSON body: 413 over the contract's limit, 415 unless JSON, 400 if it is not
// valid UTF-8 or JSON, too deep, or breaks the schema; `{}` if empty. Only now is the body read:
// a refused caller never gets to send one.
import { LIMITS, type Route } from "../contract";
import { HttpError, invalid, notFound } from "../errors";
import { checkJson } from "../json";
import { type Exchange, need, type Stage } from "./exchange";

const tooLarge = () =>
  new HttpError(413, { detail: `Request body exceeds ${LIMITS.maxBodyBytes / 1048576} MiB.` });

/** The body's bytes; `undefined` past the limit (the rest is read and dropped, to the end). */
async function readBytes(request: Request): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received <= LIMITS.maxBodyBytes) chunks.push(value);
  }
  if (received > LIMITS.maxBodyBytes) return undefined;
  const data = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.byteLength;
  }
  return data;
}

/** The JSON body, checked against the route's schema, without the fields it does not declare. */
async function readJson(request: Request, route: Route): Promise<Record<string, unknown>> {
  if (Number(request.headers.get("content-length") ?? 0) > LIMITS.maxBodyBytes) throw tooLarge();
  const data = await readBytes(request);
  if (!data) throw tooLarge();
  let body: unknown = {};
  if (data.length > 0) {
    const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
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
  async run(x: Exchange, next) {
    const route = need(x.route, "route");
    const parsed = route.parseParams({
      path: need(x.pathParams, "pathParams"),
      query: x.url.searchParams,
      headers: Object.fromEntries(x.request.headers),
    });
    if ("errors" in parsed) throw parsed.inPath ? notFound() : invalid(parsed.errors);
    x.params = parsed.params;
    if (route.body) x.body = await readJson(x.request, route);
    return next();
  },
};
