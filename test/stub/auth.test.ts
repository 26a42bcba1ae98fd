// Authentication exactly as the contract declares it per operation, and how credentials pick
// the organization acted on.
import { afterEach, describe, expect, it, vi } from "vitest";
import { operations } from "../../src/generated/operations";
import { bearer, demo, demoPath, newOrganization, stubFor, token } from "./helpers";

const { stub, call } = await stubFor();
const credentials = { ApiKeyAuth: bearer(stub.apiKey), TokenAuth: token(stub.token) } as const;
const challenges = { ApiKeyAuth: 'Bearer realm="api"', TokenAuth: "Token" } as const;

describe.each(Object.entries(operations))("%s", (operationId, operation) => {
  const { method, security } = operation;
  const path = demoPath(operationId, operation.path);
  const body = method === "GET" ? undefined : {};
  const accepted = security as readonly (keyof typeof credentials)[];

  if (operation.anonymous)
    it("needs no credentials", async () => {
      const res = await call(method, path, { body });
      expect(res.status).not.toBe(401);
    });
  else
    it("answers missing credentials with 401 and the accepted schemes", async () => {
      const res = await call(method, path, { body });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ detail: "Authentication credentials were not provided." });
      expect(res.headers.get("www-authenticate")).toBe(
        accepted.map((s) => challenges[s]).join(", "),
      );
    });
  if (accepted.length === 0) return;

  it("refuses the scheme it does not accept and takes the one it does", async () => {
    for (const scheme of ["ApiKeyAuth", "TokenAuth"] as const) {
      // GETs only, so that the demo data stays as it is
      if (method !== "GET" && accepted.includes(scheme)) continue;
      const res = await call(method, path, { auth: credentials[scheme] });
      if (accepted.includes(scheme)) expect(res.status).toBe(200);
      else {
        expect(res.status).toBe(401);
        expect(res.body.detail).toMatch(/^This endpoint does not accept/);
        expect(res.headers.get("www-authenticate")).toBeTruthy();
      }
    }
  });
});

describe("credentials", () => {
  const agents = (auth: string) => call("GET", "/api/agents/", { auth });
  const me = (auth: string) => call("GET", "/api/organizations/auth/me/", { auth });

  it("refuses unknown, malformed and foreign-scheme credentials with 401", async () => {
    for (const auth of [
      "Bearer bk_unknown",
      `Bearer ${stub.apiKey?.slice(0, -1)}x`,
      "Bearer",
      `Bearer ${stub.apiKey} extra`,
      `Basic ${stub.apiKey}`,
    ]) {
      const res = await agents(auth);
      expect(res.status, auth).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="api"');
    }
    expect((await me("Token 0000")).status).toBe(401);
  });

  it("accepts the keywords case-insensitively", async () => {
    expect((await agents(`bearer ${stub.apiKey}`)).status).toBe(200);
    expect((await me(`token ${stub.token}`)).status).toBe(200);
  });

  it("stops a key at once when it is deleted (revoked)", async () => {
    const { key, token: auth } = await newOrganization(call);
    expect((await agents(key)).status).toBe(200);
    const [listed] = (await call("GET", "/api/organizations/api-keys/", { auth })).body.results;
    expect(
      (await call("DELETE", `/api/organizations/api-keys/${listed.id}/`, { auth })).status,
    ).toBe(204);
    const res = await agents(key);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: "API key has been revoked." });
  });

  it("stops a token at once on logout", async () => {
    const { token: auth } = await newOrganization(call);
    expect((await call("POST", "/api/organizations/auth/logout/", { auth })).status).toBe(204);
    const res = await me(auth);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: "Invalid token." });
  });

  describe("an expired key", () => {
    afterEach(() => vi.useRealTimers());
    it("is refused with 401", async () => {
      const { token: auth } = await newOrganization(call);
      const expires = new Date(Date.now() + 3_600_000).toISOString();
      const created = await call("POST", "/api/organizations/api-keys/", {
        auth,
        body: { name: "short-lived", kind: "short_term", expires_at: expires },
      });
      expect(created.body.expires_at).toBe(expires);
      expect((await agents(bearer(created.body.key))).status).toBe(200);
      vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3_600_001 });
      const res = await agents(bearer(created.body.key));
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ detail: "API key has expired." });
    });
  });
});

describe("X-Organization-Id", () => {
  it("selects among a token user's memberships, oldest by default", async () => {
    const { token: auth, org: first } = await newOrganization(call);
    const second = await call("POST", "/api/organizations/organizations/", {
      auth,
      body: { name: "Second" },
    });
    expect(second.status).toBe(201);
    const template = await call("POST", "/api/templates/", {
      auth,
      headers: { "X-Organization-Id": second.body.id },
      body: { name: "in second" },
    });
    expect(template.status).toBe(201);
    const inFirst = await call("GET", "/api/templates/", { auth });
    expect(inFirst.body.count).toBe(0);
    const inSecond = await call("GET", "/api/templates/", {
      auth,
      headers: { "X-Organization-Id": second.body.id },
    });
    expect(inSecond.body.results.map((t: { name: string }) => t.name)).toEqual(["in second"]);
    const explicit = await call("GET", "/api/templates/", {
      auth,
      headers: { "X-Organization-Id": first },
    });
    expect(explicit.body.count).toBe(0);
  });

  it("answers an organization the user is not a member of with 403", async () => {
    const { token: auth } = await newOrganization(call);
    const res = await call("GET", "/api/templates/", {
      auth,
      headers: { "X-Organization-Id": demo("Organization") },
    });
    expect(res.status).toBe(403);
  });

  it("is ignored where the operation does not declare it", async () => {
    const { token: auth } = await newOrganization(call);
    const headers = { "X-Organization-Id": demo("Organization") };
    expect((await call("GET", "/api/organizations/auth/me/", { auth, headers })).status).toBe(200);
    expect(
      (
        await call("GET", "/api/agents/", {
          auth: bearer(stub.apiKey),
          headers: { "X-Organization-Id": "x" },
        })
      ).status,
    ).toBe(200);
  });

  it("lets an API key name only its own organization", async () => {
    const own = await call("GET", "/api/templates/", {
      auth: bearer(stub.apiKey),
      headers: { "X-Organization-Id": demo("Organization") },
    });
    expect(own.status).toBe(200);
    const { org: other } = await newOrganization(call);
    const res = await call("GET", "/api/templates/", {
      auth: bearer(stub.apiKey),
      headers: { "X-Organization-Id": other },
    });
    expect(res.status).toBe(403);
  });
});
