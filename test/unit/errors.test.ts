import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { errorFromResponse } from "../../src/errors";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  BedrockError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../../src/index";
import { client, json } from "./mock-fetch";

const byStatus = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
  [503, InternalServerError],
  [418, APIError],
] as const;

describe("errorFromResponse", () => {
  test.each(byStatus)("%i gives %o", (status, ErrorClass) => {
    const error = errorFromResponse(new Response(null, { status }), { detail: "Nope." });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(BedrockError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
    expect(error.detail).toBe("Nope.");
  });

  test("a RateLimitError (as every APIError) carries the announced quota", () => {
    const headers = {
      RateLimit: '"default";r=0;t=2',
      "RateLimit-Policy": '"burst";q=10;w=1, "default";q=200;w=2',
    };
    const error = errorFromResponse(new Response(null, { status: 429, headers }), undefined);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.rateLimit).toEqual({
      policy: "default",
      remaining: 0,
      resetSeconds: 2,
      limit: 200,
      windowSeconds: 2,
    });
    expect(
      errorFromResponse(new Response(null, { status: 429 }), undefined).rateLimit,
    ).toBeUndefined();
    const garbled = new Response(null, { status: 429, headers: { RateLimit: "lots" } });
    expect(errorFromResponse(garbled, undefined).rateLimit).toBeUndefined();
  });

  test("RateLimitError.retryAfter: the seconds Retry-After asks for, delta-seconds or HTTP-date", () => {
    const limited = (headers: Record<string, string>) =>
      errorFromResponse(new Response(null, { status: 429, headers }), undefined) as RateLimitError;
    expect(limited({ "Retry-After": "30" }).retryAfter).toBe(30);
    expect(limited({ "Retry-After": "0" }).retryAfter).toBe(0);
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    expect(limited({ "Retry-After": inTwoMinutes }).retryAfter).toBeGreaterThanOrEqual(119);
    expect(limited({ "Retry-After": inTwoMinutes }).retryAfter).toBeLessThanOrEqual(120);
    expect(limited({ "Retry-After": new Date(0).toUTCString() }).retryAfter).toBe(0);
    for (const value of ["1.5", "-3", "soon", "2030-01-01T00:00:00Z"])
      expect(limited({ "Retry-After": value }).retryAfter).toBeUndefined();
    expect(limited({}).retryAfter).toBeUndefined();
  });

  test("a DRF detail with the request id", () => {
    const response = new Response(null, { status: 404, headers: { "X-Request-Id": "req_42" } });
    const error = errorFromResponse(response, { detail: "Not found." });
    expect(error.message).toBe("404 Not found. [request id req_42]");
    expect(error.requestId).toBe("req_42");
    expect(error.headers.get("x-request-id")).toBe("req_42");
    expect(error.fieldErrors).toBeUndefined();
  });

  test("a DRF 400 summarises its field errors", () => {
    const body = {
      email: ["Enter a valid email address."],
      password: ["This field is required.", "Too short."],
      non_field_errors: ["Check the form."],
    };
    const error = errorFromResponse(new Response(null, { status: 400 }), body);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.fieldErrors).toEqual(body);
    expect(error.detail).toBeUndefined();
    expect(error.body).toBe(body);
    expect(error.message).toBe(
      "400 email: Enter a valid email address. password: This field is required. Too short. Check the form.",
    );
  });

  test("a 400 with detail (unparseable body) is not field errors", () => {
    const error = errorFromResponse(new Response(null, { status: 400 }), {
      detail: "JSON parse error",
    });
    expect(error.fieldErrors).toBeUndefined();
    expect(error.message).toBe("400 JSON parse error");
  });

  test("a non-JSON body keeps its class and text", () => {
    const error = errorFromResponse(
      new Response(null, { status: 502, statusText: "Bad Gateway" }),
      "<html>upstream down</html>",
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe("<html>upstream down</html>");
    expect(error.detail).toBeUndefined();
    expect(error.message).toBe("502 Bad Gateway");
    const noStatusText = errorFromResponse(new Response(null, { status: 400 }), "oops");
    expect(noStatusText.message).toBe("400 status code (non-JSON body)");
  });

  test("an empty body keeps its class", () => {
    for (const body of [undefined, ""]) {
      const error = errorFromResponse(new Response(null, { status: 429 }), body);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.body).toBeUndefined();
      expect(error.message).toBe("429 status code (no body)");
    }
  });
});

describe("errors thrown by calls", () => {
  test("JSON error body", async () => {
    const { bedrock } = client({}, json({ detail: "Not found." }, 404, { "X-Request-Id": "r1" }));
    const error = await bedrock.templates.get("t1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, detail: "Not found.", requestId: "r1" });
  });

  test("non-JSON error body", async () => {
    const reply = new Response("Service Unavailable", {
      status: 503,
      headers: { "Content-Type": "text/plain" },
    });
    const { bedrock } = client({}, reply);
    const error = await bedrock.templates.get("t1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, body: "Service Unavailable" });
  });

  test.each([
    ["no body", () => new Response(null, { status: 401 })],
    [
      "Content-Length: 0",
      () => new Response("", { status: 401, headers: { "Content-Length": "0" } }),
    ],
  ])("empty error body (%s)", async (_, reply) => {
    const { bedrock } = client({}, reply);
    const error = await bedrock.templates.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, body: undefined });
  });

  test("no response: APIConnectionError with the cause", async () => {
    const cause = new TypeError("fetch failed");
    const { bedrock } = client({}, cause);
    const error = await bedrock.templates.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect((error as Error).cause).toBe(cause);
  });

  test("a success body that is not the JSON the contract promises is an InvalidResponseError", async () => {
    const headers = { "Content-Type": "application/json", "X-Request-Id": "req_9" };
    const cases: [string, Response, string][] = [
      [
        "empty",
        new Response("", { headers }),
        "200 response body is empty where the contract promises JSON [request id req_9]",
      ],
      [
        "not JSON",
        new Response("<html>Bad gateway</html>", { headers }),
        '200 response body is not JSON: "<html>Bad gateway</html>" [request id req_9]',
      ],
    ];
    for (const [what, reply, message] of cases) {
      const { bedrock } = client({}, reply);
      const error = await bedrock.templates.get("t1").catch((e: unknown) => e);
      expect(error, what).toBeInstanceOf(InvalidResponseError);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toMatchObject({ status: 200, requestId: "req_9", message });
    }
  });

  test("an empty or page-less list body fails `await` and `for await` alike with an InvalidResponseError", async () => {
    const cases: [Response, string][] = [
      [
        new Response("", { status: 200 }),
        "200 response body is empty where the contract promises JSON",
      ],
      [
        new Response('{ "detail": "hi" }', { status: 200 }),
        '200 response body is not a page of results: "{ \\"detail\\": \\"hi\\" }"',
      ],
    ];
    for (const [reply, message] of cases) {
      const { bedrock } = client({}, reply);
      const error = await bedrock.templates.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ status: 200, message });
      const walk = async () => {
        for await (const _ of bedrock.templates.list());
      };
      await expect(walk()).rejects.toBeInstanceOf(InvalidResponseError);
    }
  });

  test("the excerpt is short and shows no secret", async () => {
    const key = "bk_live_4f8c2a9e7b1d4c6f8a0e2b4d6f8a1c3e";
    const cut = `{"id": "k1", "name": "ci", "key": "${key}", "created_at": "2026-`;
    const { bedrock } = client({}, new Response(cut, { status: 201 }));
    const error = (await bedrock.apiKeys
      .create({ name: "ci" })
      .catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.excerpt?.length).toBeLessThanOrEqual(80);
    expect(error.excerpt).toContain('"key": "[redacted]"');
    for (const shown of [error.message, error.stack, inspect(error), JSON.stringify(error)])
      expect(shown).not.toContain(key.slice(8));
    const token = new Response(`oops ${key.slice(3)}${key.slice(3)}`, { status: 200 });
    const bare = (await client({}, token)
      .bedrock.templates.get("t")
      .catch((e: unknown) => e)) as InvalidResponseError;
    expect(bare.excerpt).toBe("oops [redacted]");
  });

  test("APITimeoutError is an APIConnectionError", () => {
    const error = new APITimeoutError(1500);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(BedrockError);
    expect(error.name).toBe("APITimeoutError");
    expect(error.message).toBe("Request timed out after 1500 ms waiting for the response headers.");
    expect(new APITimeoutError(1500, new Response("", { status: 200 })).message).toBe(
      "Request timed out after 1500 ms reading the body of a 200 response.",
    );
  });
});
