// Organizations, their members and invites, each action checked against the one role table
// (../roles.ts); an organization always keeps an owner. (API keys: keys.ts.)

import { LIMITS } from "../contract";
import { authorize, LAST_OWNER } from "../roles";
import { newId, type Row, type Store } from "../store";
import { foundOrganization, isMember } from "./auth";
import { compose, crud, inPath } from "./crud";
import { inviteExpiry, refreshInvite } from "./invite-status";
import { actingOrg, type Caller, forbidden, type Handlers, invalid, type Role } from "./types";

const owners = (store: Store, org: string) =>
  store.rows("Membership", (m) => m.data.role === "owner", org);

/** 403 unless the caller may take `row` from its role to `to` (or remove it); 400 for the last owner. */
function checkMembershipChange(caller: Caller, store: Store, row: Row<"Membership">, to?: Role) {
  const from = row.data.role;
  if (to === undefined && row.data.user.id === caller.user?.data.id)
    authorize(caller, row.org, "members.leave");
  else if (to === undefined) authorize(caller, row.org, "members.remove", from);
  else {
    authorize(caller, row.org, "members.update", from);
    authorize(caller, row.org, "members.update", to);
  }
  if (from === "owner" && to !== "owner" && owners(store, row.data.organization).length <= 1)
    throw invalid({ [to === undefined ? "non_field_errors" : "role"]: [LAST_OWNER] });
}

const invites = crud("Invite", "Invite", {
  guard: (caller, action, row) => {
    if (action === "list" || action === "get") authorize(caller, caller.org, "invites.read");
    if (action === "delete") authorize(caller, row?.org, "invites.revoke", row?.data.role);
  },
  remove: (row, store) => {
    if (refreshInvite(row, store.clock()).data.status !== "pending")
      throw invalid({ non_field_errors: [`This invite is ${row.data.status}, not pending.`] });
    row.data.status = "revoked";
  },
});

export const organizationHandlers = {
  ...crud("Organization", "Organization", {
    scope: "caller",
    guard: (caller, action, row) => {
      if (action === "delete") authorize(caller, row?.org, "organization.delete");
      if (action === "update") authorize(caller, row?.org, "organization.update");
    },
    remove: (row, store) => store.dropOrganization(row.data.id),
  }),
  createOrganization: ({ body, caller, store }) => {
    if (!caller.user)
      throw invalid({ non_field_errors: ["Only a user can create an organization."] });
    // each organization has a storage quota: so that one user's storage is bounded too
    const most = LIMITS.maxOrganizationsPerUser;
    if (store.membershipsOf(caller.user.data.id).length >= most)
      throw forbidden(
        `A user belongs to at most ${most} organizations: leave or delete one before creating another.`,
      );
    return {
      status: 201,
      body: foundOrganization(store, body.name, caller.user.data).organization,
    };
  },

  ...crud("Member", "Membership", {
    guard: (caller, action) => {
      if (action === "list") authorize(caller, caller.org, "organization.read");
    },
  }),
  updateMember: (ctx) => {
    const row = inPath(ctx, "Membership", true);
    const to = ctx.body.role;
    if (to !== undefined && to !== row.data.role) {
      checkMembershipChange(ctx.caller, ctx.store, row, to);
      row.data.role = to;
    } else authorize(ctx.caller, row.org, "members.update", row.data.role);
    return { status: 200, body: row.data };
  },
  deleteMember: (ctx) => {
    const row = inPath(ctx, "Membership", true);
    checkMembershipChange(ctx.caller, ctx.store, row);
    ctx.store.delete("Membership", row.data.id);
    return { status: 204 };
  },

  ...invites,
  // Reads see an invite that has passed its `expires_at` as `expired`.
  listInvites: (ctx) => {
    for (const row of ctx.store.rows("Invite", undefined, ctx.caller.org ?? null))
      refreshInvite(row, ctx.store.clock());
    return invites.listInvites(ctx);
  },
  getInvite: (ctx) => {
    const row = ctx.store.table("Invite").get(ctx.params.id);
    if (row) refreshInvite(row, ctx.store.clock());
    return invites.getInvite(ctx);
  },
  // Not the generic create: the invite's role is checked, and its secret shown this once.
  createInvite: ({ body, caller, store }) => {
    const org = actingOrg(caller);
    const role = body.role ?? "member";
    authorize(caller, org, "invites.create", role);
    // An invite only brings someone in: a member's role changes through the members endpoints.
    if (isMember(store, org, body.email))
      throw invalid({
        email: ["This user is already a member of the organization; change their role instead."],
      });
    const id = newId();
    // One reading of the clock, so the invite lasts exactly 7 days from its `created_at`.
    const now = store.now();
    const data = compose(
      "Invite",
      {},
      {
        ...body,
        role,
        id,
        organization: org,
        created_at: now.toISOString(),
        expires_at: inviteExpiry(now),
      },
      now,
    );
    store.insert("Invite", org, data);
    return { status: 201, body: { ...data, token: store.addInviteSecret(id) } };
  },
} satisfies Partial<Handlers>;
