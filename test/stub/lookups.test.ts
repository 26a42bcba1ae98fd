// The store finds rows by more than their id through two indexes: a user's memberships (user →
// memberships, oldest first), so that authenticating a token finds its organizations, and users
// by email (as the stub compares addresses: the whole address, case aside), so that login, signup,
// invites and accepting one find the account an address names. Neither may cost a pass over
// everyone's rows, and both must agree with such a pass after any sequence of writes: random
// sequences of every write that adds, drops or changes a user or a membership (signup, creating
// an organization, accepting an invite for a new or an existing account, an accept racing its
// organization's delete, removing a member or leaving, a role change, deleting an organization or
// a user, a membership moved, a user's address changed or the user replaced in the store, reset),
// addresses written in random case, are checked after each step. LOOKUP_RUNS sequences (default
// 24), FUZZ_SEED.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStub } from "../../src/stub";
import { emailKey } from "../../src/stub/formats";
import { addMember } from "../../src/stub/handlers/auth";
import type { Row, Store } from "../../src/stub/store";
import { caller, type Response, token } from "./helpers";
import { emailIndexProblems, membershipIndexProblems, swapCase, team } from "./invariants";

const RUNS = Number(process.env.LOOKUP_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const O = "/api/organizations";
const PASSWORD = "password-123";

const stub = await createStub();
const call = caller(stub.baseUrl, stub.fetch);

const step = fc.oneof(
  // a new address, or a taken one in some case (refused); often, for people to act as
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("signup" as const),
      taken: fc.option(fc.nat(), { nil: undefined, freq: 2 }),
      spelling: fc.nat(),
    }),
  },
  fc.record({ kind: fc.constant("login" as const), user: fc.nat(), spelling: fc.nat() }),
  fc.record({ kind: fc.constant("createOrganization" as const), user: fc.nat() }),
  fc.record({ kind: fc.constant("acceptAsNewUser" as const), org: fc.nat(), spelling: fc.nat() }),
  fc.record({ kind: fc.constant("acceptAsUser" as const), of: fc.nat(), spelling: fc.nat() }),
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
  // a new address, the same in another case, or (a number) another user's: a twin only the
  // store can make
  fc.record({
    kind: fc.constant("changeEmail" as const),
    user: fc.nat(),
    to: fc.oneof(fc.constantFrom("new" as const, "case" as const), fc.nat()),
    spelling: fc.nat(),
  }),
  fc.record({ kind: fc.constant("replaceUser" as const), user: fc.nat(), spelling: fc.nat() }),
  fc.constant({ kind: "reset" as const }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/**
 * Who the sequence can act as (user id → `Authorization`), the password of each, and every user
 * id and address ever seen (the checks look them up again after they are gone or changed).
 */
function people() {
  const demoUser = stub.store.tokenUser(stub.token)?.data.id as string;
  return {
    auth: new Map([[demoUser, token(stub.token)]]),
    passwords: new Map([[demoUser, stub.password]]),
    seen: new Set([demoUser]),
    emails: new Set<string>(),
  };
}
type People = ReturnType<typeof people>;

const pick = <T>(items: T[], n: number) => items[n % Math.max(items.length, 1)];
/** An address as given, upper-cased, with its case swapped or lower-cased. */
const spelled = (email: string, n: number) =>
  [email, email.toUpperCase(), swapCase(email), email.toLowerCase()][n % 4] as string;
const orgs = () => [...stub.store.table("Organization").keys()];
const users = () => stub.store.rows("User");
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
  who.emails.add(email);
  const res = await call("POST", `${O}/invites/`, {
    auth,
    headers: inOrg(org),
    body: { email, role: "member" },
  });
  return res.status === 201 ? { id: res.body.id as string, secret: res.body.token } : undefined;
}

/** Signs up or accepts; the user and token of a 201 join the people (and a new user's password). */
function joined(who: People, res: Response) {
  if (res.status !== 201) return res.status;
  who.auth.set(res.body.user.id, token(res.body.token));
  if (!who.passwords.has(res.body.user.id)) who.passwords.set(res.body.user.id, PASSWORD);
  who.seen.add(res.body.user.id);
  return res.status;
}

/** Runs one step; the status of what it sent (or `undefined` when it had nothing to act on). */
async function run(s: Step, who: People): Promise<number | undefined> {
  switch (s.kind) {
    case "signup":
    case "login":
      return await signInOrUp(s, who);
    case "createOrganization":
    case "acceptAsNewUser":
    case "acceptAsUser":
    case "acceptWhileDeleted":
      return await join(s, who);
    case "removeMember":
    case "changeRole":
    case "deleteOrganization":
      return await leave(s, who);
    default:
      return changeStore(s, who);
  }
}

async function signInOrUp(s: Extract<Step, { kind: "signup" | "login" }>, who: People) {
  if (s.kind === "signup") {
    const taken = s.taken === undefined ? undefined : pick(users(), s.taken);
    const email = spelled(taken?.data.email ?? `user-${crypto.randomUUID()}@x.test`, s.spelling);
    who.emails.add(email);
    const body = { email, password: PASSWORD, name: "U", organization_name: "Org" };
    const res = await call("POST", `${O}/auth/signup/`, { body });
    expect(res.status, `signup as ${email}`).toBe(taken ? 400 : 201);
    return joined(who, res);
  }
  const known = users().filter((u) => who.passwords.has(u.id));
  const user = pick(known, s.user);
  if (!user) return undefined;
  const email = spelled(user.data.email, s.spelling);
  const body = { email, password: who.passwords.get(user.id) };
  const res = await call("POST", `${O}/auth/login/`, { body });
  // the oldest user with the address is the one it logs in (another, if the store made a twin),
  // should the password be theirs
  const first = users().find((u) => emailKey(u.data.email) === emailKey(email));
  const theirs = first && who.passwords.get(first.id) === body.password;
  expect(res.body.user?.id, `login as ${email}`).toBe(theirs ? first.id : undefined);
  return res.status;
}

async function join(
  s: Extract<
    Step,
    { kind: "createOrganization" | "acceptAsNewUser" | "acceptAsUser" | "acceptWhileDeleted" }
  >,
  who: People,
) {
  const living = [...who.auth.keys()].filter((id) => stub.store.table("User").has(id));
  switch (s.kind) {
    case "createOrganization": {
      const user = pick(living, s.user);
      if (!user) return undefined;
      const auth = who.auth.get(user);
      return (await call("POST", `${O}/organizations/`, { auth, body: { name: "More" } })).status;
    }
    case "acceptAsNewUser": {
      const email = spelled(`new-${crypto.randomUUID()}@x.test`, s.spelling);
      const made = await invite(pick(orgs(), s.org) as string, who, email);
      if (!made) return undefined;
      const body = { token: made.secret, name: "New", password: PASSWORD };
      return joined(who, await call("POST", `${O}/invites/${made.id}/accept/`, { body }));
    }
    case "acceptAsUser": {
      // a user and an organization of an owner the sequence acts as, which the user is not in
      const outside = living.flatMap((user) =>
        orgs()
          .filter((org) => !stub.store.membershipsOf(user).some((m) => m.org === org))
          .filter((org) => ownerOf(org, who))
          .map((org) => ({ user, org })),
      );
      const { user, org } = pick(outside, s.of) ?? {};
      const email = user && stub.store.table("User").get(user)?.data.email;
      const made = email && org && (await invite(org, who, spelled(email, s.spelling)));
      if (!made) return undefined;
      const accept = { auth: who.auth.get(user), body: { token: made.secret } };
      return joined(who, await call("POST", `${O}/invites/${made.id}/accept/`, accept));
    }
    case "acceptWhileDeleted": {
      // the accept hashes the new account's password meanwhile: its rollback may drop the user
      const org = pick(orgs(), s.org) as string;
      const made = await invite(org, who);
      if (!made) return undefined;
      const body = { token: made.secret, name: "Late", password: PASSWORD };
      const [accepted, deleted] = await Promise.all([
        call("POST", `${O}/invites/${made.id}/accept/`, { body }),
        call("DELETE", `${O}/organizations/${org}/`, { auth: ownerOf(org, who) }),
      ]);
      return joined(who, accepted) === 201 ? 201 : deleted.status;
    }
  }
}

async function leave(
  s: Extract<Step, { kind: "removeMember" | "changeRole" | "deleteOrganization" }>,
  who: People,
) {
  switch (s.kind) {
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
  }
}

/** Writes a test (or an app's setup) makes straight in the store, behind the API's back. */
function changeStore(
  s: Extract<
    Step,
    { kind: "deleteUser" | "moveMembership" | "changeEmail" | "replaceUser" | "reset" }
  >,
  who: People,
) {
  const store = stub.store;
  switch (s.kind) {
    case "deleteUser": {
      // as a failed accept's rollback does: the user's memberships go with them
      const user = pick(users(), s.user);
      if (!user || !store.delete("User", user.id)) return undefined;
      who.emails.add(user.data.email);
      expect(
        memberships().filter((m) => m.data.user.id === user.id),
        "left behind",
      ).toEqual([]);
      return 204;
    }
    case "moveMembership": {
      // the membership becomes another user's
      const row = pick(memberships(), s.of);
      const to = pick(users(), s.to);
      if (!row || !to) return undefined;
      store.update("Membership", row, { ...row.data, user: to.data });
      return 200;
    }
    case "changeEmail": {
      const user = pick(users(), s.user);
      if (!user) return undefined;
      const email =
        s.to === "new"
          ? spelled(`changed-${crypto.randomUUID()}@x.test`, s.spelling)
          : s.to === "case"
            ? swapCase(user.data.email)
            : spelled((pick(users(), s.to) as Row<"User">).data.email, s.spelling);
      who.emails.add(user.data.email).add(email);
      store.update("User", user, { ...user.data, email });
      return 200;
    }
    case "replaceUser": {
      // a row inserted under a user's id takes the place of theirs, address and all
      const user = pick(users(), s.user);
      if (!user) return undefined;
      const email = spelled(`replaced-${crypto.randomUUID()}@x.test`, s.spelling);
      who.emails.add(user.data.email).add(email);
      store.insert("User", null, { ...user.data, email });
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

/** Counts the reads of `rows`' data from now on. */
function watch(rows: Row[]) {
  let reads = 0;
  for (const row of rows) {
    const { data } = row;
    Object.defineProperty(row, "data", {
      get: () => {
        reads++;
        return data;
      },
    });
  }
  return () => reads;
}

describe("the store's indexes: a user's memberships, users by email", () => {
  it("agree with a pass over every row after any sequence of writes", async () => {
    // each kind of step must have written at least once, or the sequences test nothing
    const wrote = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 8, maxLength: 32 }), async (steps) => {
        stub.reset();
        const who = people();
        for (const [i, s] of steps.entries()) {
          const status = await run(s, who);
          expect(status ?? 0, `step ${i} ${s.kind}`).toBeLessThan(500);
          if (status !== undefined && status < 300) wrote.add(s.kind);
          expect(membershipIndexProblems(stub.store, who.seen), `after ${s.kind}`).toEqual([]);
          expect(emailIndexProblems(stub.store, who.emails), `after ${s.kind}`).toEqual([]);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect([...wrote].sort()).toEqual(
      [
        "acceptAsNewUser",
        "acceptAsUser",
        "acceptWhileDeleted",
        "changeEmail",
        "changeRole",
        "createOrganization",
        "deleteOrganization",
        "deleteUser",
        "login",
        "moveMembership",
        "removeMember",
        "replaceUser",
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
    const reads = watch(store.rows("Membership", (m) => m.data.user.id !== me.user));
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
    expect(reads(), "other users' memberships read").toBe(0);
  });

  it("compares addresses as it always has: the whole address, case aside", async () => {
    stub.reset();
    const signup = (email: string) =>
      call("POST", `${O}/auth/signup/`, {
        body: { email, password: PASSWORD, name: "Ada", organization_name: "Engines" },
      });
    const ada = await signup("Ada.Lovelace@Example.COM");
    expect(ada.status).toBe(201);
    for (const twin of ["ada.lovelace@example.com", "ADA.LOVELACE@EXAMPLE.COM"]) {
      const taken = await signup(twin);
      expect(taken.status, twin).toBe(400);
      expect(taken.body).toEqual({ email: ["A user with this email already exists."] });
    }
    // what the comparison does not ignore: dots, tags, the domain; a quoted part's case it does
    for (const other of [
      "adalovelace@example.com",
      "ada.lovelace+x@example.com",
      "ada.lovelace@example.org",
      '"Ada L"@example.com',
    ])
      expect((await signup(other)).status, other).toBe(201);
    expect((await signup('"ada l"@EXAMPLE.com')).status).toBe(400);
    const login = await call("POST", `${O}/auth/login/`, {
      body: { email: "aDA.lOVELACE@eXAMPLE.cOM", password: PASSWORD },
    });
    expect(login.body.user?.id).toBe(ada.body.user.id);
    // an invite to the address in another case is Ada's: she must log in, and then is a member
    const owner = token(stub.token);
    const made = await call("POST", `${O}/invites/`, {
      auth: owner,
      body: { email: "ada.lovelace@EXAMPLE.com", role: "member" },
    });
    expect(made.status).toBe(201);
    const accept = (auth?: string) =>
      call("POST", `${O}/invites/${made.body.id}/accept/`, {
        auth,
        body: { token: made.body.token },
      });
    expect((await accept()).status).toBe(401);
    const accepted = await accept(token(ada.body.token));
    expect(accepted.status).toBe(201);
    expect(accepted.body.user.id).toBe(ada.body.user.id);
    const again = await call("POST", `${O}/invites/`, {
      auth: owner,
      body: { email: "ADA.LOVELACE@example.com", role: "admin" },
    });
    expect(again.status, "an invite to a member, in another case").toBe(400);
  });

  it("finds the account an address names without reading another user's row", async () => {
    stub.reset();
    const store: Store = stub.store;
    for (let i = 0; i < 30; i++) team(store, Array(20).fill("member"));
    const body = {
      email: "Grace@Example.com",
      password: PASSWORD,
      name: "Grace",
      organization_name: "Navy",
    };
    const grace = await call("POST", `${O}/auth/signup/`, { body });
    const owner = token(stub.token);
    const mine = new Set([grace.body.user.id, store.tokenUser(stub.token)?.id]);
    const reads = watch(store.rows("User", (u) => !mine.has(u.id)));
    const login = (email: string, password = PASSWORD) =>
      call("POST", `${O}/auth/login/`, { body: { email, password } });
    expect((await login("grace@example.COM")).status).toBe(200);
    expect((await login("grace@example.COM", "wrong-password")).status).toBe(400);
    expect((await login("nobody@example.com")).status).toBe(400);
    const signup = (email: string) =>
      call("POST", `${O}/auth/signup/`, { body: { ...body, email } });
    expect((await signup("GRACE@example.com")).status).toBe(400);
    expect((await signup("hopper@example.com")).status).toBe(201);
    const invite = async (email: string) =>
      (await call("POST", `${O}/invites/`, { auth: owner, body: { email, role: "member" } })).body;
    const accept = (made: { id: string; token: string }, auth?: string, account = {}) =>
      call("POST", `${O}/invites/${made.id}/accept/`, {
        auth,
        body: { token: made.token, ...account },
      });
    const forGrace = await invite("grace@EXAMPLE.com");
    expect((await accept(forGrace)).status).toBe(401);
    expect((await accept(forGrace, token(grace.body.token))).status).toBe(201);
    const forNew = await invite("Someone.New@example.com");
    expect((await accept(forNew, undefined, { name: "New", password: PASSWORD })).status).toBe(201);
    const again = await call("POST", `${O}/invites/`, {
      auth: owner,
      body: { email: "GRACE@example.com", role: "member" },
    });
    expect(again.status).toBe(400);
    expect(reads(), "other users' rows read").toBe(0);
  });
});
