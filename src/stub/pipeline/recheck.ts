// Stage 6, recheck: a body takes time to arrive; by then the key may be revoked or switched
// off, the token logged out, the member removed. The credential is looked up again, as of now,
// before anything acts on the request (the header is as it was: only the store can differ).
// It must still act in the same organization: a member removed meanwhile does not act in their next one.
import { forbidden } from "../errors";
import { identify } from "./authenticate";
import type { Stage } from "./exchange";
import { checkPolicy } from "./policy";

export const recheck: Stage = {
  name: "recheck",
  run(x, next) {
    if (x.body !== undefined && x.presented) {
      const authenticatedIn = x.caller?.org;
      identify(x);
      checkPolicy(x);
      if (x.caller?.org !== authenticatedIn)
        throw forbidden("You are not a member of this organization.");
    }
    return next();
  },
};
