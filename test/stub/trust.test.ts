// The attacks on the access model, each as a hostile caller would try it, through raw HTTP and
// through the SDK; then the role table walked cell by cell against the stub, and the throttle
// on failed authentication.
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  Bedrock,
  PermissionDeniedError,
  RateLimitError,
} from "../../src";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { createStubServer, type StubOptions } from "../../src/stub";
import type { Role } from "../../src/stub/handlers/types";
import { type Action, allows, ROLE_TABLE, ROLES } from "../../src/stub/roles";
import { newId } from "../../src/stub/store";
import { type Call, caller, token } from "./helpers";
import { team } from "./invariants";

const O = "/api/organizations";
const log: string[] = [];
const { store, url, call, close } = await serve({ log: (line) => log.push(line), throttle: false });
afterAll(close);

async function serve(options: StubOptions) {
  const { server, store } = await createStubServer({ ...options, seed: false });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((closed) => {
      server.close(() => closed());
      server.closeAllConnections();
    });
  return { store, url, call: caller(url), close };
}

const signup = async (email: string, password = "founder-password") => {
  const res = await call("POST", `${O}/auth/signup/`, {
    body: { email, password, name: "Founder", organization_name: "Acme" },
  });
  return { auth: token(res.body.token), org: res.body.organization.id as string, res };
};
const invite = async (auth: string, email: string, role: Role) =>
  (await call("POST", `${O}/invites/`, { auth, body: { email, role } })).body as {
    id: string;
    token: string;
  };
const accept = (id: string, body: object, auth?: string) =>
  call("POST", `${O}/invites/${id}/accept/`, { auth, body });

describe("invite takeover (raw HTTP)", () => {
  it("a member can neither list invites nor accept one without its secret", async () => {
    const founder = await signup("founder-takeover@example.test");
    const pending = await invite(founder.auth, "carol@acme.example", "admin");
    const plainInvite = await invite(founder.auth, "mallory@example.test", "member");
    const mallory = await accept(plainInvite.id, {
      token: plainInvite.token,
      name: "Mallory",
      password: "mallory-password",
    });
    const auth = token(mallory.body.token);

    expect((await call("GET", `${O}/invites/`, { auth })).status).toBe(403);
    expect((await call("GET", `${O}/invites/${pending.id}/`, { auth })).status).toBe(403);
    const missing = await accept(pending.id, { name: "Carol", password: "chosen-by-mallory" });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ token: ["This field is required."] });
    const guessed = await accept(pending.id, {
      token: plainInvite.token,
      name: "Carol",
      password: "chosen-by-mallory",
    });
    const unknown = await accept(newId(), {
      token: plainInvite.token,
      name: "Carol",
      password: "chosen-by-mallory",
    });
    // A wrong secret and an invite that does not exist read the same.
    expect([guessed.status, guessed.body]).toEqual([unknown.status, unknown.body]);
    expect(guessed.body).toEqual({ token: ["Invalid invite token."] });

    const carol = await accept(pending.id, {
      token: pending.token,
      name: "Carol",
      password: "carols-own-password",
    });
    expect(carol.status).toBe(201);
    expect(carol.body.membership.role).toBe("admin");
    expect(carol.body.user.email).toBe("carol@acme.example");
    const replay = await accept(pending.id, {
      token: pending.token,
      name: "C",
      password: "x".repeat(8),
    });
    expect(replay.body).toEqual({ non_field_errors: ["This invite is accepted, not pending."] });
  });

  it("an invite for an existing account needs that user's token and never re-creates them", async () => {
    const founder = await signup("founder-existing@example.test");
    const victim = await signup("victim@example.test", "victims-password");
    const other = await signup("someone-else@example.test");
    const sent = await invite(founder.auth, "VICTIM@example.test", "member");

    const anonymous = await accept(sent.id, {
      token: sent.token,
      name: "Victim",
      password: "attackers-password",
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.detail).toMatch(/log in first/);
    const stranger = await accept(sent.id, { token: sent.token }, other.auth);
    expect(stranger.status).toBe(403);

    const joined = await accept(
      sent.id,
      { token: sent.token, password: "ignored-password" },
      victim.auth,
    );
    expect(joined.status).toBe(201);
    expect(joined.body.user.id).toBe(victim.res.body.user.id);
    expect(joined.body.membership).toMatchObject({ organization: founder.org, role: "member" });
    expect(store.rows("User", (u) => /victim@/i.test(u.data.email))).toHaveLength(1);
    const login = (password: string) =>
      call("POST", `${O}/auth/login/`, { body: { email: "victim@example.test", password } });
    expect((await login("victims-password")).status).toBe(200);
    expect((await login("attackers-password")).status).toBe(400);
    expect((await login("ignored-password")).status).toBe(400);
  });

  it("shows an invite's secret only in the response that creates it, and stores it hashed", async () => {
    const founder = await signup("founder-secret@example.test");
    const sent = await invite(founder.auth, "dave@example.test", "member");
    expect(sent.token).toMatch(/^inv_[\w-]{32}$/);
    const reads = [
      await call("GET", `${O}/invites/`, { auth: founder.auth }),
      await call("GET", `${O}/invites/${sent.id}/`, { auth: founder.auth }),
      await call("DELETE", `${O}/invites/${sent.id}/`, { auth: founder.auth }),
      await call("GET", `${O}/invites/${sent.id}/`, { auth: founder.auth }),
    ];
    for (const res of reads) expect(JSON.stringify(res.body) ?? "").not.toContain(sent.token);
    expect(reads[3]?.body.status).toBe("revoked");
    expect(log.join("\n")).not.toContain(sent.token);
    expect(inspect(store, { depth: Number.POSITIVE_INFINITY })).not.toContain(sent.token);
  });

  describe("expiry", () => {
    afterEach(() => vi.useRealTimers());
    it("reads `expired` in lists and gets once expires_at passes, and cannot be accepted", async () => {
      const founder = await signup("founder-expiry@example.test");
      const sent = await invite(founder.auth, "late@example.test", "member");
      vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 7 * 86_400_000 + 1000 });
      const got = await call("GET", `${O}/invites/${sent.id}/`, { auth: founder.auth });
      expect(got.body.status).toBe("expired");
      const listed = await call("GET", `${O}/invites/`, { auth: founder.auth });
      expect(listed.body.results.map((i: { status: string }) => i.status)).toEqual(["expired"]);
      const late = await accept(sent.id, { token: sent.token, name: "L", password: "password-1" });
      expect(late.body).toEqual({ non_field_errors: ["This invite is expired, not pending."] });
    });
  });
});

describe("role escalation (raw HTTP)", () => {
  it("an admin cannot make themselves owner, demote the founder, delete the organization or invite an owner", async () => {
    const founder = await signup("founder-escalation@example.test");
    const sent = await invite(founder.auth, "eve@example.test", "admin");
    const eve = await accept(sent.id, { token: sent.token, name: "Eve", password: "eve-password" });
    const auth = token(eve.body.token);
    const members = await call("GET", `${O}/members/`, { auth });
    const founderMembership = members.body.results.find(
      (m: { role: string }) => m.role === "owner",
    ).id;

    const selfPromote = await call("PATCH", `${O}/members/${eve.body.membership.id}/`, {
      auth,
      body: { role: "owner" },
    });
    expect(selfPromote.status).toBe(403);
    expect(selfPromote.body.detail).toMatch(/as admin you may not/);
    const demote = await call("PATCH", `${O}/members/${founderMembership}/`, {
      auth,
      body: { role: "member" },
    });
    expect(demote.status).toBe(403);
    expect((await call("DELETE", `${O}/members/${founderMembership}/`, { auth })).status).toBe(403);
    expect((await call("DELETE", `${O}/organizations/${founder.org}/`, { auth })).status).toBe(403);
    const ownerInvite = await call("POST", `${O}/invites/`, {
      auth,
      body: { email: "accomplice@example.test", role: "owner" },
    });
    expect(ownerInvite.status).toBe(403);

    const roles = await call("GET", `${O}/members/`, { auth: founder.auth });
    expect(roles.body.results.map((m: { role: string }) => m.role)).toEqual(["owner", "admin"]);
    expect(
      (await call("DELETE", `${O}/organizations/${founder.org}/`, { auth: founder.auth })).status,
    ).toBe(204);
  });

  it("the last owner cannot be demoted or removed: promote someone first", async () => {
    const { org, people } = team(store, ["owner", "admin"]);
    const [owner, admin] = people as [(typeof people)[0], (typeof people)[0]];
    const path = `${O}/members/${owner.membership}/`;
    const demote = await call("PATCH", path, { auth: owner.auth, body: { role: "admin" } });
    expect(demote.status).toBe(400);
    expect(demote.body.role[0]).toMatch(/promote someone else to owner first/);
    const leave = await call("DELETE", path, { auth: owner.auth });
    expect(leave.status).toBe(400);
    expect(leave.body.non_field_errors[0]).toMatch(/promote someone else to owner first/);

    const promote = `${O}/members/${admin.membership}/`;
    expect(
      (await call("PATCH", promote, { auth: owner.auth, body: { role: "owner" } })).body.role,
    ).toBe("owner");
    expect((await call("DELETE", path, { auth: owner.auth })).status).toBe(204);
    expect(store.rows("Membership", (m) => m.org === org).map((m) => m.data.role)).toEqual([
      "owner",
    ]);
  });
});

describe("the same attacks through the SDK", () => {
  it("takeover: no invite list for a member, no accept without the secret; an existing account joins signed in", async () => {
    const options = { baseUrl: url, maxRetries: 0 };
    const { client: founder } = await Bedrock.signup(
      {
        email: "sdk-founder@example.test",
        password: "founder-password",
        name: "F",
        organizationName: "SDK",
      },
      options,
    );
    const forMallory = await founder.invites.create({ email: "sdk-mallory@example.test" });
    const forCarol = await founder.invites.create({
      email: "sdk-carol@example.test",
      role: "admin",
    });
    expect(forCarol.token).toMatch(/^inv_/);
    const { client: mallory } = await Bedrock.acceptInvite(
      forMallory.id,
      { token: forMallory.token, name: "Mallory", password: "mallory-password" },
      options,
    );
    await expect(mallory.invites.list()).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(
      Bedrock.acceptInvite(
        forCarol.id,
        { token: forMallory.token, name: "Carol", password: "chosen-by-mallory" },
        options,
      ),
    ).rejects.toMatchObject({ status: 400, fieldErrors: { token: ["Invalid invite token."] } });

    // Carol already has an account: she accepts signed in, with `invites.accept` or the static.
    const { client: carol } = await Bedrock.signup(
      {
        email: "sdk-carol@example.test",
        password: "carol-password",
        name: "C",
        organizationName: "C",
      },
      options,
    );
    await expect(
      Bedrock.acceptInvite(forCarol.id, { token: forCarol.token }, options),
    ).rejects.toBeInstanceOf(AuthenticationError);
    const joined = await carol.invites.accept(forCarol.id, { token: forCarol.token });
    expect(joined.membership.role).toBe("admin");
    // A member is not invited again (an invite never changes a member's role).
    await expect(founder.invites.create({ email: "sdk-carol@example.test" })).rejects.toMatchObject(
      { status: 400, fieldErrors: { email: [expect.stringContaining("already a member")] } },
    );
    await Bedrock.signup(
      {
        email: "sdk-dave@example.test",
        password: "dave-password",
        name: "D",
        organizationName: "D",
      },
      options,
    );
    const forDave = await founder.invites.create({ email: "sdk-dave@example.test" });
    await expect(
      Bedrock.acceptInvite(
        forDave.id,
        { token: forDave.token },
        { ...options, token: "not-daves" },
      ),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("escalation: an admin's attempts are PermissionDeniedError; the last owner's demotion a BadRequestError", async () => {
    const { people, org } = team(store, ["owner", "admin"]);
    const [owner, admin] = people as [(typeof people)[0], (typeof people)[0]];
    const client = (auth: string) =>
      new Bedrock({ baseUrl: url, token: auth.slice("Token ".length), maxRetries: 0 });
    const eve = client(admin.auth);
    await expect(eve.members.update(admin.membership, { role: "owner" })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    await expect(eve.members.update(owner.membership, { role: "member" })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    await expect(eve.organizations.delete(org)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(
      eve.invites.create({ email: "x@example.test", role: "owner" }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    const error = await client(owner.auth)
      .members.update(owner.membership, { role: "member" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toMatch(/promote someone else to owner first/);
  });
});

// Each cell of the role table, tried against the stub on a fresh organization: a founding owner,
// the actor, and one target per role, so that the last-owner rule never decides here.
type Person = ReturnType<typeof team>["people"][number];
type Probe = (ctx: {
  call: Call;
  org: string;
  actor: Person;
  target: Person;
  founder: Person;
}) => Promise<number>;
const keyPolicyPath = "/api/organizations/organizations/{id}/key-policy/";
const hasKeyPolicy = keyPolicyPath in contract.paths;
const probes: Record<Action, Probe | undefined> = {
  "organization.read": async ({ org, actor }) =>
    (await call("GET", `${O}/organizations/${org}/`, { auth: actor.auth })).status,
  "organization.update": async ({ org, actor }) =>
    (await call("PATCH", `${O}/organizations/${org}/`, { auth: actor.auth, body: { name: "N" } }))
      .status,
  "organization.delete": async ({ org, actor }) =>
    (await call("DELETE", `${O}/organizations/${org}/`, { auth: actor.auth })).status,
  "invites.read": async ({ actor }) =>
    (await call("GET", `${O}/invites/`, { auth: actor.auth })).status,
  "invites.create": async ({ actor, target }) =>
    (
      await call("POST", `${O}/invites/`, {
        auth: actor.auth,
        body: { email: `new-${newId()}@example.test`, role: target.role },
      })
    ).status,
  "invites.revoke": async ({ actor, target, founder }) => {
    const sent = await invite(founder.auth, `r-${newId()}@example.test`, target.role);
    return (await call("DELETE", `${O}/invites/${sent.id}/`, { auth: actor.auth })).status;
  },
  "members.update": undefined, // from × to: below
  "members.remove": async ({ actor, target }) =>
    (await call("DELETE", `${O}/members/${target.membership}/`, { auth: actor.auth })).status,
  "members.leave": async ({ actor }) =>
    (await call("DELETE", `${O}/members/${actor.membership}/`, { auth: actor.auth })).status,
  "keys.read": async ({ actor }) =>
    (await call("GET", `${O}/api-keys/`, { auth: actor.auth })).status,
  "keys.manage": async ({ actor }) =>
    (await call("POST", `${O}/api-keys/`, { auth: actor.auth, body: { name: "k" } })).status,
  "audit.read": async ({ actor }) =>
    (await call("GET", `${O}/audit-events/`, { auth: actor.auth })).status,
  "key_policy.read": hasKeyPolicy
    ? async ({ org, actor }) =>
        (await call("GET", keyPolicyPath.replace("{id}", org), { auth: actor.auth })).status
    : undefined,
  "key_policy.update": hasKeyPolicy
    ? async ({ org, actor }) =>
        (
          await call("PATCH", keyPolicyPath.replace("{id}", org), {
            auth: actor.auth,
            body: { api_keys_enabled: true },
          })
        ).status
    : undefined,
};

function setting(actorRole: Role, targetRole: Role) {
  const { org, people } = team(store, ["owner", actorRole, ...ROLES]);
  const [founder, actor] = people as [Person, Person];
  const target = people.slice(2).find((p) => p.role === targetRole) as Person;
  return { call, org, founder, actor, target };
}
const outcome = (status: number) =>
  status < 300 ? "allowed" : status === 403 ? "refused" : status;
const cases = (Object.keys(ROLE_TABLE) as Action[]).flatMap((action) =>
  ROLES.flatMap((actor) => {
    const cell = ROLE_TABLE[action][actor];
    const targets: (Role | undefined)[] = typeof cell === "boolean" ? [undefined] : [...ROLES];
    return targets.map((target) => ({ action, actor, target }));
  }),
);

describe("the role table, cell by cell", () => {
  it.each(cases)("$actor: $action $target", async ({ action, actor, target }) => {
    if (action === "members.update") {
      for (const to of ROLES) {
        const ctx = setting(actor, target ?? "member");
        const status = (
          await call("PATCH", `${O}/members/${ctx.target.membership}/`, {
            auth: ctx.actor.auth,
            body: { role: to },
          })
        ).status;
        const expected =
          allows(actor, action, target) && allows(actor, action, to) ? "allowed" : "refused";
        expect(outcome(status), `${target} → ${to}`).toBe(expected);
      }
      return;
    }
    const probe = probes[action];
    if (!probe) {
      expect(action.startsWith("key_policy") && !hasKeyPolicy, `no probe for ${action}`).toBe(true);
      return;
    }
    const status = await probe(setting(actor, target ?? "member"));
    expect(outcome(status)).toBe(allows(actor, action, target) ? "allowed" : "refused");
  });
});

describe("failed authentication is throttled", () => {
  /** A request function whose connections come from `address` (any 127.x is loopback). */
  function from(base: string, address: string): Call {
    return (method, path, { auth, body } = {}) =>
      new Promise((done, fail) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const req = request(`${base}${path}`, {
          method,
          localAddress: address,
          headers: {
            ...(auth && { Authorization: auth }),
            ...(payload && { "Content-Type": "application/json" }),
          },
        });
        req.on("response", (res) => {
          let text = "";
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () =>
            done({
              status: res.statusCode ?? 0,
              headers: new Headers(res.headers as Record<string, string>),
              body: text ? JSON.parse(text) : undefined,
            }),
          );
        });
        req.on("error", fail);
        req.end(payload);
      });
  }

  it("per client address: guesses get 429 with Retry-After, right or wrong; other clients are unaffected", async () => {
    const limited = await serve({ failedAuth: { limit: 3, seconds: 60 } });
    onTestFinished(limited.close);
    const [owner] = team(limited.store, ["owner"]).people as [Person];
    const attacker = from(limited.url, "127.0.0.2");
    const bystander = from(limited.url, "127.0.0.3");
    for (let i = 0; i < 3; i++)
      expect(
        (await attacker("GET", "/api/templates/", { auth: `Bearer bk_guess${i}` })).status,
      ).toBe(401);
    const blocked = await attacker("GET", "/api/templates/", { auth: "Bearer bk_guess9" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(blocked.body.detail).toMatch(/^Too many failed authentication attempts/);
    // Even the right credential is not tried from that address until the window passes.
    expect((await attacker("GET", `${O}/auth/me/`, { auth: owner.auth })).status).toBe(429);
    expect((await bystander("GET", `${O}/auth/me/`, { auth: owner.auth })).status).toBe(200);
    // Wrong invite secrets count too.
    expect(
      (await attacker("POST", `${O}/invites/${newId()}/accept/`, { body: { token: "x" } })).status,
    ).toBe(429);
  });

  it("per login email: a guessed account is locked from every address, other accounts are not", async () => {
    const limited = await serve({ failedAuth: { limit: 3, seconds: 60 } });
    onTestFinished(limited.close);
    const victim = { email: "target@example.test", password: "target-password" };
    const other = { email: "other@example.test", password: "other-password" };
    for (const user of [victim, other])
      await limited.call("POST", `${O}/auth/signup/`, {
        body: { ...user, name: "U", organization_name: "U" },
      });
    const login = (client: Call, body: object) => client("POST", `${O}/auth/login/`, { body });
    const addresses = ["127.0.0.4", "127.0.0.5", "127.0.0.6"].map((a) => from(limited.url, a));
    for (const [i, client] of addresses.entries())
      expect((await login(client, { ...victim, password: `guess-${i}` })).status).toBe(400);
    const fresh = from(limited.url, "127.0.0.7");
    const locked = await login(fresh, victim);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBeTruthy();
    expect((await login(fresh, other)).status).toBe(200);
  });

  it("the SDK sees a RateLimitError", async () => {
    const limited = await serve({ failedAuth: { limit: 1, seconds: 60 } });
    onTestFinished(limited.close);
    const bad = { email: "nobody@example.test", password: "wrong-password" };
    const options = { baseUrl: limited.url, maxRetries: 0 };
    await expect(Bedrock.login(bad, options)).rejects.toBeInstanceOf(BadRequestError);
    await expect(Bedrock.login(bad, options)).rejects.toBeInstanceOf(RateLimitError);
  });
});

describe("login is DRF's", () => {
  it("answers wrong credentials with non_field_errors whatever the password's length", async () => {
    await signup("login-length@example.test");
    for (const password of ["abc", "x".repeat(200)]) {
      const res = await call("POST", `${O}/auth/login/`, {
        body: { email: "login-length@example.test", password },
      });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        non_field_errors: ["Unable to log in with provided credentials."],
      });
    }
    const blank = await call("POST", `${O}/auth/login/`, {
      body: { email: "login-length@example.test", password: "" },
    });
    expect(blank.body).toEqual({ password: ["This field may not be blank."] });
  });
});
