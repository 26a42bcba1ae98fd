// The HTTP side of the stub, one pipeline per request: route on the request target's path →
// authenticate per the operation's security → throttle → parameters → body → handler →
// reply. Whatever happens on the way, the client gets one JSON answer with a request id (a
// 500 at worst), the access log gets one line, and the process lives on.
import { randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { stringify } from "yaml";
import type { OperationId } from "../generated/operations";
import { auditTrail, MAX_AUDIT_EVENTS, recordRefusedKey } from "./audit";
import { contract, decodePart, LIMITS, type Route, routeTable } from "./contract";
import { type Attempts, type FailedAuthLimit, failedAuthentication } from "./failed-auth";
import { handlers as defaultHandlers } from "./handlers";
import { membershipsOf } from "./handlers/auth";
import {
  type Caller,
  forbidden,
  type Handler,
  type Handlers,
  HttpError,
  invalid,
  notFound,
} from "./handlers/types";
import { idempotencyLayer, REPLAYED } from "./idempotency";
import { checkJson } from "./json";
import { refusedKeyUse } from "./policy";
import { type ThrottleOptions, tokenBuckets } from "./rate-limit";
import type { Store } from "./store";
import { counted } from "./words";

/** How the stub's HTTP server logs, throttles, serves docs, bounds clients and answers. */
export interface StubServerOptions {
  /** Access-log sink, one line per request (never a credential). Default: no log. */
  log?: ((line: string) => void) | undefined;
  /**
   * A token bucket per credential (per client address without one), announced with
   * `RateLimit`/`RateLimit-Policy` on every answer past authentication and answering 429 with
   * `Retry-After` when empty, or `false` for none. Default `{ rate: 100, burst: 200 }`.
   */
  throttle?: ThrottleOptions | false | undefined;
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
  /**
   * The stub's public base URL, for the absolute `next`/`previous` links of lists, e.g.
   * `https://bedrock.test/stub` behind a proxy. Default: the address it listens on. The
   * request's `Host` header is never used.
   */
  publicUrl?: string | undefined;
  /**
   * Seconds a client may take to send a request's headers (then 408 and the connection is
   * closed) and then its body (408). Default `{ headers: 10, body: 30 }`.
   */
  timeouts?:
    | {
        /** Seconds to send the headers. Default 10. */
        headers?: number | undefined;
        /** Seconds to send the body, once the headers are in. Default 30. */
        body?: number | undefined;
      }
    | undefined;
  /** Connections open at once; one more is closed as it arrives. Default 1,000. */
  maxConnections?: number | undefined;
  /** Audit events kept per organization, the newest; older ones are dropped. Default 10,000. */
  maxAuditEvents?: number | undefined;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (served files). */
  raw?: { type: string; data: string | Buffer };
}

/** One request on its way through the pipeline. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  id: string;
  started: number;
  /** The request target's path (percent-encoded, as sent) and query: never from `Host`. */
  path: string;
  query: URLSearchParams;
  /** Body bytes that arrived. */
  received: number;
  /** Headers for the answer whatever it turns out to be (the rate-limit fields). */
  headers: Record<string, string>;
}

/** A credential as the `Authorization` header presents it, and the 401 its refusal gets. */
interface Presented {
  scheme: string;
  secret: string;
  deny: (detail: string) => HttpError;
}

/** The client went away before its request was complete: nothing to answer, nothing to log. */
class ClientGone extends Error {}

/** Credential scheme by `Authorization` keyword, and the challenge each answers a 401 with. */
const SCHEMES: Record<string, { scheme: string; challenge: string; name: string }> = {
  bearer: { scheme: "ApiKeyAuth", challenge: 'Bearer realm="api"', name: "an API key (Bearer)" },
  token: { scheme: "TokenAuth", challenge: "Token", name: "a user token (Token)" },
};
const REQUEST_ID = /^[\w.:-]{1,200}$/;
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": `X-Request-Id, Retry-After, WWW-Authenticate, RateLimit, RateLimit-Policy, ${REPLAYED}`,
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
const INTERNAL_ERROR: Answer = { status: 500, body: { detail: "Internal server error." } };

export function createHttpServer(store: Store, options: StubServerOptions = {}): Server {
  const auditLimit = options.maxAuditEvents ?? MAX_AUDIT_EVENTS;
  const handlers = auditTrail(
    { ...defaultHandlers, ...options.handlers } as Record<string, Handler<OperationId>>,
    auditLimit,
  );
  const throttle = options.throttle === false ? undefined : tokenBuckets(options.throttle);
  const attemptsOf = failedAuthentication(
    options.failedAuth ?? (options.throttle === false ? false : undefined),
  );
  const contractFiles: Record<string, Answer["raw"]> = {};
  const matchRoute = routeTable();
  const idempotent = idempotencyLayer({ now: store.clock });
  const publicUrl = options.publicUrl === undefined ? undefined : parseBase(options.publicUrl);
  const headersSeconds = options.timeouts?.headers ?? 10;
  const bodySeconds = options.timeouts?.body ?? 30;
  const log = (line: string) => options.log?.(`${new Date().toISOString()} ${line}`);

  async function answer(x: Exchange): Promise<Answer> {
    const { req } = x;
    const method = req.method ?? "GET";
    const file = await staticFile(method, x.path);
    if (file) return file;

    // HEAD is a GET without the body, as in DRF
    const match = matchRoute(method === "HEAD" ? "GET" : method, x.path);
    if (!match) throw notFound();
    if ("allow" in match) {
      const allow = match.allow.join(", ");
      if (method === "OPTIONS") return { status: 204, headers: preflight(allow) };
      throw new HttpError(405, { detail: `Method "${method}" not allowed.` }, { Allow: allow });
    }
    const { route } = match;
    const attempts = attemptsOf(req.socket.remoteAddress);
    if (req.headers.authorization) attempts.check();
    const presented = presentedCredential(route, req);
    let { caller, credential } = authenticate(route, req, attempts, x.id, presented);
    const { wait = 0, headers: quota = {} } = throttle?.(credential) ?? {};
    Object.assign(x.headers, quota);
    if (wait) {
      const detail = `Request was throttled. Expected available in ${counted(wait, "second")}.`;
      throw new HttpError(429, { detail }, { "Retry-After": String(wait) });
    }

    const parsed = route.parseParams({ path: match.path, query: x.query, headers: req.headers });
    if ("errors" in parsed) throw parsed.inPath ? notFound() : invalid(parsed.errors);
    const body = route.body && (await readJson(x, route));
    // Again, as of now: a key revoked or switched off, a token logged out while the body arrived
    // (the header is as it was: only what the store says of its credential can have changed).
    if (body && presented)
      ({ caller, credential } = authenticate(route, req, attempts, x.id, presented));

    const handler = handlers[route.operationId];
    if (!handler) throw new Error(`No handler for ${route.operationId}`);
    const { path: params, query, header } = parsed.params;
    const url = linkBase(x);
    const requestId = x.id;
    const key = header["Idempotency-Key"] as string | undefined;
    const inOrganization = route.headers.includes("X-Organization-Id");
    return idempotent({ caller, credential, key, method, path: x.path, body, inOrganization }, () =>
      handler({ params, query, body, caller, store, url, attempts, requestId } as Parameters<
        typeof handler
      >[0]),
    );
  }

  /** The request's URL on the stub's public base (its own address, or `publicUrl`). */
  function linkBase(x: Exchange): URL {
    const base = publicUrl ?? listeningUrl(server);
    const url = new URL(base);
    url.pathname = base.pathname.replace(/\/$/, "") + x.path;
    url.search = x.query.toString();
    return url;
  }

  /**
   * The credential the `Authorization` header presents, if the route accepts its scheme (401 if
   * it does not, or the header is malformed); `undefined` for an anonymous caller.
   */
  function presentedCredential(route: Route, req: IncomingMessage): Presented | undefined {
    if (route.schemes.length === 0) return undefined;
    const [keyword = "", secret, ...extra] = (req.headers.authorization ?? "").trim().split(/\s+/);
    const used = SCHEMES[keyword.toLowerCase()];
    const accepted = Object.values(SCHEMES).filter(({ scheme }) => route.schemes.includes(scheme));
    const challenge = accepted.map((s) => s.challenge).join(", ");
    const deny = (detail: string) =>
      new HttpError(401, { detail }, { "WWW-Authenticate": challenge });
    if (!used) {
      if (route.anonymous) return undefined;
      throw deny("Authentication credentials were not provided.");
    }
    if (!route.schemes.includes(used.scheme))
      throw deny(
        `This endpoint does not accept ${used.name}; use ${accepted.map((s) => s.name).join(" or ")}.`,
      );
    if (!secret) throw deny("Invalid token header. No credentials provided.");
    if (extra.length) throw deny("Invalid token header. Token string should not contain spaces.");
    return { scheme: used.scheme, secret, deny };
  }

  /** The caller a presented credential names, as the store has it now (anonymous without one). */
  function authenticate(
    route: Route,
    req: IncomingMessage,
    attempts: Attempts,
    requestId: string,
    presented: Presented | undefined,
  ): { caller: Caller; credential: string } {
    if (!presented) {
      const anonymous: Caller = {
        kind: "anonymous",
        org: undefined,
        orgs: new Map(),
        user: undefined,
        token: undefined,
      };
      return { caller: anonymous, credential: `address:${req.socket.remoteAddress}` };
    }
    const { scheme, secret, deny } = presented;
    let caller: Caller;
    let credential: string;
    if (scheme === "ApiKeyAuth") {
      const key = store.useApiKey(secret);
      if (!key.ok) {
        attempts.fail();
        if (key.reason === "unknown") throw deny("Invalid API key.");
        recordRefusedKey(store, key.row, key.reason, requestId, auditLimit);
        throw deny(`API key has ${key.reason === "expired" ? "expired" : "been revoked"}.`);
      }
      const org = key.row.org ?? undefined;
      const orgs = new Map(org ? [[org, undefined]] : []);
      caller = { kind: "key", org, orgs, user: undefined, token: undefined, key: key.row.data };
      // The organization's key policy comes before anything else looks at the request.
      const disabled = refusedKeyUse(store, caller);
      if (disabled) {
        recordRefusedKey(store, key.row, "disabled", requestId, auditLimit);
        throw disabled;
      }
      credential = `key:${key.row.data.id}`;
    } else {
      const user = store.tokenUser(secret);
      if (!user) {
        attempts.fail();
        throw deny("Invalid token.");
      }
      // the user's organizations, oldest membership first: the default one
      const memberships = membershipsOf(store, user.data.id);
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

  /**
   * The JSON body: 413 over the limit, 408 if it takes too long, 415 unless JSON, 400 if it is
   * not valid UTF-8 or JSON, too deep, or breaks the schema; `{}` if empty.
   */
  async function readJson(x: Exchange, route: Route): Promise<Record<string, unknown>> {
    const { req } = x;
    const tooLarge = () =>
      new HttpError(413, { detail: `Request body exceeds ${LIMITS.maxBodyBytes / 1048576} MiB.` });
    if (Number(req.headers["content-length"] ?? 0) > LIMITS.maxBodyBytes) throw tooLarge();
    // gone while the request was routed and authenticated: no 'close' is coming to wait for
    if (req.destroyed) throw new ClientGone();
    const data = await new Promise<Buffer | undefined>((done, fail) => {
      const chunks: Buffer[] = [];
      const timer = setTimeout(() => {
        // Answer, then close: the rest of a trickled body is not worth waiting for.
        x.res.shouldKeepAlive = false;
        fail(new HttpError(408, { detail: `The request body took over ${bodySeconds} s.` }));
      }, bodySeconds * 1000);
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        req.off("close", gone);
        outcome();
      };
      const gone = () => finish(() => fail(new ClientGone()));
      req.on("data", (chunk: Buffer) => {
        x.received += chunk.length;
        // over the limit, the rest is read and dropped
        if (x.received <= LIMITS.maxBodyBytes) chunks.push(chunk);
      });
      req.on("end", () =>
        finish(() => done(x.received > LIMITS.maxBodyBytes ? undefined : Buffer.concat(chunks))),
      );
      req.on("close", gone);
      req.on("error", gone);
    });
    if (!data) throw tooLarge();
    let body: unknown = {};
    if (data.length > 0) {
      const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (type !== "application/json" && !type.endsWith("+json"))
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

  /** Any failure as an answer: HTTP errors as they are, anything else a logged 500. */
  function failure(x: Exchange, error: unknown): Answer {
    if (error instanceof HttpError)
      return { status: error.status, body: error.body, headers: error.headers };
    if (!(error instanceof ClientGone) && !x.req.socket.destroyed)
      log(`${x.id} handler error: ${describe(error)}`);
    return INTERNAL_ERROR;
  }

  /** Writes an answer; one that cannot be sent as it is (unserializable body, bad header) is a 500. */
  function send(x: Exchange, answer: Answer) {
    const { req, res } = x;
    if (res.headersSent || res.destroyed) return;
    let payload: string | Buffer | undefined;
    try {
      payload = answer.raw?.data ?? (answer.body === undefined ? undefined : json(answer.body));
      res.writeHead(answer.status, {
        ...CORS,
        ...x.headers,
        ...answer.headers,
        "X-Request-Id": x.id,
        ...(payload !== undefined && {
          "Content-Type": answer.raw?.type ?? "application/json",
          "Content-Length": String(Buffer.byteLength(payload)),
        }),
      });
    } catch (error) {
      if (answer === INTERNAL_ERROR) throw error;
      log(`${x.id} answer error: ${describe(error)}`);
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      return send(x, INTERNAL_ERROR);
    }
    res.end(req.method === "HEAD" ? undefined : payload);
  }

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const incoming = req.headers["x-request-id"];
    const { path, query } = target(req.url ?? "/");
    const x: Exchange = {
      req,
      res,
      id: typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : newRequestId(),
      started: performance.now(),
      path,
      query,
      received: 0,
      headers: {},
    };
    res.once("close", () => {
      const ms = `${(performance.now() - x.started).toFixed(1)}ms`;
      const outcome = res.writableFinished ? String(res.statusCode) : "aborted";
      const arrived = res.writableFinished ? "" : ` after ${x.received} body bytes`;
      log(`${req.method} ${printable(path)} ${outcome} ${ms} ${x.id}${arrived}`);
    });
    let reply: Answer;
    try {
      reply = await answer(x);
    } catch (error) {
      reply = failure(x, error);
    }
    send(x, reply);
  }

  /** Sockets with a request being answered. */
  const inFlight = new WeakSet<Socket>();
  const server = createServer(
    {
      // Node checks its header and request timeouts this often (by default every 30 s).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, (headersSeconds * 1000) / 4)),
    },
    (req, res) => {
      inFlight.add(req.socket);
      res.once("close", () => inFlight.delete(req.socket));
      // The last line of defence: whatever escaped the pipeline still gets a 500.
      serve(req, res).catch((error: unknown) => {
        log(`${req.method} error: ${describe(error)}`);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify(INTERNAL_ERROR.body));
      });
    },
  );
  server.headersTimeout = headersSeconds * 1000;
  // A connection silent for longer than either limit (one that never sends a byte) is closed.
  server.timeout = Math.max(headersSeconds, bodySeconds) * 1000;
  // Node's own cap on a whole request, a backstop behind the body timer above
  server.requestTimeout = (headersSeconds + bodySeconds + 1) * 1000;
  server.maxConnections = options.maxConnections ?? 1000;
  server.on("drop", (data?: { remoteAddress?: string }) =>
    log(`connection from ${data?.remoteAddress} closed: ${server.maxConnections} open already`),
  );
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    // A request in flight is the pipeline's to answer and log (as aborted, if it comes to that).
    if (inFlight.has(socket)) socket.destroy();
    else refuse(error, socket, log);
  });
  return server;
}

/** A request Node could not parse or that timed out before its headers: a JSON error, then close. */
function refuse(error: NodeJS.ErrnoException, socket: Socket, log: (line: string) => void) {
  // the client went away: no one to answer
  if (!socket.writable || ["ECONNRESET", "HPE_INVALID_EOF_STATE"].includes(error.code ?? ""))
    return socket.destroy();
  const [status, reason, detail] =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "Request Timeout", "The request took too long to arrive."]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", "Request headers are too large."]
        : [400, "Bad Request", "Malformed HTTP request."];
  const id = newRequestId();
  const body = JSON.stringify({ detail });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\nX-Request-Id: ${id}\r\n\r\n${body}`,
  );
  log(`- - ${status} ${id} ${error.code ?? "client error"}`);
}

const newRequestId = () => `req_${randomUUID()}`;

/** An error's name and first line, for the log. */
function describe(error: unknown) {
  if (!(error instanceof Error)) return typeof error;
  return `${error.name}: ${error.message.split("\n")[0]?.slice(0, 200)}`;
}

/** JSON of an answer body; throws (instead of overflowing later) on what JSON cannot hold. */
function json(value: unknown) {
  const text = JSON.stringify(value);
  if (typeof text !== "string") throw new TypeError("The answer body is not JSON.");
  return text;
}

/** A path as the log shows it: anything outside printable ASCII percent-encoded. */
function printable(path: string) {
  return path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
}

/**
 * Path and query of a request target: origin-form (`/path?query`) as sent, absolute-form
 * (`http://host/path`) by its path. The host a client names is never used.
 */
export function target(raw: string): { path: string; query: URLSearchParams } {
  let rest = raw;
  if (!rest.startsWith("/")) {
    try {
      const url = new URL(rest);
      rest = url.protocol === "http:" || url.protocol === "https:" ? url.pathname + url.search : "";
    } catch {
      rest = "";
    }
  }
  const mark = rest.indexOf("?");
  return {
    path: mark < 0 ? rest : rest.slice(0, mark),
    query: new URLSearchParams(mark < 0 ? "" : rest.slice(mark + 1)),
  };
}

function parseBase(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  if (!url || !["http:", "https:"].includes(url.protocol) || url.search || url.hash)
    throw new TypeError(`publicUrl must be an http(s) URL without query or fragment: "${value}"`);
  return url;
}

/** `http://<address>:<port>` of a listening server; a wildcard address as loopback. */
function listeningUrl(server: Server): URL {
  const address = server.address();
  if (!address || typeof address === "string") return new URL("http://127.0.0.1");
  const host = { "0.0.0.0": "127.0.0.1", "::": "::1" }[address.address] ?? address.address;
  return new URL(`http://${host.includes(":") ? `[${host}]` : host}:${address.port}`);
}

function preflight(allow: string) {
  return {
    Allow: allow,
    "Access-Control-Allow-Methods": allow,
    // Every request header the contract or the SDK uses (X-Bedrock-Client: the SDK's version).
    "Access-Control-Allow-Headers":
      "Authorization, Content-Type, X-Organization-Id, X-Request-Id, X-Bedrock-Client, Idempotency-Key",
    "Access-Control-Max-Age": "600",
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
