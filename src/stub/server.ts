// The HTTP side of the stub: route from the contract → authenticate per the operation's
// security → throttle → read and validate the request → the operation's handler → reply,
// with a request id and one access-log line for every request.
import { randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { stringify } from "yaml";
import type { OperationId } from "../generated/operations";
import { contract, decodePart, type FieldErrors, type Route, routeTable } from "./contract";
import { type Attempts, type FailedAuthLimit, failedAuthentication } from "./failed-auth";
import { handlers as defaultHandlers } from "./handlers";
import {
  type Caller,
  forbidden,
  type Handler,
  type Handlers,
  HttpError,
  invalid,
  notFound,
} from "./handlers/types";
import type { Store } from "./store";

/** How the stub's HTTP server logs, throttles, serves docs and answers operations. */
export interface StubServerOptions {
  /** Access-log sink, one line per request (never a credential). Default: no log. */
  log?: ((line: string) => void) | undefined;
  /**
   * A token bucket per credential (per client address without one), answering 429 with
   * `Retry-After` when empty, or `false` for none. Default `{ rate: 100, burst: 200 }`.
   */
  throttle?:
    | {
        /** Requests per second a credential regains. */
        rate: number;
        /** Requests a credential may send at once: the bucket's size, full at the start. */
        burst: number;
      }
    | false
    | undefined;
  /**
   * Failed authentications (bad keys, tokens, logins, invite secrets) allowed per client address
   * and per login email before 429, or `false` for no limit. Default `{ limit: 10, seconds: 60 }`,
   * none when `throttle` is `false`.
   */
  failedAuth?: FailedAuthLimit | false | undefined;
  /** Directory served at /docs (the built docs site). */
  docsDir?: string | undefined;
  /** Handlers to use instead of the stub's own, by operationId (e.g. a failing one in a test). */
  handlers?: Partial<Handlers> | undefined;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (served files). */
  raw?: { type: string; data: string | Buffer };
}

const MAX_BODY = 1024 * 1024;
/** Credential scheme by `Authorization` keyword, and the challenge each answers a 401 with. */
const SCHEMES: Record<string, { scheme: string; challenge: string; name: string }> = {
  bearer: { scheme: "ApiKeyAuth", challenge: 'Bearer realm="api"', name: "an API key (Bearer)" },
  token: { scheme: "TokenAuth", challenge: "Token", name: "a user token (Token)" },
};
const REQUEST_ID = /^[\w.:-]{1,200}$/;
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "X-Request-Id, Retry-After, WWW-Authenticate",
};
const FILE_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export function createHttpServer(store: Store, options: StubServerOptions = {}): Server {
  const handlers = { ...defaultHandlers, ...options.handlers } as Record<
    string,
    Handler<OperationId>
  >;
  const throttle = options.throttle === false ? undefined : tokenBuckets(options.throttle);
  const attemptsOf = failedAuthentication(
    options.failedAuth ?? (options.throttle === false ? false : undefined),
  );
  const contractFiles: Record<string, Answer["raw"]> = {};
  const matchRoute = routeTable();

  async function answer(req: IncomingMessage): Promise<Answer> {
    const url = requestUrl(req);
    const method = req.method ?? "GET";
    const file = await staticFile(method, url.pathname);
    if (file) return file;

    // HEAD is a GET without the body, as in DRF
    const match = matchRoute(method === "HEAD" ? "GET" : method, url.pathname);
    if (!match) throw notFound();
    if ("allow" in match) {
      const allow = match.allow.join(", ");
      if (method === "OPTIONS") return { status: 204, headers: preflight(allow) };
      throw new HttpError(405, { detail: `Method "${method}" not allowed.` }, { Allow: allow });
    }
    const { route } = match;
    const attempts = attemptsOf(req.socket.remoteAddress);
    if (req.headers.authorization) attempts.check();
    const { caller, credential } = authenticate(route, req, attempts);
    const wait = throttle?.(credential);
    if (wait) {
      const detail = `Request was throttled. Expected available in ${wait} second${wait > 1 ? "s" : ""}.`;
      throw new HttpError(429, { detail }, { "Retry-After": String(wait) });
    }

    const parsed = route.parseParams({
      path: match.path,
      query: url.searchParams,
      headers: req.headers,
    });
    if ("errors" in parsed) throw parsed.inPath ? notFound() : invalid(parsed.errors);
    const body = route.body && (await readJson(req, route));

    const handler = handlers[route.operationId];
    if (!handler) throw new Error(`No handler for ${route.operationId}`);
    const { path: params, query } = parsed.params;
    return handler({ params, query, body, caller, store, url, attempts } as Parameters<
      typeof handler
    >[0]);
  }

  /** The caller named by the `Authorization` header, if the route accepts its scheme. */
  function authenticate(
    route: Route,
    req: IncomingMessage,
    attempts: Attempts,
  ): { caller: Caller; credential: string } {
    const anonymous = {
      caller: {
        kind: "anonymous",
        org: undefined,
        orgs: new Map(),
        user: undefined,
        token: undefined,
      },
      credential: `address:${req.socket.remoteAddress}`,
    } as const;
    if (route.schemes.length === 0) return anonymous;
    const [keyword = "", secret, ...extra] = (req.headers.authorization ?? "").trim().split(/\s+/);
    const used = SCHEMES[keyword.toLowerCase()];
    const accepted = Object.values(SCHEMES).filter(({ scheme }) => route.schemes.includes(scheme));
    const challenge = accepted.map((s) => s.challenge).join(", ");
    const deny = (detail: string) =>
      new HttpError(401, { detail }, { "WWW-Authenticate": challenge });
    if (!used) {
      if (route.anonymous) return anonymous;
      throw deny("Authentication credentials were not provided.");
    }
    if (!route.schemes.includes(used.scheme))
      throw deny(
        `This endpoint does not accept ${used.name}; use ${accepted.map((s) => s.name).join(" or ")}.`,
      );
    if (!secret) throw deny("Invalid token header. No credentials provided.");
    if (extra.length) throw deny("Invalid token header. Token string should not contain spaces.");

    let caller: Caller;
    let credential: string;
    if (used.scheme === "ApiKeyAuth") {
      const key = store.useApiKey(secret);
      if (!key.ok) {
        attempts.fail();
        throw deny(key.reason === "expired" ? "API key has expired." : "Invalid API key.");
      }
      const org = key.row.org ?? undefined;
      const orgs = new Map(org ? [[org, undefined]] : []);
      caller = { kind: "key", org, orgs, user: undefined, token: undefined };
      credential = `key:${key.row.data.id}`;
    } else {
      const user = store.tokenUser(secret);
      if (!user) {
        attempts.fail();
        throw deny("Invalid token.");
      }
      // the user's organizations, oldest membership first: the default one
      const memberships = store.rows("Membership", (m) => m.data.user.id === user.data.id);
      const orgs = new Map(memberships.map((m) => [m.data.organization, m.data.role] as const));
      caller = { kind: "token", org: memberships[0]?.data.organization, orgs, user, token: secret };
      credential = `user:${user.data.id}`;
    }
    // Where the operation declares it, X-Organization-Id picks one of the caller's organizations.
    const { orgs } = caller;
    const wanted = req.headers["x-organization-id"];
    if (route.headers.includes("X-Organization-Id") && typeof wanted === "string") {
      if (!orgs.has(wanted)) throw forbidden("You are not a member of this organization.");
      caller.org = wanted;
    }
    return { caller, credential };
  }

  async function staticFile(method: string, pathname: string): Promise<Answer | undefined> {
    const isContract = pathname === "/openapi.json" || pathname === "/openapi.yaml";
    if (!isContract && pathname !== "/docs" && !pathname.startsWith("/docs/")) return undefined;
    if (method !== "GET" && method !== "HEAD")
      throw new HttpError(
        405,
        { detail: `Method "${method}" not allowed.` },
        { Allow: "GET, HEAD" },
      );
    if (isContract) {
      contractFiles[pathname] ??= pathname.endsWith(".json")
        ? { type: "application/json", data: JSON.stringify(contract, null, 2) }
        : { type: "application/yaml", data: stringify(contract, { aliasDuplicateObjects: false }) };
      return { status: 200, raw: contractFiles[pathname] };
    }
    if (pathname === "/docs") return { status: 301, headers: { Location: "/docs/" } };
    const root = options.docsDir && resolve(options.docsDir);
    if (!root || !(await stat(root).catch(() => undefined))?.isDirectory()) return docsMissing;
    let file = resolve(root, `.${decodePart(pathname.slice("/docs".length))}`);
    if (file !== root && !file.startsWith(root + sep)) throw notFound();
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, "index.html");
    const data = await readFile(file).catch(() => undefined);
    if (!data) throw notFound();
    return {
      status: 200,
      raw: { type: FILE_TYPES[extname(file)] ?? "application/octet-stream", data },
    };
  }

  return createServer((req, res) => {
    const started = performance.now();
    const incoming = req.headers["x-request-id"];
    const requestId =
      typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : `req_${randomUUID()}`;
    res.once("close", () => {
      const ms = (performance.now() - started).toFixed(1);
      const path = requestUrl(req).pathname;
      const time = new Date().toISOString();
      options.log?.(`${time} ${req.method} ${path} ${res.statusCode} ${ms}ms ${requestId}`);
    });
    answer(req)
      .catch((error: unknown): Answer => {
        if (error instanceof HttpError)
          return { status: error.status, body: error.body, headers: error.headers };
        options.log?.(
          `${requestId} handler error: ${error instanceof Error ? error.name : "error"}`,
        );
        return { status: 500, body: { detail: "Internal server error." } };
      })
      .then(({ status, body, headers, raw }) => {
        const payload = raw?.data ?? (body === undefined ? undefined : JSON.stringify(body));
        res.writeHead(status, {
          ...CORS,
          ...headers,
          "X-Request-Id": requestId,
          ...(payload !== undefined && {
            "Content-Type": raw?.type ?? "application/json",
            "Content-Length": String(Buffer.byteLength(payload)),
          }),
        });
        res.end(req.method === "HEAD" ? undefined : payload);
      });
  });
}

/** The request's absolute URL, on the host the client addressed. */
function requestUrl(req: IncomingMessage) {
  try {
    return new URL(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`);
  } catch {
    return new URL(`http://localhost${(req.url ?? "/").replace(/^[^/]*/, "")}`);
  }
}

function preflight(allow: string) {
  return {
    Allow: allow,
    "Access-Control-Allow-Methods": allow,
    // Every request header the contract or the SDK uses (X-Bedrock-Client: the SDK's version).
    "Access-Control-Allow-Headers":
      "Authorization, Content-Type, X-Organization-Id, X-Request-Id, X-Bedrock-Client",
    "Access-Control-Max-Age": "600",
  };
}

/** The JSON body: 413 over 1 MiB, 415 unless JSON, 400 if malformed or invalid; `{}` if empty. */
async function readJson(req: IncomingMessage, route: Route): Promise<Record<string, unknown>> {
  const tooLarge = () => new HttpError(413, { detail: "Request body exceeds 1 MiB." });
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY) throw tooLarge();
  const data = await new Promise<Buffer | undefined>((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY)
        done(undefined); // the rest is read and dropped
      else chunks.push(chunk);
    });
    req.on("end", () => done(Buffer.concat(chunks)));
    req.on("error", fail);
  });
  if (!data) throw tooLarge();
  let body: unknown = {};
  if (data.length > 0) {
    const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (type !== "application/json" && !type.endsWith("+json"))
      throw new HttpError(415, { detail: `Unsupported media type "${type}" in request.` });
    try {
      body = JSON.parse(data.toString("utf8"));
    } catch (error) {
      throw new HttpError(400, { detail: `JSON parse error - ${(error as Error).message}` });
    }
  }
  const errors: FieldErrors | undefined = route.checkBody(body);
  if (errors) throw invalid(errors);
  // Fields the contract does not declare are ignored, as a DRF serializer ignores them.
  const fields = route.body?.fields;
  const object = body as Record<string, unknown>;
  return fields
    ? Object.fromEntries(fields.filter((f) => f in object).map((f) => [f, object[f]]))
    : object;
}

/** Token buckets per credential; `take` answers 0, or the seconds to wait. */
function tokenBuckets({ rate, burst } = { rate: 100, burst: 200 }) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (credential: string) => {
    const now = performance.now() / 1000;
    const bucket = buckets.get(credential) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    buckets.set(credential, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate));
  };
}

const docsMissing: Answer = {
  status: 404,
  raw: {
    type: "text/html; charset=utf-8",
    data: `<!doctype html><title>Bedrock API docs</title>
<h1>The docs site is not built</h1>
<p>In the SDK repository, build it into <code>docs/site/</code> (see the README), then reload.
The contract itself is served at <a href="/openapi.json">/openapi.json</a> and
<a href="/openapi.yaml">/openapi.yaml</a>.</p>`,
  },
};
