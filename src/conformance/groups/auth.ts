// Authentication, per operation as the contract's `security` declares it: no credentials or a
// scheme the operation does not accept is a 401 with a `WWW-Authenticate` challenge naming the
// schemes it does accept; a valid credential of an accepted scheme gets past authentication.
import { expect, expectStatus } from "../check";
import type { Check, Kit } from "../context";
import { OPERATION_IDS, type OperationId, operations, SCHEME_KEYWORD } from "../contract";
import { ANONYMOUS, type Credential, type Exchange } from "../http";
import { hasId, nowhere } from "./common";

const group = "auth";
const SCHEMES = Object.keys(SCHEME_KEYWORD);

function challengeNames(x: Exchange, schemes: readonly string[], rule: string) {
  const challenge = x.headers.get("www-authenticate") ?? "";
  expect(challenge, `${rule}: a 401 carries WWW-Authenticate`, x);
  for (const scheme of schemes) {
    const keyword = SCHEME_KEYWORD[scheme] ?? scheme;
    expect(
      new RegExp(`(^|[\\s,])${keyword}\\b`, "i").test(challenge),
      `${rule}: WWW-Authenticate names the accepted scheme ${keyword} (${scheme})`,
      x,
    );
  }
}

/** A harmless request of `op`: an object that exists nowhere, an empty body. */
const probe = (kit: Kit, op: OperationId, as: Credential) =>
  kit.http.call(op, {
    as,
    ...(hasId(op) && { id: nowhere() }),
    ...(["POST", "PUT", "PATCH"].includes(operations[op].method) && { body: {} }),
  });

async function credentialOf(kit: Kit, scheme: string, op: OperationId): Promise<Credential> {
  const org = await kit.world.org("A");
  if (scheme === "ApiKeyAuth") return org.key;
  // Logging out ends the token: that probe gets a session of its own.
  if (op !== "logout") return org.owner;
  const person = await kit.world.person("admin", org, "admin");
  const x = await kit.http.call("login", {
    body: { email: person.email, password: person.password },
  });
  expectStatus(x, 200, "setup: a user the kit made logs in");
  return { label: "a fresh session", authorization: `Token ${x.body.token}` };
}

function checksOf(op: OperationId): Check[] {
  const { security, anonymous } = operations[op];
  const accepted = security as readonly string[];
  if (accepted.length === 0) return [];
  const checks: Check[] = [];
  const rule = `${op} declares security ${accepted.join(" or ")}`;
  if (!anonymous)
    checks.push({
      group,
      name: `${op}: no credentials → 401 with WWW-Authenticate`,
      async run(kit) {
        const x = expectStatus(await probe(kit, op, ANONYMOUS), 401, rule);
        challengeNames(x, accepted, rule);
      },
    });
  for (const scheme of SCHEMES.filter((s) => !accepted.includes(s)))
    checks.push({
      group,
      name: `${op}: a valid ${scheme} credential (not accepted) → 401`,
      async run(kit) {
        const x = expectStatus(
          await probe(kit, op, await credentialOf(kit, scheme, op)),
          401,
          rule,
        );
        challengeNames(x, accepted, rule);
      },
    });
  for (const scheme of accepted)
    checks.push({
      group,
      name: `${op}: a valid ${scheme} credential gets past authentication`,
      async run(kit) {
        const x = await probe(kit, op, await credentialOf(kit, scheme, op));
        expect(
          x.status !== 401 && x.status < 500,
          `${rule}: a valid ${scheme} credential is not refused as unauthenticated (got ${x.status})`,
          x,
        );
      },
    });
  return checks;
}

const refused = (name: string, authorization: string): Check => ({
  group,
  name: `${name} → 401 with WWW-Authenticate`,
  async run(kit) {
    const x = await kit.http.call("listTemplates", { as: { label: name, authorization } });
    expectStatus(x, 401, "credentials missing, malformed, unknown, revoked or expired get 401");
    challengeNames(x, operations.listTemplates.security, "listTemplates");
  },
});

// Each unknown credential counts toward the server's lock on failed authentication (the stub's:
// 10 a minute per address), which would stall the run: the kit sends as few as it can (an
// unknown token here is the logged-out one of the keys group).
export function authChecks(): Check[] {
  return [
    ...OPERATION_IDS.flatMap(checksOf),
    refused("an unknown API key", `Bearer ${nowhere()}`),
    refused("a scheme keyword without a credential", "Bearer"),
    refused("an unknown scheme (Basic)", "Basic Y29uZm9ybWFuY2U6a2l0"),
  ];
}
