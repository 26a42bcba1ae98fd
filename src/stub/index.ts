/**
 * `@bedrock/sdk/stub`: an in-memory Bedrock that implements the contract, for tests of code
 * that talks to Bedrock (`createStub()`, in-process) and for local development (`npm start`,
 * `npx bedrock-stub`).
 * @packageDocumentation
 * @module @bedrock/sdk/stub
 */
import type { Server } from "node:http";
import type { FailedAuthLimit } from "./failed-auth";
import type { Handlers } from "./handlers/types";
import type { NodeServerOptions } from "./node";
import type { ThrottleOptions } from "./rate-limit";
import type { Store } from "./store";
import { buildStub, type Demo, listenOn } from "./stub";

export type { Bedrock, ClientOptions } from "../client";
export { HttpError } from "./errors";
export type { Attempts, FailedAuthLimit } from "./failed-auth";
export type { Caller, Context, Handler, Handlers, Reply } from "./handlers/types";
export type { NodeServerOptions } from "./node";
export type { Answer } from "./pipeline";
export type { ThrottleOptions } from "./rate-limit";
export type { Store } from "./store";
export {
  type BedrockStub,
  type CreateStubOptions,
  createStub,
  type DemoCredentials,
  type HandlerOverride,
  type HandlerOverrides,
  type ListeningStub,
  type ListenOptions,
} from "./stub";

/**
 * How {@link createStubServer} and {@link startStub} log, throttle, serve docs, bound clients
 * and answer.
 * @deprecated Use {@link createStub} and its `listen()`, whose options these are.
 */
export interface StubServerOptions extends NodeServerOptions {
  /**
   * A token bucket per caller, or `false` for none. Default `{ rate: 100, burst: 200 }` (unlike
   * `createStub()`, which throttles only when asked).
   */
  throttle?: ThrottleOptions | false | undefined;
  /**
   * Failed authentications allowed per client address and login email before 429, or `false`.
   * Default `{ limit: 10, seconds: 60 }`, none when `throttle` is `false`.
   */
  failedAuth?: FailedAuthLimit | false | undefined;
  /** Handlers to use instead of the stub's own, by operationId (e.g. a failing one in a test). */
  handlers?: Partial<Handlers> | undefined;
  /** The stub's public base URL, for the absolute links of lists. Default: its own address. */
  publicUrl?: string | undefined;
  /** Audit events kept per organization, the newest; older ones are dropped. Default 10,000. */
  maxAuditEvents?: number | undefined;
}

/**
 * Options of {@link createStubServer}: the server's, and whether to seed demo data.
 * @deprecated Use {@link createStub}.
 */
export interface StubOptions extends StubServerOptions {
  /** Seed the demo organization from the contract's examples (default true). */
  seed?: boolean;
  /** The time in ms the stub's rules go by (default `Date.now`). */
  clock?: (() => number) | undefined;
}
/**
 * Options of {@link startStub}: the stub's, and where it listens.
 * @deprecated Use {@link createStub} and `stub.listen({ port, host })`.
 */
export interface StartStubOptions extends StubOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
}

/**
 * A stub not yet listening, from {@link createStubServer}; the demo credentials when seeded.
 * @deprecated Use {@link createStub}.
 */
export type StubServer<Seeded extends boolean = boolean> = {
  /** The HTTP server: `listen` on it, or hand it to a test harness. */
  server: Server;
  /** The stub's data, to read or change behind the API's back in tests. */
  store: Store;
} & Demo<Seeded>;
/**
 * A listening stub, from {@link startStub}; the demo credentials when seeded.
 * @deprecated Use {@link createStub} and `stub.listen()`.
 */
export type Stub<Seeded extends boolean = boolean> = {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** Stops listening and drops open connections; resolves once the server is closed. */
  close(): Promise<void>;
} & Demo<Seeded>;

/**
 * Builds (without listening) a stub's HTTP server and store, seeded unless `seed: false`,
 * throttled unless `throttle: false`.
 * @deprecated Use `const stub = await createStub()`; `stub.listen()` serves it over HTTP.
 */
export async function createStubServer(
  options?: StubOptions & { seed?: true },
): Promise<StubServer<true>>;
export async function createStubServer(options: StubOptions): Promise<StubServer>;
export async function createStubServer(options: StubOptions = {}): Promise<StubServer> {
  const {
    docsDir,
    timeouts,
    maxConnections,
    maxConnectionsPerAddress,
    log,
    throttle,
    failedAuth,
    ...rest
  } = options;
  const { stub, server } = await buildStub({
    ...rest,
    log,
    throttle: throttle ?? true,
    failedAuth: failedAuth ?? throttle !== false,
  });
  const { apiKey, token, email, password } = stub;
  return {
    server: server({ docsDir, timeouts, maxConnections, maxConnectionsPerAddress }),
    store: stub.store,
    ...((apiKey === undefined ? {} : { apiKey, token, email, password }) as Demo<boolean>),
  };
}

/**
 * Starts a stub and resolves once it listens: `const stub = await startStub()`, then point
 * the SDK at `stub.url` with `stub.apiKey`, and `await stub.close()` when done.
 * @deprecated Use `const stub = await createStub()` (in-process, no port) or
 * `await stub.listen({ port, host })` for HTTP.
 */
export async function startStub(options?: StartStubOptions & { seed?: true }): Promise<Stub<true>>;
export async function startStub(options: StartStubOptions): Promise<Stub>;
export async function startStub({ port, host, ...options }: StartStubOptions = {}): Promise<Stub> {
  const { server, store: _, ...demo } = await createStubServer(options);
  return { ...(await listenOn(server, port, host)), ...demo };
}
