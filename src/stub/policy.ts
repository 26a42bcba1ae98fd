// The organization's key policy: kept per organization, enforced on every request made with one
// of its keys (right after authentication, before anything else looks at the request) and on
// every key created or rotated.
import { type Caller, forbidden, type HttpError, invalid } from "./handlers/types";
import type { Data, Store } from "./store";
import { counted } from "./words";

export const KEYS_DISABLED = "API keys are disabled for this organization.";
const DAY = 86_400_000;

/** The organization's policy: the one last set, else the default (keys on, no lifetime cap). */
export function keyPolicy(store: Store, org: string): Data<"KeyPolicy"> {
  return (
    store.table("KeyPolicy").get(org)?.data ?? {
      api_keys_enabled: true,
      max_key_lifetime_days: null,
      updated_at:
        store.table("Organization").get(org)?.data.created_at ?? store.now().toISOString(),
      updated_by: null,
    }
  );
}

/** Stores the organization's new policy (dropped with the organization). */
export function setKeyPolicy(store: Store, org: string, policy: Data<"KeyPolicy">) {
  store.insert("KeyPolicy", org, policy, org);
  return policy;
}

/** The 403 a request with a key of an organization that disabled API keys gets, if it is one. */
export function refusedKeyUse(store: Store, caller: Caller): HttpError | undefined {
  if (caller.kind !== "key" || !caller.org) return undefined;
  // the default policy (no row) has keys on
  const enabled = store.table("KeyPolicy").get(caller.org)?.data.api_keys_enabled ?? true;
  return enabled ? undefined : forbidden(KEYS_DISABLED);
}

/**
 * Refuses a key about to be created or rotated in `org` that the policy forbids: 403 while API
 * keys are disabled, 400 on `expires_at` when it is never (`null`) or beyond the lifetime cap.
 */
export function checkNewKey(store: Store, org: string, expiresAt: number | null) {
  const { api_keys_enabled, max_key_lifetime_days: days } = keyPolicy(store, org);
  if (!api_keys_enabled) throw forbidden(KEYS_DISABLED);
  if (days !== null && (expiresAt === null || expiresAt > store.clock() + days * DAY))
    throw invalid({
      expires_at: [
        `The organization's key policy allows keys of at most ${counted(days, "day")}: set an expires_at within that.`,
      ],
    });
}
