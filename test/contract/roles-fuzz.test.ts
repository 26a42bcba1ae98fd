// Property-based fuzz of the access model: random organizations (random memberships), then
// random role operations (change a role, remove a member, invite, accept with a right or wrong
// secret as anyone, revoke) by random actors, members or not. After every step: the organization
// has an owner; nobody's role rose unless someone entitled (by the role table, as they were
// then) granted exactly that; no secret appears outside the response that created it, nor in
// the log. Bounded: ROLE_FUZZ_RUNS sequences (default 60), seeded by FUZZ_SEED.
import fc from "fast-check";
import { expect, it } from "vitest";
import { addMember } from "../../src/stub/handlers/auth";
import type { Role } from "../../src/stub/handlers/types";
import { allows, ROLES } from "../../src/stub/roles";
import { newId } from "../../src/stub/store";
import { stubWithStore } from "../stub/helpers";

const RUNS = Number(process.env.ROLE_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const O = "/api/organizations";

const { stub, store, log } = await stubWithStore({ seed: false });
const base = stub.url;

interface Person {
  id: string;
  email: string;
  token: string;
}
interface SentInvite {
  id: string;
  token: string;
  email: string;
  role: Role;
  /** Whether its creator's role, when they created it, let them invite with this role. */
  entitled: boolean;
}

const now = () => new Date().toISOString();
function person(): Person {
  const id = newId();
  const email = `p-${id}@example.test`;
  store.insert("User", null, { id, email, name: "P", created_at: now() });
  return { id, email, token: store.issueToken(id) };
}

const step = fc.oneof(
  fc.record({
    kind: fc.constant("role" as const),
    actor: fc.nat(),
    target: fc.nat(),
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({ kind: fc.constant("remove" as const), actor: fc.nat(), target: fc.nat() }),
  fc.record({
    kind: fc.constant("invite" as const),
    actor: fc.nat(),
    invitee: fc.option(fc.nat(), { freq: 4 }), // null: someone without an account yet
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({
    kind: fc.constant("accept" as const),
    invite: fc.nat(),
    as: fc.option(fc.nat()), // null: no credentials
    rightSecret: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("revoke" as const), actor: fc.nat(), invite: fc.nat() }),
);
/** Roles beyond the owner, admin and member every generated organization starts with. */
const organization = fc.array(fc.constantFrom(...ROLES), { maxLength: 3 });

it(`keeps an owner, grants no role above the granter's, leaks no secret over ${RUNS} sequences`, async () => {
  const statuses = new Map<number, number>();
  /** Every secret seen: user tokens, invite secrets, passwords. */
  const secrets = new Set<string>();
  await fc.assert(
    fc.asyncProperty(
      organization,
      fc.array(step, { minLength: 1, maxLength: 12 }),
      async (roles, steps) => {
        const org = newId();
        store.insert("Organization", org, {
          id: org,
          name: "Fuzz",
          created_at: now(),
          updated_at: now(),
        });
        const people: Person[] = [];
        for (const role of ["owner", "admin", "member", ...roles] as const) {
          const p = person();
          addMember(store, org, store.table("User").get(p.id)?.data as never, role);
          people.push(p);
        }
        people.push(person(), person()); // outsiders: no membership
        for (const p of people) secrets.add(p.token);
        const invites: SentInvite[] = [];
        const roleOf = () =>
          new Map(
            store
              .rows("Membership", (m) => m.org === org)
              .map((m) => [m.data.user.id, m.data.role]),
          );
        const membershipOf = (userId: string) =>
          store.rows("Membership", (m) => m.org === org && m.data.user.id === userId)[0]?.data.id ??
          newId();
        const pick = <T>(list: T[], n: number) => list[n % list.length] as T;

        for (const s of steps) {
          const before = roleOf();
          /** Role rises this step may legitimately cause: user id → the role granted. */
          const grants = new Map<string, Role>();
          let request: { method: string; path: string; auth?: string | undefined; body?: object };
          let createsSecret: "invite" | "token" | undefined;
          if (s.kind === "role" || s.kind === "remove") {
            const actor = pick(people, s.actor);
            const target = pick(people, s.target);
            const path = `${O}/members/${membershipOf(target.id)}/`;
            request =
              s.kind === "role"
                ? { method: "PATCH", path, auth: actor.token, body: { role: s.role } }
                : { method: "DELETE", path, auth: actor.token };
            const from = before.get(target.id);
            const mine = before.get(actor.id);
            if (
              s.kind === "role" &&
              from &&
              allows(mine, "members.update", from) &&
              allows(mine, "members.update", s.role)
            )
              grants.set(target.id, s.role);
          } else if (s.kind === "invite") {
            const actor = pick(people, s.actor);
            const email =
              s.invitee === null ? `new-${newId()}@example.test` : pick(people, s.invitee).email;
            request = {
              method: "POST",
              path: `${O}/invites/`,
              auth: actor.token,
              body: { email, role: s.role },
            };
            createsSecret = "invite";
            const entitled = allows(before.get(actor.id), "invites.create", s.role);
            const res = await send(request);
            if (res.status === 201)
              invites.push({
                id: res.body.id,
                token: res.body.token,
                email,
                role: s.role,
                entitled,
              });
            check(res, createsSecret);
            continue;
          } else if (s.kind === "accept") {
            if (!invites.length) continue;
            const invite = pick(invites, s.invite);
            const as = s.as === null ? undefined : pick(people, s.as);
            const wrong = invites.find((i) => i.id !== invite.id)?.token ?? "inv_wrong";
            const password = `pw-${newId()}`;
            secrets.add(password);
            request = {
              method: "POST",
              path: `${O}/invites/${invite.id}/accept/`,
              auth: as?.token,
              body: { token: s.rightSecret ? invite.token : wrong, name: "N", password },
            };
            createsSecret = "token";
            const invitee = people.find((p) => p.email === invite.email);
            if (invite.entitled && s.rightSecret && (invitee ? as === invitee : true))
              grants.set(invitee?.id ?? `new:${invite.email}`, invite.role);
            const res = await send(request);
            check(res, createsSecret);
            if (res.status === 201 && !invitee) {
              // A new account: it joins the pool, and the grant is checked by its email.
              people.push({ id: res.body.user.id, email: invite.email, token: res.body.token });
              grants.set(res.body.user.id, grants.get(`new:${invite.email}`) as Role);
            }
            expectOwnerAndNoRise(before, grants);
            continue;
          } else {
            if (!invites.length) continue;
            const actor = pick(people, s.actor);
            request = {
              method: "DELETE",
              path: `${O}/invites/${pick(invites, s.invite).id}/`,
              auth: actor.token,
            };
          }
          check(await send(request), createsSecret);
          expectOwnerAndNoRise(before, grants);
        }

        function expectOwnerAndNoRise(before: Map<string, Role>, grants: Map<string, Role>) {
          const after = roleOf();
          expect([...after.values()], "the organization has no owner").toContain("owner");
          for (const [user, role] of after) {
            const was = before.get(user);
            const rose = was === undefined || ROLES.indexOf(role) < ROLES.indexOf(was);
            if (rose) expect(grants.get(user), `${user}: ${was ?? "none"} → ${role}`).toBe(role);
          }
        }
      },
    ),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  for (const secret of secrets)
    expect(log.join("\n").includes(secret), "secret in the log").toBe(false);
  expect(statuses.get(403) ?? 0).toBeGreaterThan(0);
  expect((statuses.get(200) ?? 0) + (statuses.get(204) ?? 0)).toBeGreaterThan(0);
  expect(statuses.get(201) ?? 0).toBeGreaterThan(0);
  console.log(`role fuzz: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);

  async function send({
    method,
    path,
    auth,
    body,
  }: {
    method: string;
    path: string;
    auth?: string | undefined;
    body?: object;
  }) {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(auth && { Authorization: `Token ${auth}` }),
        ...(body && { "Content-Type": "application/json" }),
      },
      ...(body && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    return {
      status: response.status,
      text,
      body: text ? JSON.parse(text) : undefined,
      where: `${method} ${path}`,
    };
  }

  /** A sane status, and no secret but the one this response creates. */
  function check(res: Awaited<ReturnType<typeof send>>, creates: "invite" | "token" | undefined) {
    expect([200, 201, 204, 400, 401, 403, 404], `${res.where} → ${res.text}`).toContain(res.status);
    const own = res.status === 201 && creates ? (res.body.token as string) : undefined;
    const shown = own ? res.text.replaceAll(own, "") : res.text;
    for (const secret of secrets)
      expect(shown.includes(secret), `secret in ${res.where}`).toBe(false);
    if (own) secrets.add(own);
  }
}, 180_000);
