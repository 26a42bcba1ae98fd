// Stage 3, authenticate: the caller the `Authorization` header names, as the store has it now
// (anonymous where the operation allows it). A client locked out by the failed-auth lock is
// refused first, right credentials or not; an unknown credential counts as a failure.

import { recordRefusedKey } from "../audit";
import type { Route } from "../contract";
import { HttpError } from "../errors";
import type { Caller } from "../handlers/types";
import { type Authorization, type Exchange, need, type Presented, type Stage } from "./exchange";

/** Credential scheme by `Authorization` keyword, and the challenge each answers a 401 with. */
const SCHEMES = {
  bearer: { scheme: "ApiKeyAuth", challenge: 'Bearer realm="api"', name: "an API key (Bearer)" },
  token: { scheme: "TokenAuth", challenge: "Token", name: "a user token (Token)" },
} as const;

/** The `Authorization` header's parts: its scheme (if one the stub knows) and the rest. */
function parseAuthorization(header: string | null): Authorization {
  const [keyword = "", secret, ...extra] = (header ?? "").trim().split(/\s+/);
  const used = Object.hasOwn(SCHEMES, keyword.toLowerCase())
    ? SCHEMES[keyword.toLowerCase() as keyof typeof SCHEMES]
    : undefined;
  return { used, secret, extra };
}

/** `x`'s `Authorization` header parsed, once for the stages that read it (throttle, authenticate). */
export function authorizationOf(x: Exchange): Authorization {
  x.authorization ??= parseAuthorization(x.request.header("authorization"));
  return x.authorization;
}

/**
 * The credential the `Authorization` header presents, if the route accepts its scheme (401 if
 * it does not, or the header is malformed); `undefined` for an anonymous caller.
 */
export function presentedCredential(
  route: Route,
  { used, secret, extra }: Authorization,
): Presented | undefined {
  if (route.schemes.length === 0) return undefined;
  // the schemes the route accepts, worked out only for a refusal (most requests have none)
  const accepted = () =>
    Object.values(SCHEMES).filter(({ scheme }) => route.schemes.includes(scheme));
  const deny = (detail: string) =>
    new HttpError(
      401,
      { detail },
      {
        "WWW-Authenticate": accepted()
          .map((s) => s.challenge)
          .join(", "),
      },
    );
  if (!used) {
    if (route.anonymous) return undefined;
    throw deny("Authentication credentials were not provided.");
  }
  if (!route.schemes.includes(used.scheme))
    throw deny(
      `This endpoint does not accept ${used.name}; use ${accepted()
        .map((s) => s.name)
        .join(" or ")}.`,
    );
  if (!secret) throw deny("Invalid token header. No credentials provided.");
  if (extra.length) throw deny("Invalid token header. Token string should not contain spaces.");
  return { scheme: used.scheme, secret, deny };
}

const anonymous = (): Caller => ({
  kind: "anonymous",
  org: undefined,
  orgs: new Map(),
  user: undefined,
  token: undefined,
});

/**
 * Looks the presented credential up in the store as it is now and sets `x.caller`,
 * `x.credential` and `x.keyRow`: 401 for an unknown, revoked or expired one (an unknown one is
 * also a failed attempt). Called again after a slow body (see ./recheck.ts).
 */
export function identify(x: Exchange) {
  const { presented } = x;
  const attempts = need(x.attempts, "attempts");
  const { store } = x.state;
  if (!presented) {
    x.caller = anonymous();
    x.credential = `address:${x.client}`;
    return;
  }
  const { secret, deny } = presented;
  if (presented.scheme === "ApiKeyAuth") {
    const key = store.useApiKey(secret);
    if (!key.ok) {
      // A known key that is revoked or expired is no guess (a request in flight during a key
      // renewal): only an unknown one counts toward the failed-auth lock.
      if (key.reason === "unknown") {
        attempts.fail();
        throw deny("Invalid API key.");
      }
      recordRefusedKey(store, key.row, key.reason, x.id, x.settings.auditLimit);
      throw deny(`API key has ${key.reason === "expired" ? "expired" : "been revoked"}.`);
    }
    const org = key.row.org ?? undefined;
    const orgs = new Map<string, undefined>();
    if (org) orgs.set(org, undefined);
    x.caller = { kind: "key", org, orgs, user: undefined, token: undefined, key: key.row.data };
    x.credential = `key:${key.row.data.id}`;
    x.keyRow = key.row;
    return;
  }
  const user = store.tokenUser(secret);
  if (!user) {
    attempts.fail();
    throw deny("Invalid token.");
  }
  // the user's organizations, oldest membership first: the default one
  const memberships = store.membershipsOf(user.data.id);
  const orgs = new Map(memberships.map((m) => [m.data.organization, m.data.role] as const));
  const org = memberships[0]?.data.organization;
  x.caller = { kind: "token", org, orgs, user, token: secret };
  x.credential = `user:${user.data.id}`;
}

export const authenticate: Stage = {
  name: "authenticate",
  run(x, next) {
    const header = x.request.header("authorization");
    x.attempts = x.state.attemptsOf(x.client);
    if (header) x.attempts.check();
    x.presented = presentedCredential(need(x.route, "route"), authorizationOf(x));
    identify(x);
    return next();
  },
};
