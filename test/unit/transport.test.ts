import { afterEach, describe, expect, test, vi } from "vitest";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BedrockError,
} from "../../src/index";
import { Log } from "../../src/log";
import {
  createTransport,
  type Reply,
  retryDelay,
  type SendOptions,
  type TransportOptions,
  untilAborted,
} from "../../src/transport";
import { client, hangingFetch, json, type Reply as MockReply, mockFetch } from "./mock-fetch";

const url = "https://bedrock.test/api/templates/";

/** A transport over `replies` whose waits are recorded instead of slept. */
function transport(options: Partial<TransportOptions> = {}, ...replies: MockReply[]) {
  const mock = mockFetch(...replies);
  const delays: number[] = [];
  const send = createTransport({
    fetch: mock.fetch,
    timeout: 1_000,
    maxRetries: 2,
    log: new Log("off", console),
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...options,
  });
  return { send, delays, ...mock };
}

/** A request and the call's options, as the client gives them to the transport. */
function request(
  method: string,
  { timeout, maxRetries, idempotent, signal, ...init }: RequestInit & SendOptions = {},
): [Request, SendOptions] {
  const body = method === "GET" || method === "HEAD" || method === "DELETE" ? null : "{}";
  return [
    new Request(url, { method, body, ...init }),
    { timeout, maxRetries, idempotent, signal: signal ?? undefined },
  ];
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("which failures are retried", () => {
  const outcomes: [string, () => MockReply][] = [
    ["connection error", () => new TypeError("fetch failed")],
    ["408", () => json({ detail: "Timeout." }, 408)],
    ["429", () => json({ detail: "Slow down." }, 429)],
    ["500", () => json({ detail: "Boom." }, 500)],
    ["503", () => new Response(null, { status: 503 })],
    ["400", () => json({ name: ["Required."] }, 400)],
    ["401", () => json({ detail: "No." }, 401)],
    ["404", () => json({ detail: "Not found." }, 404)],
  ];
  const retried: Record<string, string[]> = {
    GET: ["connection error", "408", "429", "500", "503"],
    HEAD: ["connection error", "408", "429", "500", "503"],
    PUT: ["connection error", "408", "429", "500", "503"],
    DELETE: ["connection error", "408", "429", "500", "503"],
    // each POST and PATCH carries an Idempotency-Key, so they are retried like the others
    POST: ["connection error", "408", "429", "500", "503"],
    PATCH: ["connection error", "408", "429", "500", "503"],
  };
  const cases = Object.entries(retried).flatMap(([method, retriedOutcomes]) =>
    outcomes.map(
      ([outcome, reply]) => [method, outcome, reply, retriedOutcomes.includes(outcome)] as const,
    ),
  );

  test.each(cases)("%s on %s: retried %s", async (method, _, reply, isRetried) => {
    const { send, fetch } = transport({}, reply());
    const result = await send(...request(method)).catch((error: unknown) => error);
    expect(fetch).toHaveBeenCalledTimes(isRetried ? 3 : 1);
    if (result instanceof APIConnectionError) return;
    expect((result as Reply).response.status).toBeGreaterThanOrEqual(400);
  });

  test("`idempotent: false` retries only a 429", async () => {
    const failing = transport({}, json({}, 500));
    await failing.send(...request("POST", { idempotent: false }));
    expect(failing.fetch).toHaveBeenCalledTimes(1);
    const throttled = transport({}, json({}, 429), json({}));
    await throttled.send(...request("POST", { idempotent: false }));
    expect(throttled.fetch).toHaveBeenCalledTimes(2);
  });

  test("a POST or PATCH gets a fresh Idempotency-Key, the same on each retry; a caller's own is kept", async () => {
    const { send, requests } = transport({}, json({}, 503), json({}, 201));
    await send(...request("POST"));
    await send(...request("PATCH"));
    const keys = requests.map((r) => r.request.headers.get("idempotency-key"));
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    const own = transport({});
    await own.send(...request("POST", { headers: { "Idempotency-Key": "order-42" } }));
    await own.send(...request("GET"));
    expect(own.requests.map((r) => r.request.headers.get("idempotency-key"))).toEqual([
      "order-42",
      null,
    ]);
  });

  test("a retry that succeeds returns the success, and resends the body", async () => {
    const { send, requests } = transport({}, json({}, 429), json({}, 503), json({ ok: true }, 201));
    const { response } = await send(...request("POST", { body: '{"name":"x"}' }));
    expect(response.status).toBe(201);
    expect(requests.map((r) => r.body)).toEqual(['{"name":"x"}', '{"name":"x"}', '{"name":"x"}']);
  });

  test("maxRetries per client and per request", async () => {
    const perClient = transport({ maxRetries: 4 }, json({}, 500));
    await perClient.send(...request("GET"));
    expect(perClient.fetch).toHaveBeenCalledTimes(5);
    const perRequest = transport({ maxRetries: 4 }, json({}, 500));
    await perRequest.send(...request("GET", { maxRetries: 0 }));
    expect(perRequest.fetch).toHaveBeenCalledTimes(1);
  });

  test("the body of a discarded response is cancelled", async () => {
    const cancel = vi.fn();
    const stream = new ReadableStream({ cancel });
    const { send } = transport({}, () => new Response(stream, { status: 503 }), json({}));
    await send(...request("GET"));
    expect(cancel).toHaveBeenCalled();
  });

  test("a Request's body (openapi-fetch's) is read once into bytes, never cloned", async () => {
    const read = vi.spyOn(Request.prototype, "arrayBuffer");
    const clone = vi.spyOn(Request.prototype, "clone");
    await transport({ maxRetries: 2 }).send(...request("GET"));
    expect(read).not.toHaveBeenCalled();
    await transport({ maxRetries: 2 }, json({}, 429)).send(...request("POST"));
    expect(read).toHaveBeenCalledTimes(1);
    expect(clone).not.toHaveBeenCalled();
  });

  test("the global fetch gets the body read once, in init, on every attempt", async () => {
    const sent: string[] = [];
    vi.stubGlobal("fetch", async (input: Request, init?: RequestInit) => {
      sent.push(await new Request(input, init).text());
      return json({}, sent.length < 3 ? 429 : 201);
    });
    const send = createTransport({
      timeout: 1_000,
      maxRetries: 2,
      log: new Log("off", console),
      sleep: async () => {},
    });
    const { response } = await send(...request("POST", { body: '{"name":"x"}' }));
    expect(response.status).toBe(201);
    expect(sent).toEqual(Array(3).fill('{"name":"x"}'));
  });
});

describe("backoff and Retry-After", () => {
  test.each([
    [{ "Retry-After": "2" }, 2_000],
    [{ "Retry-After": " 3 " }, 3_000],
    [{ "retry-after-ms": "150", "Retry-After": "9" }, 150],
    [{ "Retry-After": "3600" }, 60_000],
  ])("%o → %i ms", async (headers, expected) => {
    const { send, delays } = transport({}, json({}, 429, headers), json({}));
    await send(...request("POST"));
    expect(delays).toEqual([expected]);
  });

  test("an HTTP date", () => {
    vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00Z") });
    const headers = new Headers({ "Retry-After": "Tue, 01 Jan 2030 00:00:03 GMT" });
    expect(retryDelay(0, headers)).toBe(3_000);
    const past = new Headers({ "Retry-After": "Mon, 31 Dec 2029 23:00:00 GMT" });
    expect(retryDelay(0, past)).toBe(0);
  });

  // RFC 9110 §10.2.3: delay-seconds is 1*DIGIT, an HTTP-date one of three exact forms; a
  // value that is neither is ignored (the backoff applies), however a lenient parser reads it.
  test.each([
    "0.25",
    "1.5",
    "-1",
    "+2",
    "1e3",
    "0x10",
    "Infinity",
    "2 seconds",
    "2030-01-01T00:00:03Z",
    "2030-01-01",
    "Tue, 1 Jan 2030 00:00:03 GMT",
    "Tue, 01 Jan 2030 00:00:03 UTC",
    "tue, 01 jan 2030 00:00:03 GMT",
    "01 Jan 2030 00:00:03 GMT",
  ])("Retry-After %j is not RFC 9110: ignored", (value) => {
    vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00Z") });
    const delay = retryDelay(0, new Headers({ "Retry-After": value }));
    expect(delay).toBeGreaterThanOrEqual(375);
    expect(delay).toBeLessThanOrEqual(500);
  });

  test.each([
    ["Tue, 01 Jan 2030 00:00:03 GMT", 3_000], // IMF-fixdate
    ["Tuesday, 01-Jan-30 00:00:04 GMT", 4_000], // obsolete RFC 850
    ["Tue Jan  1 00:00:05 2030", 5_000], // obsolete asctime
    ["7", 7_000],
    ["007", 7_000],
  ])("Retry-After %j is honoured: %i ms", (value, expected) => {
    vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00Z") });
    expect(retryDelay(0, new Headers({ "Retry-After": value }))).toBe(expected);
  });

  test("exponential backoff with jitter, capped, when the server names no delay", () => {
    const invalid = new Headers({ "Retry-After": "soon" });
    for (let i = 0; i < 50; i++) {
      expect(retryDelay(0, invalid)).toBeGreaterThanOrEqual(375);
      expect(retryDelay(0)).toBeLessThanOrEqual(500);
      expect(retryDelay(2)).toBeGreaterThanOrEqual(1_500);
      expect(retryDelay(2)).toBeLessThanOrEqual(2_000);
      expect(retryDelay(10)).toBeLessThanOrEqual(8_000);
      expect(retryDelay(10)).toBeGreaterThanOrEqual(6_000);
    }
    const spread = new Set(Array.from({ length: 20 }, () => retryDelay(1)));
    expect(spread.size).toBeGreaterThan(1);
  });

  test("through a client, with real timers and a short Retry-After", async () => {
    const { bedrock, fetch } = client(
      { maxRetries: 1 },
      json({ detail: "Slow down." }, 429, { "Retry-After": "0.01" }),
      json({ id: "t1" }),
    );
    await expect(bedrock.templates.get("t1")).resolves.toEqual({ id: "t1" });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("through a client, with fake timers and the default backoff", async () => {
    vi.useFakeTimers();
    const { bedrock, fetch } = client(
      { maxRetries: 2 },
      json({}, 500),
      json({}, 500),
      json({ id: "t1" }),
    );
    const result = bedrock.templates.get("t1");
    await vi.advanceTimersByTimeAsync(300);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fetch).toHaveBeenCalledTimes(3);
    await expect(result).resolves.toEqual({ id: "t1" });
  });
});

describe("timeout and abort", () => {
  test("a timeout is an APITimeoutError, per attempt, retried for a GET", async () => {
    const { send, fetch } = transport({ timeout: 20 }, hangingFetch);
    const error = await send(...request("GET")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toBe(
      "Request timed out after 20 ms waiting for the response headers.",
    );
    expect((error as APITimeoutError).phase).toBe("headers");
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test("a timed-out POST is retried (its Idempotency-Key makes that safe), unless not idempotent", async () => {
    const { send, fetch } = transport({ timeout: 20 }, hangingFetch);
    await expect(send(...request("POST"))).rejects.toBeInstanceOf(APITimeoutError);
    expect(fetch).toHaveBeenCalledTimes(3);
    const once = transport({ timeout: 20 }, hangingFetch);
    await expect(once.send(...request("POST", { idempotent: false }))).rejects.toBeInstanceOf(
      APITimeoutError,
    );
    expect(once.fetch).toHaveBeenCalledTimes(1);
  });

  test("the timeout bounds the body too: a stalled body is an APITimeoutError of phase body", async () => {
    const stalled = (_: Request, init?: RequestInit) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"results": ['));
          init?.signal?.addEventListener("abort", () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body, { status: 200, headers: { "X-Request-Id": "req_b" } });
    };
    const { send, fetch } = transport({ timeout: 30, maxRetries: 1 }, stalled);
    const error = await send(...request("GET")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as APITimeoutError).phase).toBe("body");
    expect((error as Error).message).toMatch(
      /^Request timed out after 30 ms reading the body of a 200 response\. \[request id req_b\]$/,
    );
    // What had arrived stays on the error: the status and the request id to quote.
    expect(error).toMatchObject({ status: 200, requestId: "req_b" });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("a body cut off (connection reset) keeps the status and request id that had arrived", async () => {
    const reset = () => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"results": ['));
          setTimeout(() => controller.error(new TypeError("terminated")), 5);
        },
      });
      return new Response(body, { status: 201, headers: { "X-Request-Id": "req_r" } });
    };
    const { send } = transport({ maxRetries: 0 }, reset);
    const error = await send(...request("POST")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ status: 201, requestId: "req_r" });
    expect((error as Error).message).toMatch(/\[request id req_r\]$/);
    // No headers at all: nothing to keep.
    const refused = transport({ maxRetries: 0 }, new TypeError("fetch failed"));
    const early = await refused.send(...request("GET")).catch((e: unknown) => e);
    expect(early).toMatchObject({ status: undefined, requestId: undefined });
  });

  test("per-request timeout", async () => {
    const { send } = transport({ timeout: 60_000, maxRetries: 0 }, hangingFetch);
    await expect(send(...request("GET", { timeout: 10 }))).rejects.toBeInstanceOf(APITimeoutError);
  });

  /** The error an aborted call rejects with: an APIUserAbortError (a BedrockError) whose cause is the reason. */
  function expectUserAbort(error: unknown, reason: unknown) {
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toBeInstanceOf(BedrockError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).name).toBe("APIUserAbortError");
    expect((error as Error).message).toBe("Request was aborted.");
    expect((error as Error).cause).toBe(reason);
  }

  test("the caller's abort is an APIUserAbortError with the reason as its cause, not retried, not a timeout", async () => {
    const { send, fetch } = transport({ timeout: 5_000 }, hangingFetch);
    const controller = new AbortController();
    const reason = new Error("user left");
    setTimeout(() => controller.abort(reason), 10);
    const error = await send(...request("GET", { signal: controller.signal })).catch((e) => e);
    expectUserAbort(error, reason);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("an already aborted signal sends nothing", async () => {
    const { send, fetch } = transport({});
    const error = await send(...request("GET", { signal: AbortSignal.abort("gone") })).catch(
      (e: unknown) => e,
    );
    expectUserAbort(error, "gone");
    expect(fetch).not.toHaveBeenCalled();
  });

  test("an abort during the wait between attempts stops the retries", async () => {
    const controller = new AbortController();
    const { bedrock, fetch } = client({ maxRetries: 3 }, json({}, 503));
    const result = bedrock.templates.get("t1", { signal: controller.signal });
    const reason = new Error("stop");
    setTimeout(() => controller.abort(reason), 50);
    expectUserAbort(await result.catch((e: unknown) => e), reason);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("an abort while a custom fetch answers, or before a body is read, is an APIUserAbortError too", async () => {
    const reason = new Error("user left");
    // A fetch of the caller's own that rejects with something else once aborted.
    const { bedrock } = client({}, async (_request: Request, init?: RequestInit) => {
      await new Promise((resolve) => init?.signal?.addEventListener("abort", resolve));
      throw new TypeError("fetch failed");
    });
    const controller = new AbortController();
    const call = bedrock.templates.get("t1", { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 5);
    expectUserAbort(await call.catch((e: unknown) => e), reason);
    const raw = await bedrock.raw
      .GET("/api/templates/", { signal: AbortSignal.abort(reason) })
      .catch((e: unknown) => e);
    expectUserAbort(raw, reason);
  });

  test("a wait the caller gave up leaves no unhandled rejection when its work fails later", async () => {
    let fail = (_: Error) => {};
    const work = new Promise<never>((_, reject) => {
      fail = reject;
    });
    expectUserAbort(await untilAborted(work, AbortSignal.abort("gone")).catch((e) => e), "gone");
    fail(new Error("the shared renewal failed"));
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  test("through a client: timeout and abort from the options", async () => {
    const { bedrock } = client({ timeout: 15 }, hangingFetch);
    await expect(bedrock.templates.list()).rejects.toBeInstanceOf(APITimeoutError);
    const controller = new AbortController();
    const result = bedrock.templates.list({}, { signal: controller.signal, timeout: 5_000 });
    controller.abort();
    await expect(result).rejects.toMatchObject({
      name: "APIUserAbortError",
      cause: { name: "AbortError" },
    });
  });
});
