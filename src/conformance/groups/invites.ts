// Invites: the secret shown once and required to accept, an invite accepted once, a revoked one
// never, its expiry, and an existing account accepting with its own token (never raising a
// current member's role).
import { expect, expectStatus, Skip } from "../check";
import type { Check, Kit } from "../context";
import type { Org } from "../world";
import { readBack } from "./common";

const group = "invites";
const invitesOrg = (kit: Kit) => kit.world.org("invites");

async function newInvite(
  kit: Kit,
  org: Org,
  role = "member",
  email = `${kit.world.unique("invitee")}@example.com`,
) {
  const x = await kit.http.call("createInvite", { as: org.owner, body: { email, role } });
  return expectStatus(x, 201, "an owner invites someone");
}

const accept = (kit: Kit, id: string, body: Record<string, unknown>, authorization?: string) =>
  kit.http.call("acceptInvite", {
    id,
    body,
    ...(authorization && { as: { label: "the invitee", authorization } }),
  });

function check(name: string, run: (kit: Kit, org: Org) => Promise<void>): Check {
  return { group, name, run: async (kit) => run(kit, await invitesOrg(kit)) };
}

/** The invites group, a table of its checks (each makes what it needs in its own organization). */
const INVITE_CHECKS: readonly Check[] = [
  check("the secret is shown when the invite is made, and never again", async (kit, org) => {
    const x = await newInvite(kit, org);
    expect(
      typeof x.body.token === "string" && x.body.token.length > 0,
      "the create answer carries the invite's secret token",
      x,
    );
    await readBack(kit, org.owner, { get: "getInvite", list: "listInvites" }, x.body.id, "invite");
  }),
  check(
    "accepting without the right secret → 400, the same as for an invite that does not exist",
    async (kit, org) => {
      const x = await newInvite(kit, org);
      const wrong = await accept(kit, x.body.id, {
        token: "inv_wrong-secret-for-conformance",
        name: "Nobody",
        password: kit.world.password(),
      });
      expectStatus(wrong, 400, "a wrong invite secret is a 400");
      const nowhere = await accept(kit, crypto.randomUUID(), {
        token: "inv_wrong-secret-for-conformance",
        name: "Nobody",
        password: kit.world.password(),
      });
      expectStatus(
        nowhere,
        400,
        "a wrong or missing secret gets the same 400 whether or not the invite exists",
      );
      expect(
        JSON.stringify(wrong.body) === JSON.stringify(nowhere.body),
        "the two 400s are the same",
        nowhere,
      );
    },
  ),
  check("an invite is accepted once; a second time → 4xx", async (kit, org) => {
    const x = await newInvite(kit, org);
    const body = { token: x.body.token, name: "Once", password: kit.world.password() };
    const first = expectStatus(
      await accept(kit, x.body.id, body),
      201,
      "accepting with the secret and a new account answers 201",
    );
    expect(
      first.body.membership?.role === "member" && first.body.organization?.id === org.id,
      "the new account joins the organization with the invite's role",
      first,
    );
    kit.world.adopt(first.body.token);
    const again = await accept(kit, x.body.id, { ...body, password: kit.world.password() });
    expect(
      again.status >= 400 && again.status < 500,
      `an invite that is not pending cannot be accepted (got ${again.status})`,
      again,
    );
    const read = await kit.http.call("getInvite", { as: org.owner, id: x.body.id });
    expect(read.body?.status === "accepted", "an accepted invite reads accepted", read);
  }),
  check("a revoked invite cannot be accepted", async (kit, org) => {
    const x = await newInvite(kit, org);
    expectStatus(
      await kit.http.call("deleteInvite", { as: org.owner, id: x.body.id }),
      204,
      "revoking an invite answers 204",
    );
    const late = await accept(kit, x.body.id, {
      token: x.body.token,
      name: "Late",
      password: kit.world.password(),
    });
    expect(
      late.status >= 400 && late.status < 500,
      `a revoked invite cannot be accepted (got ${late.status})`,
      late,
    );
    const read = await kit.http.call("getInvite", { as: org.owner, id: x.body.id });
    expect(read.body?.status === "revoked", "a revoked invite reads revoked", read);
  }),
  check("a new invite is pending and expires after it was made", async (kit, org) => {
    const x = await newInvite(kit, org);
    expect(x.body.status === "pending", "a new invite is pending", x);
    expect(
      Date.parse(x.body.expires_at) > Date.parse(x.body.created_at),
      "expires_at is after created_at",
      x,
    );
  }),
  {
    group,
    name: "an expired invite cannot be accepted",
    run: () =>
      Promise.reject(new Skip("an invite lives 7 days: the kit cannot move the server's clock")),
  },
  check("an existing account accepts with its own token and only the secret", async (kit, org) => {
    const a = await kit.world.org("A");
    const member = await kit.world.person("member", a, "member");
    const x = await newInvite(kit, org, "member", member.email);
    const anonymous = await accept(kit, x.body.id, { token: x.body.token });
    expectStatus(
      anonymous,
      401,
      "accepting for an email that has an account takes that user's token",
    );
    const other = await kit.world.person("admin", a, "admin");
    const stranger = await accept(kit, x.body.id, { token: x.body.token }, `Token ${other.token}`);
    expectStatus(stranger, 403, "another user's token cannot accept someone else's invite");
    const mine = await accept(kit, x.body.id, { token: x.body.token }, `Token ${member.token}`);
    expectStatus(mine, 201, "the invitee accepts with their token and the secret");
    expect(
      mine.body.user?.id === member.userId,
      "the membership is added to the existing user",
      mine,
    );
  }),
  check("an invite never raises a current member's role", async (kit) => {
    const a = await kit.world.org("A");
    const member = await kit.world.person("member", a, "member");
    const x = await kit.http.call("createInvite", {
      as: a.owner,
      body: { email: member.email, role: "admin" },
    });
    if (x.status === 201) {
      const raised = await accept(kit, x.body.id, { token: x.body.token }, `Token ${member.token}`);
      expect(
        raised.status >= 400 && raised.status < 500,
        "an invite for a current member is refused",
        raised,
      );
    } else
      expect(
        x.status === 400 || x.status === 409,
        `an invite for a current member is refused (got ${x.status})`,
        x,
      );
    const me = await kit.http.call("getMe", { as: member.as(a) });
    const role = me.body?.memberships?.find(
      (m: { organization?: { id?: string } | string }) =>
        (typeof m.organization === "string" ? m.organization : m.organization?.id) === a.id,
    )?.role;
    expect(role === "member", `the member's role stays member (got ${role})`, me);
  }),
];

export function inviteChecks(): Check[] {
  return [...INVITE_CHECKS];
}
