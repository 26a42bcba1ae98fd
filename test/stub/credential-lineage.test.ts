// No credential outlives, outranks or answers for another: a key made by a key expires no later
// than its maker; a short-term key makes only short-term keys, which end with it and at the
// same logout, through rotation too; and an idempotent replay (which may carry a new key's
// secret) goes only to the caller that made the first request, or a key that replaced it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bearer, newOrganization, stubWithStore, token } from "./helpers";

const { call, store } = await stubWithStore({ seed: false });
const KEYS = "/api/organizations/api-keys/";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(store.clock() + ms).toISOString();

async function makeKey(auth: string, body: Record<string, unknown>) {
  const res = await call("POST", KEYS, { auth, body: { name: "made", ...body } });
  return res;
}
const end = (key: { expires_at: string | null }) =>
  key.expires_at === null ? Number.POSITIVE_INFINITY : Date.parse(key.expires_at);

describe("a key made by a key", () => {
  it("expires no later than its maker: later or never is a 400 on expires_at; left out, the maker's end", async () => {
    const org = await newOrganization(call);
    const maker = await makeKey(org.token, { expires_at: at(30 * DAY) });
    expect(maker.status).toBe(201);
    const auth = bearer(maker.body.key);
    for (const expires_at of [at(60 * DAY), null]) {
      const res = await makeKey(auth, { expires_at });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(Object.keys(res.body)).toEqual(["expires_at"]);
    }
    const inside = await makeKey(auth, { expires_at: at(10 * DAY) });
    expect(inside.status).toBe(201);
    const byDefault = await makeKey(auth, {});
    expect(byDefault.status, JSON.stringify(byDefault.body)).toBe(201);
    expect(byDefault.body.expires_at).toBe(maker.body.expires_at);
  });

  it("cannot make itself permanent by rotation: a replacement ends no later than the first maker", async () => {
    const org = await newOrganization(call);
    const maker = await makeKey(org.token, { expires_at: at(30 * DAY) });
    const job = await makeKey(bearer(maker.body.key), { expires_at: at(20 * DAY) });
    expect(job.status).toBe(201);
    const leaked = bearer(job.body.key);
    // the leaked key rotates itself, then its replacement, asking for never and for longer
    for (const body of [{ expires_at: null }, { expires_at: at(40 * DAY) }]) {
      const res = await call("POST", `${KEYS}${job.body.id}/rotate/`, { auth: leaked, body });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(Object.keys(res.body)).toEqual(["expires_at"]);
    }
    // the owner (a token) rotating it cannot lift the bound either: it belongs to the chain
    const byOwner = await call("POST", `${KEYS}${job.body.id}/rotate/`, {
      auth: org.token,
      body: { expires_at: null },
    });
    expect(byOwner.status, JSON.stringify(byOwner.body)).toBe(400);
    const rotated = await call("POST", `${KEYS}${job.body.id}/rotate/`, { auth: leaked, body: {} });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(201);
    expect(end(rotated.body)).toBeLessThanOrEqual(end(maker.body));
    const again = await call("POST", `${KEYS}${rotated.body.id}/rotate/`, {
      auth: bearer(rotated.body.key),
      body: { expires_at: at(35 * DAY) },
    });
    expect(again.status).toBe(400);
  });
});

describe("a short-term key", () => {
  it("makes only short-term keys: long_term, or kind left out, is a 400 on kind; it cannot rotate a long-term key", async () => {
    const org = await newOrganization(call);
    const short = await makeKey(org.token, { kind: "short_term" });
    const auth = bearer(short.body.key);
    for (const body of [{ kind: "long_term" }, {}, { kind: "long_term", expires_at: at(HOUR) }]) {
      const res = await makeKey(auth, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(Object.keys(res.body)).toEqual(["kind"]);
    }
    const longTerm = await makeKey(org.token, {});
    const rotate = await call("POST", `${KEYS}${longTerm.body.id}/rotate/`, { auth, body: {} });
    expect(rotate.status, JSON.stringify(rotate.body)).toBe(400);
  });

  it("makes keys that end no later than itself, and at the logout of the token that made it", async () => {
    const org = await newOrganization(call);
    const login = await call("POST", "/api/organizations/auth/login/", {
      body: { email: org.email, password: "password-123" },
    });
    const session = token(login.body.token);
    const short = await makeKey(session, { kind: "short_term", expires_at: at(2 * HOUR) });
    const auth = bearer(short.body.key);
    const later = await makeKey(auth, { kind: "short_term", expires_at: at(3 * HOUR) });
    expect(later.status).toBe(400);
    expect(Object.keys(later.body)).toEqual(["expires_at"]);
    const child = await makeKey(auth, { kind: "short_term" });
    expect(child.status, JSON.stringify(child.body)).toBe(201);
    expect(child.body.expires_at).toBe(short.body.expires_at);
    const grandchild = await makeKey(bearer(child.body.key), { kind: "short_term" });
    // rotating the child (with the owner's other token) keeps its tie to the session
    const rotated = await call("POST", `${KEYS}${child.body.id}/rotate/`, {
      auth: org.token,
      body: { grace_seconds: 0 },
    });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(201);
    expect(end(rotated.body)).toBeLessThanOrEqual(end(short.body));

    const live = [short, grandchild, rotated].map((res) => bearer(res.body.key));
    for (const key of live) expect((await call("GET", KEYS, { auth: key })).status).toBe(200);
    expect((await call("POST", "/api/organizations/auth/logout/", { auth: session })).status).toBe(
      204,
    );
    for (const key of live) expect((await call("GET", KEYS, { auth: key })).status).toBe(401);
    // the owner's own session is not the one that ended
    expect((await call("GET", KEYS, { auth: org.token })).status).toBe(200);
  });

  it("keeps its tie to the token when the token's user rotates it", async () => {
    const org = await newOrganization(call);
    const login = await call("POST", "/api/organizations/auth/login/", {
      body: { email: org.email, password: "password-123" },
    });
    const session = token(login.body.token);
    const short = await makeKey(session, { kind: "short_term" });
    const rotated = await call("POST", `${KEYS}${short.body.id}/rotate/`, {
      auth: bearer(short.body.key),
      body: { grace_seconds: 0 },
    });
    expect(rotated.status).toBe(201);
    await call("POST", "/api/organizations/auth/logout/", { auth: session });
    expect((await call("GET", KEYS, { auth: bearer(rotated.body.key) })).status).toBe(401);
  });
});

describe("an idempotent replay", () => {
  it("never goes to another key of the organization: 422, not the first answer (a new key's secret)", async () => {
    const org = await newOrganization(call);
    const other = await makeKey(org.token, {});
    const headers = { "Idempotency-Key": randomUUID() };
    const body = { name: "ci" };
    const first = await call("POST", KEYS, { auth: org.key, body, headers });
    expect(first.status).toBe(201);
    const stolen = await call("POST", KEYS, { auth: bearer(other.body.key), body, headers });
    expect(stolen.status, JSON.stringify(stolen.body)).toBe(422);
    expect(JSON.stringify(stolen.body)).not.toContain(first.body.key);
    // nor to a user of the organization
    const byUser = await call("POST", KEYS, { auth: org.token, body, headers });
    expect(byUser.status).toBe(422);
    const same = await call("POST", KEYS, { auth: org.key, body, headers });
    expect(same.headers.get("idempotent-replayed")).toBe("true");
    expect(same.body.key).toBe(first.body.key);
    expect(store.rows("ApiKey", (k) => k.data.name === "ci" && k.org === org.org)).toHaveLength(1);
  });

  it("goes to a key that replaced the first one by rotation, through the whole chain", async () => {
    const org = await newOrganization(call);
    const original = await makeKey(org.token, {});
    const headers = { "Idempotency-Key": randomUUID() };
    const body = { name: "renewed" };
    const first = await call("POST", KEYS, { auth: bearer(original.body.key), body, headers });
    let current = original.body;
    for (let i = 0; i < 2; i++) {
      const next = await call("POST", `${KEYS}${current.id}/rotate/`, { auth: org.token });
      expect(next.status).toBe(201);
      current = next.body;
    }
    const replay = await call("POST", KEYS, { auth: bearer(current.key), body, headers });
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(first.body.id);
  });
});
