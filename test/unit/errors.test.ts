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
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../../src/index";
import { client, json } from "./mock-fetch";

const byStatus = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
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

  test("an unreadable success body is a BedrockError", async () => {
    const reply = new Response("{not json", { headers: { "Content-Type": "application/json" } });
    const { bedrock } = client({}, reply);
    const error = await bedrock.templates.get("t1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BedrockError);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  test("APITimeoutError is an APIConnectionError", () => {
    const error = new APITimeoutError(1500);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(BedrockError);
    expect(error.name).toBe("APITimeoutError");
    expect(error.message).toBe("Request timed out after 1500 ms.");
  });
});
