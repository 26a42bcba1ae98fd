// Raw-HTTP helpers for the stub tests: no SDK, just fetch.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll } from "vitest";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import {
  type CreateStubOptions,
  createStub,
  createStubServer,
  type StartStubOptions,
  type Stub,
  type StubOptions,
  type StubServer,
  startStub,
} from "../../src/stub";

export interface Response {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: bodies are checked field by field
  body: any;
}
interface Init {
  /** A full `Authorization` value: `Bearer <key>` or `Token <token>`. */
  auth?: string | undefined;
  body?: unknown;
  headers?: Record<string, string>;
}
export type Call = (method: string, path: string, init?: Init) => Promise<Response>;

export const bearer = (key: string | undefined) => `Bearer ${key}`;
export const token = (value: string | undefined) => `Token ${value}`;

/** A request function for a stub (over `send`, default the global fetch); `body` is sent as JSON. */
export function caller(url: string, send: typeof fetch = fetch): Call {
  return async (method, path, { auth, body, headers } = {}) => {
    const response = await send(url + path, {
      method,
      headers: {
        ...(auth && { Authorization: auth }),
        ...(body !== undefined && { "Content-Type": "application/json" }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: response.status, headers: response.headers, body: parsed };
  };
}

/** Starts a stub for the current test file (closed after it) and a request function for it. */
export async function stubFor(options: StartStubOptions & { seed?: true } = {}) {
  const stub: Stub<true> = await startStub({ throttle: false, ...options });
  afterAll(() => stub.close());
  return { stub, call: caller(stub.url) };
}

/**
 * Like {@link stubFor}, with the stub's store and access log at hand, for tests that look
 * behind the API (the audit trail as stored, secrets anywhere in memory or the log). Seeded
 * unless `seed: false`.
 */
export async function stubWithStore<Seeded extends boolean = true>(
  options: StubOptions & { seed?: Seeded } = {},
) {
  const log: string[] = [];
  const { server, store, ...demo } = (await createStubServer({
    throttle: false,
    log: (line) => log.push(line),
    ...options,
  })) as StubServer<Seeded>;
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  afterAll(
    () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  );
  return { stub: { url, ...demo }, store, log, call: caller(url) };
}

/** How a test reaches a stub: its `fetch` in-process, or HTTP through `listen()`. */
export type Transport = "in-process" | "http";
export const TRANSPORTS: Transport[] = ["in-process", "http"];

/**
 * A seeded stub for the current test file reached over `transport` (HTTP closed after the
 * file), a request function for it and its store: `describe.each(TRANSPORTS)` runs a suite
 * both ways. Throttling and the failed-auth lock are off unless `options` asks for them.
 */
export async function stubVia(transport: Transport, options: CreateStubOptions = {}) {
  const stub = await createStub({ ...options, seed: true });
  if (transport === "in-process") return { stub, call: caller(stub.baseUrl, stub.fetch) };
  const server = await stub.listen();
  afterAll(() => server.close());
  return { stub, call: caller(server.url) };
}

/** Signs a new user up with their own organization and gives them an API key too. */
export async function newOrganization(call: Call, role = "owner") {
  const email = `${role}-${randomUUID()}@example.test`;
  const signup = await call("POST", "/api/organizations/auth/signup/", {
    body: { email, password: "password-123", name: "Test User", organization_name: "Test Org" },
  });
  if (signup.status !== 201)
    throw new Error(`signup: ${signup.status} ${JSON.stringify(signup.body)}`);
  const auth = token(signup.body.token);
  const key = await call("POST", "/api/organizations/api-keys/", { auth, body: { name: "test" } });
  return {
    email,
    token: auth,
    key: bearer(key.body.key),
    org: signup.body.organization.id as string,
    user: signup.body.user.id as string,
  };
}

/** The id of a contract example the demo organization is seeded from, e.g. `demo("Template")`. */
export function demo(schema: string): string {
  const examples = contract.components.examples as Record<string, { value: unknown }>;
  const example = examples[`${schema}Example`];
  if (!example) throw new Error(`no ${schema}Example in the contract`);
  return (example.value as { id: string }).id;
}
/** An operation's path with `{id}` the demo object it acts on (`getAgent` → the demo agent). */
export function demoPath(operationId: string, path: string): string {
  const name = operationId.replace(/^(get|replace|update|delete|run|stop|tag|accept|rotate)/, "");
  return path.replace("{id}", () => demo(PATH_OBJECT[name] ?? name));
}
/** The schema of the object a path's `{id}` names, where the operation's name says otherwise. */
const PATH_OBJECT: Record<string, string> = { Member: "Membership", KeyPolicy: "Organization" };

export const BUILTIN_ADAPTER =
  contract.components.examples.PaginatedAdapterListExample.value.results.find(
    (adapter) => adapter.is_builtin,
  )?.id as string;

/**
 * Strings of any UTF-16 code units, lone surrogates often: fast-check's "binary" unit makes only
 * whole code points (a surrogate always in its pair).
 */
export const codeUnitStrings = fc.string({
  unit: fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  ),
});
