// Users, organizations, members, invites and API keys: secrets, roles and their rules.
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createStubServer } from "../../src/stub";
import { bearer, demo, newOrganization, stubFor, token } from "./helpers";

const { stub, call } = await stubFor();
const O = "/api/organizations";

/** Invites `role` into the organization of `owner` and accepts: the new member's token. */
async function member(owner: string, role: string) {
  const email = `${role}-${Date.now()}-${Math.random()}@example.test`;
  const invite = await call("POST", `${O}/invites/`, { auth: owner, body: { email, role } });
  const accepted = await call("POST", `${O}/invites/${invite.body.id}/accept/`, {
    body: { token: invite.body.token, name: role, password: "password-123" },
  });
  return { token: token(accepted.body.token), membership: accepted.body.membership.id as string };
}

describe("signup, login, me, logout", () => {
  it("signs up a user as the owner of a new organization, never returning the password", async () => {
    const password = "a-long-password";
    const res = await call("POST", `${O}/auth/signup/`, {
      body: { email: "new@example.test", password, name: "New", organization_name: "New Org" },
    });
    expect(res.status).toBe(201);
    expect(res.body.token).toMatch(/^[0-9a-f]{40}$/);
    expect(res.body.membership).toMatchObject({
      role: "owner",
      organization: res.body.organization.id,
    });
    expect(res.body.organization.name).toBe("New Org");
    expect(JSON.stringify(res.body)).not.toContain(password);
    const me = await call("GET", `${O}/auth/me/`, { auth: token(res.body.token) });
    expect(me.body).toMatchObject({ email: "new@example.test", memberships: [{ role: "owner" }] });
    expect(JSON.stringify(me.body)).not.toContain(password);
  });

  it("refuses a taken email (in any case) with 400 on email", async () => {
    const res = await call("POST", `${O}/auth/signup/`, {
      body: {
        email: "ADA@acme.example",
        password: "password-123",
        name: "A",
        organization_name: "A",
      },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ email: ["A user with this email already exists."] });
  });

  it("logs in with the right password only, with a new token each time", async () => {
    const body = { email: stub.email, password: stub.password };
    const first = await call("POST", `${O}/auth/login/`, { body });
    const second = await call("POST", `${O}/auth/login/`, { body });
    expect(first.status).toBe(200);
    expect(first.body.user.email).toBe(stub.email);
    expect(first.body.token).not.toBe(second.body.token);
    for (const wrong of [
      { ...body, password: "wrong-password" },
      { ...body, email: "nobody@example.test" },
    ]) {
      const res = await call("POST", `${O}/auth/login/`, { body: wrong });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        non_field_errors: ["Unable to log in with provided credentials."],
      });
    }
  });

  it("stores passwords hashed (scrypt), never in clear", async () => {
    const { store, password } = await createStubServer();
    expect(inspect(store, { depth: Number.POSITIVE_INFINITY })).not.toContain(password);
  });
});

describe("organizations", () => {
  it("lists a user's organizations, or an API key's own one", async () => {
    const { token: auth, key } = await newOrganization(call);
    await call("POST", `${O}/organizations/`, { auth, body: { name: "Second" } });
    expect((await call("GET", `${O}/organizations/`, { auth })).body.count).toBe(2);
    expect((await call("GET", `${O}/organizations/`, { auth: key })).body.count).toBe(1);
  });

  it("makes the creator the owner", async () => {
    const { token: auth } = await newOrganization(call);
    const org = await call("POST", `${O}/organizations/`, { auth, body: { name: "Mine" } });
    const me = await call("GET", `${O}/auth/me/`, { auth });
    expect(
      me.body.memberships.find((m: { organization: string }) => m.organization === org.body.id)
        .role,
    ).toBe("owner");
  });

  it("answers another organization's id with 403", async () => {
    const { token: auth, key } = await newOrganization(call);
    for (const credential of [auth, key])
      expect(
        (await call("GET", `${O}/organizations/${demo("Organization")}/`, { auth: credential }))
          .status,
      ).toBe(403);
  });

  it("lets only an owner delete the organization, and deletes what it owns", async () => {
    const owner = await newOrganization(call);
    const admin = await member(owner.token, "admin");
    const path = `${O}/organizations/${owner.org}/`;
    expect((await call("DELETE", path, { auth: admin.token })).status).toBe(403);
    // Deleting takes a token (the contract's security), so a key is not even accepted.
    expect((await call("DELETE", path, { auth: owner.key })).status).toBe(401);
    expect(
      (await call("PATCH", path, { auth: admin.token, body: { name: "Renamed" } })).body.name,
    ).toBe("Renamed");
    expect((await call("DELETE", path, { auth: owner.token })).status).toBe(204);
    expect((await call("GET", path, { auth: owner.token })).status).toBe(404);
    expect((await call("GET", "/api/agents/", { auth: owner.key })).status).toBe(401);
  });
});

describe("members", () => {
  it("lets owners and admins change roles and remove members, not members", async () => {
    const owner = await newOrganization(call);
    const plain = await member(owner.token, "member");
    const admin = await member(owner.token, "admin");
    const path = `${O}/members/${plain.membership}/`;
    const adminPath = `${O}/members/${admin.membership}/`;
    const list = await call("GET", `${O}/members/`, { auth: plain.token });
    expect(list.body.results.map((m: { role: string }) => m.role)).toEqual([
      "owner",
      "member",
      "admin",
    ]);
    expect(list.body.results[0].user).toMatchObject({ email: owner.email });
    expect((await call("PATCH", path, { auth: plain.token, body: { role: "admin" } })).status).toBe(
      403,
    );
    expect((await call("DELETE", adminPath, { auth: plain.token })).status).toBe(403);
    const promoted = await call("PATCH", path, { auth: admin.token, body: { role: "admin" } });
    expect(promoted.body.role).toBe("admin");
    expect((await call("DELETE", path, { auth: owner.token })).status).toBe(204);
    // a removed member's token no longer reaches the organization
    expect((await call("GET", "/api/templates/", { auth: plain.token })).status).toBe(403);
  });

  it("answers another organization's member with 403", async () => {
    const { token: auth } = await newOrganization(call);
    expect((await call("GET", `${O}/members/${demo("Membership")}/`, { auth })).status).toBe(403);
  });
});

describe("invites", () => {
  afterEach(() => vi.useRealTimers());

  it("lets only owners and admins invite and revoke", async () => {
    const owner = await newOrganization(call);
    const plain = await member(owner.token, "member");
    const body = { email: "x@example.test" };
    expect((await call("POST", `${O}/invites/`, { auth: plain.token, body })).status).toBe(403);
    const invite = await call("POST", `${O}/invites/`, { auth: owner.token, body });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({
      role: "member",
      status: "pending",
      organization: owner.org,
    });
    expect(Date.parse(invite.body.expires_at) - Date.parse(invite.body.created_at)).toBe(
      7 * 86_400_000,
    );
    expect((await call("GET", `${O}/invites/`, { auth: owner.token })).body.count).toBe(2);
    expect((await call("GET", `${O}/invites/`, { auth: plain.token })).status).toBe(403);
    expect(
      (await call("DELETE", `${O}/invites/${invite.body.id}/`, { auth: plain.token })).status,
    ).toBe(403);
  });

  it("accepts a pending invite once: a user, a membership and a token", async () => {
    const owner = await newOrganization(call);
    const invite = await call("POST", `${O}/invites/`, {
      auth: owner.token,
      body: { email: "grace@example.test", role: "admin" },
    });
    const path = `${O}/invites/${invite.body.id}/accept/`;
    const body = { token: invite.body.token, name: "Grace", password: "password-123" };
    const accepted = await call("POST", path, { body });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({
      user: { email: "grace@example.test", name: "Grace" },
      organization: { id: owner.org },
      membership: { role: "admin", organization: owner.org },
    });
    expect(JSON.stringify(accepted.body)).not.toContain("password-123");
    const me = await call("GET", `${O}/auth/me/`, { auth: token(accepted.body.token) });
    expect(me.status).toBe(200);
    const again = await call("POST", path, { body });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ non_field_errors: ["This invite is accepted, not pending."] });
    expect(
      (await call("GET", `${O}/invites/${invite.body.id}/`, { auth: owner.token })).body.status,
    ).toBe("accepted");
  });

  it("refuses a revoked or expired invite with 400, and an unknown one as a wrong secret", async () => {
    const owner = await newOrganization(call);
    const revoked = await call("POST", `${O}/invites/`, {
      auth: owner.token,
      body: { email: "r@example.test" },
    });
    expect(
      (await call("DELETE", `${O}/invites/${revoked.body.id}/`, { auth: owner.token })).status,
    ).toBe(204);
    const body = { name: "R", password: "password-123" };
    const res = await call("POST", `${O}/invites/${revoked.body.id}/accept/`, {
      body: { ...body, token: revoked.body.token },
    });
    expect(res.status).toBe(400);
    expect(res.body.non_field_errors).toEqual(["This invite is revoked, not pending."]);

    const old = await call("POST", `${O}/invites/`, {
      auth: owner.token,
      body: { email: "e@example.test" },
    });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 8 * 86_400_000 });
    const expired = await call("POST", `${O}/invites/${old.body.id}/accept/`, {
      body: { ...body, token: old.body.token },
    });
    expect(expired.body.non_field_errors).toEqual(["This invite is expired, not pending."]);
    vi.useRealTimers();

    const unknown = await call(
      "POST",
      `${O}/invites/00000000-0000-4000-8000-000000000000/accept/`,
      { body: { ...body, token: old.body.token } },
    );
    const wrong = await call("POST", `${O}/invites/${old.body.id}/accept/`, {
      body: { ...body, token: revoked.body.token },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ token: ["Invalid invite token."] });
    expect(wrong.body).toEqual(unknown.body);
  });
});

describe("API keys", () => {
  it("shows the full key once, then only its prefix", async () => {
    const { token: auth } = await newOrganization(call);
    const created = await call("POST", `${O}/api-keys/`, { auth, body: { name: "ci" } });
    expect(created.status).toBe(201);
    const { key, prefix, id } = created.body;
    expect(key.startsWith(prefix)).toBe(true);
    expect(prefix).toMatch(/^bk_[0-9a-f]{8}$/);
    const got = await call("GET", `${O}/api-keys/${id}/`, { auth });
    const listed = await call("GET", `${O}/api-keys/`, { auth });
    const renamed = await call("PATCH", `${O}/api-keys/${id}/`, {
      auth,
      body: { name: "renamed" },
    });
    expect(renamed.body.name).toBe("renamed");
    for (const res of [got, listed, renamed]) {
      expect(JSON.stringify(res.body)).not.toContain(key);
      expect(JSON.stringify(res.body)).toContain(prefix);
    }
  });

  it("stores keys only as hashes", async () => {
    const { store, apiKey } = await createStubServer();
    const dump = inspect(store, { depth: Number.POSITIVE_INFINITY, maxArrayLength: null });
    expect(dump).not.toContain(apiKey);
    expect(dump).toContain(apiKey.slice(0, 11)); // the prefix is kept for lookup
  });

  it("updates last_used_at when a key is used", async () => {
    const { token: auth } = await newOrganization(call);
    const created = await call("POST", `${O}/api-keys/`, { auth, body: { name: "ci" } });
    expect(created.body.last_used_at).toBeNull();
    const before = Date.now();
    await call("GET", "/api/agents/", { auth: bearer(created.body.key) });
    const got = await call("GET", `${O}/api-keys/${created.body.id}/`, { auth });
    expect(Date.parse(got.body.last_used_at)).toBeGreaterThanOrEqual(before - 1);
  });

  it("refuses an expires_at in the past with 400", async () => {
    const { token: auth } = await newOrganization(call);
    const res = await call("POST", `${O}/api-keys/`, {
      auth,
      body: { name: "old", expires_at: "2001-01-01T00:00:00Z" },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body)).toEqual(["expires_at"]);
  });

  it("lets a key manage keys, and among users only owners and admins", async () => {
    const owner = await newOrganization(call);
    const plain = await member(owner.token, "member");
    expect(
      (await call("POST", `${O}/api-keys/`, { auth: plain.token, body: { name: "x" } })).status,
    ).toBe(403);
    expect((await call("GET", `${O}/api-keys/`, { auth: plain.token })).status).toBe(200);
    expect(
      (await call("POST", `${O}/api-keys/`, { auth: owner.key, body: { name: "x" } })).status,
    ).toBe(201);
  });
});
