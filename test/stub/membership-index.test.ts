// The store keeps each user's memberships in an index (user → memberships, oldest first), so that
// authenticating a token finds its organizations without a pass over everyone's memberships. The
// index must agree with such a pass after any sequence of writes: random sequences of every write
// that adds or drops a membership (signup, creating an organization, accepting an invite for a
// new or an existing account, an accept racing its organization's delete, removing a member or
// leaving, a role change, deleting an organization or a user, a membership moved in the store,
// reset) are checked after each step. MEMBERSHIP_INDEX_RUNS sequences (default 20), FUZZ_SEED.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStub } from "../../src/stub";
import { addMember } from "../../src/stub/handlers/auth";
import type { Row, Store } from "../../src/stub/store";
import { caller, type Response, token } from "./helpers";
import { membershipIndexProblems, team } from "./invariants";

const RUNS = Number(process.env.MEMBERSHIP_INDEX_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const O = "/api/organizations";

const stub = await createStub();
const call = caller(stub.baseUrl, stub.fetch);

const step = fc.oneof(
  fc.constant({ kind: "signup" as const }),
  fc.record({ kind: fc.constant("createOrganization" as const), user: fc.nat() }),
  fc.record({ kind: fc.constant("acceptAsNewUser" as const), org: fc.nat() }),
  fc.record({ kind: fc.constant("acceptAsUser" as const), org: fc.nat(), user: fc.nat() }),
  fc.record({ kind: fc.constant("acceptWhileDeleted" as const), org: fc.nat() }),
  fc.record({ kind: fc.constant("removeMember" as const), of: fc.nat(), leave: fc.boolean() }),
  fc.record({
    kind: fc.constant("changeRole" as const),
    of: fc.nat(),
    role: fc.constantFrom("owner", "admin", "member"),
  }),
  fc.record({ kind: fc.constant("deleteOrganization" as const), org: fc.nat() }),
  fc.record({ kind: fc.constant("deleteUser" as const), user: fc.nat() }),
  fc.record({ kind: fc.constant("moveMembership" as const), of: fc.nat(), to: fc.nat() }),
  fc.constant({ kind: "reset" as const }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Who the sequence can act as: user id → `Authorization`, and every user id ever seen. */
function people() {
  const demoUser = stub.store.tokenUser(stub.token)?.data.id as string;
  return { auth: new Map([[demoUser, token(stub.token)]]), seen: new Set([demoUser]) };
}
type People = ReturnType<typeof people>;

const pick = <T>(items: T[], n: number) => items[n % Math.max(items.length, 1)];
const orgs = () => [...stub.store.table("Organization").keys()];
const memberships = () => stub.store.rows("Membership");
/** An owner of `org` the sequence holds a token of, if any. */
const ownerOf = (org: string, { auth }: People) =>
  stub.store
    .rows("Membership", (m) => m.data.role === "owner" && auth.has(m.data.user.id), org)
    .map((m) => auth.get(m.data.user.id) as string)[0];
const inOrg = (org: string) => ({ "X-Organization-Id": org });

/** An invite to `email` (default a new address) made by an owner of `org`; its id and secret. */
async function invite(org: string, who: People, email = `new-${crypto.randomUUID()}@x.test`) {
  const auth = ownerOf(org, who);
  if (!auth) return undefined;
  const res = await call("POST", `${O}/invites/`, {
    auth,
    headers: inOrg(org),
    body: { email, role: "member" },
  });
  return res.status === 201 ? { id: res.body.id as string, secret: res.body.token } : undefined;
}

/** Signs up or accepts; the user and token of a 201 join the people. */
function joined(who: People, res: Response) {
  if (res.status !== 201) return res.status;
  who.auth.set(res.body.user.id, token(res.body.token));
  who.seen.add(res.body.user.id);
  return res.status;
}

/** Runs one step; the status of what it sent (or `undefined` when it had nothing to act on). */
async function run(s: Step, who: People): Promise<number | undefined> {
  const store = stub.store;
  const users = [...who.auth.keys()].filter((id) => store.table("User").has(id));
  switch (s.kind) {
    case "signup": {
      const email = `user-${crypto.randomUUID()}@x.test`;
      const body = { email, password: "password-123", name: "U", organization_name: "Org" };
      return joined(who, await call("POST", `${O}/auth/signup/`, { body }));
    }
    case "createOrganization": {
      const user = pick(users, s.user);
      if (!user) return undefined;
      const auth = who.auth.get(user);
      return (await call("POST", `${O}/organizations/`, { auth, body: { name: "More" } })).status;
    }
    case "acceptAsNewUser": {
      const made = await invite(pick(orgs(), s.org) as string, who);
      if (!made) return undefined;
      const body = { token: made.secret, name: "New", password: "password-123" };
      return joined(who, await call("POST", `${O}/invites/${made.id}/accept/`, { body }));
    }
    case "acceptAsUser": {
      const org = pick(orgs(), s.org) as string;
      const user = pick(
        users.filter((id) => !store.membershipsOf(id).some((m) => m.org === org)),
        s.user,
      );
      const email = user && store.table("User").get(user)?.data.email;
      const made = email && (await invite(org, who, email));
      if (!made) return undefined;
      const accept = { auth: who.auth.get(user), body: { token: made.secret } };
      return joined(who, await call("POST", `${O}/invites/${made.id}/accept/`, accept));
    }
    case "acceptWhileDeleted": {
      // the accept hashes the new account's password meanwhile: its rollback may drop the user
      const org = pick(orgs(), s.org) as string;
      const made = await invite(org, who);
      if (!made) return undefined;
      const body = { token: made.secret, name: "Late", password: "password-123" };
      const [accepted, deleted] = await Promise.all([
        call("POST", `${O}/invites/${made.id}/accept/`, { body }),
        call("DELETE", `${O}/organizations/${org}/`, { auth: ownerOf(org, who) }),
      ]);
      return joined(who, accepted) === 201 ? 201 : deleted.status;
    }
    case "removeMember": {
      const row = pick(memberships(), s.of);
      const auth = row && (s.leave ? who.auth.get(row.data.user.id) : ownerOf(row.org ?? "", who));
      if (!row || !auth) return undefined;
      const path = `${O}/members/${row.id}/`;
      return (await call("DELETE", path, { auth, headers: inOrg(row.org ?? "") })).status;
    }
    case "changeRole": {
      const row = pick(memberships(), s.of);
      const auth = row && ownerOf(row.org ?? "", who);
      if (!row || !auth) return undefined;
      const init = { auth, headers: inOrg(row.org ?? ""), body: { role: s.role } };
      return (await call("PATCH", `${O}/members/${row.id}/`, init)).status;
    }
    case "deleteOrganization": {
      const org = pick(orgs(), s.org) as string;
      const auth = ownerOf(org, who);
      if (!auth) return undefined;
      return (await call("DELETE", `${O}/organizations/${org}/`, { auth })).status;
    }
    case "deleteUser": {
      // as a failed accept's rollback does: the user's memberships go with them
      const user = pick([...store.table("User").keys()], s.user);
      if (!user || !store.delete("User", user)) return undefined;
      expect(
        store.rows("Membership", (m) => m.data.user.id === user),
        "left behind",
      ).toEqual([]);
      return 204;
    }
    case "moveMembership": {
      // a test changing the store behind the API's back: the membership becomes another user's
      const row = pick(memberships(), s.of);
      const to = pick([...store.table("User").values()], s.to);
      if (!row || !to) return undefined;
      store.update("Membership", row, { ...row.data, user: to.data });
      return 200;
    }
    case "reset": {
      stub.reset();
      const fresh = people();
      who.auth = fresh.auth;
      return 200;
    }
  }
}

describe("the store's user → memberships index", () => {
  it("agrees with a pass over every membership after any sequence of writes", async () => {
    // each kind of step must have written at least once, or the sequences test nothing
    const wrote = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 24 }), async (steps) => {
        stub.reset();
        const who = people();
        for (const [i, s] of steps.entries()) {
          const status = await run(s, who);
          expect(status ?? 0, `step ${i} ${s.kind}`).toBeLessThan(500);
          if (status !== undefined && status < 300) wrote.add(s.kind);
          expect(membershipIndexProblems(stub.store, who.seen), `after ${s.kind}`).toEqual([]);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect([...wrote].sort()).toEqual(
      [
        "acceptAsNewUser",
        "acceptAsUser",
        "acceptWhileDeleted",
        "changeRole",
        "createOrganization",
        "deleteOrganization",
        "deleteUser",
        "moveMembership",
        "removeMember",
        "reset",
        "signup",
      ].sort(),
    );
  });

  it("finds a token's organizations without reading another user's membership", async () => {
    stub.reset();
    const store: Store = stub.store;
    // a crowd: 30 organizations of 20 members each, and members beside the caller in its own
    for (let i = 0; i < 30; i++) team(store, Array(20).fill("member"));
    const { people: mine, org } = team(store, ["owner", "admin", "member"]);
    const me = mine[0] as (typeof mine)[number];
    const other = store.table("Organization").get(team(store, ["owner"]).org)?.data;
    const meRow = store.table("User").get(me.user);
    if (meRow && other) addMember(store, other.id, meRow.data, "member");
    let touched = 0;
    for (const row of store.rows("Membership", (m) => m.data.user.id !== me.user)) {
      const { data } = row as Row<"Membership">;
      Object.defineProperty(row, "data", {
        get: () => {
          touched++;
          return data;
        },
      });
    }
    const found = await call("GET", `${O}/auth/me/`, { auth: me.auth });
    expect(found.status).toBe(200);
    expect(found.body.memberships.map((m: { organization: string }) => m.organization)).toEqual([
      org,
      other?.id,
    ]);
    const listed = await call("GET", `${O}/organizations/`, { auth: me.auth });
    expect(listed.body.results.map((o: { id: string }) => o.id).sort()).toEqual(
      [org, other?.id].sort(),
    );
    const templates = await call("GET", "/api/templates/", {
      auth: me.auth,
      headers: inOrg(other?.id as string),
    });
    expect(templates.status).toBe(200);
    expect(touched, "other users' memberships read").toBe(0);
  });
});
