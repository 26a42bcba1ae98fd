import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { APIConnectionError, APITimeoutError, Bedrock } from "../../src/index";
import { apiKey } from "./mock-fetch";

// The same paths through Node's own fetch (undici) and a local server: real Request bodies,
// clones, signals and timers, which a mock fetch cannot prove.
let server: Server;
let baseUrl: string;
const received: { method: string; url: string; body: string; authorization: string }[] = [];
let throttleNext = 0;

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
  await expect(call).rejects.toThrow("cancelled by user");
});

test("the timeout bounds the body: headers then a stalled body is an APITimeoutError of phase body", async () => {
  const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", timeout: 200, maxRetries: 0 });
  const error = await bedrock.agents.get("stall").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APITimeoutError);
  expect(error).toMatchObject({
    phase: "body",
    message: "Request timed out after 200 ms reading the body of a 200 response.",
  });
});

test("a caller's signal aborts a body read", async () => {
  const bedrock = new Bedrock({ apiKey, baseUrl, logLevel: "off", timeout: 60_000 });
  const controller = new AbortController();
  const call = bedrock.agents.get("stall", { signal: controller.signal });
  setTimeout(() => controller.abort(new Error("user left")), 100);
  await expect(call).rejects.toThrow("user left");
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
