import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  AuthenticationError,
  Bedrock,
  BedrockError,
  type ClientOptions,
  InternalServerError,
  type ShortTermKeyOptions,
  shortTermKeys,
} from "../../src/index";
import { json, token } from "./mock-fetch";

const baseUrl = "https://bedrock.test";
const keysPath = "/api/organizations/api-keys/";
const hour = 3_600_000;
const minute = 60_000;

/**
 * A fake Bedrock over a fake clock: the token creates short-term keys (12 hours unless
 * `expires_at`, by the server's clock, says otherwise: at most 12 hours ahead, else 400),
 * rotates them (the successor as long-lived unless `expires_at` says; the old key ends after
 * `grace_seconds`) and revokes them; a key works on `/api/templates/` until it expires or is
 * revoked, else 401. `serverSkew` puts the server's clock ahead of ours (or behind).
 */
function fakeApi({ serverSkew = 0 } = {}) {
  return new FakeApi(serverSkew);
}

interface FakeKey {
  id: string;
  created: number;
  expires: number;
  revoked: boolean;
}

/** A request as the fake API saw it. */
interface Sent {
  method: string;
  path: string;
  authorization: string;
  body: string;
}

class FakeApi {
  /** Every key made, by creation or rotation (`rotated`: the id of the key it replaced). */
  readonly created: { id: string; key: string; body: Record<string, unknown>; rotated?: string }[] =
    [];
  readonly revoked: string[] = [];
  readonly sent: Sent[] = [];
  readonly fetch = vi.fn((request: Request) => this.answer(request));
  /** The keys by their secret. */
  private readonly keys = new Map<string, FakeKey>();
  private createReply: (() => Response) | undefined;
  private refusingKeys = false;
  private held: { method: string; until: Promise<void> } | undefined;

  constructor(private readonly serverSkew: number) {}

  /** The requests sent to the templates with an API key, by the key they carried. */
  keysUsed() {
    return this.sent
      .filter((r) => r.path.startsWith("/api/templates/"))
      .map((r) => r.authorization);
  }

  /** Revoke a key behind the client's back (another admin, a rotation's grace ending). */
  revoke(key: string) {
    const found = this.keys.get(key);
    if (found) found.revoked = true;
  }

  /** Refuse every key (or stop refusing them). */
  refuseKeys(refuse: boolean) {
    this.refusingKeys = refuse;
  }

  /** Keep the key requests of `method` (POST: creations) waiting; the function lets them go on. */
  hold(method: string) {
    let release = () => {};
    this.held = { method, until: new Promise((resolve) => (release = resolve)) };
    return () => {
      this.held = undefined;
      release();
    };
  }

  /** Answer key creations with this from now on (`undefined`: create keys again). */
  failCreation(reply: (() => Response) | undefined) {
    this.createReply = reply;
  }

  /** The server's clock. */
  private now() {
    return Date.now() + this.serverSkew;
  }

  private async answer(request: Request): Promise<Response> {
    const sent: Sent = {
      method: request.method,
      path: new URL(request.url).pathname,
      authorization: request.headers.get("authorization") ?? "",
      body: await request.text(),
    };
    this.sent.push(sent);
    if (sent.path.startsWith(keysPath)) return this.keyRequest(sent);
    const key = this.keys.get(sent.authorization.replace(/^Bearer /, ""));
    if (!key || key.revoked || this.now() >= key.expires || this.refusingKeys) {
      return json({ detail: "Invalid API key." }, 401, { "X-Request-Id": "req_401" });
    }
    return sent.method === "POST"
      ? json({ id: "tpl_1", ...JSON.parse(sent.body) }, 201)
      : json({ count: 0, next: null, previous: null, results: [] });
  }

  /** Creating, rotating and revoking keys, with the token only. */
  private async keyRequest({ method, path, authorization, body }: Sent): Promise<Response> {
    if (authorization !== `Token ${token}`) return json({ detail: "Invalid token." }, 401);
    if (this.held?.method === method) await this.held.until;
    const target = [...this.keys.values()].find((k) => path.startsWith(`${keysPath}${k.id}/`));
    if (method === "DELETE") {
      if (!target) return json({ detail: "Not found." }, 404);
      target.revoked = true;
      this.revoked.push(target.id);
      return new Response(null, { status: 204 });
    }
    if (this.createReply) return this.createReply();
    const asked = JSON.parse(body) as Record<string, unknown>;
    if (!path.endsWith("/rotate/")) return this.issue(asked, 12 * hour);
    if (!target) return json({ detail: "Not found." }, 404);
    return this.rotate(target, asked);
  }

  /** A successor as long-lived as `old`; `old` ends after the grace (if not sooner). */
  private rotate(old: FakeKey, asked: Record<string, unknown>): Response {
    const now = this.now();
    if (old.revoked || now >= old.expires)
      return json({ non_field_errors: ["This key has expired; create a new one."] }, 400);
    const reply = this.issue(asked, old.expires - old.created, old.id);
    if (reply.ok)
      old.expires = Math.min(old.expires, now + Number(asked.grace_seconds ?? 3600) * 1000);
    return reply;
  }

  /** A new short-term key living `lifetime` ms unless `asked.expires_at` says (at most 12 hours). */
  private issue(asked: Record<string, unknown>, lifetime: number, rotated?: string): Response {
    const now = this.now();
    const expires =
      typeof asked.expires_at === "string" ? Date.parse(asked.expires_at) : now + lifetime;
    if (!(expires > now && expires <= now + 12 * hour))
      return json({ expires_at: ["Must be in the future, at most 12 hours ahead."] }, 400);
    const id = `key_${this.created.length + 1}`;
    const key = `bk_live_${id}_${"s".repeat(24)}`;
    this.keys.set(key, { id, created: now, expires, revoked: false });
    this.created.push({ id, key, body: asked, ...(rotated && { rotated }) });
    return json(
      {
        id,
        name: asked.name ?? "rotated",
        kind: "short_term",
        prefix: key.slice(0, 12),
        created_at: new Date(now).toISOString(),
        expires_at: new Date(expires).toISOString(),
        last_used_at: null,
        key,
      },
      201,
    );
  }
}

/** A token client and a client whose API key comes from `shortTermKeys` over it. */
function setup(
  keyOptions?: ShortTermKeyOptions,
  api = fakeApi(),
  clientOptions: ClientOptions = {},
) {
  const common = { baseUrl, logLevel: "off", maxRetries: 0, fetch: api.fetch } as const;
  const user = new Bedrock({ ...common, token });
  const keys = shortTermKeys(user, keyOptions);
  // One retry: the resend after a 401 with a renewed key is one of the call's attempts.
  const bedrock = new Bedrock({ ...common, maxRetries: 1, apiKey: keys, ...clientOptions });
  return { api, user, keys, bedrock };
}

/** Moves the fake clock forward. */
function advance(ms: number) {
  vi.setSystemTime(Date.now() + ms);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T08:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("shortTermKeys", () => {
  test("creates a short-term key with the token on first use, then reuses it", async () => {
    const { api, bedrock } = setup({ name: "nightly-export" });
    expect(api.fetch).not.toHaveBeenCalled();
    await bedrock.templates.list();
    await bedrock.templates.get("tpl_1").catch(() => {});
    await bedrock.templates.list();
    expect(api.created.map((k) => k.body)).toEqual([
      { name: "nightly-export", kind: "short_term" },
    ]);
    expect(api.sent[0]).toMatchObject({ method: "POST", authorization: `Token ${token}` });
    const key = api.created[0]?.key;
    expect(api.keysUsed()).toEqual([`Bearer ${key}`, `Bearer ${key}`, `Bearer ${key}`]);
  });

  test("rotates once shortly before expiry; the replaced key works on for the grace period", async () => {
    const { api, bedrock } = setup();
    await bedrock.templates.list(); // a 12-hour key, renewed 5 minutes before it ends
    advance(12 * hour - 5 * minute - 1);
    await bedrock.templates.list();
    expect(api.created).toHaveLength(1);
    advance(1);
    await bedrock.templates.list();
    await bedrock.templates.list();
    advance(5 * minute); // the first key has expired; the second has hours left
    await bedrock.templates.list();
    expect(api.created).toHaveLength(2);
    const [first, second] = api.created.map((k) => `Bearer ${k.key}`);
    expect(api.keysUsed()).toEqual([first, first, second, second, second]);
    // A rotation of the first key (same name, kind, lifetime), with the default grace; no revocation.
    expect(api.created[1]).toMatchObject({ rotated: "key_1", body: { grace_seconds: 300 } });
    expect(api.sent.filter((r) => r.path.endsWith("/rotate/"))[0]?.authorization).toBe(
      `Token ${token}`,
    );
    expect(api.revoked).toEqual([]);
  });

  test("a call in flight with the replaced key succeeds: the old key is not revoked at once", async () => {
    const { api, bedrock } = setup({ graceSeconds: 60 });
    await bedrock.templates.list();
    const [first] = api.created;
    advance(12 * hour - 5 * minute);
    await bedrock.templates.list(); // rotated
    // A call that took the first key just before the rotation arrives now, and within the grace.
    const straggler = new Bedrock({
      baseUrl,
      logLevel: "off",
      apiKey: first?.key,
      fetch: api.fetch,
    });
    await expect(straggler.templates.list()).resolves.toMatchObject({ results: [] });
    advance(60_000); // the grace is over
    await expect(straggler.templates.list()).rejects.toBeInstanceOf(AuthenticationError);
    expect(api.revoked).toEqual([]);
  });

  test.each([
    ["ahead", 3 * hour],
    ["behind", -3 * hour],
    ["a little ahead", 4_000],
  ])("lifetimeSeconds holds by the server's clock when it runs %s of ours", async (_, skew) => {
    const { api, bedrock } = setup({ lifetimeSeconds: 3600 }, fakeApi({ serverSkew: skew }));
    await bedrock.templates.list();
    const living = api.created.at(-1);
    const sentExpiry = (body: Record<string, unknown> | undefined) =>
      Date.parse(String(body?.expires_at));
    // The key in use lives an hour by the server's clock, however it came to be.
    const serverNow = Date.now() + skew;
    expect(sentExpiry(living?.body) - serverNow).toBeGreaterThan(hour - 15_000);
    expect(sentExpiry(living?.body) - serverNow).toBeLessThanOrEqual(hour + 15_000);
    expect(api.keysUsed()).toEqual([`Bearer ${living?.key}`]);
    // Renewed before its end and not before: by its own lifetime, the successor as long-lived.
    advance(54 * minute);
    await bedrock.templates.list();
    expect(api.created.at(-1)?.id).toBe(living?.id);
    advance(minute);
    await bedrock.templates.list();
    expect(api.created.at(-1)).toMatchObject({ rotated: living?.id, body: { grace_seconds: 300 } });
    advance(30 * minute);
    await bedrock.templates.list();
    expect(api.keysUsed().slice(2)).toEqual(Array(2).fill(`Bearer ${api.created.at(-1)?.key}`));
    // Once the offset is known, a new key after a refusal asks for the right end at once.
    const before = api.created.length;
    api.revoke(api.created.at(-1)?.key ?? "");
    await bedrock.templates.list();
    expect(api.created).toHaveLength(before + 1);
    const renewed = api.created.at(-1);
    expect(renewed?.rotated).toBeUndefined();
    expect(Math.abs(sentExpiry(renewed?.body) - (Date.now() + skew + hour))).toBeLessThan(15_000);
  });

  test("asks for the lifetime it is given and honours the margin, at most half the life", async () => {
    const { api, bedrock } = setup({ lifetimeSeconds: 600, refreshMarginSeconds: 60 });
    await bedrock.templates.list();
    expect(api.created[0]?.body).toEqual({
      name: "short-term",
      kind: "short_term",
      expires_at: "2026-03-01T08:10:00.000Z",
    });
    advance(9 * minute - 1);
    await bedrock.templates.list();
    advance(1);
    await bedrock.templates.list();
    expect(api.created).toHaveLength(2);

    const capped = setup({ lifetimeSeconds: 600, refreshMarginSeconds: 3600 });
    await capped.bedrock.templates.list();
    advance(5 * minute - 1);
    await capped.bedrock.templates.list();
    expect(capped.api.created).toHaveLength(1);
    advance(1);
    await capped.bedrock.templates.list();
    expect(capped.api.created).toHaveLength(2);
  });

  test("times the refresh by the key's own lifetime, whatever the server's clock says", async () => {
    const { api, bedrock } = setup({}, fakeApi({ serverSkew: 3 * hour }));
    await bedrock.templates.list();
    advance(11 * hour);
    await bedrock.templates.list(); // by the server's clock it is 14:00 now, past 12 h from 08:00
    expect(api.created).toHaveLength(1);
    advance(55 * minute);
    await bedrock.templates.list();
    expect(api.created).toHaveLength(2);
    expect(api.sent.filter((r) => r.path.startsWith("/api/templates/"))).toHaveLength(3);
  });

  test("after a 401 creates a new key and sends the request once more with it", async () => {
    const { api, bedrock } = setup();
    await bedrock.templates.list();
    const [first] = api.created;
    api.revoke(first?.key ?? "");
    const template = await bedrock.templates.create({ name: "Support" });
    expect(template).toMatchObject({ id: "tpl_1", name: "Support" });
    const second = api.created[1];
    expect(api.keysUsed()).toEqual([
      `Bearer ${first?.key}`,
      `Bearer ${first?.key}`,
      `Bearer ${second?.key}`,
    ]);
    // The body goes again as it was (read once for the second send).
    const posts = api.sent.filter((r) => r.method === "POST" && r.path === "/api/templates/");
    expect(posts.map((r) => r.body)).toEqual(['{"name":"Support"}', '{"name":"Support"}']);
    expect(api.revoked).toEqual([]); // a refused key is not revoked again
  });

  test("retries only once: a second 401 is the caller's AuthenticationError", async () => {
    const { api, bedrock } = setup();
    await bedrock.templates.list();
    api.refuseKeys(true); // the key made for the retry is refused too
    const error = await bedrock.templates.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(api.created).toHaveLength(2);
    expect(api.keysUsed()).toHaveLength(3);
    api.refuseKeys(false);
    await bedrock.templates.list(); // the second key, which works again
    expect(api.created).toHaveLength(2);
    expect(api.keysUsed().slice(2)).toEqual(Array(2).fill(`Bearer ${api.created[1]?.key}`));
  });

  test("retries after a 401 on bedrock.raw calls too, and on token providers", async () => {
    const { api, bedrock } = setup();
    await bedrock.raw.GET("/api/templates/");
    api.revoke(api.created[0]?.key ?? "");
    const { response } = await bedrock.raw.GET("/api/templates/");
    expect(response.status).toBe(200);
    expect(api.created).toHaveLength(2);

    const tokens = ["expired-token", "fresh-token"];
    const provider = Object.assign(async () => tokens[0] ?? "", {
      invalidate: (refused: string) => {
        if (refused === tokens[0]) tokens.shift();
      },
    });
    const seen: string[] = [];
    const withToken = new Bedrock({
      baseUrl,
      logLevel: "off",
      token: provider,
      fetch: async (request) => {
        seen.push(request.headers.get("authorization") ?? "");
        return request.headers.get("authorization") === "Token fresh-token"
          ? json({ id: "u1" })
          : json({ detail: "Invalid token." }, 401);
      },
    });
    await withToken.auth.me();
    expect(seen).toEqual(["Token expired-token", "Token fresh-token"]);
  });

  test("a plain provider or a string is not asked again after a 401", async () => {
    for (const apiKey of ["bk_static", async () => "bk_from_vault"]) {
      const fetch = vi.fn(async () => json({ detail: "Invalid API key." }, 401));
      const bedrock = new Bedrock({ baseUrl, logLevel: "off", apiKey, fetch });
      await expect(bedrock.templates.list()).rejects.toBeInstanceOf(AuthenticationError);
      expect(fetch).toHaveBeenCalledTimes(1);
    }
  });

  test("concurrent calls share one creation, one refresh and one renewal after a 401", async () => {
    const { api, bedrock } = setup();
    await Promise.all(Array.from({ length: 10 }, () => bedrock.templates.list()));
    expect(api.created).toHaveLength(1);
    advance(12 * hour - minute);
    await Promise.all(Array.from({ length: 10 }, () => bedrock.templates.list()));
    expect(api.created).toHaveLength(2);
    api.revoke(api.created[1]?.key ?? "");
    await Promise.all(Array.from({ length: 10 }, () => bedrock.templates.list()));
    expect(api.created).toHaveLength(3);
    expect(api.sent.filter((r) => r.method === "POST")).toHaveLength(3);
    expect(api.created.map((k) => k.rotated)).toEqual([undefined, "key_1", undefined]);
    expect(api.revoked).toEqual([]);
  });

  test("the caller's abort stops its wait for a key, not the creation other calls share", {
    timeout: 5_000,
  }, async () => {
    const { api, bedrock } = setup();
    const gone = AbortSignal.abort("gone");
    const aborted = (reason: string) => ({ name: "APIUserAbortError", cause: reason });
    await expect(bedrock.templates.list({}, { signal: gone })).rejects.toMatchObject(
      aborted("gone"),
    );
    await expect(bedrock.raw.GET("/api/templates/", { signal: gone })).rejects.toMatchObject(
      aborted("gone"),
    );
    expect(api.fetch).not.toHaveBeenCalled(); // no key made for a call already given up

    let release = api.hold("POST");
    const controller = new AbortController();
    const left = bedrock.templates.list({}, { signal: controller.signal });
    const stays = bedrock.templates.list();
    controller.abort("left");
    await expect(left).rejects.toMatchObject(aborted("left"));
    release();
    await stays;
    expect(api.created).toHaveLength(1);

    // The renewal after a 401, on resource and raw calls alike.
    api.revoke(api.created[0]?.key ?? "");
    release = api.hold("POST");
    const renewing = new AbortController();
    const call = bedrock.templates.list({}, { signal: renewing.signal });
    const raw = bedrock.raw.GET("/api/templates/", { signal: renewing.signal });
    await vi.waitFor(() => expect(api.sent.filter((r) => r.method === "POST")).toHaveLength(2));
    renewing.abort("left too");
    await expect(call).rejects.toMatchObject(aborted("left too"));
    await expect(raw).rejects.toMatchObject(aborted("left too"));
    release();
    await bedrock.templates.list();
    expect(api.created).toHaveLength(2);
  });

  test("a key revoked or gone before its rotation is replaced by a new one", async () => {
    const { api, bedrock } = setup();
    await bedrock.templates.list();
    api.revoke(api.created[0]?.key ?? ""); // behind the job's back; no call has seen a 401 yet
    advance(12 * hour - minute);
    await bedrock.templates.list();
    expect(api.created.map((k) => k.rotated)).toEqual([undefined, undefined]);
    expect(api.keysUsed().at(-1)).toBe(`Bearer ${api.created[1]?.key}`);
  });

  test("a failed creation rejects the waiting calls with a BedrockError; the next call tries again", async () => {
    const { api, bedrock } = setup();
    api.failCreation(() => json({ detail: "Server error." }, 500, { "X-Request-Id": "req_500" }));
    const errors = await Promise.all(
      Array.from({ length: 3 }, () => bedrock.templates.list().catch((e: unknown) => e)),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toBeInstanceOf(BedrockError);
      expect((error as InternalServerError).requestId).toBe("req_500");
    }
    expect(api.sent.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(api.keysUsed()).toEqual([]);
    api.failCreation(() => json({}, 201));
    await expect(bedrock.templates.list()).rejects.toThrow(
      "The API answered the short-term key's creation without a `key`.",
    );
    api.failCreation(undefined);
    await bedrock.templates.list();
    expect(api.created).toHaveLength(1);
    expect(api.keysUsed()).toHaveLength(1);
  });

  test("a replacement that fails before the key in use expires leaves that key in use", async () => {
    const { api, bedrock } = setup();
    await bedrock.templates.list();
    const [first] = api.created;
    api.failCreation(() => json({ detail: "Server error." }, 500));
    advance(12 * hour - 5 * minute); // due for replacement, 5 minutes left
    await Promise.all([bedrock.templates.list(), bedrock.templates.list()]);
    advance(5 * minute - 1);
    await bedrock.templates.list();
    expect(api.keysUsed()).toEqual(Array(4).fill(`Bearer ${first?.key}`));
    expect(api.sent.filter((r) => r.method === "POST")).toHaveLength(3); // one try per call
    advance(1); // expired: the failure is the caller's now
    await expect(bedrock.templates.list()).rejects.toBeInstanceOf(InternalServerError);
    api.failCreation(undefined);
    await bedrock.templates.list();
    expect(api.created).toHaveLength(2);
    expect(api.keysUsed().at(-1)).toBe(`Bearer ${api.created[1]?.key}`);
  });

  test("a token that no longer works surfaces as the caller's AuthenticationError", async () => {
    const { api, bedrock } = setup();
    await bedrock.templates.list();
    api.revoke(api.created[0]?.key ?? "");
    api.failCreation(() => json({ detail: "Invalid token." }, 401));
    const error = await bedrock.templates.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).detail).toBe("Invalid token.");
  });

  test("revoke() ends the key in use; a later call creates another", async () => {
    const { api, bedrock, keys } = setup();
    await keys.revoke(); // nothing to revoke yet
    await bedrock.templates.list();
    await keys.revoke();
    expect(api.revoked).toEqual(["key_1"]);
    await bedrock.templates.list();
    expect(api.created).toHaveLength(2);
    advance(12 * hour);
    await bedrock.templates.list();
    expect(api.created).toHaveLength(3);
    expect(api.revoked).toEqual(["key_1"]); // the replaced one ends with its grace period
  });

  test("never shows a key: logs, inspect, JSON and errors", async () => {
    const lines: string[] = [];
    const logger = {
      error: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
      info: (line: string) => lines.push(line),
      debug: (line: string) => lines.push(line),
    };
    const { api, bedrock, keys, user } = setup({}, fakeApi(), { logLevel: "debug", logger });
    await bedrock.templates.list();
    api.revoke(api.created[0]?.key ?? "");
    await bedrock.templates.create({ name: "Support" });
    advance(12 * hour);
    api.failCreation(() => json({ detail: "Invalid token." }, 401));
    const error = await bedrock.templates.list().catch((e: unknown) => e);
    expect(lines.some((line) => line.includes("401"))).toBe(true);
    const shown = [
      ...lines,
      inspect(keys, { showHidden: true, depth: 10 }),
      String(JSON.stringify(keys)),
      inspect(bedrock, { depth: 10 }),
      JSON.stringify(bedrock),
      inspect(user),
      inspect(error, { depth: 10 }),
      String((error as Error).stack),
    ].join("\n");
    expect(api.created).toHaveLength(2);
    for (const { key } of api.created) expect(shown).not.toContain(key);
    expect(shown).not.toContain(token);
    expect(shown).toContain("[redacted]");
  });

  test("rejects options out of range when it is made", () => {
    const user = new Bedrock({ baseUrl, token, logLevel: "off" });
    for (const lifetimeSeconds of [0, -1, 43_201, Number.NaN]) {
      expect(() => shortTermKeys(user, { lifetimeSeconds })).toThrow(
        `\`lifetimeSeconds\` must be 1 to 43200 (12 hours), got ${lifetimeSeconds}.`,
      );
    }
    for (const refreshMarginSeconds of [-1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => shortTermKeys(user, { refreshMarginSeconds })).toThrow(BedrockError);
    }
    expect(() => shortTermKeys(user, { lifetimeSeconds: 43_200 })).not.toThrow();
  });
});
