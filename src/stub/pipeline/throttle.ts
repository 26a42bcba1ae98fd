// Stage 2, throttle and accounting: every request that names an operation spends one request
// of its caller's budget here, before any credential is checked, any body read or any event
// written: a caller over budget gets 429 and costs nothing more. Every later refusal (401, 403,
// 400, …) comes back through this stage as an answer, so it carries the same `RateLimit`
// fields as a success, and has cost the caller the same.
import { HttpError } from "../errors";
import { counted } from "../words";
import { authorizationOf } from "./authenticate";
import { type Exchange, pending, type Stage } from "./exchange";
import { refusal } from "./reply";

/**
 * Whose budget a request spends, from what it presents, without acting on it: a user token's
 * user (however many tokens they hold), an API key's own, else the client's address (an unknown
 * token or key too: a client cannot escape its budget by sending a new made-up secret each time).
 */
function budgetOf(x: Exchange): string {
  const address = `address:${x.client}`;
  if (!x.route?.schemes.length) return address;
  const { used, secret, extra } = authorizationOf(x);
  if (!used || !secret || extra.length) return address;
  if (used.scheme === "TokenAuth") {
    const user = x.state.store.tokenUser(secret);
    return user ? `user:${user.data.id}` : address;
  }
  const key = x.state.store.apiKeyId(secret);
  return key ? `key:${key}` : address;
}

/** A stub that does not throttle still states its quota, as the contract requires: none. */
const NO_LIMIT = 1_000_000_000;
const UNLIMITED = {
  "RateLimit-Policy": `"unlimited";q=${NO_LIMIT};w=1`,
  RateLimit: `"unlimited";r=${NO_LIMIT};t=0`,
};

export const throttle: Stage = {
  name: "throttle",
  run(x, next) {
    const take = x.state.throttle;
    const { wait, headers } = take ? take(budgetOf(x)) : { wait: 0, headers: UNLIMITED };
    Object.assign(x.headers, headers);
    if (wait) {
      const detail = `Request was throttled. Expected available in ${counted(wait, "second")}.`;
      return refusal(x, new HttpError(429, { detail }, { "Retry-After": String(wait) }));
    }
    try {
      if (x.unrouted) throw x.unrouted;
      const answer = next();
      return pending(answer) ? Promise.resolve(answer).catch((error) => refusal(x, error)) : answer;
    } catch (error) {
      return refusal(x, error);
    }
  },
};
