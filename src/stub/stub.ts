// createStub: the stub as a library. One stub is a core (./pipeline) and the state it works
// on (data, throttles, failed-auth counters, idempotency records, handlers), held in one object
// that reset() replaces whole. `fetch` answers in-process; `listen` serves the same stub over
// HTTP through the Node adapter.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bedrock, type ClientOptions } from "../client";
import type { OperationId } from "../generated/operations";
import { MAX_AUDIT_EVENTS } from "./audit";
import { type FailedAuthLimit, failedAuthentication } from "./failed-auth";
import { handlers as stubHandlers } from "./handlers";
import type { Handler, Reply } from "./handlers/types";
import { idempotencyLayer } from "./idempotency";
import { createNodeServer, type NodeServerOptions } from "./node";
import {
  type Answer,
  type AnyHandler,
  createCore,
  fromFetchArguments,
  fromRequest,
  type Settings,
  type StubState,
  toResponse,
} from "./pipeline";
import { type ThrottleOptions, tokenBuckets } from "./rate-limit";
import { seedBuiltins, seedDemo } from "./seed";
import { type StoreSnapshot, snapshotOf, storeFrom } from "./snapshot";
import { Store } from "./store";

/** An operation's handler as `use` and the `handlers` option take it: it may also answer an error. */
export type HandlerOverride<K extends OperationId> = (
  ...args: Parameters<Handler<K>>
) => Reply<K> | Answer | Promise<Reply<K> | Answer>;
/** Handlers by operationId, each replacing the stub's own. */
export type HandlerOverrides = { [K in OperationId]?: HandlerOverride<K> };

/** Options of {@link createStub}. */
export interface CreateStubOptions {
  /** Seed the demo organization from the contract's examples (default true). */
  seed?: boolean | undefined;
  /**
   * The time in ms that key expiry, rotation grace, the key policy and kept `Idempotency-Key`
   * answers go by (default `Date.now`): a test can move it forward instead of waiting.
   */
  clock?: (() => number) | undefined;
  /**
   * A token bucket per caller (its user, its API key, else its address), announced with
   * `RateLimit`/`RateLimit-Policy` and answering 429 with `Retry-After` when empty: `true` for
   * `{ rate: 100, burst: 200 }`. **Off by default in `createStub()`** (tests send bursts);
   * `npm start` and `npx bedrock-stub` turn it on.
   */
  throttle?: ThrottleOptions | boolean | undefined;
  /**
   * Failed authentications (bad keys, tokens, logins, invite secrets) allowed per client address
   * and per login email before 429: `true` for `{ limit: 10, seconds: 60 }`. **Off by default in
   * `createStub()`** (a test of wrong credentials would lock its own address out); `npm start`
   * and `npx bedrock-stub` turn it on.
   */
  failedAuth?: FailedAuthLimit | boolean | undefined;
  /**
   * Origins (besides the stub's own) whose pages may read the stub's answers from a browser,
   * e.g. `["http://localhost:5173"]` (a trailing slash is dropped). Never every origin: the stub
   * takes credentials; an entry that is not an http(s) origin (`*` included) is a TypeError.
   */
  cors?: readonly string[] | undefined;
  /** Handlers to use instead of the stub's own, by operationId, for the stub's life. */
  handlers?: HandlerOverrides | undefined;
  /**
   * The stub's public base URL, for the absolute `next`/`previous` links of lists, e.g.
   * `https://bedrock.test/stub` behind a proxy. Default: the request URL's origin (over HTTP,
   * the address the stub listens on; the request's `Host` header is never used).
   */
  publicUrl?: string | undefined;
  /** Where failures are logged (never a credential). Default: nowhere. */
  log?: ((line: string) => void) | undefined;
  /** Audit events kept per organization, the newest; older ones are dropped. Default 10,000. */
  maxAuditEvents?: number | undefined;
}

/** A stub's demo credentials, from the contract's examples (present when seeded). */
export interface DemoCredentials {
  /** Demo organization API key: `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Demo user token: `Authorization: Token <token>`. */
  token: string;
  /** Demo user's email, for login. */
  email: string;
  /** Demo user's password, for login. */
  password: string;
}
export type Demo<Seeded extends boolean> = Seeded extends true
  ? DemoCredentials
  : { [K in keyof DemoCredentials]?: undefined };

/** Where a stub's `listen()` listens, and what only a socket has. */
export interface ListenOptions extends NodeServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number | undefined;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string | undefined;
}

/** A stub listening over HTTP. */
export interface ListeningStub {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** Stops listening and drops open connections; resolves once the server is closed. */
  close(): Promise<void>;
}

/** An in-process stub, from {@link createStub}; the demo credentials when seeded. */
export type BedrockStub<Seeded extends boolean = boolean> = {
  /**
   * Answers a request in-process, as `fetch` would over HTTP: no socket, no port. Any
   * origin works (`stub.baseUrl` is the usual one); only the path and query are read.
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** The base URL `client()` uses: `http://stub.bedrock.test`, served only by `fetch`. */
  readonly baseUrl: string;
  /** The stub's data as of now, to read or change behind the API's back in tests. */
  readonly store: Store;
  /**
   * A `Bedrock` client on this stub: `new Bedrock({ fetch: stub.fetch, baseUrl: stub.baseUrl,
   * apiKey: stub.apiKey, ...options })`; `client({ token })` for a user (the demo key is left
   * out when `options` gives a credential). It works in a page too (`dangerouslyAllowBrowser`:
   * the key is the stub's, and its requests never leave the page).
   */
  client(options?: ClientOptions): Bedrock;
  /** Replaces operations' handlers until `resetHandlers()` (or `reset()`). */
  use(handlers: HandlerOverrides): void;
  /** Back to the handlers the stub was created with. */
  resetHandlers(): void;
  /** Back to the seed: data, throttles, failed-auth counters, idempotency records, handlers. */
  reset(): void;
  /** Serves this same stub (same data, same state) over HTTP. */
  listen(options?: ListenOptions): Promise<ListeningStub>;
} & Demo<Seeded>;

export const IN_PROCESS_BASE_URL = "http://stub.bedrock.test";

const onOrDefault = <T>(setting: T | boolean | undefined, defaults: T): T | false =>
  setting === true ? defaults : setting === undefined || setting === false ? false : setting;

/** The seeded data, once per process: seeding hashes the demo password, slow on purpose. */
const seeds = new Map<
  boolean,
  Promise<{ snapshot: StoreSnapshot; demo: Partial<DemoCredentials> }>
>();
function seedSnapshot(demo: boolean) {
  let seeded = seeds.get(demo);
  if (!seeded) {
    seeded = (async () => {
      const store = new Store();
      seedBuiltins(store);
      const credentials = demo ? await seedDemo(store) : {};
      return { snapshot: snapshotOf(store), demo: credentials };
    })();
    seeds.set(demo, seeded);
    seeded.catch(() => seeds.delete(demo));
  }
  return seeded;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The origins allowed: the stub's own (any loopback name of it), its public one, and `listed`. */
function originsAllowed(listed: readonly string[], publicUrl: URL | undefined) {
  const allowed = new Set([...listed, ...(publicUrl ? [publicUrl.origin] : [])]);
  return (origin: string, url: URL) => {
    if (origin === url.origin || allowed.has(origin)) return true;
    if (!LOOPBACK.has(url.hostname)) return false;
    try {
      const from = new URL(origin);
      return (
        LOOPBACK.has(from.hostname) && from.port === url.port && from.protocol === url.protocol
      );
    } catch {
      return false;
    }
  };
}

/**
 * An entry of the `cors` option as a browser's `Origin` names it (an http(s) origin such as `http://localhost:5173`, a
 * trailing slash dropped); a TypeError for anything else, `*` included, rather than an entry
 * that silently never matches.
 */
export function corsOrigin(value: string): string {
  const origin = value.trim().replace(/\/$/, "");
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {}
  if (!url || !["http:", "https:"].includes(url.protocol) || url.origin !== origin)
    throw new TypeError(`cors must list origins such as http://localhost:5173, not "${value}".`);
  return origin;
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

/** A stub's core and state, and what makes a new state: the parts behind {@link createStub}. */
async function assemble(options: CreateStubOptions) {
  const { snapshot, demo } = await seedSnapshot(options.seed !== false);
  const publicUrl = options.publicUrl === undefined ? undefined : parseBase(options.publicUrl);
  const settings: Settings = {
    auditLimit: options.maxAuditEvents ?? MAX_AUDIT_EVENTS,
    publicUrl,
    allowsOrigin: originsAllowed((options.cors ?? []).map(corsOrigin), publicUrl),
    // biome-ignore lint/plugin: the log tells when a line was written, whatever a test's clock says
    log: (line) => options.log?.(`${new Date().toISOString()} ${line}`),
  };
  const throttle = onOrDefault(options.throttle, { rate: 100, burst: 200 });
  const failedAuth = onOrDefault(options.failedAuth, { limit: 10, seconds: 60 });
  const handlers = () => ({ ...stubHandlers, ...options.handlers }) as Record<string, AnyHandler>;
  const fresh = (): StubState => {
    const store = storeFrom(snapshot, options.clock);
    return {
      store,
      handlers: handlers(),
      throttle: throttle ? tokenBuckets(throttle) : undefined,
      attemptsOf: failedAuthentication(failedAuth),
      idempotent: idempotencyLayer({
        now: store.clock,
        keyRoot: (id) => store.keyLineage(id).root,
      }),
      lanes: new Map(),
    };
  };
  let state = fresh();
  const handle = createCore(settings, () => state);
  return {
    demo,
    handle,
    state: () => state,
    reset: () => {
      state = fresh();
    },
    resetHandlers: () => {
      state.handlers = handlers();
    },
  };
}

/** Listens with `server` and resolves with its URL and a close function. */
export async function listenOn(
  server: Server,
  port = 0,
  host = "127.0.0.1",
): Promise<ListeningStub> {
  await new Promise<void>((listening, failed) => {
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      listening();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    close: () =>
      new Promise<void>((closed, failed) => {
        server.close((error) => (error ? failed(error) : closed()));
        server.closeAllConnections();
      }),
  };
}

/** A stub and, for the deprecated wrappers, a way to make its Node server without listening. */
export async function buildStub(options: CreateStubOptions = {}) {
  const parts = await assemble(options);
  const { handle } = parts;
  const server = (http: NodeServerOptions = {}) =>
    createNodeServer(handle, { log: options.log, ...http });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      fromFetchArguments(input, init) ??
      fromRequest(input instanceof Request && !init ? input : new Request(input, init));
    return toResponse(await handle(request, { client: "in-process" }));
  };
  const stub: BedrockStub = {
    ...(parts.demo as Demo<boolean>),
    fetch,
    baseUrl: IN_PROCESS_BASE_URL,
    get store() {
      return parts.state().store;
    },
    client(options: ClientOptions = {}) {
      const own = options.apiKey !== undefined || options.token !== undefined;
      return new Bedrock({
        fetch,
        baseUrl: IN_PROCESS_BASE_URL,
        // in a page too: the key is the stub's and its requests never leave the page
        dangerouslyAllowBrowser: true,
        ...(!own && { apiKey: parts.demo.apiKey }),
        ...options,
      });
    },
    use(handlers) {
      Object.assign(parts.state().handlers, handlers);
    },
    resetHandlers: parts.resetHandlers,
    reset: parts.reset,
    // async: where there is no socket (the web build) the refusal is a rejection, not a throw
    listen: async ({ port, host, ...http } = {}) => listenOn(server(http), port, host),
  };
  return { stub, server };
}

/**
 * A stub in-process: `const stub = await createStub()`, then `stub.client()` (a `Bedrock` on
 * `stub.fetch`), `stub.fetch(request)`, `stub.use({ createAgent: () => ({ status: 503 }) })`,
 * `stub.reset()` between tests, `await stub.listen()` to serve it over HTTP too. Seeded like
 * `npm start` unless `seed: false`. **Throttling and the failed-authentication lock are off**
 * unless `throttle` / `failedAuth` ask for them. The first seeded stub of a process hashes the
 * demo password (about 100 ms); the next ones copy that seed.
 */
export async function createStub(
  options?: CreateStubOptions & { seed?: true | undefined },
): Promise<BedrockStub<true>>;
export async function createStub(options: CreateStubOptions): Promise<BedrockStub>;
export async function createStub(options: CreateStubOptions = {}): Promise<BedrockStub> {
  return (await buildStub(options)).stub;
}
