import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { APIConnectionError, APITimeoutError, Bedrock } from "../../src/index";
import { apiKey } from "./mock-fetch";

// The same paths through Node's own fetch (undici) and a local server: real Request bodies,
// clones, signals and timers, which a mock fetch cannot prove.
let server: Server;
let baseUrl: string;
const received: { method: string; url: string; body: string; authorization: string }[] = [];
let throttleNext = 0;
/** Bytes that are not UTF-8: reading them as text would replace them with U+FFFD. */
const binary = [0xff, 0xfe, 0x00, 0x80, 0x41];

async function read(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await read(request);
    received.push({
      method: request.method ?? "",
      url: request.url ?? "",
      body,
      authorization: request.headers.authorization ?? "",
    });
    if (request.url?.startsWith("/api/agents/slow/")) return; // never answers
    if (request.url?.startsWith("/api/agents/stall/")) {
      // the headers and the start of the body, then nothing
      response.writeHead(200, { "Content-Type": "application/json", "X-Request-Id": "req_stall" });
      return response.write('{"id": "stall", "name": ');
    }
    if (request.url?.startsWith("/api/templates/moved/")) {
      response.writeHead(302, { Location: "/api/templates/target/" });
      return response.end();
    }
    if (request.url?.startsWith("/api/templates/binary/")) {
      response.writeHead(200, { "Content-Type": "application/octet-stream" });
      return response.end(Buffer.from(binary));
    }
    if (request.url?.startsWith("/api/agents/reset/")) {
      // the headers and the start of the body, then the connection drops
      response.writeHead(200, { "Content-Type": "application/json", "X-Request-Id": "req_reset" });
      response.write('{"id": "reset", "name": ');
      return setTimeout(() => response.socket?.destroy(), 20);
    }
    if (throttleNext > 0) {
      throttleNext--;
      response.writeHead(429, { "Content-Type": "application/json", "Retry-After": "0" });
      return response.end('{"detail":"Slow down."}');
    }
    response.writeHead(201, { "Content-Type": "application/json", "X-Request-Id": "req_real" });
    response.end(body || "{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

test("a throttled POST is resent with its body", async () => {
  received.length = 0;
  throttleNext = 2;
  const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off" });
  const { data, requestId } = await bedrock.templates.create({ name: "Support" }).withResponse();
  expect(data).toEqual({ name: "Support" });
  expect(requestId).toBe("req_real");
  expect(received.map((r) => r.body)).toEqual(Array(3).fill('{"name":"Support"}'));
  expect(received.every((r) => r.authorization === `Bearer ${apiKey}`)).toBe(true);
});

test("a timeout and a caller's abort against a server that never answers", async () => {
  const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", timeout: 50, maxRetries: 1 });
  received.length = 0;
  await expect(bedrock.agents.get("slow")).rejects.toBeInstanceOf(APITimeoutError);
  expect(received).toHaveLength(2);
  const controller = new AbortController();
  const call = bedrock.agents.get("slow", { signal: controller.signal, timeout: 10_000 });
  setTimeout(() => controller.abort(new Error("cancelled by user")), 30);
  await expect(call).rejects.toMatchObject({
    name: "APIUserAbortError",
    cause: new Error("cancelled by user"),
  });
});

test("the timeout bounds the body: headers then a stalled body is an APITimeoutError of phase body", async () => {
  const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", timeout: 200, maxRetries: 0 });
  const error = await bedrock.agents.get("stall").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APITimeoutError);
  expect(error).toMatchObject({
    phase: "body",
    message:
      "Request timed out after 200 ms reading the body of a 200 response. [request id req_stall]",
    status: 200,
    requestId: "req_stall",
  });
});

test("a caller's signal aborts a body read", async () => {
  const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", timeout: 60_000 });
  const controller = new AbortController();
  const call = bedrock.agents.get("stall", { signal: controller.signal });
  setTimeout(() => controller.abort(new Error("user left")), 100);
  await expect(call).rejects.toMatchObject({
    name: "APIUserAbortError",
    cause: new Error("user left"),
  });
});

test("a connection reset mid-body keeps the status and request id that had arrived", async () => {
  const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", maxRetries: 0 });
  const error = await bedrock.agents.get("reset").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APIConnectionError);
  expect(error).not.toBeInstanceOf(APITimeoutError);
  expect(error).toMatchObject({ status: 200, requestId: "req_reset" });
});

test("a refused connection names the address and port", async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  const bedrock = new Bedrock({
    apiKey,
    baseUrl: `http://127.0.0.1:${port}`,
    logLevel: "off",
    maxRetries: 0,
  });
  const error = await bedrock.templates.list().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APIConnectionError);
  expect((error as Error).message).toBe(`Connection error: ECONNREFUSED 127.0.0.1:${port}.`);
});

describe("bedrock.raw keeps what the caller passed", () => {
  test("RequestInit options reach fetch: redirect, and undici's dispatcher", async () => {
    const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", maxRetries: 0 });
    const followed = await bedrock.raw.GET("/api/templates/{id}/", {
      params: { path: { id: "moved" } },
    });
    expect(followed.response.status).toBe(201); // fetch's default: the redirect is followed
    const manual = await bedrock.raw.GET("/api/templates/{id}/", {
      params: { path: { id: "moved" } },
      redirect: "manual",
    });
    expect(manual.response.status).toBe(302);
    expect(manual.response.headers.get("location")).toBe("/api/templates/target/");
    // A dispatcher of the caller's own (here one that counts, over Node's global one).
    await fetch(`${baseUrl}/warmup`); // Node's fetch makes its global dispatcher on first use
    const global = (globalThis as Record<symbol, { dispatch: (...args: unknown[]) => boolean }>)[
      Symbol.for("undici.globalDispatcher.1")
    ];
    let dispatched = 0;
    const dispatcher = {
      dispatch(...args: unknown[]) {
        dispatched++;
        return global?.dispatch(...args) ?? false;
      },
    };
    const { response } = await bedrock.raw.GET("/api/templates/", {
      dispatcher,
    } as Parameters<typeof bedrock.raw.GET>[1]);
    expect(response.status).toBe(201);
    expect(dispatched).toBe(1);
  });

  test("parseAs arrayBuffer and blob give the bytes as sent, stream gives the body as it comes", async () => {
    const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", maxRetries: 0 });
    const path = "/api/templates/{id}/" as const;
    const params = { path: { id: "binary" } };
    const bytes = await bedrock.raw.GET(path, { params, parseAs: "arrayBuffer" });
    expect([...new Uint8Array(bytes.data as ArrayBuffer)]).toEqual(binary);
    const blob = await bedrock.raw.GET(path, { params, parseAs: "blob" });
    expect(blob.data).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (blob.data as Blob).arrayBuffer())]).toEqual(binary);
    // A body that never ends: the call resolves with the headers, and the stream reads what came.
    const stream = await bedrock.raw.GET("/api/agents/{id}/", {
      params: { path: { id: "stall" } },
      parseAs: "stream",
    });
    expect(stream.response.headers.get("x-request-id")).toBe("req_stall");
    const reader = (stream.data as ReadableStream<Uint8Array>).getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('{"id": "stall", "name": ');
    await reader.cancel();
  });

  test("a streamed body is still aborted by the caller's signal", async () => {
    const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", maxRetries: 0 });
    const controller = new AbortController();
    const stream = await bedrock.raw.GET("/api/agents/{id}/", {
      params: { path: { id: "stall" } },
      parseAs: "stream",
      signal: controller.signal,
    });
    const reader = (stream.data as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort(new Error("enough"));
    await expect(reader.read()).rejects.toBeDefined();
  });
});
