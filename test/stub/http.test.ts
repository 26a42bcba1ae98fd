// The server's own behaviour, whatever the operation: routing, request ids, body parsing and
// validation, throttling, the access log, failures, and the files it serves.
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createStub, startStub } from "../../src/stub";
import { bearer, caller, demo, stubFor, token } from "./helpers";

const lines: string[] = [];
const docsDir = mkdtempSync(join(tmpdir(), "bedrock-docs-"));
writeFileSync(join(docsDir, "index.html"), "<h1>Bedrock docs</h1>");
const { stub, call } = await stubFor({ log: (line) => lines.push(line), docsDir });
const key = bearer(stub.apiKey);

describe("routing", () => {
  it("answers an unknown path with 404 Not found", async () => {
    for (const path of ["/nope/", "/api/templates", "/api/templates/x/y/"]) {
      const res = await call("GET", path, { auth: key });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: "Not found." });
    }
  });

  it("answers a method the path lacks with 405 and Allow", async () => {
    const res = await call("PUT", "/api/organizations/organizations/", { auth: key });
    expect(res.status).toBe(405);
    // every method that works, HEAD and OPTIONS included, in DRF's order
    expect(res.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    const item = await call("PUT", `/api/traces/${demo("Trace")}/`, { auth: key, body: {} });
    expect(item.headers.get("allow")).toBe("GET, PATCH, HEAD, OPTIONS");
    const run = await call("GET", `/api/agents/${demo("Agent")}/run/`, { auth: key });
    expect(run.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("answers a path id that is not a uuid, or malformed, with 404", async () => {
    for (const path of ["/api/templates/not-a-uuid/", "/api/templates/%E0%A4%A/", "/docs/%E0%A4%A"])
      expect((await call("GET", path, { auth: key })).status, path).toBe(404);
  });

  it("answers HEAD like GET, without a body", async () => {
    const res = await fetch(`${stub.url}/api/templates/`, {
      method: "HEAD",
      headers: { Authorization: key },
    });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await res.text()).toBe("");
  });

  it("answers a CORS preflight from the stub's own origin, never with *", async () => {
    const res = await call("OPTIONS", "/api/templates/", { headers: { Origin: stub.url } });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-origin")).toBe(stub.url);
    expect(res.headers.get("vary")).toBe("Origin");
    // Every header the SDK sends from a browser must pass the preflight.
    const allowed = res.headers.get("access-control-allow-headers")?.toLowerCase().split(/,\s*/);
    for (const header of ["authorization", "content-type", "x-organization-id", "x-bedrock-client"])
      expect(allowed).toContain(header);
    // its loopback aliases are the stub too
    const alias = stub.url.replace("127.0.0.1", "localhost");
    const aliased = await call("GET", "/api/templates/", { auth: key, headers: { Origin: alias } });
    expect(aliased.headers.get("access-control-allow-origin")).toBe(alias);
  });

  it("lets no other origin's page read an answer, credentials or not", async () => {
    for (const origin of ["https://evil.example", "null", `${stub.url}.evil.example`]) {
      const res = await call("GET", "/api/templates/", { auth: key, headers: { Origin: origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin"), origin).toBeNull();
      expect(res.headers.get("vary")).toBe("Origin");
    }
  });
});

describe("request id", () => {
  it("is the server's own, never a client's X-Request-Id passed off as it", async () => {
    const sent = ["req_abc-123", "req_00000000-0000-0000-0000-000000000000"];
    for (const id of sent) {
      const res = await call("GET", "/api/templates/", {
        auth: key,
        headers: { "X-Request-Id": id },
      });
      expect(res.headers.get("x-request-id")).not.toBe(id);
      expect(res.headers.get("x-request-id")).toMatch(/^req_[\w-]{36}$/);
    }
  });

  it("is generated for every response, each its own", async () => {
    const invalid = await call("GET", "/nope/", {
      headers: { "X-Request-Id": "bad id\twith spaces" },
    });
    const missing = await call("GET", "/api/templates/");
    for (const res of [invalid, missing])
      expect(res.headers.get("x-request-id")).toMatch(/^req_[\w-]{36}$/);
    expect(invalid.headers.get("x-request-id")).not.toBe(missing.headers.get("x-request-id"));
  });
});

describe("request bodies", () => {
  const post = (body: string, type = "application/json") =>
    fetch(`${stub.url}/api/templates/`, {
      method: "POST",
      headers: { Authorization: key, "Content-Type": type },
      body,
    });

  it("answers malformed JSON with 400 JSON parse error", async () => {
    const res = await post('{"name": ');
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatch(/^JSON parse error - /);
  });

  it("answers a body that is not JSON with 415", async () => {
    const res = await post("name=x", "application/x-www-form-urlencoded");
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      detail: 'Unsupported media type "application/x-www-form-urlencoded" in request.',
    });
  });

  it("accepts JSON with a charset or a +json type", async () => {
    expect((await post('{"name":"a"}', "application/json; charset=utf-8")).status).toBe(201);
    expect((await post('{"name":"b"}', "application/vnd.api+json")).status).toBe(201);
  });

  it("answers a body over 1 MiB with 413, with or without Content-Length", async () => {
    const big = JSON.stringify({ name: "x", description: "a".repeat(1024 * 1024) });
    const sized = await post(big);
    expect(sized.status).toBe(413);
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(`${stub.url}/api/templates/`, {
        method: "POST",
        headers: { Authorization: key, "Content-Type": "application/json" },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      for (let i = 0; i < 20; i++) req.write("a".repeat(64 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);
    // and the server still serves
    expect((await call("GET", "/api/templates/", { auth: key })).status).toBe(200);
  });

  it("treats an empty body as {} (required fields missing)", async () => {
    const res = await call("POST", "/api/templates/", { auth: key });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ name: ["This field is required."] });
  });
});

describe("validation from the contract (DRF field map)", () => {
  it("rejects a missing required field and a wrong type, per field", async () => {
    const res = await call("POST", "/api/agents/", { auth: key, body: { name: 5, tags: "x" } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      name: ["Not a valid string."],
      template: ["This field is required."],
      tags: ['Expected a list of items but got type "str".'],
    });
  });

  it("rejects a bad uuid in a body and in a query filter", async () => {
    const body = await call("POST", "/api/agents/", {
      auth: key,
      body: { name: "a", template: "nope" },
    });
    expect(body.status).toBe(400);
    expect(body.body).toEqual({ template: ["Must be a valid UUID."] });
    const query = await call("GET", "/api/agents/?template=nope", { auth: key });
    expect(query.status).toBe(400);
    expect(query.body).toEqual({ template: ["Must be a valid UUID."] });
  });

  it("rejects an unknown query enum value and out-of-range paging", async () => {
    const res = await call(
      "GET",
      "/api/agents/?status=sleeping&ordering=name&page_size=101&page=0",
      {
        auth: key,
      },
    );
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      status: ['"sleeping" is not a valid choice.'],
      ordering: ['"name" is not a valid choice.'],
      page_size: ["Ensure this value is less than or equal to 100."],
      page: ["Ensure this value is greater than or equal to 1."],
    });
    expect((await call("GET", "/api/agents/?page=two", { auth: key })).body).toEqual({
      page: ["A valid integer is required."],
    });
  });

  it("rejects blank, too long, null and non-object bodies the DRF way", async () => {
    const blank = await call("POST", "/api/templates/", { auth: key, body: { name: "" } });
    expect(blank.body).toEqual({ name: ["This field may not be blank."] });
    const long = await call("POST", "/api/templates/", {
      auth: key,
      body: { name: "a".repeat(201) },
    });
    expect(long.body).toEqual({ name: ["Ensure this field has no more than 200 characters."] });
    const nulled = await call("POST", "/api/templates/", { auth: key, body: { name: null } });
    expect(nulled.body).toEqual({ name: ["This field may not be null."] });
    const list = await call("POST", "/api/templates/", { auth: key, body: [1] });
    expect(list.body).toEqual({
      non_field_errors: ["Invalid data. Expected a dictionary, but got list."],
    });
    const email = await call("POST", "/api/organizations/invites/", {
      auth: token(stub.token),
      body: { email: "not-an-email", role: "boss" },
    });
    expect(email.body).toEqual({
      email: ["Enter a valid email address."],
      role: ['"boss" is not a valid choice.'],
    });
  });

  it("ignores fields the contract does not declare, including read-only ones", async () => {
    const res = await call("POST", "/api/agents/", {
      auth: key,
      body: { name: "a", template: demo("Template"), status: "running", id: "x", extra: 1 },
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("idle");
    expect(res.body).not.toHaveProperty("extra");
  });
});

describe("throttling", () => {
  it("answers 429 with Retry-After once a credential's burst is spent, per credential", async () => {
    const small = await startStub({ throttle: { rate: 1, burst: 3 } });
    try {
      const api = caller(small.url);
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await api("GET", "/api/templates/", { auth: bearer(small.apiKey) })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const throttled = await api("GET", "/api/templates/", { auth: bearer(small.apiKey) });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(throttled.body.detail).toMatch(/^Request was throttled/);
      // another credential has its own bucket
      expect((await api("GET", "/api/templates/", { auth: token(small.token) })).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it("counts made-up API keys and tokens against the client's address: a new one each time is no way out", async () => {
    const small = await createStub({ throttle: { rate: 1, burst: 3 } });
    const statusWith = async (auth: string) =>
      (await small.fetch(`${small.baseUrl}/api/templates/`, { headers: { Authorization: auth } }))
        .status;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await statusWith(bearer(`bk_made_up_${i}`)));
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await statusWith(token(`made-up-${randomUUID()}`))).toBe(429);
    // a real key still has its own budget
    expect(await statusWith(bearer(small.apiKey))).toBe(200);
  });
});

describe("failures", () => {
  it("answers a failing handler with 500 and keeps serving", async () => {
    const failing = await startStub({
      handlers: {
        listTemplates: () => {
          throw new Error("boom");
        },
      },
    });
    try {
      const api = caller(failing.url);
      const res = await api("GET", "/api/templates/", { auth: bearer(failing.apiKey) });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ detail: "Internal server error." });
      expect(res.headers.get("x-request-id")).toBeTruthy();
      expect((await api("GET", "/api/agents/", { auth: bearer(failing.apiKey) })).status).toBe(200);
    } finally {
      await failing.close();
    }
  });
});

describe("access log", () => {
  it("writes one line per request: method, path, status, ms, request id", async () => {
    lines.length = 0;
    const res = await call("GET", "/api/agents/?status=idle", { auth: key });
    await call("GET", "/nope/");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toHaveLength(2);
    const id = res.headers.get("x-request-id");
    expect(lines[0]).toMatch(new RegExp(`^\\S+Z GET /api/agents/ 200 \\d+\\.\\dms ${id}$`));
    expect(lines[1]).toMatch(/ GET \/nope\/ 404 /);
  });

  it("never logs a credential or a password", async () => {
    lines.length = 0;
    const password = "secret-password-42";
    const email = `log-${Date.now()}@example.test`;
    const signup = await call("POST", "/api/organizations/auth/signup/", {
      body: { email, password, name: "L", organization_name: "L" },
    });
    const login = await call("POST", "/api/organizations/auth/login/", {
      body: { email, password },
    });
    const created = await call("POST", "/api/organizations/api-keys/", {
      auth: token(login.body.token),
      body: { name: "k" },
    });
    await call("GET", `/api/agents/?key=${created.body.key}`, { auth: bearer(created.body.key) });
    await call("GET", "/api/agents/", { auth: "Bearer not-a-real-key" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const log = lines.join("\n");
    expect(lines).toHaveLength(5);
    for (const secret of [
      password,
      signup.body.token,
      login.body.token,
      created.body.key,
      "not-a-real-key",
    ])
      expect(log).not.toContain(secret);
    expect(log).not.toMatch(/Bearer|Token /);
  });
});

describe("served files", () => {
  it("serves the bundled contract as JSON and YAML", async () => {
    const json = await fetch(`${stub.url}/openapi.json`);
    expect(json.headers.get("content-type")).toBe("application/json");
    const spec = await json.json();
    expect(spec.openapi).toBe("3.1.0");
    const yaml = await fetch(`${stub.url}/openapi.yaml`);
    expect(yaml.headers.get("content-type")).toBe("application/yaml");
    expect(parse(await yaml.text())).toEqual(spec);
  });

  it("serves the docs directory at /docs/ and nothing outside it", async () => {
    expect((await fetch(`${stub.url}/docs`, { redirect: "manual" })).headers.get("location")).toBe(
      "/docs/",
    );
    const page = await fetch(`${stub.url}/docs/`);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("Bedrock docs");
    expect((await fetch(`${stub.url}/docs/missing.html`)).status).toBe(404);
    expect((await fetch(`${stub.url}/docs/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it("explains how to build the docs when they are missing", async () => {
    const bare = await startStub({ seed: false });
    try {
      const page = await fetch(`${bare.url}/docs/`);
      expect(page.status).toBe(404);
      expect(await page.text()).toContain("docs/site/");
    } finally {
      await bare.close();
    }
  });
});
