// Conflicting writes, each pair sent at once (the second after a random few milliseconds, so
// both orders and the overlaps between come up) many times; after each round the invariants
// hold: what answered success happened, what was refused left nothing behind, and nothing points
// at a deleted organization. Accepting an invite for a new account awaits the password's hash:
// the widest window, where a check made before it is stale after it. RACE_RUNS rounds per pair
// (default 12).
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { addMember } from "../../src/stub/handlers/auth";
import { bearer, type Response, stubWithStore } from "./helpers";
import { danglingReferences, ownerless, team } from "./invariants";

const RUNS = Number(process.env.RACE_RUNS ?? 12);
const O = "/api/organizations";
const { call, store, stub } = await stubWithStore({ seed: false, failedAuth: false });

/** Sends `first` and, a random 0 to `spread` ms later, `second`; both answers. */
async function race<A, B>(
  first: () => Promise<A>,
  second: () => Promise<B>,
  spread = 30,
): Promise<[A, B]> {
  const delay = Math.floor(Math.random() * spread);
  return Promise.all([
    first(),
    new Promise<void>((done) => setTimeout(done, delay)).then(second),
  ]) as Promise<[A, B]>;
}

function expectSound(orgs: string[]) {
  expect(danglingReferences(store)).toEqual([]);
  expect(ownerless(store, orgs)).toEqual([]);
}

/**
 * A request whose body follows its headers `gap` ms later (random up to 40 by default): the
 * server authenticates it, then waits for the body, the window another write may fall into.
 */
function slowCall(
  method: string,
  path: string,
  { auth, body, headers = {} }: { auth: string; body: unknown; headers?: Record<string, string> },
  gap = Math.floor(Math.random() * 40),
): Promise<Omit<Response, "headers">> {
  const text = JSON.stringify(body);
  return new Promise((done, fail) => {
    const req = httpRequest(`${stub.url}${path}`, {
      method,
      headers: {
        Authorization: auth,
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(text),
        ...headers,
      },
    });
    req.on("error", fail);
    req.on("response", async (res) => {
      let answer = "";
      for await (const chunk of res) answer += chunk;
      done({ status: res.statusCode ?? 0, body: JSON.parse(answer || "null") });
    });
    req.flushHeaders();
    setTimeout(() => req.end(text), gap);
  });
}

/** About how long hashing a password takes, to spread a race across it: both orders come up. */
const HASHING = await (async () => {
  const started = performance.now();
  await store.setPassword("timing", "timing-password");
  store.delete("User", "timing");
  return Math.ceil((performance.now() - started) * 2);
})();

const usersWithEmail = (email: string) => store.rows("User", (u) => u.data.email === email);

async function pendingInvite(owner: string, role = "admin") {
  const email = `new-${Math.random()}@example.test`;
  const res = await call("POST", `${O}/invites/`, { auth: owner, body: { email, role } });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, secret: res.body.token as string, email };
}
const acceptAsNewAccount = (invite: { id: string; secret: string }) =>
  call("POST", `${O}/invites/${invite.id}/accept/`, {
    body: { token: invite.secret, name: "New", password: "new-password-1" },
  });

describe("races between conflicting writes", () => {
  it(`accept vs revoke: exactly one wins, and a revoked invite leaves no member or account (${RUNS} rounds)`, async () => {
    const { org, people } = team(store, ["owner"]);
    const owner = people[0]?.auth as string;
    const outcomes = new Set<string>();
    for (let round = 0; round < RUNS; round++) {
      const invite = await pendingInvite(owner);
      const [accepted, revoked] = await race(
        () => acceptAsNewAccount(invite),
        () => call("DELETE", `${O}/invites/${invite.id}/`, { auth: owner }),
        HASHING,
      );
      outcomes.add(`${accepted.status}/${revoked.status}`);
      const status = store.table("Invite").get(invite.id)?.data.status;
      const members = store.rows("Membership", (m) => m.data.user.email === invite.email, org);
      if (accepted.status === 201) {
        expect(revoked.status, JSON.stringify(revoked.body)).toBe(400);
        expect(status).toBe("accepted");
        expect(members).toHaveLength(1);
      } else {
        expect([accepted.status, revoked.status], JSON.stringify(accepted.body)).toEqual([
          400, 204,
        ]);
        expect(status).toBe("revoked");
        expect(members).toHaveLength(0);
        expect(usersWithEmail(invite.email)).toHaveLength(0);
      }
      expectSound([org]);
    }
    console.log(`accept vs revoke (accept/revoke): ${[...outcomes].join(", ")}`);
  });

  it(`accept vs delete organization: nothing is left pointing at the deleted organization (${RUNS} rounds)`, async () => {
    for (let round = 0; round < RUNS; round++) {
      const { org, people } = team(store, ["owner"]);
      const owner = people[0]?.auth as string;
      const invite = await pendingInvite(owner);
      const [accepted, deleted] = await race(
        () => acceptAsNewAccount(invite),
        () => call("DELETE", `${O}/organizations/${org}/`, { auth: owner }),
        HASHING,
      );
      expect(deleted.status).toBe(204);
      expect([201, 400, 404], JSON.stringify(accepted.body)).toContain(accepted.status);
      // an account made for a membership that never came to be is not left behind
      expect(usersWithEmail(invite.email)).toHaveLength(accepted.status === 201 ? 1 : 0);
      expect(store.table("Organization").has(org)).toBe(false);
      expectSound([]);
    }
  });

  it(`accept vs accept of one invite: one account, one membership (${RUNS} rounds)`, async () => {
    const { org, people } = team(store, ["owner"]);
    const owner = people[0]?.auth as string;
    for (let round = 0; round < RUNS; round++) {
      const invite = await pendingInvite(owner, "member");
      const answers = await race(
        () => acceptAsNewAccount(invite),
        () => acceptAsNewAccount(invite),
      );
      expect(answers.filter((res) => res.status === 201)).toHaveLength(1);
      expect(usersWithEmail(invite.email)).toHaveLength(1);
      expect(store.rows("Membership", (m) => m.data.user.email === invite.email, org)).toHaveLength(
        1,
      );
      expectSound([org]);
    }
  });

  it(`rotate vs revoke: a replacement exists only if the rotation answered 201, and the old key is dead (${RUNS} rounds)`, async () => {
    const { org, people } = team(store, ["owner"]);
    const owner = people[0]?.auth as string;
    for (let round = 0; round < RUNS; round++) {
      const name = `rotated-${round}`;
      const old = await call("POST", `${O}/api-keys/`, { auth: owner, body: { name } });
      const [rotated, revoked] = await race(
        () => slowCall("POST", `${O}/api-keys/${old.body.id}/rotate/`, { auth: owner, body: {} }),
        () => call("DELETE", `${O}/api-keys/${old.body.id}/`, { auth: owner }),
      );
      expect(revoked.status).toBe(204);
      expect([201, 400], JSON.stringify(rotated.body)).toContain(rotated.status);
      const live = store.rows("ApiKey", (k) => k.data.name === name, org);
      expect(live.map((k) => k.data.id)).toEqual(rotated.status === 201 ? [rotated.body.id] : []);
      expect((await call("GET", `${O}/api-keys/`, { auth: bearer(old.body.key) })).status).toBe(
        401,
      );
      if (rotated.status === 201) {
        expect(store.keyLineage(rotated.body.id).root).toBe(old.body.id);
        const use = await call("GET", `${O}/api-keys/`, { auth: bearer(rotated.body.key) });
        expect(use.status).toBe(200);
      }
      expectSound([org]);
    }
  });

  it(`create in an organization vs delete it: nothing created outlives it (${RUNS} rounds)`, async () => {
    for (let round = 0; round < RUNS; round++) {
      const { org, people } = team(store, ["owner"]);
      const owner = people[0]?.auth as string;
      const key = await call("POST", `${O}/api-keys/`, { auth: owner, body: { name: "k" } });
      const inOrg = { "X-Organization-Id": org };
      const [created, deleted] = await race(
        () =>
          Promise.all([
            slowCall("POST", "/api/templates/", {
              auth: bearer(key.body.key),
              body: { name: "t" },
            }),
            slowCall("POST", "/api/templates/", {
              auth: owner,
              body: { name: "t" },
              headers: inOrg,
            }),
            slowCall("POST", `${O}/invites/`, {
              auth: owner,
              body: { email: `x-${round}@example.test` },
              headers: inOrg,
            }),
            slowCall("POST", `${O}/api-keys/`, {
              auth: owner,
              body: { name: "k2" },
              headers: inOrg,
            }),
          ]),
        () => call("DELETE", `${O}/organizations/${org}/`, { auth: owner }),
      );
      expect(deleted.status).toBe(204);
      for (const res of created)
        expect([201, 401, 403], JSON.stringify(res.body)).toContain(res.status);
      expectSound([]);
    }
  });

  it(`member removal vs their own requests: nothing they do lands after their removal (${RUNS} rounds)`, async () => {
    for (let round = 0; round < RUNS; round++) {
      const { org, people } = team(store, ["owner", "admin"]);
      const [owner, admin] = people as [(typeof people)[0], (typeof people)[0]];
      // the admin also owns an organization of their own, which their requests must not fall to
      const own = team(store, []);
      addMember(store, own.org, store.table("User").get(admin.user)?.data as never, "owner");
      const [answers, removed] = await race(
        () =>
          Promise.all([
            slowCall("POST", `${O}/api-keys/`, { auth: admin.auth, body: { name: "mine" } }),
            slowCall("POST", "/api/templates/", { auth: admin.auth, body: { name: "mine" } }),
            slowCall("POST", `${O}/invites/`, {
              auth: admin.auth,
              body: { email: `friend-${round}@example.test`, role: "admin" },
              headers: { "X-Organization-Id": org },
            }),
          ]),
        () => call("DELETE", `${O}/members/${admin.membership}/`, { auth: owner.auth }),
      );
      expect(removed.status).toBe(204);
      const trail = store.rows("AuditEvent", () => true, org);
      const removal = trail.find((e) => e.data.action === "member.removed");
      const theirs = trail.filter((e) => e.data.actor?.id === admin.user);
      for (const event of theirs) expect(event.seq).toBeLessThan(removal?.seq ?? -1);
      // what they made in the organization was made while they were in it, and answered 201
      const made = answers.filter((res) => res.status === 201);
      expect(theirs).toHaveLength(made.length);
      expect(store.rows("Template", () => true, own.org)).toHaveLength(0);
      expect(store.rows("ApiKey", () => true, own.org)).toHaveLength(0);
      expectSound([org, own.org]);
    }
  });
});
