/**
 * `@bedrock/sdk/stub` (Node only): an in-memory Bedrock that implements the contract, for local
 * development (`npm start`) and for tests of code that talks to Bedrock.
 * @packageDocumentation
 * @module @bedrock/sdk/stub
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { seedBuiltins, seedDemo } from "./seed";
import { createHttpServer, type StubServerOptions } from "./server";
import { Store } from "./store";

export type { Attempts, FailedAuthLimit } from "./failed-auth";
export type { Caller, Context, Handler, Handlers, Reply } from "./handlers/types";
export { HttpError } from "./handlers/types";
export type { ThrottleOptions } from "./rate-limit";
export type { StubServerOptions } from "./server";
export type { Store } from "./store";

/** Options of {@link createStubServer}: the server's, and whether to seed demo data. */
export interface StubOptions extends StubServerOptions {
  /** Seed the demo organization from the contract's examples (default true). */
  seed?: boolean;
  /**
   * The time in ms that key expiry, rotation grace, the key policy and kept `Idempotency-Key`
   * answers go by (default `Date.now`):
   * a test can move it forward instead of waiting.
   */
  clock?: (() => number) | undefined;
}
/** Options of {@link startStub}: the stub's, and where it listens. */
export interface StartStubOptions extends StubOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
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
type Demo<Seeded extends boolean> = Seeded extends true
  ? DemoCredentials
  : { [K in keyof DemoCredentials]?: undefined };

/** A stub not yet listening, from {@link createStubServer}; the demo credentials when seeded. */
export type StubServer<Seeded extends boolean = boolean> = {
  /** The HTTP server: `listen` on it, or hand it to a test harness. */
  server: Server;
  /** The stub's data, to read or change behind the API's back in tests. */
  store: Store;
} & Demo<Seeded>;
/** A listening stub, from {@link startStub}; the demo credentials when seeded. */
export type Stub<Seeded extends boolean = boolean> = {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** Stops listening and drops open connections; resolves once the server is closed. */
  close(): Promise<void>;
} & Demo<Seeded>;

/** Builds (without listening) a stub's HTTP server and store, seeded unless `seed: false`. */
export async function createStubServer(
  options?: StubOptions & { seed?: true },
): Promise<StubServer<true>>;
export async function createStubServer(options: StubOptions): Promise<StubServer>;
export async function createStubServer(options: StubOptions = {}): Promise<StubServer> {
  const store = new Store(options.clock);
  seedBuiltins(store);
  const demo = options.seed === false ? {} : await seedDemo(store);
  return { server: createHttpServer(store, options), store, ...demo };
}

/**
 * Starts a stub and resolves once it listens: `const stub = await startStub()`, then point
 * the SDK at `stub.url` with `stub.apiKey`, and `await stub.close()` when done.
 */
export async function startStub(options?: StartStubOptions & { seed?: true }): Promise<Stub<true>>;
export async function startStub(options: StartStubOptions): Promise<Stub>;
export async function startStub({
  port = 0,
  host = "127.0.0.1",
  ...options
}: StartStubOptions = {}): Promise<Stub> {
  const { server, store: _, ...demo } = await createStubServer(options);
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
    ...demo,
  };
}
