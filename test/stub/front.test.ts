// The front of the pipeline (issue 20, "Throttling and accounting come first"): what the
// throttle and the failed-authentication lock count, and what a refusal carries.
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { createStub } from "../../src/stub";
import { HttpError } from "../../src/stub/errors";
import { failedAuthentication } from "../../src/stub/failed-auth";

const O = "/api/organizations";

describe("the failed-authentication lock", () => {
  it("does not count a known key that is revoked or expired: it is no guess", async () => {
    let now = Date.now();
    const stub = await createStub({ failedAuth: { limit: 3, seconds: 60 }, clock: () => now });
    const user = stub.client({ token: stub.token });
    const revoked = await user.apiKeys.create({ name: "old" });
    await user.apiKeys.delete(revoked.id);
    const expiring = await user.apiKeys.create({
      name: "short",
      expires_at: new Date(now + 2 * 86_400_000).toISOString(),
    });
    now += 3 * 86_400_000;
    const agents = (key: string) =>
      stub.fetch(`${stub.baseUrl}/api/agents/`, { headers: { Authorization: `Bearer ${key}` } });
    for (let i = 0; i < 5; i++) {
      expect((await agents(revoked.key)).status).toBe(401);
      expect((await agents(expiring.key)).status).toBe(401);
    }
    // a renewal's requests in flight do not lock the address out
    expect((await agents(stub.apiKey)).status).toBe(200);
    // unknown keys still do
    for (let i = 0; i < 3; i++) await agents("bk_guessed0000000000000000000000000000000000");
    expect((await agents(stub.apiKey)).status).toBe(429);
  });

  it("never drops a locked email or address to make room for others", () => {
    const attemptsOf = failedAuthentication({ limit: 2, seconds: 60 });
    const victim = attemptsOf("203.0.113.1");
    victim.fail("victim@example.test");
    victim.fail("victim@example.test");
    for (let i = 0; i < 10_050; i++) attemptsOf(`198.51.100.${i}`).fail();
    expect(() => attemptsOf("203.0.113.7").check("victim@example.test")).toThrow(HttpError);
    expect(() => victim.check()).toThrow(HttpError);
    // the others' counters (below the limit) made room for each other
    expect(() => attemptsOf("198.51.100.1").check()).not.toThrow();
  });

  it.each([
    ["throttled", { rate: 100, burst: 200 }, /^"default";r=\d+;t=\d+$/],
    ["unthrottled", false, /^"unlimited";r=1000000000;t=0$/],
  ] as const)(
    "answers its 429 with RateLimit and RateLimit-Policy, %s",
    async (_, throttle, quota) => {
      const stub = await createStub({ throttle, failedAuth: { limit: 1, seconds: 60 } });
      const login = (password: string) =>
        stub.fetch(`${stub.baseUrl}${O}/auth/login/`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ email: stub.email, password }),
        });
      expect((await login("wrong")).status).toBe(400);
      for (const res of [
        await login(stub.password),
        await stub.fetch(`${stub.baseUrl}/api/agents/`, {
          headers: { Authorization: `Bearer ${stub.apiKey}` },
        }),
      ]) {
        expect(res.status).toBe(429);
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(res.headers.get("ratelimit")).toMatch(quota);
        expect(res.headers.get("ratelimit-policy")).toMatch(/^"[a-z]+";q=\d+;w=\d+$/);
      }
    },
  );
});

describe("the throttle", () => {
  it("charges refused requests to the caller's budget, before any audit write", async () => {
    const stub = await createStub({ throttle: { rate: 0.001, burst: 2 } });
    const user = stub.client({ token: stub.token });
    const revoked = await user.apiKeys.create({ name: "old" });
    await user.apiKeys.delete(revoked.id);
    const trail = () => JSON.stringify(stub.store.rows("AuditEvent").map((row) => row.data));
    const agents = (key: string) =>
      stub.fetch(`${stub.baseUrl}/api/agents/`, { headers: { Authorization: `Bearer ${key}` } });
    expect((await agents(revoked.key)).status).toBe(401);
    expect((await agents(revoked.key)).status).toBe(401);
    const before = trail();
    const over = await agents(revoked.key);
    expect(over.status).toBe(429);
    expect(trail()).toBe(before);
    stub.reset(); // full budgets again
    // a foreign organization's 403s spend the user's budget like successes
    const keys = (headers: Record<string, string> = {}) =>
      stub.fetch(`${stub.baseUrl}${O}/api-keys/`, {
        headers: { Authorization: `Token ${stub.token}`, ...headers },
      });
    const foreign = { "X-Organization-Id": "00000000-0000-4000-8000-000000000000" };
    expect((await keys(foreign)).status).toBe(403);
    expect((await keys(foreign)).status).toBe(403);
    expect((await keys()).status).toBe(429);
  });
});

describe("connections", () => {
  /** A connection from `localAddress` that sends nothing (held half-open). */
  const hold = (url: string, localAddress: string) =>
    new Promise<Socket>((done, fail) => {
      const { hostname, port } = new URL(url);
      const socket = connect({ host: hostname, port: Number(port), localAddress }, () =>
        done(socket),
      );
      socket.once("error", fail);
    });

  it("caps each address under the global cap: one client's idle flood leaves room for others", async () => {
    const stub = await createStub();
    const lines: string[] = [];
    const server = await stub.listen({
      maxConnections: 20,
      maxConnectionsPerAddress: 5,
      log: (line) => lines.push(line),
    });
    const held: Socket[] = [];
    try {
      for (let i = 0; i < 200; i++) held.push(await hold(server.url, "127.0.0.2"));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const open = held.filter((socket) => !socket.destroyed);
      expect(open.length).toBe(5);
      const res = await fetch(`${server.url}/api/agents/`, {
        headers: { Authorization: `Bearer ${stub.apiKey}` },
      });
      expect(res.status).toBe(200);
      // the 195 refusals are a few lines, not one each
      const refused = lines.filter((line) => /connection from 127\.0\.0\.2 closed/.test(line));
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.length).toBeLessThanOrEqual(20);
    } finally {
      for (const socket of held) socket.destroy();
      await server.close();
    }
  });
});

describe("password hashing", () => {
  it("runs one client address's hashes one at a time: a signup flood does not hold up another's login", async () => {
    const stub = await createStub();
    const server = await stub.listen();
    const post = (path: string, body: unknown, localAddress: string) =>
      new Promise<number>((done, fail) => {
        const data = JSON.stringify(body);
        const req = request(
          `${server.url}${path}`,
          {
            method: "POST",
            localAddress,
            agent: false,
            headers: { "Content-Type": "application/json", "Content-Length": data.length },
          },
          (res) => {
            res.resume();
            res.on("end", () => done(performance.now()));
          },
        );
        req.on("error", fail);
        req.end(data);
      });
    try {
      const flood = Array.from({ length: 24 }, (_, i) =>
        post(
          `${O}/auth/signup/`,
          {
            email: `flood-${i}@example.test`,
            password: "p4ssword!",
            name: "F",
            organization_name: "F",
          },
          "127.0.0.2",
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      const login = await post(
        `${O}/auth/login/`,
        { email: stub.email, password: stub.password },
        "127.0.0.1",
      );
      const finished = await Promise.all(flood);
      // the login took its own lane: most of the flood finished after it
      expect(finished.filter((at) => at > login).length).toBeGreaterThan(flood.length / 2);
    } finally {
      await server.close();
    }
  });
});
