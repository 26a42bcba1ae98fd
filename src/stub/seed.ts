// Data from the contract's named examples (`components.examples`), which describe one demo
// organization with consistent ids: the built-in adapters always, the demo organization on request.
import { contract } from "./contract";
import { inviteExpiry } from "./handlers/invite-status";
import { type Data, type Store, TABLE_NAMES } from "./store";

const example = <T>(name: string): T =>
  structuredClone(contract.components.examples[name]?.value as T);

/**
 * Objects of the demo organization, each from `<Table>Example`: every table but the organization
 * and its user (from `OrganizationExample` and `MeExample`) and the key policy (none: the default).
 */
const DEMO_TABLES = TABLE_NAMES.filter(
  (table) => table !== "Organization" && table !== "User" && table !== "KeyPolicy",
);

const adapters = () =>
  example<{ results: Data<"Adapter">[] }>("PaginatedAdapterListExample").results;

export function seedBuiltins(store: Store) {
  for (const adapter of adapters()) if (adapter.is_builtin) store.insert("Adapter", null, adapter);
}

/** Seeds the demo organization, its user and credentials; returns the demo key and token. */
export async function seedDemo(store: Store) {
  const organization = example<Data<"Organization">>("OrganizationExample");
  const { memberships, ...user } = example<Data<"User"> & { memberships: Data<"Membership">[] }>(
    "MeExample",
  );
  store.insert("Organization", organization.id, organization);
  store.insert("User", null, user);
  for (const membership of memberships) store.insert("Membership", organization.id, membership);
  // `MembershipExample` is a second member (below), so that the demo owner is not the last one.
  store.insert("User", null, example<Data<"Membership">>("MembershipExample").user);
  for (const table of DEMO_TABLES) {
    store.insert(table, organization.id, example<Data<typeof table>>(`${table}Example`));
    // One nothing refers to, where the demo one is in use: the one the delete sample deletes.
    if (contract.components.examples[`Unused${table}Example`])
      store.insert(table, organization.id, example<Data<typeof table>>(`Unused${table}Example`));
  }
  // The example invite's date has passed: keep the demo one acceptable.
  const pending = store.table("Invite").get(example<{ id: string }>("InviteExample").id)?.data;
  if (pending) pending.expires_at = inviteExpiry(store.now());

  const { password } = example<{ password: string }>("LoginRequestExample");
  await store.setPassword(user.id, password);
  const { id, key } = example<{ id: string; key: string }>("ApiKeyCreatedExample");
  store.addApiKeySecret(id, key);
  const invite = example<{ id: string; token: string }>("InviteCreatedExample");
  store.addInviteSecret(invite.id, invite.token);
  const { token } = example<{ token: string }>("AuthTokenExample");
  store.issueToken(user.id, token);
  return { apiKey: key, token, email: user.email, password };
}
