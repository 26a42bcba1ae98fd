// Organizations, their members, invites and API keys, with the role rules: owners and admins
// manage members, invites and (with a token) keys; only an owner deletes the organization.
import { newId } from "../store";
import { foundOrganization } from "./auth";
import { compose, crud } from "./crud";
import { actingOrg, type Caller, type Handlers, invalid, requireRole } from "./types";

/** When an invite made now expires: in 7 days. */
export const inviteExpiry = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
const managers = (caller: Caller) => requireRole(caller, caller.org, ["owner", "admin"]);
/** An API key acts for its organization; a user needs to be an owner or admin. */
const keyManagers = (caller: Caller) => caller.kind === "token" && managers(caller);

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

  ...crud("ApiKey", "ApiKey", {
    guard: (caller, action) => action !== "list" && action !== "get" && keyManagers(caller),
    remove: (row, store) => {
      store.table("ApiKey").delete(row.data.id);
      store.forgetApiKey(row.data.id);
    },
  }),
  // Not the generic create: the one response that shows the full key.
  createApiKey: ({ body, caller, store }) => {
    keyManagers(caller);
    if (body.expires_at && Date.parse(body.expires_at) <= Date.now())
      throw invalid({ expires_at: ["Must be a time in the future."] });
    const id = newId();
    const { key, prefix } = store.addApiKeySecret(id);
    const data = store.insert(
      "ApiKey",
      actingOrg(caller),
      compose("ApiKey", {}, { ...body, id, prefix }),
    ).data;
    return { status: 201, body: { ...data, key } };
  },
} satisfies Partial<Handlers>;
