import openapiFetch, { type Client, createQuerySerializer } from "openapi-fetch";
import { version } from "../package.json";
import { BedrockError, errorFromResponse, InvalidResponseError, throwIfAborted } from "./errors";
import type { paths } from "./generated/schema";
import type { PageShape } from "./pagination";
import { APIPromise, ResponseInfo, type WithResponse } from "./promise";
import { type Api, type Params, type RequestOptions, type Route, routeTable } from "./resources";
import {
  type ClientOptions,
  checkBaseUrl,
  checkHeaders,
  checkIdempotencyKey,
  checkTuning,
  clientHeaders,
  logOf,
  readEnv,
} from "./settings";
import {
  createTransport,
  type Reply,
  type Send,
  type TransportOptions,
  untilAborted,
} from "./transport";

/** The options the core reads: the client's, without its credentials. */
type CoreOptions = Omit<ClientOptions, "apiKey" | "token" | "dangerouslyAllowBrowser">;

/** An `Authorization` value: none, a credential, or a provider's credential to come. */
export type Authorization = string | undefined | Promise<string>;

/** The `Authorization` value for an operation (`undefined` for a raw call off the contract). */
type Authorize = (route: Route | undefined, method: string, path: string) => Authorization;

/** The `Authorization` value of a request; a provider's is waited for only as long as the caller waits. */
type AuthorizationFor = (
  route: Route | undefined,
  method: string,
  path: string,
  signal: AbortSignal | undefined,
) => Authorization;

interface Core {
  raw: Client<paths>;
  request: Api;
  baseUrl: string;
}

// The CommonJS build sees openapi-fetch's whole `exports` as its default import (Node's
// interop for an ES module requiring CommonJS); the function is then its `default`.
const createClient =
  (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;
/** openapi-fetch's default query serializer (form, exploded), made once for every call. */
const serializeQuery = createQuerySerializer();

/**
 * The calls resources make, and the openapi-fetch client for `raw`, both over one transport,
 * with the options checked (each error names the option).
 */
export function createCore(
  options: CoreOptions,
  authorize: Authorize = () => undefined,
  renew?: TransportOptions["renew"],
): Core {
  const { baseUrl: given, fetch } = options;
  const baseUrl = checkBaseUrl(
    given ?? readEnv("BEDROCK_BASE_URL") ?? "https://api.bedrock.dev",
    given === undefined,
  );
  const log = logOf(options.logLevel, options.logger);
  if (fetch !== undefined && typeof fetch !== "function")
    throw new BedrockError("`fetch` must be a function.");
  const { timeout = 60_000, maxRetries = 2 } = options;
  const send = createTransport({ fetch, log, renew, ...checkTuning({ timeout, maxRetries }) });
  const headers = clientHeaders(options.defaultHeaders, options.organizationId, version);

  const authorizationFor: AuthorizationFor = (route, method, path, signal) => {
    throwIfAborted(signal); // before a credential provider is asked (it may create a key)
    const authorization = authorize(route, method, path);
    return typeof authorization === "object" ? untilAborted(authorization, signal) : authorization;
  };
  const call = createCall(baseUrl, headers, send, authorizationFor);
  const request: Api = (route, params, body, options) =>
    new APIPromise(call(route, params, body, options));
  return { raw: createRaw(baseUrl, headers, send, authorizationFor), request, baseUrl };
}

/**
 * A resource call: builds the request itself (the operation table gives method and path) and
 * reads the body the transport has read within the attempt's timeout.
 */
function createCall(
  baseUrl: string,
  headers: Record<string, string>,
  send: Send,
  authorizationFor: AuthorizationFor,
) {
  return async function call(
    route: Route,
    params: Params | undefined,
    body: unknown,
    options: RequestOptions | undefined,
  ): Promise<WithResponse<unknown>> {
    const { method, path } = route;
    const signal = options?.signal;
    try {
      const authorization = authorizationFor(route, method, path, signal);
      const value = typeof authorization === "object" ? await authorization : authorization;
      const sent: Record<string, string> = { ...headers };
      if (value) sent.authorization = value;
      Object.assign(sent, checkHeaders("`headers`", options?.headers));
      if (body !== undefined) sent["content-type"] = "application/json";
      if (options?.idempotencyKey !== undefined)
        sent["idempotency-key"] = checkIdempotencyKey(options.idempotencyKey);
      const request = {
        method,
        url: baseUrl + pathOf(path, params),
        headers: sent,
        body: body === undefined ? undefined : JSON.stringify(body),
      };
      return settle(await send(request, options && checkTuning(options)), route);
    } catch (error) {
      // Anything else (a URL fetch refuses, a throwing `invalidate`) becomes a BedrockError,
      // as every failure is, without echoing it.
      if (error instanceof BedrockError) throw error;
      throwIfAborted(signal);
      throw new BedrockError(
        `${route.name} (${method} ${path}) failed before it was sent: ${(error as Error)?.name ?? "error"}.`,
        { cause: error },
      );
    }
  };
}

/**
 * The openapi-fetch client of `bedrock.raw`: its requests go through the same transport, with
 * the `Authorization` of the operation they address.
 */
function createRaw(
  baseUrl: string,
  headers: Record<string, string>,
  send: Send,
  authorizationFor: AuthorizationFor,
): Client<paths> {
  /** Each raw call's `parseAs`, which openapi-fetch tells middleware and not `fetch`. */
  const parseAsOf = new WeakMap<Request, string>();
  const raw = createClient<paths>({
    baseUrl,
    headers,
    // A per-call `baseUrl` holding credentials: refused here, as fetch's own error would quote them.
    Request: class extends Request {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        if (/^[^:/?#]+:\/\/[^/?#]*@/.test(String(input)))
          throw new BedrockError("`baseUrl` must not hold credentials (user:password@).");
        super(input, init);
      }
    },
    // openapi-fetch copies the call's tuning onto the Request, and reads the body again: give
    // it a response made of what was read, or the response itself for a stream.
    fetch: async (request: Request) => {
      const parseAs = parseAsOf.get(request);
      const tuning = checkTuning(request as Request & RequestOptions);
      const reply = await send(request, { ...tuning, signal: request.signal, parseAs });
      return parseAs === "stream" ? reply.response : rebuild(reply);
    },
  });
  raw.use({
    async onRequest({ request, schemaPath, options }) {
      parseAsOf.set(request, options.parseAs);
      const { method, signal } = request;
      const route = routeTable().find((r) => r.path === schemaPath && r.method === method);
      const value = await authorizationFor(route, method, schemaPath, signal);
      if (value) request.headers.set("Authorization", value);
    },
  });
  return raw;
}

/**
 * The data of a final reply: JSON where the contract promises it; an error status throws, with
 * the body parsed when it is JSON, else as text.
 */
function settle({ response, body }: Reply, route: Route): WithResponse<unknown> {
  const text = body as string; // a resource call reads its body as text
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    if (response.ok) throw new InvalidResponseError(response, text, "is not JSON");
    data = text;
  }
  if (!response.ok) throw errorFromResponse(response, data);
  // Every success of the contract but a 204 has a JSON body, and a list's is a page.
  if (!text && response.status !== 204) throw new InvalidResponseError(response, text, "is empty");
  if (route.name.endsWith(".list") && !Array.isArray((data as Partial<PageShape> | null)?.results))
    throw new InvalidResponseError(response, text, "is not a page of results");
  return new ResponseInfo(data, response);
}

/** A `Response` made of a reply, for openapi-fetch to read. */
function rebuild({ response, body }: Reply): Response {
  const { status, statusText, headers } = response;
  const empty = status === 204 || status === 205 || status === 304;
  return new Response(empty ? null : body, { status, statusText, headers });
}

/**
 * A call's path and query: `/api/templates/{id}/` with its id, encoded, and the query as
 * openapi-fetch's default (form, exploded) serializes it for `raw` (`?a=1&tag=x&tag=y`). A URL
 * resolves a `.` or `..` segment away (as `%2E` too), which would send the call to another
 * path: those ids are refused.
 */
function pathOf(path: string, params: Params | undefined): string {
  const id = params?.id;
  if (id === "." || id === "..")
    throw new BedrockError(`An id of \`${id}\` would address another path.`);
  const search = serializeQuery(params?.query ?? {});
  return (
    (id === undefined ? path : path.replace("{id}", encodeURIComponent(id))) +
    (search && `?${search}`)
  );
}
