// createStub(): the stub in-process, as apps use it in their tests: fetch with no socket, a
// client on it, per-operation overrides, reset to the seed, and the same stub over HTTP.
import { describe, expect, it } from "vitest";
import { APIError, Bedrock } from "../../src";
import { createStub } from "../../src/stub";
import { demo } from "./helpers";

const stub = await createStub();
const auth = { Authorization: `Bearer ${stub.apiKey}` };
const get = (path: string, headers: Record<string, string> = auth) =>
  stub.fetch(new Request(`${stub.baseUrl}${path}`, { headers }));

describe("createStub()", () => {
  it("answers fetch in-process, seeded like npm start", async () => {
    const res = await get("/api/templates/");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    const page = await res.json();
    expect(page.results.map((t: { id: string }) => t.id)).toContain(demo("Template"));
    // the demo user's token and login work too
    const me = await get("/api/organizations/auth/me/", { Authorization: `Token ${stub.token}` });
    expect((await me.json()).email).toBe(stub.email);
    const login = await stub.fetch(`${stub.baseUrl}/api/organizations/auth/login/`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: stub.email, password: stub.password }),
    });
    expect(login.status).toBe(200);
  });

  it("gives a client identical to new Bedrock on stub.fetch, for the key or a user", async () => {
    const client = stub.client();
    const same = new Bedrock({ fetch: stub.fetch, baseUrl: stub.baseUrl, apiKey: stub.apiKey });
    const ids = async (b: Bedrock) => (await b.templates.list()).results.map((t) => t.id);
    expect(await ids(client)).toEqual(await ids(same));
    const user = stub.client({ token: stub.token });
    expect((await user.auth.me()).email).toBe(stub.email);
  });

  it("builds links on the request's own origin", async () => {
    const res = await stub.fetch(`https://bedrock.example/api/templates/?page_size=1`, {
      headers: auth,
    });
    expect((await res.json()).next).toMatch(/^https:\/\/bedrock\.example\/api\/templates\/\?/);
  });

  it("replaces one operation with use() until resetHandlers()", async () => {
    stub.use({ listAgents: () => ({ status: 503, body: { detail: "Down for a test." } }) });
    const down = await get("/api/agents/");
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ detail: "Down for a test." });
    await expect(stub.client({ maxRetries: 0 }).agents.list()).rejects.toBeInstanceOf(APIError);
    // the others are as they were
    expect((await get("/api/templates/")).status).toBe(200);
    stub.resetHandlers();
    expect((await get("/api/agents/")).status).toBe(200);
  });

  it("goes back to the seed with reset(): data, throttles, failed-auth counters, handlers", async () => {
    const limited = await createStub({
      throttle: { rate: 0.001, burst: 2 },
      failedAuth: { limit: 1, seconds: 60 },
    });
    const client = limited.client({ maxRetries: 0 });
    await client.templates.create({ name: "made in a test" });
    const names = async () => (await limited.store.rows("Template")).map((r) => r.data.name);
    expect(await names()).toContain("made in a test");
    const list = () =>
      limited.fetch(`${limited.baseUrl}/api/agents/`, {
        headers: { Authorization: `Bearer ${limited.apiKey}` },
      });
    expect((await list()).status).toBe(200);
    expect((await list()).status).toBe(429);
    const wrong = () =>
      limited.fetch(`${limited.baseUrl}/api/agents/`, {
        headers: { Authorization: "Bearer wrong" },
      });
    await wrong();
    expect((await wrong()).status).toBe(429);
    limited.use({ listTemplates: () => ({ status: 500 }) });

    limited.reset();
    expect(await names()).not.toContain("made in a test");
    expect((await list()).status).toBe(200);
    const templates = await limited.fetch(`${limited.baseUrl}/api/templates/`, {
      headers: { Authorization: `Bearer ${limited.apiKey}` },
    });
    expect(templates.status).toBe(200);
    expect((await wrong()).status).toBe(401);
  });

  it("leaves throttling and the failed-auth lock off unless asked", async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 250; i++) statuses.add((await get("/api/agents/")).status);
    for (let i = 0; i < 15; i++)
      statuses.add((await get("/api/agents/", { Authorization: "Bearer wrong" })).status);
    expect([...statuses].sort()).toEqual([200, 401]);
    // the quota the contract requires on every answer says so
    const answer = await get("/api/agents/");
    expect(answer.headers.get("ratelimit")).toBe('"unlimited";r=1000000000;t=0');
    expect(answer.headers.get("ratelimit-policy")).toBe('"unlimited";q=1000000000;w=1');
  });

  it("keeps two stubs apart", async () => {
    const other = await createStub();
    await other.client().templates.create({ name: "only in the other" });
    const names = (s: typeof stub) => s.store.rows("Template").map((r) => r.data.name);
    expect(names(other)).toContain("only in the other");
    expect(names(stub)).not.toContain("only in the other");
  });

  it("serves the same stub over HTTP with listen()", async () => {
    const server = await stub.listen({ port: 0 });
    try {
      const created = await stub.client().templates.create({ name: "seen over HTTP" });
      const res = await fetch(`${server.url}/api/templates/${created.id}/`, { headers: auth });
      expect(res.status).toBe(200);
      expect((await res.json()).name).toBe("seen over HTTP");
      const next = (
        await (await fetch(`${server.url}/api/templates/?page_size=1`, { headers: auth })).json()
      ).next;
      expect(next).toMatch(new RegExp(`^${server.url}/`));
    } finally {
      await server.close();
    }
  });
});

describe("createStub({ cors })", () => {
  it("allows the origins it lists besides its own, with Vary: Origin, never *", async () => {
    const withCors = await createStub({ cors: ["http://localhost:5173"] });
    const from = async (origin: string) =>
      (
        await withCors.fetch(`${withCors.baseUrl}/api/templates/`, {
          headers: { Authorization: `Bearer ${withCors.apiKey}`, Origin: origin },
        })
      ).headers;
    expect((await from("http://localhost:5173")).get("access-control-allow-origin")).toBe(
      "http://localhost:5173",
    );
    expect((await from(withCors.baseUrl)).get("access-control-allow-origin")).toBe(
      withCors.baseUrl,
    );
    const other = await from("http://localhost:3000");
    expect(other.get("access-control-allow-origin")).toBeNull();
    expect(other.get("vary")).toBe("Origin");
  });

  it("takes an origin with a trailing slash as the origin, and refuses what is not one (* too)", async () => {
    const slashed = await createStub({ cors: ["http://localhost:5173/"] });
    const res = await slashed.fetch(`${slashed.baseUrl}/api/templates/`, {
      headers: { Authorization: `Bearer ${slashed.apiKey}`, Origin: "http://localhost:5173" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    for (const cors of ["*", "localhost:5173", "http://localhost:5173/app", "ftp://x.test"])
      await expect(createStub({ cors: [cors] }), cors).rejects.toThrow(/cors must list origins/);
  });
});
