// Prism mock ⇄ SDK: every operation of the contract, driven through the SDK's resources against
// Prism serving the contract's examples, gives the example back typed; every error response the
// contract declares comes back as the SDK's error class for that status, with its fields.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTRACT, type Prism, startPrism } from "../../scripts/prism.mjs";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  Bedrock,
  type Body,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../../src";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { type OperationId, operations } from "../../src/generated/operations";
import { callSdk, type SdkMethod, sdkMethods } from "./sdk-map";

type Media = { examples?: Record<string, { $ref: string }> };
type Response = { $ref?: string; content?: { "application/json"?: Media }; headers?: object };
type Operation = {
  requestBody?: { content: { "application/json": Media } };
  responses: Record<string, Response>;
};
const doc = contract as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: {
    examples: Record<string, { value: unknown }>;
    responses: Record<string, Response>;
    headers: Record<string, { example: string }>;
  };
};
const last = (ref: string) => ref.split("/").pop() ?? "";
const opOf = (id: OperationId) => {
  const { method, path } = operations[id];
  return doc.paths[path]?.[method.toLowerCase()] as Operation;
};
const exampleOf = (media: Media | undefined) => {
  const ref = Object.values(media?.examples ?? {})[0]?.$ref;
  return ref ? doc.components.examples[last(ref)]?.value : undefined;
};
const resolved = (r: Response) =>
  r.$ref ? (doc.components.responses[last(r.$ref)] as Response) : r;
const ID = "9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b";
const REQUEST_ID = doc.components.headers.XRequestId?.example;

const ERROR_CLASS: Record<string, typeof APIError> = {
  "400": BadRequestError,
  "401": AuthenticationError,
  "403": PermissionDeniedError,
  "404": NotFoundError,
  "409": ConflictError,
  "413": APIError,
  "415": APIError,
  "422": UnprocessableEntityError,
  "429": RateLimitError,
};

/** How each operation is called: its SDK method, or the static token flows. */
const methods = sdkMethods();
const exercised = new Set<OperationId>();
let prism: Prism;
let bedrock: Bedrock;

beforeAll(async () => {
  prism = await startPrism(["mock", CONTRACT]);
  bedrock = new Bedrock({
    apiKey: "bk_mock_key",
    token: "mock-token",
    baseUrl: prism.url,
    maxRetries: 0,
  });
}, 60_000);
afterAll(() => prism?.close());

function send(
  operationId: OperationId,
  headers: Record<string, string> = {},
): PromiseLike<unknown> {
  exercised.add(operationId);
  const body = exampleOf(opOf(operationId).requestBody?.content["application/json"]);
  const options = { baseUrl: prism.url, maxRetries: 0, defaultHeaders: headers };
  switch (operationId) {
    case "signup": {
      const { organization_name, ...rest } = body as Body<"signup">;
      return Bedrock.signup({ ...rest, organizationName: organization_name }, options);
    }
    case "login":
      return Bedrock.login(body as Body<"login">, options);
  }
  const method = methods.find((m) => m.operationId === operationId) as SdkMethod;
  return callSdk(bedrock, method, { id: ID, body, query: {} }, { headers });
}

const ids = Object.keys(operations) as OperationId[];

describe("every operation through the SDK returns the contract's example", () => {
  it.each(ids)("%s", async (operationId) => {
    const op = opOf(operationId);
    const [status, response] = Object.entries(op.responses).find(([s]) => s.startsWith("2")) ?? [];
    const expected = exampleOf(resolved(response as Response).content?.["application/json"]);
    const result = (await send(operationId)) as Record<string, unknown> | undefined;
    if (operationId === "signup" || operationId === "login") {
      // The token flows resolve to the session with a client that uses the new token.
      expect(result).toMatchObject(expected as object);
      expect(result?.client).toBeInstanceOf(Bedrock);
    } else if (status === "204") {
      expect(result).toBeUndefined();
    } else {
      expect(result).toEqual(expected);
    }
  });
});

const errorCases = ids.flatMap((operationId) =>
  Object.keys(opOf(operationId).responses)
    .filter((status) => status >= "400")
    .map((status) => ({ operationId, status })),
);

describe("every declared error response raises the SDK's class for it", () => {
  it.each(errorCases)("$operationId → $status", async ({ operationId, status }) => {
    const expected = exampleOf(
      resolved(opOf(operationId).responses[status] as Response).content?.["application/json"],
    ) as Record<string, unknown>;
    const error = await Promise.resolve(send(operationId, { Prefer: `code=${status}` })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ERROR_CLASS[status]);
    const apiError = error as APIError;
    expect(apiError.status).toBe(Number(status));
    expect(apiError.requestId).toBe(REQUEST_ID);
    if (status === "400") {
      const { non_field_errors, ...fields } = expected;
      expect(apiError.fieldErrors).toMatchObject(fields);
      expect(apiError.fieldErrors?.non_field_errors).toEqual(non_field_errors);
    } else {
      expect(apiError.detail).toBe(expected.detail);
    }
  });
});

describe("idempotency keys and rate limits against the contract", () => {
  const example = (name: string) => doc.components.headers[name]?.example;
  const quota = {
    policy: "default",
    remaining: 199,
    resetSeconds: 1,
    limit: 200,
    windowSeconds: 2,
  };

  it("the header examples are what the SDK reads", () => {
    expect(example("RateLimit")).toBe('"default";r=199;t=1');
    expect(example("RateLimitPolicy")).toBe('"default";q=200;w=2');
  });

  it("a POST and a PATCH carry an Idempotency-Key Prism accepts, generated or the caller's own", async () => {
    const sent: (string | null)[] = [];
    const watched = new Bedrock({
      apiKey: "bk_mock_key",
      baseUrl: prism.url,
      maxRetries: 0,
      fetch: (request, init) => {
        sent.push(request.headers.get("idempotency-key"));
        return fetch(request, init);
      },
    });
    const body = exampleOf(opOf("createTemplate").requestBody?.content["application/json"]);
    await watched.templates.create(body as Body<"createTemplate">);
    await watched.templates.create(body as Body<"createTemplate">, { idempotencyKey: "order-42" });
    await watched.templates.update(ID, { name: "x" }, { idempotencyKey: "~!#$%&'*+-.^_`|" });
    await watched.templates.get(ID);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.slice(1)).toEqual(["order-42", "~!#$%&'*+-.^_`|", null]);
  });

  it("withResponse() and RateLimitError carry the declared RateLimit fields", async () => {
    const { rateLimit, response } = await bedrock.templates.list().withResponse();
    expect(rateLimit).toEqual(quota);
    expect(response.headers.get("ratelimit-policy")).toBe(example("RateLimitPolicy"));
    const created = await bedrock.templates
      .create(exampleOf(opOf("createTemplate").requestBody?.content["application/json"]) as never)
      .withResponse();
    expect(created.rateLimit).toEqual(quota);
    const throttled = await bedrock.templates
      .list({}, { headers: { Prefer: "code=429" } })
      .catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(RateLimitError);
    expect((throttled as RateLimitError).rateLimit).toEqual(quota);
  });
});

describe("coverage", () => {
  it("exercises every operationId of the contract through the SDK", () => {
    const missing = ids.filter((id) => !exercised.has(id));
    expect(missing, `operations not exercised: ${missing.join(", ")}`).toEqual([]);
  });

  it("every operation the resources send exists in the contract, and every contract operation has an SDK method", () => {
    const viaResources = new Set(methods.map((m) => m.operationId));
    const unreachable = ids.filter(
      (id) => !viaResources.has(id) && id !== "signup" && id !== "login",
    );
    expect(unreachable).toEqual([]);
  });
});
