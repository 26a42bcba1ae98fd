// The contract against the product requirements (../shared/api-surface.md): every path ×
// method exists with exactly the security it declares, and every operation carries the
// shared responses, headers and examples it needs.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { addContractFormats } from "../../src/stub/formats";

type Scheme = "ApiKeyAuth" | "TokenAuth";
const KEY: Scheme[] = ["ApiKeyAuth"];
const TOKEN: Scheme[] = ["TokenAuth"];
const BOTH: Scheme[] = ["ApiKeyAuth", "TokenAuth"];
const NONE: Scheme[] = [];

const O = "/api/organizations";
const CRUD = ["get", "post", "get:item", "put:item", "patch:item", "delete:item"];
/** [collection path, methods (":item" = on `{id}/`), security] straight from api-surface.md. */
const required: [string, string[], Scheme[]][] = [
  [`${O}/auth/signup/`, ["post"], NONE],
  [`${O}/auth/login/`, ["post"], NONE],
  [`${O}/auth/me/`, ["get"], TOKEN],
  [`${O}/auth/logout/`, ["post"], TOKEN],
  [`${O}/organizations/`, ["get", "get:item", "patch:item"], BOTH],
  // Creating needs a user (a key belongs to one organization); deleting needs the owner, a
  // user, so the contract takes a token there too (api-surface.md lists both for DELETE).
  [`${O}/organizations/`, ["post", "delete:item"], TOKEN],
  [`${O}/members/`, ["get", "get:item", "patch:item", "delete:item"], TOKEN],
  [`${O}/invites/`, ["get", "post", "get:item", "delete:item"], TOKEN],
  // No credentials for a new account; the invited user's token for an existing one (below).
  [`${O}/invites/{id}/accept/`, ["post"], TOKEN],
  [`${O}/api-keys/`, ["get", "post", "get:item", "patch:item", "delete:item"], BOTH],
  [`${O}/api-keys/{id}/rotate/`, ["post"], BOTH],
  // Members read the key policy with a token or the organization's key; owners and admins
  // change it with a token only, so a key can never loosen its own organization's policy.
  [`${O}/organizations/{id}/key-policy/`, ["get"], BOTH],
  [`${O}/organizations/{id}/key-policy/`, ["put", "patch"], TOKEN],
  [`${O}/audit-events/`, ["get", "get:item"], BOTH],
  ["/api/templates/", CRUD, BOTH],
  ["/api/agents/", CRUD, KEY],
  ["/api/agents/{id}/run/", ["post"], KEY],
  ["/api/agents/{id}/stop/", ["post"], KEY],
  ["/api/agents/{id}/tag/", ["post"], KEY],
  ["/api/traces/", ["get", "post", "get:item", "patch:item"], KEY],
  ["/api/adapters/", ["get", "post", "get:item", "delete:item"], KEY],
  ["/api/adapter-configs/", CRUD, KEY],
  ...["contacts", "messages", "documents", "projects", "notifications"].map(
    (name): [string, string[], Scheme[]] => [`/api/adapter-state/${name}/`, CRUD, KEY],
  ),
];
const expected = required.flatMap(([path, methods, security]) =>
  methods.map((m) => {
    const [method = "", item] = m.split(":");
    return { path: item ? `${path}{id}/` : path, method, security };
  }),
);

type Media = { schema?: { $ref?: string }; examples?: Record<string, { $ref?: string }> };
type Response = {
  $ref?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, Media>;
};
type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { $ref?: string; in?: string; name?: string }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, Response>;
};
const paths = contract.paths as unknown as Record<string, Record<string, Operation>>;
const components = contract.components as unknown as {
  responses: Record<string, Response>;
  schemas: Record<string, { properties?: Record<string, { writeOnly?: boolean }> }>;
  examples: Record<string, { value: unknown }>;
};
const operations = Object.entries(paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op })),
);
const schemesOf = (op: Operation) => (op.security ?? []).flatMap((r) => Object.keys(r)).sort();
const refName = (ref: string | undefined) => ref?.split("/").pop();

describe("contract paths and security (api-surface.md)", () => {
  it.each(expected)("$method $path accepts exactly $security", ({ path, method, security }) => {
    const op = paths[path]?.[method];
    expect(op, `${method.toUpperCase()} ${path} is missing`).toBeDefined();
    expect(schemesOf(op as Operation)).toEqual([...security].sort());
  });

  it("takes no credentials exactly on signup, login and accepting an invite", () => {
    const anonymous = operations
      .filter(({ op }) => !op.security?.length || op.security.some((r) => !Object.keys(r).length))
      .map(({ path }) => path);
    expect(anonymous).toEqual([
      `${O}/auth/signup/`,
      `${O}/auth/login/`,
      `${O}/invites/{id}/accept/`,
    ]);
  });

  it("has no operation beyond the requirements", () => {
    const declared = operations.map(({ path, method }) => `${method} ${path}`).sort();
    expect(declared).toEqual(expected.map(({ path, method }) => `${method} ${path}`).sort());
  });
});

describe.each(operations)("$method $path", ({ path, method, op }) => {
  const responses = op.responses;
  const writes = method === "post" || method === "patch";
  const authed = schemesOf(op).length > 0;
  const takesInput =
    Boolean(op.requestBody) ||
    (op.parameters ?? []).some(
      (p) => refName(p.$ref) !== "Id" && refName(p.$ref) !== "XOrganizationId",
    );

  it("has a camelCase operationId, a summary and a description", () => {
    expect(op.operationId).toMatch(/^[a-z][a-zA-Z]+$/);
    expect(op.summary).toBeTruthy();
    expect(op.description).toBeTruthy();
  });

  it("references the shared error responses it can return", () => {
    expect(refName(responses["429"]?.$ref)).toBe("TooManyRequests");
    if (authed) expect(refName(responses["401"]?.$ref)).toBe("Unauthorized");
    else expect(responses["401"]).toBeUndefined();
    if (takesInput) expect(refName(responses["400"]?.$ref)).toBe("BadRequest");
    if (op.requestBody) {
      expect(refName(responses["413"]?.$ref)).toBe("PayloadTooLarge");
      expect(refName(responses["415"]?.$ref)).toBe("UnsupportedMediaType");
    }
    // A key of an organization that turned API keys off gets 403 on any operation.
    if (schemesOf(op).includes("ApiKeyAuth"))
      expect(refName(responses["403"]?.$ref)).toBe("Forbidden");
    if (path.includes("{id}")) {
      expect(refName(responses["404"]?.$ref)).toBe("NotFound");
      if (authed) expect(refName(responses["403"]?.$ref)).toBe("Forbidden");
    }
  });

  it("declares X-Request-Id on its success response and examples for its bodies", () => {
    const success = Object.entries(responses).filter(([status]) => status.startsWith("2"));
    expect(success).toHaveLength(1);
    for (const [status, response] of success) {
      const resolved = response.$ref
        ? components.responses[refName(response.$ref) ?? ""]
        : response;
      expect(resolved?.headers, status).toHaveProperty("X-Request-Id");
      if (status !== "204")
        expect(
          Object.keys(resolved?.content?.["application/json"]?.examples ?? {}),
        ).not.toHaveLength(0);
    }
    if (op.requestBody)
      expect(
        Object.keys(op.requestBody.content["application/json"]?.examples ?? {}),
      ).not.toHaveLength(0);
  });

  it("declares RateLimit fields on its success response; Idempotency-Key on a POST or PATCH", () => {
    for (const [status, response] of Object.entries(responses)) {
      if (!status.startsWith("2")) continue;
      const resolved = response.$ref
        ? components.responses[refName(response.$ref) ?? ""]
        : response;
      expect(Object.keys(resolved?.headers ?? {})).toEqual(
        expect.arrayContaining(["RateLimit", "RateLimit-Policy"]),
      );
      if (writes) expect(resolved?.headers).toHaveProperty("Idempotent-Replayed");
    }
    const hasKey = (op.parameters ?? []).some((p) => refName(p.$ref) === "IdempotencyKey");
    expect(hasKey).toBe(writes);
    if (writes) {
      expect(refName(responses["409"]?.$ref)).toBe("IdempotencyInFlight");
      expect(refName(responses["422"]?.$ref)).toBe("IdempotencyKeyReused");
    }
  });

  it("documents X-Organization-Id exactly where a token acts on one organization's data", () => {
    // Accepting an invite joins the invite's organization, not one the caller picks.
    const orgScopedTokenPath =
      schemesOf(op).includes("TokenAuth") &&
      /\/(members|invites|api-keys|audit-events|templates)\//.test(path) &&
      !path.endsWith("/accept/");
    const hasHeader = (op.parameters ?? []).some((p) => refName(p.$ref) === "XOrganizationId");
    expect(hasHeader).toBe(orgScopedTokenPath);
  });
});

describe("shared components", () => {
  const responses = components.responses;
  it("every response component carries X-Request-Id; 401 WWW-Authenticate; 429 Retry-After", () => {
    for (const r of Object.values(responses)) expect(r.headers).toHaveProperty("X-Request-Id");
    expect(responses.Unauthorized?.headers).toHaveProperty("WWW-Authenticate");
    expect(responses.TooManyRequests?.headers).toHaveProperty("Retry-After");
    expect(responses.TooManyRequests?.headers).toHaveProperty("RateLimit");
  });

  it("operationIds are unique", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("only the create-API-key response carries `key`; passwords are writeOnly", () => {
    const schemas = components.schemas;
    const withKey = Object.entries(schemas).filter(([, s]) => JSON.stringify(s).includes('"key":'));
    expect(withKey.map(([name]) => name)).toEqual(["ApiKeyCreated"]);
    for (const [name, s] of Object.entries(schemas)) {
      if (s.properties?.password) expect(s.properties.password.writeOnly, name).toBe(true);
    }
  });

  it("every named example validates against its schema (ajv, JSON Schema 2020-12)", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    addContractFormats(ajv);
    ajv.addSchema(contract, "contract");
    const checked: string[] = [];
    const visit = (media: Media | undefined) => {
      if (!media?.schema?.$ref) return;
      const validate = ajv.getSchema(`contract${media.schema.$ref}`);
      for (const example of Object.values(media.examples ?? {})) {
        const name = refName(example.$ref) ?? "";
        const value = components.examples[name]?.value;
        expect(validate?.(value), `${name}: ${ajv.errorsText(validate?.errors)}`).toBe(true);
        checked.push(name);
      }
    };
    for (const { op } of operations) {
      visit(op.requestBody?.content["application/json"]);
      for (const r of Object.values(op.responses)) visit(r.content?.["application/json"]);
    }
    for (const r of Object.values(components.responses)) visit(r.content?.["application/json"]);
    // Seed-only examples (`Unused<Schema>Example`: objects nothing refers to, which the delete
    // samples delete) are named after their schema rather than used by an operation.
    for (const name of Object.keys(components.examples)) {
      const schema = /^Unused(\w+)Example$/.exec(name)?.[1];
      if (schema)
        visit({
          schema: { $ref: `#/components/schemas/${schema}` },
          examples: { [name]: { $ref: `#/components/examples/${name}` } },
        });
    }
    expect(new Set(checked).size).toBe(Object.keys(components.examples).length);
  });
});
