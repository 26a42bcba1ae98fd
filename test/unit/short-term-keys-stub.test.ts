// shortTermKeys end to end: the SDK over real fetch against the stub, whose key rules (expiry,
// logout, revocation) give the real 401s. The clock is faked for both (Date only), and the
// stub's may run ahead of the client's.
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  AuthenticationError,
  Bedrock,
  PermissionDeniedError,
  shortTermKeys,
} from "../../src/index";
import { type Stub, startStub } from "../../src/stub";

const hour = 3_600_000;
const minute = 60_000;

let stub: Stub<true>;
/** How far the stub's clock runs ahead of the client's. */
let skew = 0;
const stubLog: string[] = [];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T08:00:00Z"));
  skew = 0;
  stubLog.length = 0;
  stub = await startStub({
    throttle: false,
    clock: () => Date.now() + skew,
    log: (line) => stubLog.push(line),
  });
});
afterEach(async () => {
  vi.useRealTimers();
  await stub.close();
});

/** Logs in as the demo user; a client using keys made with that token, and the provider. */
async function worker(options: Parameters<typeof shortTermKeys>[1] = {}) {
  const common = { baseUrl: stub.url, logLevel: "off", maxRetries: 0 } as const;
  const { client: user, token } = await Bedrock.login(
    { email: stub.email, password: stub.password },
    common,
  );
  const keys = shortTermKeys(user, { name: "nightly-export", ...options });
  // One retry: the resend after a 401 with a renewed key is one of the call's attempts.
  const bedrock = new Bedrock({ ...common, maxRetries: 1, apiKey: keys });
  return { user, token, keys, bedrock };
}

/** The organization's keys named for the job. */
async function jobKeys(user: Bedrock) {
  return (await user.apiKeys.list({ page_size: 100 })).results.filter(
    (key) => key.name === "nightly-export",
  );
}

/** The job's key that `keys` gives now, as the key list shows it (found by its prefix). */
async function keyInUse(user: Bedrock, keys: () => Promise<string>) {
  const key = await keys();
  return (await jobKeys(user)).find((listed) => key.startsWith(listed.prefix));
}

/** The demo organization's own key, seeded with its creation event. */
const stubKeyId = "3f333df6-90a4-4fda-8dd3-9485d27cee36";

const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe("shortTermKeys against the stub", () => {
  test("a job gets a short-term key made by the user, rotated before it expires", async () => {
    const { user, keys, bedrock } = await worker();
    await bedrock.agents.list(); // an API-key-only path
    const [first] = await jobKeys(user);
    expect(first).toMatchObject({ kind: "short_term", created_by: { type: "user" } });
    expect(Date.parse(first?.expires_at ?? "") - Date.parse(first?.created_at ?? "")).toBe(
      12 * hour,
    );
    const firstKey = await keys();

    advance(12 * hour - 5 * minute);
    await bedrock.agents.list();
    const used = new Date().toISOString();
    const second = await keyInUse(user, keys);
    const old = (await jobKeys(user)).find((key) => key.id !== second?.id);
    expect(second?.id).not.toBe(first?.id);
    expect(second?.last_used_at).toBe(used);
    expect(Date.parse(second?.expires_at ?? "") - Date.parse(second?.created_at ?? "")).toBe(
      12 * hour,
    );
    // The replaced key works on for the grace period (here: until its own end, 5 minutes away).
    expect(old?.id).toBe(first?.id);
    const straggler = new Bedrock({ baseUrl: stub.url, apiKey: firstKey, logLevel: "off" });
    await expect(straggler.agents.list()).resolves.toHaveProperty("results");
    advance(5 * minute);
    await expect(straggler.agents.list()).rejects.toBeInstanceOf(AuthenticationError);
    expect(stubLog.filter((line) => line.includes("/rotate/"))).toHaveLength(1);
  });

  test("12 calls in flight across a renewal all succeed, under the stub's default throttles", async () => {
    await stub.close();
    stub = await startStub({ clock: () => Date.now() + skew, log: (line) => stubLog.push(line) });
    const common = { baseUrl: stub.url, logLevel: "off" } as const;
    const { client: user } = await Bedrock.login(
      { email: stub.email, password: stub.password },
      common,
    );
    // The first 12 requests with an API key wait after taking their key, until released.
    let held = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const bedrock = new Bedrock({
      ...common,
      maxRetries: 0, // no retry to hide a refusal behind
      apiKey: shortTermKeys(user, { name: "nightly-export", lifetimeSeconds: 3600 }),
      fetch: async (request, init) => {
        if (held++ >= 1 && held <= 13) await gate;
        return fetch(request, init);
      },
    });
    await bedrock.agents.list(); // the first key
    advance(55 * minute - 1_000); // just before its renewal
    const inFlight = Array.from({ length: 12 }, () => bedrock.agents.list());
    await vi.waitFor(() => expect(held).toBe(13)); // each has its key and waits to be sent
    advance(1_000);
    await bedrock.agents.list(); // renews: the key those 12 carry is replaced
    expect((await jobKeys(user)).length).toBe(2);
    release();
    const pages = await Promise.all(inFlight);
    expect(pages.every((page) => Array.isArray(page.results))).toBe(true);
    expect(stubLog.filter((line) => / 40[13] | 429 /.test(line))).toEqual([]);
  });

  test.each([
    ["ahead of", 3 * hour],
    ["behind", -3 * hour],
  ])("lifetimeSeconds holds when the stub's clock runs hours %s the client's", async (_, by) => {
    skew = by;
    const { user, keys, bedrock } = await worker({ lifetimeSeconds: 3600 });
    await bedrock.agents.list();
    const key = await keyInUse(user, keys);
    const lifetime = Date.parse(key?.expires_at ?? "") - Date.parse(key?.created_at ?? "");
    expect(Math.abs(lifetime - hour)).toBeLessThan(15_000);
    advance(50 * minute);
    await bedrock.agents.list();
    expect((await keyInUse(user, keys))?.id).toBe(key?.id);
    advance(10 * minute); // within the refresh margin: rotated, the successor as long-lived
    await bedrock.agents.list();
    const next = await keyInUse(user, keys);
    expect(next?.id).not.toBe(key?.id);
    const nextLifetime = Date.parse(next?.expires_at ?? "") - Date.parse(next?.created_at ?? "");
    expect(Math.abs(nextLifetime - hour)).toBeLessThan(15_000);
    expect(stubLog.filter((line) => / 401 /.test(line))).toEqual([]);
  });

  test("a key the stub says has expired gets a real 401, and the call goes through with a new key", async () => {
    const { user, keys, bedrock } = await worker();
    await bedrock.agents.list();
    const firstKey = await keys();
    skew = 12 * hour; // the stub's clock runs ahead: by its time the key has expired
    const page = await bedrock.agents.list();
    expect(page.results.length).toBeGreaterThan(0);
    expect(await keys()).not.toBe(firstKey);
    expect(stubLog.filter((line) => / 401 /.test(line))).toHaveLength(1);
    expect((await jobKeys(user)).map((key) => key.kind)).toContain("short_term");
  });

  test("a key revoked behind the job's back is replaced on its 401", async () => {
    const { user, keys, bedrock } = await worker();
    const template = await bedrock.templates.create({ name: "Support" });
    const [first] = await jobKeys(user);
    await user.apiKeys.delete(first?.id ?? "");
    const renamed = await bedrock.templates.update(template.id, { name: "Support (EU)" });
    expect(renamed.name).toBe("Support (EU)");
    expect((await jobKeys(user)).map((key) => key.id)).not.toContain(first?.id);
    await keys.revoke(); // the job is done
    expect(await jobKeys(user)).toEqual([]);
  });

  test("after logout the keys end with the token, and the job fails with the 401", async () => {
    const { user, bedrock } = await worker();
    await bedrock.agents.list();
    await user.auth.logout();
    const error = await bedrock.agents.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    // The key was refused (agents), then the logged-out token could not make another (api-keys).
    const refused = stubLog.filter((line) => / 401 /.test(line));
    expect(refused.map((line) => line.match(/\/api\/\S+/)?.[0])).toEqual([
      "/api/agents/",
      "/api/organizations/api-keys/",
    ]);
  });

  test("with API keys turned off the job gets the 403, and no new key is tried for it", async () => {
    const { user, bedrock } = await worker();
    await bedrock.agents.list();
    const [organization] = (await user.organizations.list()).results;
    await user.organizations.keyPolicy.update(organization?.id ?? "", { api_keys_enabled: false });
    const error = await bedrock.agents.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).detail).toBe(
      "API keys are disabled for this organization.",
    );
    expect(
      stubLog.filter((line) => line.includes("POST /api/organizations/api-keys/")),
    ).toHaveLength(1);
    // A new job cannot get a key at all: the creation's 403 is the call's error.
    const fresh = new Bedrock({
      baseUrl: stub.url,
      logLevel: "off",
      apiKey: shortTermKeys(user),
    });
    await expect(fresh.agents.list()).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  test("no key or token shows in the stub's log, its audit trail, the client or an error", async () => {
    const { user, token, keys, bedrock } = await worker({ lifetimeSeconds: 3600 });
    await bedrock.agents.list();
    const made = [await keys()];
    advance(hour - 5 * minute);
    await bedrock.agents.list();
    made.push(await keys());
    expect(made[1]).not.toBe(made[0]); // rotated
    await user.auth.logout();
    const error = await bedrock.agents.list().catch((e: unknown) => e);
    const admin = new Bedrock({ baseUrl: stub.url, apiKey: stub.apiKey, logLevel: "off" });
    const events = await admin.auditEvents.list({ page_size: 100 });
    const shown = JSON.stringify([stubLog, events, inspect(bedrock), inspect(keys), error]);
    // Newest first: the job's key made by the user, rotated when due, its successor refused
    // once the token had logged out.
    const jobEvents = events.results.filter(
      (event) => event.action.startsWith("api_key.") && event.target.id !== stubKeyId,
    );
    expect(jobEvents.map((event) => event.action)).toEqual([
      "api_key.expired_use",
      "api_key.rotated",
      "api_key.created",
    ]);
    for (const secret of [...made, token]) expect(shown).not.toContain(secret);
  });
});
