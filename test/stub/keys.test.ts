// The key lifecycle: long- and short-term keys and their expiry rules, the end of short-term
// keys at logout, rotation with a grace period, the organization's key policy enforced on every
// key request, and the audit trail, with no secret anywhere in it, the store or the log.
// Time is the stub's injectable clock, moved forward by the tests: nothing sleeps.
import { request as httpRequest } from "node:http";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { operations } from "../../src/generated/operations";
import { actionOf } from "../../src/stub/audit";
import { bearer, demoPath, newOrganization, stubWithStore, token } from "./helpers";

let now = Date.parse("2026-12-01T12:00:00.000Z");
const { stub, store, log, call } = await stubWithStore({ clock: () => now });
const O = "/api/organizations";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(ms).toISOString();
const KEYS_DISABLED = { detail: "API keys are disabled for this organization." };

/** Every secret the tests see (keys, tokens, passwords): none may show up where it should not. */
const secrets = new Set<string>([stub.apiKey, stub.token, stub.password, "password-123"]);
const keep = <T extends { key?: string; token?: string }>(body: T) => {
  if (body?.key) secrets.add(body.key);
  if (body?.token) secrets.add(body.token);
  return body;
};

/** A new organization (its owner's token and a long-term key), its secrets kept. */
async function organization() {
  const org = await newOrganization(call);
  secrets.add(org.token.split(" ")[1] ?? "").add(org.key.split(" ")[1] ?? "");
  return org;
}

async function createKey(auth: string, body: Record<string, unknown>) {
  const res = await call("POST", `${O}/api-keys/`, { auth, body: { name: "job", ...body } });
  keep(res.body);
  return res;
}

/** Invites `role` into the owner's organization and accepts: the new member's token. */
async function member(owner: string, role: "admin" | "member") {
  const email = `${role}-${Math.random()}@example.test`;
  const invite = await call("POST", `${O}/invites/`, { auth: owner, body: { email, role } });
  keep(invite.body);
  const accepted = await call("POST", `${O}/invites/${invite.body.id}/accept/`, {
    body: { token: invite.body.token, name: role, password: "password-123" },
  });
  return token(keep(accepted.body).token);
}

/**
 * A POST of a template whose headers (with `auth`) are in; `finish` sends its body and reads
 * the answer.
 */
async function slowPost(auth: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ name: "late" });
  const req = httpRequest(`${stub.url}/api/templates/`, {
    method: "POST",
    headers: { Authorization: auth, "Content-Type": "application/json", ...headers },
  });
  req.setHeader("Content-Length", Buffer.byteLength(body));
  req.flushHeaders();
  await new Promise((done) => setTimeout(done, 100));
  const answer = new Promise<{ status: number | undefined; text: string }>((done) =>
    req.on("response", async (res) => {
      let text = "";
      for await (const chunk of res) text += chunk;
      done({ status: res.statusCode, text });
    }),
  );
  return {
    finish: () => {
      req.end(body);
      return answer;
    },
  };
}

const agents = (auth: string) => call("GET", "/api/agents/", { auth });
const events = async (auth: string, query = "") =>
  (await call("GET", `${O}/audit-events/${query}`, { auth })).body;

describe("long-term and short-term keys", () => {
  it("creates a long-term key by default, recording who made it", async () => {
    const { token: auth, user } = await organization();
    const res = await createKey(auth, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: "long_term",
      expires_at: null,
      created_by: { type: "user", id: user },
    });
    const byKey = await createKey(bearer(res.body.key), { name: "made by a key" });
    expect(byKey.body.created_by).toEqual({
      type: "api_key",
      id: res.body.id,
      prefix: res.body.prefix,
    });
  });

  it("gives a short-term key 12 hours by default, and refuses more, the past or never", async () => {
    const { token: auth } = await organization();
    const short = await createKey(auth, { kind: "short_term" });
    expect(short.status).toBe(201);
    expect(short.body.expires_at).toBe(at(now + 12 * HOUR));
    for (const expires_at of [at(now + 12 * HOUR + 1000), at(now - 1000), null]) {
      const res = await createKey(auth, { kind: "short_term", expires_at });
      expect(res.status, String(expires_at)).toBe(400);
      expect(Object.keys(res.body)).toEqual(["expires_at"]);
    }
  });

  it("wants a long-term key to expire never or at least a day ahead", async () => {
    const { token: auth } = await organization();
    const soon = await createKey(auth, { expires_at: at(now + 2 * HOUR) });
    expect(soon.status).toBe(400);
    expect(soon.body.expires_at[0]).toMatch(/at least one day ahead/);
    expect((await createKey(auth, { expires_at: at(now + 2 * DAY) })).status).toBe(201);
  });

  it("ends a short-term key at its expiry, and records each refused use", async () => {
    const { token: auth, org } = await organization();
    const short = await createKey(auth, { kind: "short_term", expires_at: at(now + HOUR) });
    expect((await agents(bearer(short.body.key))).status).toBe(200);
    now += HOUR;
    const res = await agents(bearer(short.body.key));
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: "API key has expired." });
    const [event] = store.rows(
      "AuditEvent",
      (e) => e.org === org && e.data.action === "api_key.expired_use",
    );
    expect(event?.data).toMatchObject({
      actor: { type: "api_key", id: short.body.id, prefix: short.body.prefix },
      target: { type: "api_key", id: short.body.id },
      request_id: res.headers.get("x-request-id"),
      created_at: at(now),
    });
  });

  it("ends a short-term key made with a token when that token logs out, and only those", async () => {
    const { token: auth, key } = await organization();
    const login = await call("POST", `${O}/auth/login/`, {
      body: { email: stub.email, password: stub.password },
    });
    const session = token(keep(login.body).token);
    const mine = await createKey(session, { kind: "short_term" });
    const longTerm = await createKey(session, {});
    const otherSession = await createKey(auth, { kind: "short_term" });
    const byKey = await createKey(key, { kind: "short_term" });
    const demoKeyMade = await createKey(bearer(stub.apiKey), { kind: "short_term" });
    for (const k of [mine, longTerm, otherSession, byKey, demoKeyMade])
      expect((await agents(bearer(k.body.key))).status).toBe(200);

    expect((await call("POST", `${O}/auth/logout/`, { auth: session })).status).toBe(204);
    const refused = await agents(bearer(mine.body.key));
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ detail: "API key has expired." });
    const listed = await call("GET", `${O}/api-keys/${mine.body.id}/`, {
      auth: bearer(stub.apiKey),
    });
    expect(listed.body.expires_at).toBe(at(now));
    for (const k of [longTerm, otherSession, byKey, demoKeyMade])
      expect((await agents(bearer(k.body.key))).status).toBe(200);
  });
  it("ends a user's oldest token, and its short-term keys, when a login passes maxTokensPerUser", async () => {
    const { token: first, email } = await organization();
    const job = await createKey(first, { kind: "short_term" });
    const login = async () => {
      const res = await call("POST", `${O}/auth/login/`, {
        body: { email, password: "password-123" },
      });
      return token(keep(res.body).token);
    };
    const me = async (auth: string) => (await call("GET", `${O}/auth/me/`, { auth })).status;
    store.maxTokensPerUser = 2;
    try {
      const second = await login();
      expect([await me(first), await me(second)]).toEqual([200, 200]);
      const third = await login();
      expect([await me(first), await me(second), await me(third)]).toEqual([401, 200, 200]);
      expect((await agents(bearer(job.body.key))).status).toBe(401);
    } finally {
      store.maxTokensPerUser = 1000;
    }
  });
  it("forgets the oldest revoked key past maxRevokedKeys: its use is then an unknown key's", async () => {
    const { token: auth } = await organization();
    const [older, newer] = [await createKey(auth, {}), await createKey(auth, {})];
    store.maxRevokedKeys = 1;
    try {
      for (const k of [older, newer]) await call("DELETE", `${O}/api-keys/${k.body.id}/`, { auth });
      expect((await agents(bearer(older.body.key))).body).toEqual({ detail: "Invalid API key." });
      expect((await agents(bearer(newer.body.key))).body).toEqual({
        detail: "API key has been revoked.",
      });
    } finally {
      store.maxRevokedKeys = 10_000;
    }
  });
});

describe("idempotency keys", () => {
  it("are kept 24 hours of the stub's clock: replayed until then, acted on again after", async () => {
    const { key: auth } = await organization();
    const send = () =>
      call("POST", "/api/templates/", {
        auth,
        body: { name: "Kept" },
        headers: { "Idempotency-Key": "create-kept-template" },
      });
    const first = await send();
    expect(first.status).toBe(201);
    now += DAY - 1;
    const replay = await send();
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(first.body.id);
    now += 1;
    const after = await send();
    expect(after.status).toBe(201);
    expect(after.headers.get("idempotent-replayed")).toBeNull();
    expect(after.body.id).not.toBe(first.body.id);
  });
});

describe("rotation", () => {
  it("gives a new key of the same name and kind; both work during the grace, the old not after", async () => {
    const { token: auth } = await organization();
    const old = await createKey(auth, { name: "nightly-export", expires_at: at(now + 10 * DAY) });
    const rotated = await call("POST", `${O}/api-keys/${old.body.id}/rotate/`, {
      auth,
      body: { grace_seconds: 600 },
    });
    keep(rotated.body);
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({ name: "nightly-export", kind: "long_term" });
    expect(rotated.body.key).not.toBe(old.body.key);
    // a fresh expiry of the same length
    expect(rotated.body.expires_at).toBe(at(now + 10 * DAY));

    now += 599_000;
    expect((await agents(bearer(old.body.key))).status).toBe(200);
    expect((await agents(bearer(rotated.body.key))).status).toBe(200);
    now += 1000;
    const after = await agents(bearer(old.body.key));
    expect(after.status).toBe(401);
    expect(after.body).toEqual({ detail: "API key has expired." });
    expect((await agents(bearer(rotated.body.key))).status).toBe(200);

    const [event] = (await events(auth, "?action=api_key.rotated")).results;
    expect(event).toMatchObject({
      target: { type: "api_key", id: old.body.id },
      changes: {
        grace_seconds: 600,
        replaced_by: { id: rotated.body.id, prefix: rotated.body.prefix },
      },
    });
  });

  it("keeps the old key an hour by default, ends it at once with no grace", async () => {
    const { token: auth } = await organization();
    const first = await createKey(auth, {});
    const second = keep(
      (await call("POST", `${O}/api-keys/${first.body.id}/rotate/`, { auth })).body,
    );
    expect(second.expires_at).toBeNull();
    expect((await call("GET", `${O}/api-keys/${first.body.id}/`, { auth })).body.expires_at).toBe(
      at(now + HOUR),
    );
    const third = await call("POST", `${O}/api-keys/${second.id}/rotate/`, {
      auth: bearer(second.key),
      body: { grace_seconds: 0 },
    });
    keep(third.body);
    expect(third.body.created_by).toMatchObject({ type: "api_key", id: second.id });
    expect((await agents(bearer(second.key))).status).toBe(401);
    expect((await agents(bearer(third.body.key))).status).toBe(200);
  });

  it("refuses a revoked or expired key (400), bad grace (400), a plain member and another organization (403)", async () => {
    const { token: auth } = await organization();
    const rotate = (id: string, body: unknown = {}, as = auth) =>
      call("POST", `${O}/api-keys/${id}/rotate/`, { auth: as, body });
    const revoked = await createKey(auth, {});
    await call("DELETE", `${O}/api-keys/${revoked.body.id}/`, { auth });
    expect(await rotate(revoked.body.id)).toMatchObject({
      status: 400,
      body: { non_field_errors: ["This key has been revoked; create a new one."] },
    });
    const short = await createKey(auth, { kind: "short_term", expires_at: at(now + HOUR) });
    now += HOUR;
    expect(await rotate(short.body.id)).toMatchObject({
      status: 400,
      body: { non_field_errors: ["This key has expired; create a new one."] },
    });
    const live = await createKey(auth, {});
    for (const grace_seconds of [-1, 86_401, "soon"])
      expect((await rotate(live.body.id, { grace_seconds })).body).toHaveProperty("grace_seconds");
    expect((await rotate(live.body.id, {}, await member(auth, "member"))).status).toBe(403);
    const other = await organization();
    expect((await rotate(live.body.id, {}, other.token)).status).toBe(403);
    expect((await rotate(live.body.id, {}, other.key)).status).toBe(403);
    expect((await agents(bearer(live.body.key))).status).toBe(200);
  });
});

describe("the key policy", () => {
  const path = (org: string) => `${O}/organizations/${org}/key-policy/`;

  it("is read by any member and the organization's key, changed by owners and admins with a token", async () => {
    const { token: owner, key, org } = await organization();
    const plain = await member(owner, "member");
    const admin = await member(owner, "admin");
    for (const auth of [owner, plain, admin, key]) {
      const res = await call("GET", path(org), { auth });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        api_keys_enabled: true,
        max_key_lifetime_days: null,
        updated_by: null,
      });
    }
    expect(
      (await call("PATCH", path(org), { auth: plain, body: { max_key_lifetime_days: 5 } })).status,
    ).toBe(403);
    const byKey = await call("PATCH", path(org), { auth: key, body: { api_keys_enabled: true } });
    expect(byKey.status).toBe(401);
    const changed = await call("PATCH", path(org), {
      auth: admin,
      body: { max_key_lifetime_days: 5 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      api_keys_enabled: true,
      max_key_lifetime_days: 5,
      updated_at: at(now),
    });
    expect(changed.body.updated_by.type).toBe("user");
    // PUT resets what it leaves out
    const replaced = await call("PUT", path(org), {
      auth: owner,
      body: { api_keys_enabled: true },
    });
    expect(replaced.body.max_key_lifetime_days).toBeNull();
    for (const max_key_lifetime_days of [0, 3651, 1.5])
      expect(
        (await call("PATCH", path(org), { auth: owner, body: { max_key_lifetime_days } })).status,
      ).toBe(400);
    expect((await call("PUT", path(org), { auth: owner, body: {} })).body).toEqual({
      api_keys_enabled: ["This field is required."],
    });
  });

  it("is another organization's business: 403 for it, 404 for no organization", async () => {
    const mine = await organization();
    const theirs = await organization();
    for (const auth of [mine.token, mine.key])
      expect((await call("GET", path(theirs.org), { auth })).status).toBe(403);
    expect(
      (
        await call("PATCH", path(theirs.org), {
          auth: mine.token,
          body: { api_keys_enabled: false },
        })
      ).status,
    ).toBe(403);
    expect((await call("GET", path(crypto.randomUUID()), { auth: mine.token })).status).toBe(404);
    expect((await call("GET", path(theirs.org), { auth: theirs.key })).body.api_keys_enabled).toBe(
      true,
    );
  });

  it("with API keys off: every key operation is 403, creating and rotating too; tokens and other organizations are unaffected", async () => {
    const { token: auth, key, org } = await organization();
    const other = await organization();
    const rotatable = await createKey(auth, {});
    const template = (await call("POST", "/api/templates/", { auth, body: { name: "t" } })).body;
    const off = await call("PATCH", path(org), { auth, body: { api_keys_enabled: false } });
    expect(off.status).toBe(200);

    // Every operation a key may call, on any id, with any body: refused before anything else.
    const keyOperations = Object.entries(operations).filter(([, op]) =>
      (op.security as readonly string[]).includes("ApiKeyAuth"),
    );
    expect(keyOperations.length).toBeGreaterThan(40);
    for (const [id, { method, path: template_ }] of keyOperations) {
      for (const body of [undefined, { name: "x" }, { not: "valid" }]) {
        const res = await call(method, demoPath(id, template_), {
          auth: key,
          ...(method === "GET" || method === "DELETE" ? {} : { body }),
        });
        expect(res.status, `${id} ${JSON.stringify(body)}`).toBe(403);
        expect(res.body).toEqual(KEYS_DISABLED);
      }
    }
    // Tokens work; creating or rotating a key is refused; another organization's key works.
    expect((await call("GET", `/api/templates/${template.id}/`, { auth })).status).toBe(200);
    expect((await call("POST", "/api/templates/", { auth, body: { name: "u" } })).status).toBe(201);
    expect((await call("GET", `${O}/api-keys/`, { auth })).status).toBe(200);
    const create = await createKey(auth, {});
    expect(create.status).toBe(403);
    expect(create.body).toEqual(KEYS_DISABLED);
    const rotate = await call("POST", `${O}/api-keys/${rotatable.body.id}/rotate/`, { auth });
    expect(rotate).toMatchObject({ status: 403, body: KEYS_DISABLED });
    expect((await agents(other.key)).status).toBe(200);
    // The refused uses are in the trail, by the key's prefix: one event counting them.
    const refused = await events(auth, "?action=api_key.disabled_use&page_size=100");
    expect(refused.count).toBe(1);
    expect(refused.results[0].count).toBe(keyOperations.length * 3);
    expect(refused.results[0].actor).toMatchObject({ type: "api_key", prefix: key.slice(7, 18) });

    await call("PATCH", path(org), { auth, body: { api_keys_enabled: true } });
    expect((await agents(key)).status).toBe(200);
  });

  it("refuses a key switched off or revoked while its request's body was arriving, before acting", async () => {
    const { token: auth, key, org } = await organization();
    const second = keep((await createKey(auth, {})).body);
    const count = async () =>
      (await call("GET", "/api/templates/?page_size=1", { auth })).body.count as number;
    const before = await count();

    const revoked = await slowPost(bearer(second.key));
    await call("DELETE", `${O}/api-keys/${second.id}/`, { auth });
    expect(await revoked.finish()).toEqual({
      status: 401,
      text: JSON.stringify({ detail: "API key has been revoked." }),
    });
    const disabled = await slowPost(key);
    await call("PATCH", path(org), { auth, body: { api_keys_enabled: false } });
    expect(await disabled.finish()).toEqual({ status: 403, text: JSON.stringify(KEYS_DISABLED) });
    expect(await count()).toBe(before);
  });

  it("refuses a token logged out, or a member removed, while its request's body was arriving", async () => {
    const { token: auth, org, email } = await organization();
    const count = async () =>
      (await call("GET", "/api/templates/?page_size=1", { auth })).body.count as number;
    const before = await count();

    const login = await call("POST", `${O}/auth/login/`, {
      body: { email, password: "password-123" },
    });
    const session = token(keep(login.body).token);
    const loggedOut = await slowPost(session);
    expect((await call("POST", `${O}/auth/logout/`, { auth: session })).status).toBe(204);
    expect(await loggedOut.finish()).toEqual({
      status: 401,
      text: JSON.stringify({ detail: "Invalid token." }),
    });

    const plain = await member(auth, "member");
    const removed = await slowPost(plain, { "X-Organization-Id": org });
    const members = (await call("GET", `${O}/members/?page_size=100`, { auth })).body.results;
    const membership = members.find((m: { role: string }) => m.role === "member");
    expect((await call("DELETE", `${O}/members/${membership.id}/`, { auth })).status).toBe(204);
    expect(await removed.finish()).toEqual({
      status: 403,
      text: JSON.stringify({ detail: "You are not a member of this organization." }),
    });
    expect(await count()).toBe(before);
  });

  it("caps the lifetime of new and rotated keys (400 on expires_at); existing keys stay", async () => {
    const { token: auth, key, org } = await organization();
    const forever = await createKey(auth, {});
    await call("PUT", path(org), {
      auth,
      body: { api_keys_enabled: true, max_key_lifetime_days: 30 },
    });
    for (const expires_at of [null, at(now + 30 * DAY + 1000)]) {
      const res = await createKey(auth, { expires_at });
      expect(res.status).toBe(400);
      expect(res.body.expires_at[0]).toMatch(/at most 30 days/);
    }
    expect((await createKey(auth, { expires_at: at(now + 30 * DAY) })).status).toBe(201);
    expect((await createKey(key, { kind: "short_term" })).status).toBe(201);
    // The existing never-expiring key still works, but rotates only into a key within the cap.
    expect((await agents(bearer(forever.body.key))).status).toBe(200);
    const rotate = (body: unknown) =>
      call("POST", `${O}/api-keys/${forever.body.id}/rotate/`, { auth, body });
    const refused = await rotate({});
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body)).toEqual(["expires_at"]);
    expect((await rotate({ expires_at: at(now + 31 * DAY) })).status).toBe(400);
    const rotated = await rotate({ expires_at: at(now + 7 * DAY) });
    keep(rotated.body);
    expect(rotated.status).toBe(201);
    expect(rotated.body.expires_at).toBe(at(now + 7 * DAY));
  });
});

describe("the audit trail", () => {
  it("records every successful write of every operation, with actor, target, request id and time", async () => {
    // A fresh organization, then each write the contract has, through the API.
    const { token: auth, key, user } = await organization();
    const keyRow = (await call("GET", `${O}/api-keys/`, { auth })).body.results[0];
    const template = await call("POST", "/api/templates/", { auth: key, body: { name: "T" } });
    const patched = await call("PATCH", `/api/templates/${template.body.id}/`, {
      auth,
      body: { description: "d" },
    });
    const read = await call("GET", `/api/templates/${template.body.id}/`, { auth: key });
    const agent = await call("POST", "/api/agents/", {
      auth: key,
      body: { name: "A", template: template.body.id },
    });
    const run = await call("POST", `/api/agents/${agent.body.id}/run/`, { auth: key, body: {} });
    const list = (await events(auth, "?page_size=100")).results;
    const byRequest = (res: { headers: Headers }) =>
      list.find((e: { request_id: string }) => e.request_id === res.headers.get("x-request-id"));

    expect(byRequest(template)).toMatchObject({
      action: "template.created",
      actor: { type: "api_key", id: keyRow.id, prefix: keyRow.prefix },
      target: { type: "template", id: template.body.id },
      changes: { name: "T" },
      created_at: at(now),
    });
    expect(byRequest(patched)).toMatchObject({
      action: "template.updated",
      actor: { type: "user", id: user },
      changes: { description: "d" },
    });
    expect(byRequest(read)).toBeUndefined();
    expect(byRequest(run)).toMatchObject({ action: "agent.run", target: { id: agent.body.id } });
    // newest first
    expect(list[0].request_id).toBe(run.headers.get("x-request-id"));
    const signup = list.at(-1);
    expect(signup).toMatchObject({ action: "auth.signup", target: { type: "user", id: user } });
    expect(list.map((e: { created_at: string }) => e.created_at)).toEqual(
      [...list.map((e: { created_at: string }) => e.created_at)].sort().reverse(),
    );
  });

  it("keeps at most 1,000 characters of each value it records, ending a longer one in …", async () => {
    const { token: auth, key } = await organization();
    const content = "x".repeat(100_000);
    const metadata = { notes: "y".repeat(5_000) };
    const doc = await call("POST", "/api/adapter-state/documents/", {
      auth: key,
      body: { title: "Big", content },
    });
    const contact = await call("POST", "/api/adapter-state/contacts/", {
      auth: key,
      body: { name: "c", metadata },
    });
    const changesOf = async (res: { status: number; body: { id: string } }) =>
      (await events(auth, `?target_id=${res.body.id}`)).results[0].changes;
    expect([doc.status, contact.status], JSON.stringify([doc.body, contact.body])).toEqual([
      201, 201,
    ]);
    expect(await changesOf(doc)).toEqual({ title: "Big", content: `${"x".repeat(1000)}…` });
    expect((await changesOf(contact)).metadata).toBe(`${JSON.stringify(metadata).slice(0, 1000)}…`);
  });

  it("derives each write operation's action from its operationId", () => {
    const writes = Object.keys(operations).filter(
      (id) => operations[id as keyof typeof operations].method !== "GET",
    ) as (keyof typeof operations)[];
    const actions = Object.fromEntries(writes.map((id) => [id, actionOf(id)]));
    expect(actions).toMatchObject({
      createTemplate: "template.created",
      replaceAdapterConfig: "adapter_config.updated",
      deleteApiKey: "api_key.revoked",
      createApiKey: "api_key.created",
      rotateApiKey: "api_key.rotated",
      updateMember: "member.role_changed",
      acceptInvite: "invite.accepted",
      updateKeyPolicy: "key_policy.changed",
      runAgent: "agent.run",
    });
    for (const action of Object.values(actions)) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  it("records failed logins of a member, with no actor and no password", async () => {
    const { token: auth, email, user } = await organization();
    const wrong = await call("POST", `${O}/auth/login/`, {
      body: { email, password: "not-the-password" },
    });
    expect(wrong.status).toBe(400);
    const [failed] = (await events(auth, "?action=auth.login_failed")).results;
    expect(failed).toEqual({
      id: expect.any(String),
      action: "auth.login_failed",
      actor: null,
      target: { type: "user", id: user },
      request_id: wrong.headers.get("x-request-id"),
      created_at: at(now),
      count: 1,
    });
    expect(JSON.stringify(store.rows("AuditEvent"))).not.toContain("not-the-password");
  });

  it("filters by action, actor, target and time; orders newest first unless asked", async () => {
    const { token: auth, key, user } = await organization();
    const start = now;
    const keyId = (await call("GET", `${O}/api-keys/`, { auth })).body.results[0].id;
    const first = await call("POST", "/api/templates/", { auth: key, body: { name: "1" } });
    now += 1000;
    const second = await call("POST", "/api/templates/", { auth, body: { name: "2" } });
    now += 1000;
    const ids = async (query: string) =>
      (await events(auth, query)).results.map((e: { target: { id: string } }) => e.target.id);
    const [a, b] = [first.body.id, second.body.id];
    expect(await ids("?action=template.created")).toEqual([b, a]);
    expect(await ids("?action=template.created&ordering=created_at")).toEqual([a, b]);
    expect(await ids(`?action=template.created&actor_type=api_key`)).toEqual([a]);
    expect(await ids(`?action=template.created&actor_id=${user}`)).toEqual([b]);
    expect(await ids(`?actor_id=${keyId}&target_type=template`)).toEqual([a]);
    expect(await ids(`?target_id=${b}`)).toEqual([b]);
    expect(await ids(`?target_type=template&since=${at(start + 1000)}`)).toEqual([b]);
    expect(await ids(`?target_type=template&until=${at(start + 1000)}`)).toEqual([a]);
    const bad = await call("GET", `${O}/audit-events/?since=yesterday&actor_type=robot`, { auth });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body).sort()).toEqual(["actor_type", "since"]);
  });

  it("is read by owners, admins and the organization's key only, within the organization, never written", async () => {
    const { token: owner, key } = await organization();
    const other = await organization();
    const [event] = (await events(owner)).results;
    expect((await call("GET", `${O}/audit-events/${event.id}/`, { auth: key })).body).toEqual(
      event,
    );
    expect(
      (await call("GET", `${O}/audit-events/`, { auth: await member(owner, "admin") })).status,
    ).toBe(200);
    expect(
      (await call("GET", `${O}/audit-events/`, { auth: await member(owner, "member") })).status,
    ).toBe(403);
    for (const auth of [other.token, other.key])
      expect((await call("GET", `${O}/audit-events/${event.id}/`, { auth })).status).toBe(403);
    expect((await call("GET", `${O}/audit-events/`, {})).status).toBe(401);
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const path = method === "POST" ? `${O}/audit-events/` : `${O}/audit-events/${event.id}/`;
      expect((await call(method, path, { auth: owner, body: {} })).status).toBe(405);
    }
  });

  it("keeps each organization's newest maxAuditEvents events of each kind, however often a revoked key is refused", async () => {
    const small = await stubWithStore({ maxAuditEvents: 5 });
    const mine = await newOrganization(small.call);
    const other = await newOrganization(small.call);
    const keyId = (await small.call("GET", `${O}/api-keys/`, { auth: mine.token })).body.results[0]
      .id;
    await small.call("DELETE", `${O}/api-keys/${keyId}/`, { auth: mine.token });
    const refused = [];
    for (let i = 0; i < 8; i++)
      refused.push(await small.call("GET", "/api/agents/", { auth: mine.key }));
    expect(refused.map((res) => res.status)).toEqual(Array(8).fill(401));
    const written = [];
    for (let i = 0; i < 8; i++)
      written.push(
        await small.call("POST", "/api/templates/", { auth: mine.token, body: { name: `${i}` } }),
      );
    const trail = (await small.call("GET", `${O}/audit-events/`, { auth: mine.token })).body;
    // the refusals, one event counting 8; the 5 newest writes; every security event
    expect(
      trail.results.map((e: { action: string; count: number }) => [e.action, e.count]),
    ).toEqual([
      ...Array(5).fill(["template.created", 1]),
      ["api_key.revoked_use", 8],
      ["api_key.revoked", 1],
      ["api_key.created", 1],
      ["auth.signup", 1],
    ]);
    expect(trail.results.slice(0, 5).map((e: { request_id: string }) => e.request_id)).toEqual(
      written
        .slice(-5)
        .reverse()
        .map((res) => res.headers.get("x-request-id")),
    );
    expect(small.store.rows("AuditEvent", () => true, mine.org)).toHaveLength(9);
    // another organization's trail is its own: signup and key creation still there
    const theirs = (await small.call("GET", `${O}/audit-events/`, { auth: other.token })).body;
    expect(theirs.results.map((e: { action: string }) => e.action)).toEqual([
      "api_key.created",
      "auth.signup",
    ]);
  });

  it("holds no key, token, password or invite secret: not in any event, the store or the log", () => {
    const everything = [
      JSON.stringify(store.rows("AuditEvent")),
      inspect(store, {
        depth: Number.POSITIVE_INFINITY,
        maxArrayLength: null,
        maxStringLength: null,
      }),
      log.join("\n"),
    ].join("\n");
    expect(store.rows("AuditEvent").length).toBeGreaterThan(100);
    expect(log.length).toBeGreaterThan(100);
    expect(secrets.size).toBeGreaterThan(30);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(7);
      expect(everything.includes(secret), `a secret (${secret.slice(0, 6)}…) leaked`).toBe(false);
    }
  });
});
