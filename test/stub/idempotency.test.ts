// Idempotency keys and rate-limit fields, over raw HTTP: a replay acts once, a reused key is
// refused, keys are per organization, refused and failed requests do not use a key up.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type Caller, HttpError, startStub } from "../../src/stub";
import { idempotencyLayer } from "../../src/stub/idempotency";
import { tokenBuckets } from "../../src/stub/rate-limit";
import { bearer, caller, demo, newOrganization, stubFor, token } from "./helpers";

const { stub, call } = await stubFor();
const key = bearer(stub.apiKey);
const idem = (value: string) => ({ "Idempotency-Key": value });
const count = async (auth: string, path = "/api/templates/") =>
  (await call("GET", path, { auth })).body.count as number;

describe("Idempotency-Key", () => {
  it("replays the first answer to the same request, marked, without acting again", async () => {
    const before = await count(key);
    const headers = idem(randomUUID());
    const body = { name: "Once", system_prompt: "p", model: "m" };
    const first = await call("POST", "/api/templates/", { auth: key, body, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    // the same body with its keys in another order is the same request
    const again = await call("POST", "/api/templates/", {
      auth: key,
      body: { model: "m", system_prompt: "p", name: "Once" },
      headers,
    });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(await count(key)).toBe(before + 1);
  });

  it("replays the answer as it was, even after the object changed", async () => {
    const headers = idem(randomUUID());
    const body = { name: "Before", system_prompt: "p", model: "m" };
    const first = await call("POST", "/api/templates/", { auth: key, body, headers });
    await call("PATCH", `/api/templates/${first.body.id}/`, { auth: key, body: { name: "After" } });
    const again = await call("POST", "/api/templates/", { auth: key, body, headers });
    expect(again.body.name).toBe("Before");
  });

  it("refuses the key for another body, path or method with a 422 that says so", async () => {
    const headers = idem(randomUUID());
    const body = { name: "A", system_prompt: "p", model: "m" };
    expect((await call("POST", "/api/templates/", { auth: key, body, headers })).status).toBe(201);
    const other = await call("POST", "/api/templates/", {
      auth: key,
      body: { ...body, name: "B" },
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.body.detail).toMatch(/Idempotency-Key was already used for a different request/);
    const elsewhere = await call("POST", "/api/adapter-state/contacts/", {
      auth: key,
      body: { name: "C", channel: "email", address: "c@example.test" },
      headers,
    });
    expect(elsewhere.status).toBe(422);
  });

  it("keeps keys per organization: another organization's same key acts on its own", async () => {
    const other = await newOrganization(call);
    const headers = idem(randomUUID());
    const body = { name: "Mine", system_prompt: "p", model: "m" };
    const a = await call("POST", "/api/templates/", { auth: key, body, headers });
    const b = await call("POST", "/api/templates/", { auth: other.key, body, headers });
    expect(b.status).toBe(201);
    expect(b.headers.get("idempotent-replayed")).toBeNull();
    expect(b.body.id).not.toBe(a.body.id);
  });

  it("does not replay one user's answer to another user of the organization", async () => {
    const owner = await newOrganization(call);
    const invite = await call("POST", "/api/organizations/invites/", {
      auth: owner.token,
      body: { email: `m-${randomUUID()}@example.test`, role: "admin" },
    });
    const accepted = await call("POST", `/api/organizations/invites/${invite.body.id}/accept/`, {
      body: { name: "Member", password: "password-123", token: invite.body.token },
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const headers = idem(randomUUID());
    const body = { name: "k" };
    const created = await call("POST", "/api/organizations/api-keys/", {
      auth: owner.token,
      body,
      headers,
    });
    expect(created.status).toBe(201);
    const stolen = await call("POST", "/api/organizations/api-keys/", {
      auth: `Token ${accepted.body.token}`,
      body,
      headers,
    });
    expect(stolen.status).toBe(422);
    expect(JSON.stringify(stolen.body)).not.toContain(created.body.key);
  });

  it("does not replay one API key's answer to another key of the same organization", async () => {
    const owner = await newOrganization(call);
    const second = await call("POST", "/api/organizations/api-keys/", {
      auth: owner.token,
      body: { name: "second" },
    });
    expect(second.status).toBe(201);
    const headers = idem(randomUUID());
    const body = { name: "made by the first key" };
    const created = await call("POST", "/api/organizations/api-keys/", {
      auth: owner.key,
      body,
      headers,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const replayed = await call("POST", "/api/organizations/api-keys/", {
      auth: bearer(second.body.key),
      body,
      headers,
    });
    expect(replayed.status).toBe(422);
    expect(JSON.stringify(replayed.body)).not.toContain(created.body.key);
  });

  it("replays a handler's 4xx, and lets a request refused before acting go again", async () => {
    const missing = `/api/templates/${randomUUID()}/`;
    const headers = idem(randomUUID());
    const first = await call("PATCH", missing, { auth: key, body: { name: "x" }, headers });
    expect(first.status).toBe(404);
    const again = await call("PATCH", missing, { auth: key, body: { name: "x" }, headers });
    expect(again.status).toBe(404);
    expect(again.headers.get("idempotent-replayed")).toBe("true");

    // an invalid body is answered before the handler: the key stays free for a fixed request
    const retry = idem(randomUUID());
    const invalid = await call("POST", "/api/templates/", { auth: key, body: {}, headers: retry });
    expect(invalid.status).toBe(400);
    const body = { name: "Fixed", system_prompt: "p", model: "m" };
    const fixed = await call("POST", "/api/templates/", { auth: key, body, headers: retry });
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get("idempotent-replayed")).toBeNull();
    // and without credentials nothing is kept either
    const anonymous = await call("POST", "/api/templates/", { body, headers: idem(randomUUID()) });
    expect(anonymous.status).toBe(401);
  });

  it("does not keep a handler's 429: once the wait is over, the same request acts", async () => {
    const strict = await startStub({ throttle: false, failedAuth: { limit: 1, seconds: 0.3 } });
    try {
      const api = caller(strict.url);
      const login = "/api/organizations/auth/login/";
      const right = { email: strict.email, password: strict.password };
      const wrong = { ...right, password: "not-the-password" };
      expect((await api("POST", login, { body: wrong })).status).toBe(400);
      const headers = idem(randomUUID());
      expect((await api("POST", login, { body: right, headers })).status).toBe(429);
      await new Promise((done) => setTimeout(done, 400));
      const later = await api("POST", login, { body: right, headers });
      expect(later.status).toBe(200);
      expect(later.headers.get("idempotent-replayed")).toBeNull();
    } finally {
      await strict.close();
    }
  });

  it("answers 400 for a key that is empty, too long or not visible ASCII", async () => {
    const body = { name: "x", system_prompt: "p", model: "m" };
    for (const bad of ["", "k".repeat(256), "caf\u00e9"]) {
      const res = await call("POST", "/api/templates/", {
        auth: key,
        body,
        headers: { "Idempotency-Key": encodeURI(bad) === bad ? bad : "a b" },
      });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body).toHaveProperty("Idempotency-Key");
    }
  });

  it("answers 409 while the first request with the key is in flight, then replays it", async () => {
    let release = () => {};
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const slow = await startStub({
      throttle: false,
      handlers: {
        stopAgent: async () => {
          await gate;
          return { status: 200, body: { id: demo("Agent") } as never };
        },
      },
    });
    try {
      const api = caller(slow.url);
      const headers = idem(randomUUID());
      const path = `/api/agents/${demo("Agent")}/stop/`;
      const first = api("POST", path, { auth: bearer(slow.apiKey), headers });
      await new Promise((done) => setTimeout(done, 50));
      const during = await api("POST", path, { auth: bearer(slow.apiKey), headers });
      expect(during.status).toBe(409);
      expect(during.body.detail).toMatch(/still being processed/);
      release();
      expect((await first).status).toBe(200);
      const after = await api("POST", path, { auth: bearer(slow.apiKey), headers });
      expect(after.headers.get("idempotent-replayed")).toBe("true");
    } finally {
      await slow.close();
    }
  });

  it("frees the key when the handler fails (5xx), so a retry acts", async () => {
    let calls = 0;
    const flaky = await startStub({
      throttle: false,
      handlers: {
        stopAgent: () => {
          calls++;
          if (calls === 1) throw new Error("boom");
          return { status: 200, body: { id: demo("Agent") } as never };
        },
      },
    });
    try {
      const api = caller(flaky.url);
      const headers = idem(randomUUID());
      const path = `/api/agents/${demo("Agent")}/stop/`;
      expect((await api("POST", path, { auth: bearer(flaky.apiKey), headers })).status).toBe(500);
      const retry = await api("POST", path, { auth: bearer(flaky.apiKey), headers });
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBeNull();
      expect(calls).toBe(2);
    } finally {
      await flaky.close();
    }
  });

  it("replays signup without creating a second user", async () => {
    const headers = idem(randomUUID());
    const body = {
      email: `s-${randomUUID()}@example.test`,
      password: "password-123",
      name: "S",
      organization_name: "S Org",
    };
    const first = await call("POST", "/api/organizations/auth/signup/", { body, headers });
    const again = await call("POST", "/api/organizations/auth/signup/", { body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.user.id).toBe(first.body.user.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });
});

describe("the idempotency layer's memory", () => {
  const caller: Caller = {
    kind: "key",
    org: "org",
    orgs: new Map(),
    user: undefined,
    token: undefined,
  };
  const request = (key: string) => ({
    caller,
    credential: "key:1",
    key,
    method: "POST",
    path: "/p",
    body: {},
    inOrganization: true,
  });

  it("keeps no refusal of access (403): once the caller may, the same request acts", async () => {
    const run = idempotencyLayer();
    const refuse = () => {
      throw new HttpError(403, { detail: "Only owners and admins can do this." });
    };
    await expect(run(request("k403"), refuse)).rejects.toMatchObject({ status: 403 });
    const act = () => ({ status: 201, body: { id: "invite" } });
    expect(await run(request("k403"), act)).toEqual({ status: 201, body: { id: "invite" } });
  });

  it("forgets a key after its time to live", async () => {
    let time = 0;
    const run = idempotencyLayer({ ttl: 1000, now: () => time });
    let acted = 0;
    const act = () => ({ status: 201, body: { n: ++acted } });
    await run(request("k"), act);
    time = 999;
    expect(await run(request("k"), act)).toEqual({
      status: 201,
      body: { n: 1 },
      headers: { "Idempotent-Replayed": "true" },
    });
    time = 1000;
    expect(await run(request("k"), act)).toEqual({ status: 201, body: { n: 2 } });
  });

  it("keeps at most maxKeys, dropping the oldest answered ones", async () => {
    const run = idempotencyLayer({ maxKeys: 2 });
    let acted = 0;
    const act = () => ({ status: 201, body: { n: ++acted } });
    for (const k of ["a", "b", "c"]) await run(request(k), act);
    await run(request("a"), act); // "a" was dropped: acts again
    expect(acted).toBe(4);
    await run(request("c"), act); // "c" is kept: replayed
    expect(acted).toBe(4);
  });

  it("drops the oldest answered keys past maxKeys, even behind a request still in flight", async () => {
    const run = idempotencyLayer({ maxKeys: 2 });
    let acted = 0;
    const act = () => ({ status: 201, body: { n: ++acted } });
    void run(request("slow"), () => new Promise<never>(() => {}));
    for (const k of ["a", "b", "c"]) await run(request(k), act);
    await run(request("a"), act); // "a" was dropped: acts again
    expect(acted).toBe(4);
    await expect(run(request("slow"), act)).rejects.toMatchObject({ status: 409 });
  });

  it("keeps at most maxSize characters of answers, dropping the oldest", async () => {
    const run = idempotencyLayer({ maxSize: 2500 });
    let acted = 0;
    const act = () => ({ status: 201, body: { n: ++acted, text: "x".repeat(1000) } });
    for (const k of ["a", "b", "c", "d"]) await run(request(k), act);
    await run(request("d"), act); // kept: replayed
    expect(acted).toBe(4);
    await run(request("a"), act); // dropped for "d" to fit: acts again
    expect(acted).toBe(5);
  });
  it("frees the key of an answer that cannot be JSON (the stub answers 500), so a retry acts", async () => {
    const run = idempotencyLayer();
    let acted = 0;
    const act = () => ({ status: 201, body: { n: ++acted } });
    await expect(
      run(request("k"), () => {
        throw new HttpError(400, { n: 1n });
      }),
    ).rejects.toMatchObject({ status: 400 });
    await run(request("k"), act); // acts: not a 409 for 24 hours
    expect(acted).toBe(1);
    await run(request("j"), () => ({ status: 201, body: { n: 2n } }));
    await run(request("j"), act);
    expect(acted).toBe(2);
  });
});

describe("RateLimit fields", () => {
  it("announce the policy and what is left on every answer past authentication", async () => {
    const small = await startStub({ throttle: { rate: 1, burst: 3 } });
    try {
      const api = caller(small.url);
      const auth = bearer(small.apiKey);
      const seen = [];
      for (let i = 0; i < 4; i++) {
        const res = await api("GET", "/api/templates/", { auth });
        seen.push([res.status, res.headers.get("ratelimit")]);
        expect(res.headers.get("ratelimit-policy")).toBe('"default";q=3;w=3');
      }
      expect(seen).toEqual([
        [200, '"default";r=2;t=1'],
        [200, '"default";r=1;t=2'],
        [200, '"default";r=0;t=3'],
        [429, '"default";r=0;t=3'],
      ]);
      // on an error answer after the throttle too
      const missing = await api("GET", `/api/templates/${randomUUID()}/`, {
        auth: token(small.token),
        headers: { Origin: small.url },
      });
      expect(missing.status).toBe(404);
      expect(missing.headers.get("ratelimit")).toBe('"default";r=2;t=1');
      // and browsers (of the stub's own origin) may read them
      expect(missing.headers.get("access-control-expose-headers")).toMatch(
        /RateLimit, RateLimit-Policy, Idempotent-Replayed/,
      );
    } finally {
      await small.close();
    }
  });

  it("keep at most maxBuckets buckets, dropping the least recently used", () => {
    const take = tokenBuckets({ rate: 1, burst: 1 }, 2);
    const waits = (...credentials: string[]) => credentials.map((c) => take(c).wait);
    // each bucket holds one token: a second request waits, unless its bucket was dropped
    expect(waits("a", "a", "b", "a")).toEqual([0, 1, 0, 1]);
    expect(waits("c", "a")).toEqual([0, 1]); // c's bucket drops b's, not a's (used last)
    expect(waits("b")).toEqual([0]); // b starts over, as if it had never called
  });

  it("state an unlimited quota when throttling is off (the contract requires them)", async () => {
    for (const res of [
      await call("GET", "/api/templates/", { auth: key }),
      await call("GET", "/api/no-such-thing/", { auth: key }),
      await call("PUT", "/api/templates/", { auth: key }),
    ]) {
      expect(res.headers.get("ratelimit")).toBe('"unlimited";r=1000000000;t=0');
      expect(res.headers.get("ratelimit-policy")).toBe('"unlimited";q=1000000000;w=1');
    }
  });
});
