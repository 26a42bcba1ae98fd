// Property-based fuzz of concurrent writes by several callers: an organization's owner, admin
// and member (tokens), two of its API keys, a short-term key made with the owner's session,
// and another organization (its owner and its key). Each step sends 1 to 4 random writes at
// once (keys made, rotated, revoked, replayed under another caller's Idempotency-Key;
// templates; invites made, accepted, revoked; roles changed, members removed; the session logged
// out; the other organization deleted). After every step: each organization has an owner; no
// credential outlives its maker (a key made by a key ends no later than it, a short-term key
// makes only short-term keys, keys tied to a logged-out session are dead); nobody rose above
// what the role table let someone grant them; no secret appears outside the answer that
// created it, in the audit trail or in the log; nothing refers to a deleted object.
// Bounded: WRITES_FUZZ_RUNS sequences (default 40, about two seconds), seeded by FUZZ_SEED.
import fc from "fast-check";
import { expect, it } from "vitest";
import type { Role } from "../../src/stub/handlers/types";
import { allows, ROLES } from "../../src/stub/roles";
import { bearer, type Response, stubWithStore, token } from "../stub/helpers";
import {
  danglingReferences,
  emailIndexProblems,
  membershipIndexProblems,
  overQuota,
  ownerless,
  team,
} from "../stub/invariants";

const RUNS = Number(process.env.WRITES_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const O = "/api/organizations";
const HOUR = 3_600_000;

const { store, log, call } = await stubWithStore({ seed: false, failedAuth: false });
// A quota the templates' notes reach within a run, so writes past it are refused along the way.
store.maxStorageBytes = 32 * 1024;

/** Who sends a request: a slot of the scenario, whose credential stays the same throughout. */
const SLOTS = ["owner", "admin", "member", "key1", "key2", "short", "session", "other"] as const;
type Slot = (typeof SLOTS)[number];

const write = fc.oneof(
  fc.record({
    kind: fc.constant("createKey" as const),
    keyKind: fc.constantFrom("long_term", "short_term", undefined),
    hours: fc.option(fc.constantFrom(1, 6, 30, 24 * 400), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("rotateKey" as const),
    key: fc.nat(),
    hours: fc.option(fc.constantFrom(2, 48, 24 * 400), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant("revokeKey" as const), key: fc.nat() }),
  fc.record({ kind: fc.constant("replayKey" as const), of: fc.nat() }),
  fc.record({ kind: fc.constant("sameKeyTwice" as const), first: fc.constantFrom(...SLOTS) }),
  fc.record({
    kind: fc.constant("template" as const),
    remove: fc.boolean(),
    notes: fc.constantFrom(0, 12_000, 30_000),
  }),
  fc.record({
    kind: fc.constant("invite" as const),
    invitee: fc.option(fc.nat(), { nil: undefined }),
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({ kind: fc.constant("accept" as const), invite: fc.nat() }),
  fc.record({ kind: fc.constant("revokeInvite" as const), invite: fc.nat() }),
  fc.record({
    kind: fc.constant("role" as const),
    target: fc.nat(),
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({ kind: fc.constant("remove" as const), target: fc.nat() }),
  fc.record({ kind: fc.constant("logout" as const) }),
  fc.record({ kind: fc.constant("deleteOther" as const) }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;
type WriteOf<K extends Write["kind"]> = Extract<Write, { kind: K }>;
const step = fc.array(fc.record({ by: fc.constantFrom(...SLOTS), write }), {
  minLength: 1,
  maxLength: 4,
});

/** A key the scenario knows: its maker's bound and ties, as the model sees them. */
interface KnownKey {
  id: string;
  secret: string;
  kind: "long_term" | "short_term";
  /** The latest it may expire (ms; Infinity: no bound). */
  bound: number;
  /** Whether it must end with the owner's session. */
  tied: boolean;
  /** The Idempotency-Key it was created under, and by which slot. */
  idempotency?: { key: string; by: Slot };
}
interface SentInvite {
  id: string;
  secret: string;
  email: string;
  role: Role;
  entitled: boolean;
}

it(`keeps owners, bounds, roles, secrets and references over ${RUNS} sequences of concurrent writes`, async () => {
  const statuses = new Map<number, number>();
  const secrets = new Set<string>();
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
      const world = await scenario();
      for (const writes of steps) {
        const before = snapshot(world);
        const sent = await Promise.all(
          writes.map(({ by, write }) => send(world, before, by, write)),
        );
        for (const outcome of sent) if (outcome) checkAnswer(outcome);
        expectInvariants(
          world,
          before,
          sent.filter((s) => s !== undefined),
        );
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  const everything = JSON.stringify(store.rows("AuditEvent")) + log.join("\n");
  for (const secret of secrets) expect(everything.includes(secret), "secret kept").toBe(false);
  console.log(`writes fuzz: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  for (const status of [201, 400, 403, 422]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0);

  /** A fresh scenario: the organization, its people and keys, and another organization. */
  async function scenario() {
    const { org, people } = team(store, ["owner", "admin", "member"]);
    const other = team(store, ["owner"]);
    const [owner, admin, member] = people as [Person, Person, Person];
    const session = token(store.issueToken(owner.user));
    const auth: Record<Slot, string> = {
      owner: owner.auth,
      admin: admin.auth,
      member: member.auth,
      session,
      other: other.people[0]?.auth as string,
      key1: "",
      key2: "",
      short: "",
    };
    const world = {
      org,
      other: other.org,
      people: [...people],
      auth,
      keys: [] as KnownKey[],
      invites: [] as SentInvite[],
      loggedOut: false,
    };
    for (const [slot, body, as] of [
      ["key1", { name: "key1" }, owner.auth],
      ["key2", { name: "key2" }, owner.auth],
      ["short", { name: "short", kind: "short_term" }, session],
    ] as const) {
      const res = await call("POST", `${O}/api-keys/`, { auth: as, body });
      expect(res.status).toBe(201);
      auth[slot] = bearer(res.body.key);
      secrets.add(res.body.key);
      world.keys.push({
        id: res.body.id,
        secret: res.body.key,
        kind: res.body.kind,
        bound: Number.POSITIVE_INFINITY,
        tied: slot === "short",
      });
    }
    for (const value of Object.values(auth)) secrets.add(value.split(" ")[1] as string);
    return world;
  }
  type World = Awaited<ReturnType<typeof scenario>>;
  type Person = { role: Role; email: string; user: string; membership: string; auth: string };

  /** What the invariants compare against: roles and key expiries before the step. */
  function snapshot(world: World) {
    const roles = new Map(
      store.rows("Membership", () => true, world.org).map((m) => [m.data.user.id, m.data.role]),
    );
    const expiry = new Map(
      store.rows("ApiKey").map((k) => [k.data.id, endOf(k.data.expires_at)] as const),
    );
    return { roles, expiry };
  }
  type Before = ReturnType<typeof snapshot>;

  /** The key a slot uses, if it is one. */
  function keyOf(world: World, by: Slot) {
    return world.keys.find((k) => world.auth[by] === bearer(k.secret));
  }

  /** The user a slot acts as, if it is a user of the organization. */
  function slotUser(world: World, by: Slot) {
    const index = { owner: 0, session: 0, admin: 1, member: 2 }[by as string];
    return index === undefined ? undefined : world.people[index]?.user;
  }
  function membershipOf(world: World, user: string) {
    return store.rows("Membership", (m) => m.data.user.id === user, world.org)[0]?.data.id;
  }
  /** A key's end as the store has it now (it only ever comes sooner). */
  function endNow(key: KnownKey) {
    const row = store.table("ApiKey").get(key.id) ?? store.revokedApiKey(key.id);
    return endOf(row?.data.expires_at ?? null);
  }
  /** What a key made (or rotated) by `maker` is bound by: the maker's end and its own bound. */
  function boundBy(maker: KnownKey | undefined) {
    return maker ? Math.min(maker.bound, endNow(maker)) : Number.POSITIVE_INFINITY;
  }

  /** What each write is sent with: the world, the roles before the step, who sends it and as what. */
  interface Sending {
    world: World;
    before: Before;
    by: Slot;
    auth: string;
    /** The key `by` is, if it is one. */
    maker: KnownKey | undefined;
  }

  /** Sends one write as `by`; undefined where it has nothing to act on yet (no key, invite or member). */
  function send(world: World, before: Before, by: Slot, w: Write): Promise<Outcome | undefined> {
    const s: Sending = { world, before, by, auth: world.auth[by], maker: keyOf(world, by) };
    const senders: { [K in Write["kind"]]: Sender<K> } = {
      createKey,
      rotateKey,
      revokeKey,
      replayKey,
      sameKeyTwice,
      template,
      invite,
      accept,
      revokeInvite,
      role: changeMember,
      remove: changeMember,
      logout,
      deleteOther,
    };
    // the table pairs each kind with its sender; TypeScript cannot follow `w.kind` into it
    return (senders[w.kind] as Sender<Write["kind"]>)(s, w);
  }
  type Sender<K extends Write["kind"]> = (
    s: Sending,
    w: WriteOf<K>,
  ) => Promise<Outcome | undefined>;

  /**
   * Keeps the key a create or rotation answered 201 with, as bound and tied as what made it
   * (`tied`: already tied by what it replaces); and a short-term key makes only short-term keys.
   */
  function keepNewKey(
    { world, by, maker }: Sending,
    res: Outcome["res"],
    { bound, tied, made, idempotency }: KeyOrigin,
  ) {
    if (res.status !== 201) return;
    world.keys.push({
      id: res.body.id,
      secret: res.body.key,
      kind: res.body.kind,
      bound,
      tied: tied || (maker?.tied ?? false) || (by === "session" && res.body.kind === "short_term"),
      ...(idempotency && { idempotency }),
    });
    if (maker?.kind === "short_term")
      expect(res.body.kind, `a short-term key ${made} a long-term one`).toBe("short_term");
  }
  interface KeyOrigin {
    bound: number;
    tied: boolean;
    /** What the maker did: "made", "rotated". */
    made: string;
    idempotency?: KnownKey["idempotency"];
  }

  async function createKey(s: Sending, w: WriteOf<"createKey">): Promise<Outcome> {
    const idempotency = crypto.randomUUID();
    const body = {
      name: "fuzz",
      ...(w.keyKind && { kind: w.keyKind }),
      ...(w.hours && { expires_at: hoursAhead(w.hours) }),
    };
    const bound = boundBy(s.maker);
    const res = await request(s.auth, "POST", `${O}/api-keys/`, body, idempotency);
    keepNewKey(s, res, {
      bound,
      tied: false,
      made: "made",
      idempotency: { key: idempotency, by: s.by },
    });
    return { res, by: s.by, w, creates: "key" };
  }

  async function rotateKey(s: Sending, w: WriteOf<"rotateKey">): Promise<Outcome | undefined> {
    const old = pick(s.world.keys, w.key);
    if (!old) return undefined;
    const body = w.hours ? { expires_at: hoursAhead(w.hours) } : {};
    const bound = Math.min(old.bound, boundBy(s.maker));
    const res = await request(s.auth, "POST", `${O}/api-keys/${old.id}/rotate/`, body);
    keepNewKey(s, res, { bound, tied: old.tied, made: "rotated" });
    return { res, by: s.by, w, creates: "key" };
  }

  async function revokeKey(s: Sending, w: WriteOf<"revokeKey">): Promise<Outcome | undefined> {
    const key = pick(s.world.keys, w.key);
    if (!key) return undefined;
    return { res: await request(s.auth, "DELETE", `${O}/api-keys/${key.id}/`), by: s.by, w };
  }

  async function replayKey(s: Sending, w: WriteOf<"replayKey">): Promise<Outcome | undefined> {
    const first = pick(
      s.world.keys.filter((k) => k.idempotency),
      w.of,
    )?.idempotency;
    if (!first) return undefined;
    const res = await request(s.auth, "POST", `${O}/api-keys/`, { name: "fuzz" }, first.key);
    // another caller never gets the first answer
    if (first.by !== s.by) expect(res.headers.get("idempotent-replayed")).toBeNull();
    return { res, by: s.by, w, creates: first.by === s.by ? "key" : undefined };
  }

  async function sameKeyTwice(
    { world, by, auth }: Sending,
    w: WriteOf<"sameKeyTwice">,
  ): Promise<Outcome> {
    // another caller sends the first one's Idempotency-Key, as a second key of the
    // organization could: it never gets the first answer (a new key's secret)
    const idempotency = crypto.randomUUID();
    const body = { name: "twice", kind: "short_term" };
    const firstMaker = keyOf(world, w.first);
    const bound = boundBy(firstMaker);
    const first = await request(world.auth[w.first], "POST", `${O}/api-keys/`, body, idempotency);
    if (first.status === 201) {
      secrets.add(first.body.key);
      const tied = (firstMaker?.tied ?? false) || w.first === "session";
      world.keys.push({ ...first.body, secret: first.body.key, bound, tied });
    }
    const res = await request(auth, "POST", `${O}/api-keys/`, body, idempotency);
    const same =
      w.first === by ||
      (w.first === "session" && by === "owner") ||
      (w.first === "owner" && by === "session");
    if (!same)
      expect(
        res.headers.get("idempotent-replayed"),
        `${w.first}'s answer replayed to ${by}`,
      ).toBeNull();
    return { res, by, w, creates: same ? "key" : undefined };
  }

  async function template({ by, auth }: Sending, w: WriteOf<"template">): Promise<Outcome> {
    const definition = { metadata: { notes: "n".repeat(w.notes) } };
    const res = await request(auth, "POST", "/api/templates/", { name: "fuzz", definition });
    if (w.remove && res.status === 201)
      return { res: await request(auth, "DELETE", `/api/templates/${res.body.id}/`), by, w };
    return { res, by, w };
  }

  async function invite(
    { world, before, by, auth }: Sending,
    w: WriteOf<"invite">,
  ): Promise<Outcome> {
    const invitee = w.invitee === undefined ? undefined : pick(world.people, w.invitee);
    const email = invitee?.email ?? `new-${crypto.randomUUID()}@example.test`;
    const role = before.roles.get(slotUser(world, by) ?? "");
    const res = await request(auth, "POST", `${O}/invites/`, { email, role: w.role });
    if (res.status === 201)
      world.invites.push({
        id: res.body.id,
        secret: res.body.token,
        email,
        role: w.role,
        entitled: allows(role, "invites.create", w.role),
      });
    return { res, by, w, creates: "invite" };
  }

  async function accept(
    { world, by }: Sending,
    w: WriteOf<"accept">,
  ): Promise<Outcome | undefined> {
    const invite = pick(world.invites, w.invite);
    if (!invite) return undefined;
    const person = world.people.find((p) => p.email === invite.email);
    const password = `pw-${crypto.randomUUID()}`;
    secrets.add(password);
    const res = await request(
      person?.auth,
      "POST",
      `${O}/invites/${invite.id}/accept/`,
      person ? { token: invite.secret } : { token: invite.secret, name: "N", password },
    );
    if (res.status === 201 && !person)
      world.people.push({
        role: invite.role,
        email: invite.email,
        user: res.body.user.id,
        membership: res.body.membership.id,
        auth: token(res.body.token),
      });
    return { res, by, w, creates: "token", invite };
  }

  async function revokeInvite(
    { world, by, auth }: Sending,
    w: WriteOf<"revokeInvite">,
  ): Promise<Outcome | undefined> {
    const invite = pick(world.invites, w.invite);
    if (!invite) return undefined;
    return { res: await request(auth, "DELETE", `${O}/invites/${invite.id}/`), by, w };
  }

  async function changeMember(
    { world, by, auth }: Sending,
    w: WriteOf<"role" | "remove">,
  ): Promise<Outcome | undefined> {
    const target = pick(world.people, w.target);
    const membership = target && membershipOf(world, target.user);
    if (!membership) return undefined;
    const path = `${O}/members/${membership}/`;
    const res =
      w.kind === "role"
        ? await request(auth, "PATCH", path, { role: w.role })
        : await request(auth, "DELETE", path);
    return { res, by, w, target: target.user };
  }

  async function logout({ world }: Sending, w: WriteOf<"logout">): Promise<Outcome> {
    const res = await request(world.auth.session, "POST", `${O}/auth/logout/`);
    if (res.status === 204) world.loggedOut = true;
    return { res, by: "session", w };
  }

  async function deleteOther({ world }: Sending, w: WriteOf<"deleteOther">): Promise<Outcome> {
    const res = await request(world.auth.other, "DELETE", `${O}/organizations/${world.other}/`);
    return { res, by: "other", w };
  }

  interface Outcome {
    res: Response & { text: string; where: string };
    by: Slot;
    w: Write;
    creates?: "key" | "invite" | "token" | undefined;
    invite?: SentInvite;
    target?: string;
  }

  async function request(
    auth: string | undefined,
    method: string,
    path: string,
    body?: object,
    idempotency?: string,
  ) {
    const res = await call(method, path, {
      auth,
      body,
      headers: idempotency ? { "Idempotency-Key": idempotency } : {},
    });
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    return { ...res, text: JSON.stringify(res.body ?? ""), where: `${method} ${path}` };
  }

  /** A sane status, and no secret but the one this answer creates. */
  function checkAnswer({ res, creates }: Outcome) {
    expect(res.status, `${res.where} → ${res.text}`).toBeLessThan(500);
    const own =
      res.status === 201 && creates
        ? ((creates === "key" ? res.body.key : res.body.token) as string)
        : undefined;
    const shown = own ? res.text.replaceAll(own, "") : res.text;
    for (const secret of secrets)
      expect(shown.includes(secret), `a secret in ${res.where}`).toBe(false);
    if (own) secrets.add(own);
  }

  function expectInvariants(world: World, before: Before, sent: Outcome[]) {
    expect(ownerless(store), "an organization without an owner").toEqual([]);
    expect(danglingReferences(store)).toEqual([]);
    expect(overQuota(store), "storage past its quota or miscounted").toEqual([]);
    expect(membershipIndexProblems(store), "a write the memberships index missed").toEqual([]);
    const invited = world.invites.map((invite) => invite.email);
    expect(emailIndexProblems(store, invited), "a write the email index missed").toEqual([]);
    // no credential outlives its maker
    const now = store.clock();
    for (const known of world.keys) {
      const row = store.table("ApiKey").get(known.id)?.data;
      if (!row || endOf(row.expires_at) <= now) continue;
      expect(endOf(row.expires_at), `key ${known.id} outlives its maker`).toBeLessThanOrEqual(
        known.bound,
      );
      if (world.loggedOut && known.tied) expect.fail(`key ${known.id} outlived the logout`);
    }
    // nobody rose above what someone entitled granted them
    const after = new Map(
      store.rows("Membership", () => true, world.org).map((m) => [m.data.user.id, m.data.role]),
    );
    for (const [user, role] of after) {
      const was = before.roles.get(user);
      if (was !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(was)) continue;
      const granted = sent.some((o) => grants(world, before, after, o, user, role));
      expect(granted, `${user}: ${was ?? "none"} → ${role}`).toBe(true);
    }
  }

  /** Whether `o` gave `user` the role `role`, by someone entitled (as they were before or after the step). */
  function grants(
    world: World,
    before: Before,
    after: Map<string, Role>,
    o: Outcome,
    user: string,
    role: Role,
  ) {
    if (o.w.kind === "accept")
      return (
        o.res.status === 201 &&
        o.res.body.user.id === user &&
        o.invite?.role === role &&
        o.invite.entitled
      );
    if (o.w.kind !== "role" || o.res.status !== 200 || o.target !== user || o.w.role !== role)
      return false;
    const granter = slotUser(world, o.by);
    const from = before.roles.get(user);
    return [before.roles.get(granter ?? ""), after.get(granter ?? "")].some(
      (mine) =>
        from !== undefined &&
        allows(mine, "members.update", from) &&
        allows(mine, "members.update", role),
    );
  }
}, 120_000);

const pick = <T>(list: T[], n: number) => list[n % list.length];
const hoursAhead = (hours: number) => new Date(store.clock() + hours * HOUR).toISOString();

function endOf(expiresAt: string | null) {
  return expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(expiresAt);
}
