// The API key lifecycle, in an organization of the kit's own: kinds and their lifetimes, the key
// shown once, revocation, expiry, rotation and its grace, logout ending a token's short-term keys,
// the organization's key policy (keys off, a lifetime cap), and who made a key.
import { expect, expectStatus } from "../check";
import type { Check, Kit } from "../context";
import type { Credential, Exchange } from "../http";
import type { Org } from "../world";
import { readBack } from "./common";

const group = "keys";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Seconds the short-lived keys of the expiry checks live (the group waits this long once). */
const SHORT_LIFE = 2;

const keysOrg = (kit: Kit) => kit.world.org("keys");

/** The server's clock, from an answer's `Date` (the kit's own if it has none). */
const serverTime = (x: Exchange) => Date.parse(x.headers.get("date") ?? "") || Date.now();

async function newKey(kit: Kit, as: Credential, body: Record<string, unknown> = {}) {
  const x = await kit.http.call("createApiKey", {
    as,
    body: { name: kit.world.unique("key"), ...body },
  });
  return expectStatus(x, 201, "an owner creates an API key");
}

const asKey = (x: Exchange, label: string): Credential => ({
  label,
  authorization: `Bearer ${x.body.key}`,
});

const works = async (kit: Kit, as: Credential, rule: string) =>
  expectStatus(await kit.http.call("listTemplates", { as }), 200, rule);

const refused = async (kit: Kit, as: Credential, rule: string, status = 401) =>
  expectStatus(await kit.http.call("listTemplates", { as }), status, rule);

/** Keys that expire (or end their grace) a few seconds on, made once, with when they end (kit's clock). */
function shortLived(kit: Kit) {
  return kit.world.once("keys:short-lived", async () => {
    const org = await keysOrg(kit);
    const probe = await kit.http.call("getKeyPolicy", { as: org.owner, id: org.id });
    const skew = serverTime(probe) - Date.now();
    const ends = Date.now() + (SHORT_LIFE + 1) * 1000;
    const expiresAt = new Date(ends + skew).toISOString();
    const short = await newKey(kit, org.owner, { kind: "short_term", expires_at: expiresAt });
    const old = await newKey(kit, org.owner);
    const rotated = await kit.http.call("rotateApiKey", {
      as: org.owner,
      id: old.body.id,
      body: { grace_seconds: SHORT_LIFE + 1 },
    });
    expectStatus(rotated, 201, "rotating a key answers 201 with the new key");
    return { short, old, rotated, ends: ends + 1000 };
  });
}

const untilEnded = async (ends: number) => {
  const wait = ends - Date.now();
  if (wait > 0) await new Promise((done) => setTimeout(done, wait));
};

function check(name: string, run: (kit: Kit, org: Org) => Promise<void>): Check {
  return { group, name, run: async (kit) => run(kit, await keysOrg(kit)) };
}

/** A key of the keys organization revoked and then used, once for the run (keys and audit check it). */
export function revokedKeyUse(kit: Kit) {
  return kit.world.once("keys:revoked-use", async () => {
    const org = await keysOrg(kit);
    const x = await newKey(kit, org.owner);
    const revoked = await kit.http.call("deleteApiKey", { as: org.owner, id: x.body.id });
    expectStatus(revoked, 204, "revoking a key answers 204");
    const used = await kit.http.call("listTemplates", { as: asKey(x, "the revoked key") });
    return { org, used };
  });
}

/** Lifetimes a key's kind does not allow: each a 400 naming expires_at. */
const LIFETIMES_OUT_OF_RANGE = [
  {
    name: "a short-term key beyond 12 hours → 400 on expires_at",
    kind: "short_term",
    hoursAhead: 13,
    rule: "a short_term key expires at most 12 hours ahead",
  },
  {
    name: "a long-term key under a day → 400 on expires_at",
    kind: "long_term",
    hoursAhead: 2,
    rule: "a long_term key expires never (null) or at least one day ahead",
  },
] as const;

function lifetimeRefused(c: (typeof LIFETIMES_OUT_OF_RANGE)[number]): Check {
  return check(c.name, async (kit, org) => {
    const expiresAt = new Date(Date.now() + c.hoursAhead * HOUR).toISOString();
    const x = await kit.http.call("createApiKey", {
      as: org.owner,
      body: { name: `${c.kind} ${c.hoursAhead} h`, kind: c.kind, expires_at: expiresAt },
    });
    expectStatus(x, 400, c.rule);
    expect(Array.isArray(x.body?.expires_at), "the 400 names expires_at", x);
  });
}

const lifetimes: Check[] = [
  check(
    "a new key is long_term, never expires, and its prefix starts the key",
    async (kit, org) => {
      const x = await newKey(kit, org.owner);
      expect(
        x.body.kind === "long_term" && x.body.expires_at === null,
        "a key is long_term with expires_at null by default",
        x,
      );
      expect(
        typeof x.body.key === "string" && x.body.key.startsWith(x.body.prefix),
        "prefix is the first characters of the key",
        x,
      );
      await works(kit, asKey(x, "the new key"), "a new key works at once");
      await readBack(
        kit,
        org.owner,
        { get: "getApiKey", list: "listApiKeys" },
        x.body.id,
        "API key",
      );
    },
  ),
  check("a short-term key lives 12 hours by default", async (kit, org) => {
    const x = await newKey(kit, org.owner, { kind: "short_term" });
    const life = Date.parse(x.body.expires_at) - Date.parse(x.body.created_at);
    expect(
      Math.abs(life - 12 * HOUR) < 120_000,
      `a short_term key's expires_at defaults to 12 hours ahead (got ${life / HOUR} h)`,
      x,
    );
  }),
  ...LIFETIMES_OUT_OF_RANGE.map(lifetimeRefused),
  check(
    "a key made with a token records its user in created_by; one made with a key, the key",
    async (kit, org) => {
      const me = await kit.world.user();
      const byUser = await newKey(kit, org.owner);
      expect(
        byUser.body.created_by?.type === "user" && byUser.body.created_by?.id === me.id,
        "created_by names the user who made the key",
        byUser,
      );
      const byKey = await newKey(kit, org.key, { kind: "short_term" });
      expect(
        byKey.body.created_by?.type === "api_key" && byKey.body.created_by?.id === org.keyId,
        "created_by names the key that made the key",
        byKey,
      );
    },
  ),
  check(
    "a key made by a short-term key is short-term and ends no later than it",
    async (kit, org) => {
      const maker = asKey(await newKey(kit, org.owner, { kind: "short_term" }), "a short-term key");
      const made = await kit.http.call("createApiKey", {
        as: maker,
        body: { name: "child", kind: "long_term", expires_at: null },
      });
      expectStatus(
        made,
        [400, 403],
        "no credential outlives or outranks the one that made it: a short-term key creates only short-term keys",
      );
    },
  ),
];

/** First in the group: it makes the short-lived keys, whose end the last checks wait for. */
const rotation: Check[] = [
  check(
    "a rotated key: the new one has the same name and kind, both work during the grace",
    async (kit) => {
      const { old, rotated } = await shortLived(kit);
      expect(
        rotated.body.name === old.body.name && rotated.body.kind === old.body.kind,
        "the new key keeps the old one's name and kind",
        rotated,
      );
      expect(
        rotated.body.key !== old.body.key && rotated.body.id !== old.body.id,
        "rotation makes a new key",
        rotated,
      );
      await works(kit, asKey(rotated, "the new key"), "the new key works at once");
      await works(
        kit,
        asKey(old, "the rotated key"),
        "the old key keeps working until the grace ends",
      );
    },
  ),
];

/** Last in the group: by then most of the keys' few seconds have passed. */
const expiry: Check[] = [
  check(
    `a short-term key gets 401 once its expires_at passes (waits ~${SHORT_LIFE + 2} s)`,
    async (kit) => {
      const { short, ends } = await shortLived(kit);
      await untilEnded(ends);
      await refused(kit, asKey(short, "the expired key"), "an expired key gets 401");
    },
  ),
  check("the rotated key gets 401 once its grace ends", async (kit) => {
    const { old, rotated, ends } = await shortLived(kit);
    await untilEnded(ends);
    await refused(
      kit,
      asKey(old, "the rotated key"),
      "the old key keeps working until now + grace_seconds, then gets 401",
    );
    await works(kit, asKey(rotated, "the new key"), "the new key works on");
  }),
];

const revocationAndRotation: Check[] = [
  check("a revoked key gets 401 at once", async (kit) => {
    const { used } = await revokedKeyUse(kit);
    expectStatus(used, 401, "a revoked key stops working at once");
  }),
  check("rotating a revoked key → 400", async (kit, org) => {
    const x = await newKey(kit, org.owner);
    await kit.http.call("deleteApiKey", { as: org.owner, id: x.body.id });
    const rotated = await kit.http.call("rotateApiKey", { as: org.owner, id: x.body.id, body: {} });
    expectStatus(rotated, 400, "rotating a revoked or expired key is a 400");
  }),
  check(
    "logout ends the token and the short-term keys it made; not its long-term keys",
    async (kit) => {
      const a = await kit.world.org("A");
      const admin = await kit.world.person("admin", a, "admin");
      const login = await kit.http.call("login", {
        body: { email: admin.email, password: admin.password },
      });
      expectStatus(login, 200, "a user logs in");
      const session = {
        label: "a fresh session",
        authorization: `Token ${login.body.token}`,
        org: a.id,
      };
      const short = await newKey(kit, session, { kind: "short_term" });
      const long = await newKey(kit, session);
      expectStatus(await kit.http.call("logout", { as: session }), 204, "logout answers 204");
      await refused(kit, session, "the token stops working at once");
      await refused(
        kit,
        asKey(short, "its short-term key"),
        "a short-term key made with a token ends when that token logs out",
      );
      await works(
        kit,
        asKey(long, "its long-term key"),
        "a long-term key outlives the session that made it",
      );
    },
  ),
];

const setPolicy = (kit: Kit, org: Org, body: Record<string, unknown>) =>
  kit.http
    .call("updateKeyPolicy", { as: org.owner, id: org.id, body })
    .then((x) => expectStatus(x, 200, "owners change the key policy"));

const policy: Check[] = [
  check(
    "keys disabled: a key gets 403 (not 401), creating one 403, tokens work on",
    async (kit, org) => {
      await setPolicy(kit, org, { api_keys_enabled: false });
      try {
        const x = await refused(
          kit,
          org.key,
          "with api_keys_enabled false every request with a key of the organization is a 403",
          403,
        );
        expect(
          x.body?.detail === "API keys are disabled for this organization.",
          "the 403 says API keys are disabled for this organization",
          x,
        );
        expectStatus(
          await kit.http.call("createApiKey", { as: org.owner, body: { name: "off" } }),
          403,
          "creating a key while keys are disabled is a 403",
        );
        await works(kit, org.owner, "tokens are unaffected by the key policy");
      } finally {
        await setPolicy(kit, org, { api_keys_enabled: true });
      }
      await works(kit, org.key, "keys work again once enabled");
    },
  ),
  check("a key cannot change its own organization's policy → 401", async (kit, org) => {
    const x = await kit.http.call("updateKeyPolicy", {
      as: org.key,
      id: org.id,
      body: { api_keys_enabled: true },
    });
    expectStatus(
      x,
      401,
      "changing the key policy takes a token: a key is refused as on any token-only path",
    );
  }),
  check(
    "a lifetime cap refuses never-expiring and longer keys, allows shorter ones, leaves existing keys",
    async (kit, org) => {
      const before = await newKey(kit, org.owner);
      await setPolicy(kit, org, { max_key_lifetime_days: 1 });
      try {
        const never = await kit.http.call("createApiKey", {
          as: org.owner,
          body: { name: "never" },
        });
        expectStatus(
          never,
          400,
          "under max_key_lifetime_days a key that never expires is a 400 on expires_at",
        );
        expect(Array.isArray(never.body?.expires_at), "the 400 names expires_at", never);
        const skew = serverTime(never) - Date.now();
        const at = (ms: number) => new Date(Date.now() + skew + ms).toISOString();
        const long = await kit.http.call("createApiKey", {
          as: org.owner,
          body: { name: "long", expires_at: at(2 * DAY) },
        });
        expectStatus(long, 400, "a key beyond now + max_key_lifetime_days is a 400 on expires_at");
        await newKey(kit, org.owner, { expires_at: at(DAY - 30_000) });
        await works(
          kit,
          asKey(before, "a key made before the cap"),
          "existing keys are not changed by the policy",
        );
      } finally {
        await setPolicy(kit, org, { max_key_lifetime_days: null });
      }
    },
  ),
];

export function keyChecks(): Check[] {
  return [...rotation, ...lifetimes, ...revocationAndRotation, ...policy, ...expiry];
}
