// Stage 4, policy: what the caller may not do whatever the operation: use a key of an
// organization that switched API keys off (403, in its audit trail), or act in an organization
// it is not a member of through `X-Organization-Id` (403). Before the body is read: a refused
// caller costs no more than its headers.
import { recordRefusedKey } from "../audit";
import { forbidden } from "../errors";
import { refusedKeyUse } from "../policy";
import { type Exchange, need, type Stage } from "./exchange";

/** Refuses the caller `x.caller` per the key policy and `X-Organization-Id`. */
export function checkPolicy(x: Exchange) {
  const caller = need(x.caller, "caller");
  const { store } = x.state;
  const disabled = refusedKeyUse(store, caller);
  if (disabled) {
    if (x.keyRow) recordRefusedKey(store, x.keyRow, "disabled", x.id, x.settings.auditLimit);
    throw disabled;
  }
  // Where the operation declares it, X-Organization-Id picks one of the caller's organizations.
  const wanted = x.request.header("x-organization-id");
  if (need(x.route, "route").headers.includes("X-Organization-Id") && wanted !== null) {
    if (!caller.orgs.has(wanted)) throw forbidden("You are not a member of this organization.");
    caller.org = wanted;
  }
}

export const policy: Stage = {
  name: "policy",
  run(x, next) {
    checkPolicy(x);
    return next();
  },
};
