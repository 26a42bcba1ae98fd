// One request on its way through the stub's pipeline (./index.ts), and the state a stub keeps
// between requests. No transport's types: a web `Request` (stub.fetch) and a Node request
// (./node.ts) are both read through {@link Incoming}, so the core runs in any JavaScript runtime.
import type { OperationId } from "../../generated/operations";
import type { Params, Route } from "../contract";
import type { Attempts } from "../failed-auth";
import type { Caller, Context } from "../handlers/types";
import type { idempotencyLayer } from "../idempotency";
import type { ThrottleVerdict } from "../rate-limit";
import type { Row, Store } from "../store";

/** An answer before it is a `Response`: a status, a JSON body (or raw bytes), extra headers. */
export interface Answer {
  /** The HTTP status. */
  status: number;
  /** The JSON body; none when `undefined`. */
  body?: unknown;
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
  /** A non-JSON body (the contract as YAML). */
  raw?:
    | {
        /** Its `Content-Type`. */
        type: string;
        /** The body itself. */
        data: string | Uint8Array;
      }
    | undefined;
}

/**
 * A request as the core reads it, whatever carried it: a web `Request` (`stub.fetch`, see
 * ./incoming.ts) or a Node `IncomingMessage` read straight from its socket (../node.ts).
 */
export interface Incoming {
  readonly method: string;
  /** The absolute URL: the stub's origin, then the request's path and query as sent. */
  readonly url: string;
  /** A header's value (`name` in lowercase), several joined by `, `; `null` if absent. */
  header(name: string): string | null;
  /**
   * The body's bytes, read on the first call only; `undefined` once past `limit` bytes (the
   * rest is read to its end and dropped). Rejects with an `HttpError` 408 when the body is
   * too slow and with `ClientGone` when the client leaves before its end.
   */
  body(limit: number): Promise<Uint8Array | undefined>;
  /** Whether the client has gone: no one reads the answer. */
  readonly aborted: boolean;
}

/**
 * The answer as the transport sends it: header names in lowercase, the body (none for HEAD, and
 * for a status without one) as JSON text or bytes. `stub.fetch` makes a `Response` of it; the
 * Node adapter writes it with one `writeHead` and one `end`.
 */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

/** A handler of any operation, which may also answer an error (see ./handler.ts). */
export type AnyHandler = (ctx: Context<OperationId>) => Answer | Promise<Answer>;

/** What a stub keeps from one request to the next; `reset()` replaces all of it at once. */
export interface StubState {
  store: Store;
  /** The handler of each operation (the stub's own, the options', then `use`'s overrides). */
  handlers: Record<string, AnyHandler>;
  /** Spends one request of a caller's budget; `undefined` when throttling is off. */
  throttle: ((identity: string) => ThrottleVerdict) | undefined;
  /** A client address's failed authentications (and its logins' emails). */
  attemptsOf: (client: string) => Attempts;
  idempotent: ReturnType<typeof idempotencyLayer>;
  /** Per client address, the end of its queue of password-hashing requests (./passwords.ts). */
  lanes: Map<string, Promise<void>>;
}

/** What a stub is set up with once, whatever its state. */
export interface Settings {
  /** Audit events kept per organization. */
  auditLimit: number;
  /** The public base of links (`next`/`previous`); default: the request URL's origin. */
  publicUrl: URL | undefined;
  /** Where failures are told (never a secret). */
  log: (line: string) => void;
  /** Whether a browser page of `origin` may read the answer to a request for `url`. */
  allowsOrigin: (origin: string, url: URL) => boolean;
}

/** What only the transport knows about a request: who sent it. Never from a header. */
export interface Transport {
  /** The client's address (the socket's remote address, or `in-process`). */
  client: string;
  /** The request id the transport already gave the request (for its own log), if any. */
  requestId?: string | undefined;
}

/** The `Authorization` header's parts: its scheme (if one the stub knows) and the rest. */
export interface Authorization {
  used: { scheme: Presented["scheme"]; challenge: string; name: string } | undefined;
  secret: string | undefined;
  extra: string[];
}

/** A credential as the `Authorization` header presents it, and the 401 its refusal gets. */
export interface Presented {
  scheme: "ApiKeyAuth" | "TokenAuth";
  secret: string;
  deny: (detail: string) => Error;
}

export interface Exchange {
  readonly request: Incoming;
  /** The request URL's path, as the URL parser gives it (see ./target.ts). */
  readonly path: string;
  /** The request URL's query: `?` and the rest, or empty. */
  readonly query: string;
  /** The request URL parsed, once something needs more than its path and query: {@link urlOf}. */
  parsedUrl: URL | undefined;
  readonly method: string;
  readonly client: string;
  /** The request id: always the server's own (see `newRequestId`). */
  readonly id: string;
  readonly state: StubState;
  readonly settings: Settings;
  /** Headers for the answer whatever it turns out to be (the rate-limit fields). */
  readonly headers: Record<string, string>;
  /** Set by each stage for the ones after it. */
  route?: Route | undefined;
  /** Why no operation matches (404, 405): the throttle stage refuses it, once it is accounted. */
  unrouted?: Error | undefined;
  pathParams?: Record<string, string> | undefined;
  attempts?: Attempts | undefined;
  /** The `Authorization` header, parsed once for the stages that read it (`authorizationOf`). */
  authorization?: Authorization | undefined;
  presented?: Presented | undefined;
  caller?: Caller | undefined;
  /** The caller's identity for idempotency scopes (`key:…`, `user:…`, `address:…`). */
  credential?: string | undefined;
  /** The API key row in use, for the audit trail's refused-use events. */
  keyRow?: Row<"ApiKey"> | undefined;
  params?: Params | undefined;
  /** The validated body; `undefined` for an operation without one. */
  body?: Record<string, unknown> | undefined;
  context?: Context<OperationId> | undefined;
}

/** An answer now, or one to come. */
export type Answering = Answer | Promise<Answer>;

/** Whether a value is still to come (a promise, or a handler's other thenable). */
export const pending = <T>(value: T | PromiseLike<T>): value is PromiseLike<T> =>
  typeof (value as Partial<PromiseLike<T>>).then === "function";

/**
 * One step of the pipeline: acts on the request, then calls `next` (or answers by itself).
 * Either may answer at once or later; a refusal is thrown (or rejected).
 */
export interface Stage {
  readonly name: string;
  run(x: Exchange, next: () => Answering): Answering;
}

/** A value an earlier stage set; a stage listed in the wrong order fails here, loudly. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Pipeline order: ${what} is not set yet.`);
  return value;
}

/** The request URL, parsed on first use. */
export function urlOf(x: Exchange): URL {
  x.parsedUrl ??= new URL(x.request.url);
  return x.parsedUrl;
}

/** The URL a handler's links start from: the public base, if set, with the request's path and query. */
function linkBase(x: Exchange): URL {
  const base = x.settings.publicUrl;
  // a URL of its own: a handler may change it
  const url = new URL(base ?? x.request.url);
  if (base) {
    url.pathname = base.pathname.replace(/\/$/, "") + x.path;
    url.search = x.query;
  }
  if (url.hash) url.hash = "";
  return url;
}

/** The context a handler gets (made once per request: the audit stage reads it too). */
export function handlerContext(x: Exchange): Context<OperationId> {
  if (x.context) return x.context;
  const { path, query } = need(x.params, "params");
  x.context = {
    params: path,
    query,
    body: x.body,
    caller: need(x.caller, "caller"),
    store: x.state.store,
    url: linkBase(x),
    attempts: need(x.attempts, "attempts"),
    requestId: x.id,
  } as Context<OperationId>;
  return x.context;
}
