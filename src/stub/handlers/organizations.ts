import { foundOrganization } from "./auth";
import { crud } from "./crud";
import { type Caller, type Handlers, invalid, requireRole } from "./types";

/** When an invite made now expires: in 7 days. */
export const inviteExpiry = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
const managers = (caller: Caller) => requireRole(caller, caller.org, ["owner", "admin"]);

export const organizationHandlers = {
  ...crud("Organization", "Organization", {
    scope: "caller",
    guard: (caller, action, row) => {
      if (action === "delete") requireRole(caller, row?.org, ["owner"]);
      if (action === "update" && caller.kind === "token")
        requireRole(caller, row?.org, ["owner", "admin"]);
    },
    remove: (row, store) => store.dropOrganization(row.data.id),
  }),
  createOrganization: ({ body, caller, store }) => {
    if (!caller.user)
      throw invalid({ non_field_errors: ["Only a user can create an organization."] });
    return {
      status: 201,
      body: foundOrganization(store, body.name, caller.user.data).organization,
    };
  },

  ...crud("Member", "Membership", {
    guard: (caller, action) => action !== "list" && action !== "get" && managers(caller),
  }),

  ...crud("Invite", "Invite", {
    guard: (caller, action) => action !== "list" && action !== "get" && managers(caller),
    init: (org) => ({
      organization: org,
      expires_at: inviteExpiry(),
    }),
    remove: (row) => {
      row.data.status = "revoked";
    },
  }),
} satisfies Partial<Handlers>;
