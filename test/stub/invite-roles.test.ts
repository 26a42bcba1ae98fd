// Accepting an invite never raises an existing member's role, and a member cannot be invited:
// the attack was an admin who invited himself as admin, was demoted, left, and accepted his own
// invite to be admin again.
import { describe, expect, it } from "vitest";
import { stubWithStore, token } from "./helpers";
import { team } from "./invariants";

const { call, store } = await stubWithStore({ seed: false, failedAuth: false });
const O = "/api/organizations";

describe("invites and existing members", () => {
  it("a demoted admin cannot regain admin through an invite made to himself before the demotion", async () => {
    const { org, people } = team(store, ["owner", "admin"]);
    const [owner, admin] = people as [(typeof people)[0], (typeof people)[0]];
    const headers = { "X-Organization-Id": org };
    const toSelf = await call("POST", `${O}/invites/`, {
      auth: admin.auth,
      body: { email: admin.email.toUpperCase(), role: "admin" },
      headers,
    });
    expect(toSelf.status, JSON.stringify(toSelf.body)).toBe(400);
    expect(Object.keys(toSelf.body)).toEqual(["email"]);

    const demoted = await call("PATCH", `${O}/members/${admin.membership}/`, {
      auth: owner.auth,
      body: { role: "member" },
    });
    expect(demoted.status).toBe(200);
    const left = await call("DELETE", `${O}/members/${admin.membership}/`, { auth: admin.auth });
    expect(left.status).toBe(204);
    // nothing pending for him: no way back in but a new invite from someone entitled
    expect(store.rows("Invite", (i) => i.data.email.toLowerCase() === admin.email, org)).toEqual(
      [],
    );
  });

  it("accepting while already a member is refused and leaves the role as it is", async () => {
    const { org, people } = team(store, ["owner"]);
    const owner = people[0]?.auth as string;
    const email = `twice-${Math.random()}@example.test`;
    const asMember = await call("POST", `${O}/invites/`, {
      auth: owner,
      body: { email, role: "member" },
    });
    const asAdmin = await call("POST", `${O}/invites/`, {
      auth: owner,
      body: { email, role: "admin" },
    });
    const joined = await call("POST", `${O}/invites/${asMember.body.id}/accept/`, {
      body: { token: asMember.body.token, name: "T", password: "password-123" },
    });
    expect(joined.status).toBe(201);
    const again = await call("POST", `${O}/invites/${asAdmin.body.id}/accept/`, {
      auth: token(joined.body.token),
      body: { token: asAdmin.body.token },
    });
    expect(again.status).toBe(400);
    expect(again.body.non_field_errors[0]).toContain("already a member");
    const role = store.rows("Membership", (m) => m.data.user.email === email, org)[0]?.data.role;
    expect(role).toBe("member");
    // and a new invite for them is refused on email
    const third = await call("POST", `${O}/invites/`, {
      auth: owner,
      body: { email, role: "admin" },
    });
    expect(third.status).toBe(400);
    expect(Object.keys(third.body)).toEqual(["email"]);
  });
});
