import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { version } from "../../package.json";
import {
  APIConnectionError,
  AuthenticationError,
  Bedrock,
  BedrockError,
  InternalServerError,
} from "../../src/index";
import {
  apiKey,
  client,
  hangingFetch,
  json,
  mockFetch,
  page,
  type Reply,
  token,
} from "./mock-fetch";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

/** Clears the environment's Bedrock variables for a test. */
function cleanEnv() {
  for (const name of ["BEDROCK_API_KEY", "BEDROCK_TOKEN", "BEDROCK_BASE_URL", "BEDROCK_LOG"]) {
    vi.stubEnv(name, undefined);
  }
}

describe("options", () => {
  test("apiKey is sent as a Bearer credential, token as a DRF Token", async () => {
    const withKey = client({ apiKey });
    await withKey.bedrock.templates.list();
    expect(withKey.requests[0]?.request.headers.get("authorization")).toBe(`Bearer ${apiKey}`);
    const withToken = client({ apiKey: undefined, token });
    await withToken.bedrock.templates.list();
    expect(withToken.requests[0]?.request.headers.get("authorization")).toBe(`Token ${token}`);
  });

  test("a provider is asked before each request", async () => {
    let n = 0;
    const provider = vi.fn(async () => `key-${++n}`);
    const { bedrock, requests } = client({ apiKey: provider });
    await bedrock.templates.list();
    await bedrock.templates.get("t1");
    expect(provider).toHaveBeenCalledTimes(2);
    expect(requests.map((r) => r.request.headers.get("authorization"))).toEqual([
      "Bearer key-1",
      "Bearer key-2",
    ]);
    const syncToken = client({ apiKey: undefined, token: () => "tok" });
    await syncToken.bedrock.auth.me();
    expect(syncToken.requests[0]?.request.headers.get("authorization")).toBe("Token tok");
  });

  test("a provider that gives nothing or throws fails the call with a BedrockError", async () => {
    const empty = client({ apiKey: async () => "" });
    await expect(empty.bedrock.templates.list()).rejects.toThrow(
      "The apiKey provider returned nothing.",
    );
    const failing = client({ apiKey: () => Promise.reject(new Error("vault down")) });
    const error = await failing.bedrock.templates.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BedrockError);
    expect((error as Error).cause).toEqual(new Error("vault down"));
    expect(empty.fetch).not.toHaveBeenCalled();
    expect(failing.fetch).not.toHaveBeenCalled();
  });

  test("a provider that throws is a BedrockError on raw calls and renewals too", async () => {
    let asked = 0;
    const provider = Object.assign(
      async () => {
        if (asked++) throw new Error("vault down");
        return "bk_refused";
      },
      { invalidate: () => {} },
    );
    const { bedrock, fetch } = client(
      { apiKey: provider, maxRetries: 1 },
      json({ detail: "No." }, 401),
    );
    const renewal = await bedrock.templates.list().catch((e: unknown) => e);
    const raw = await bedrock.raw.GET("/api/templates/").catch((e: unknown) => e);
    for (const error of [renewal, raw]) {
      expect(error).toBeInstanceOf(BedrockError);
      expect((error as Error).message).toBe("The apiKey provider failed: Error.");
      expect((error as Error).cause).toEqual(new Error("vault down"));
    }
    expect(fetch).toHaveBeenCalledTimes(1); // the raw call asked the provider before sending
  });

  test("one retry budget per call: a key renewal's resend is one of maxRetries + 1 requests", async () => {
    let key = 0;
    const invalidate = vi.fn(() => {
      key++;
    });
    const provider = Object.assign(async () => `bk_key_${key}`, { invalidate });
    // 503, 503, then a 401 on the last attempt: no second retry loop after the renewal.
    const { bedrock, fetch } = client(
      { apiKey: provider, maxRetries: 2 },
      json({}, 503, { "retry-after-ms": "0" }),
      json({}, 503, { "retry-after-ms": "0" }),
      json({ detail: "Invalid API key." }, 401),
      json({}, 503, { "retry-after-ms": "0" }),
    );
    await expect(bedrock.templates.get("t1")).rejects.toBeInstanceOf(AuthenticationError);
    expect(fetch).toHaveBeenCalledTimes(3);
    // The provider still heard of the refusal: the next call sends the renewed key.
    await vi.waitFor(() => expect(invalidate).toHaveBeenCalledWith("bk_key_0"));
    // A 401 first, then failures: the resend and the retries after it share the budget.
    const again = client(
      { apiKey: provider, maxRetries: 2 },
      json({ detail: "Invalid API key." }, 401),
      json({}, 503, { "retry-after-ms": "0" }),
    );
    await expect(again.bedrock.templates.get("t1")).rejects.toBeInstanceOf(InternalServerError);
    expect(again.fetch).toHaveBeenCalledTimes(3);
    expect(again.requests.map((r) => r.request.headers.get("authorization"))).toEqual([
      "Bearer bk_key_1",
      "Bearer bk_key_2",
      "Bearer bk_key_2",
    ]);
  });

  test("baseUrl, organizationId, defaultHeaders, per-request headers and the client header", async () => {
    const { bedrock, requests } = client({
      baseUrl: "https://eu.bedrock.test/",
      organizationId: "org_1",
      defaultHeaders: { "X-Team": "core", "X-Trace": "default" },
    });
    await bedrock.templates.get("t1", { headers: { "X-Trace": "call" } });
    const { headers, url } = requests[0]?.request ?? new Request("about:blank");
    expect(url).toBe("https://eu.bedrock.test/api/templates/t1/");
    expect(headers.get("x-organization-id")).toBe("org_1");
    expect(headers.get("x-team")).toBe("core");
    expect(headers.get("x-trace")).toBe("call");
    expect(headers.get("x-bedrock-client")).toBe(`ts/${version}`);
    expect(bedrock.baseUrl).toBe("https://eu.bedrock.test");
  });

  test("a header named in another case replaces the client's, as the same name does, never joins it", async () => {
    const { bedrock, requests } = client({
      organizationId: "org_1",
      defaultHeaders: { "x-bedrock-client": "mine", "X-Trace": "default" },
    });
    await bedrock.templates.get("t1", {
      headers: { "x-organization-id": "org_2", "x-trace": "call" },
    });
    await bedrock.templates.create({ name: "x" }, { headers: { "idempotency-key": "k1" } });
    await bedrock.templates.create({ name: "x" }, { headers: { "content-type": "text/plain" } });
    const [get, keyed, typed] = requests.map(({ request }) => request.headers);
    expect(get?.get("x-organization-id")).toBe("org_2");
    expect(get?.get("x-trace")).toBe("call");
    expect(get?.get("x-bedrock-client")).toBe(`ts/${version}`);
    expect(get?.get("authorization")).toBe(`Bearer ${apiKey}`);
    expect(keyed?.get("idempotency-key")).toBe("k1");
    expect(typed?.get("content-type")).toBe("application/json");
  });

  test("the default base URL is production", () => {
    cleanEnv();
    expect(new Bedrock({ apiKey }).baseUrl).toBe("https://api.bedrock.dev");
  });

  test("fetch defaults to the global fetch, looked up at call time, given the request's parts", async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => json({ id: "t1" }));
    vi.stubGlobal("fetch", fetch);
    const bedrock = new Bedrock({ apiKey, logLevel: "off" });
    await expect(bedrock.templates.get("t1")).resolves.toEqual({ id: "t1" });
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("https://api.bedrock.dev/api/templates/t1/");
    expect(new Headers(init?.headers).get("authorization")).toBe(`Bearer ${apiKey}`);
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  test.each([
    [{ timeout: -1 }, "`timeout` must be a whole number of milliseconds from 1 to 2147483647"],
    [{ timeout: 0 }, "`timeout` must be"],
    [{ timeout: Number.POSITIVE_INFINITY }, "`timeout` must be"],
    [{ timeout: 2 ** 31 }, "`timeout` must be"],
    [{ timeout: Number.NaN }, "`timeout` must be"],
    [
      { timeout: 0 },
      "`timeout` must be a whole number of milliseconds from 1 to 2147483647, got 0.",
    ],
    [{ maxRetries: Number.NaN }, "`maxRetries` must be a whole number from 0 to 10, got NaN."],
    [{ maxRetries: Number.POSITIVE_INFINITY }, "`maxRetries` must be"],
    [{ maxRetries: 1.5 }, "`maxRetries` must be"],
    [{ maxRetries: -1 }, "`maxRetries` must be"],
    [{ maxRetries: 11 }, "`maxRetries` must be"],
    [{ logLevel: "verbose" as never }, "`logLevel` must be one of off, error, warn, info, debug."],
    [{ logger: {} as never }, "`logger` must have error, warn, info and debug methods."],
    [{ fetch: "fetch" as never }, "`fetch` must be a function."],
    [{ baseUrl: "api.bedrock.dev" }, "`baseUrl` is not an absolute URL"],
    [
      { baseUrl: "ftp://files.example" },
      "`baseUrl` must be an http(s) URL without query or fragment.",
    ],
    [{ organizationId: "org\n1" }, "`organizationId` must be"],
    [{ defaultHeaders: { "X Team": "core" } }, "`defaultHeaders` has an invalid header name."],
    [
      { defaultHeaders: { "idempotency-key": "k1" } },
      "`defaultHeaders` must not set Idempotency-Key: pass `idempotencyKey` per call.",
    ],
  ])("%o is refused at construction, naming the option", (options, message) => {
    expect(() => new Bedrock({ apiKey, ...options })).toThrow(message);
    expect(() => new Bedrock({ apiKey, ...options })).toThrow(BedrockError);
  });

  test("per-call timeout and maxRetries are checked too", async () => {
    const { bedrock, fetch } = client();
    await expect(bedrock.templates.get("t1", { timeout: 0 })).rejects.toThrow("`timeout` must be");
    await expect(bedrock.templates.get("t1", { maxRetries: 2.5 })).rejects.toThrow(
      "`maxRetries` must be",
    );
    await expect(
      bedrock.templates.create({ name: "x" }, { idempotencyKey: "has space" }),
    ).rejects.toThrow("`idempotencyKey` must be 1 to 255 printable ASCII characters.");
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("secrets never shown", () => {
  const secret = "S3cretPassw0rd";
  /** Everything a user might print of an error. */
  const shown = (error: unknown) => [
    String(error),
    (error as Error).message,
    (error as Error).stack,
    inspect(error, { depth: 10 }),
    JSON.stringify(error),
  ];
  const failure = (make: () => unknown) => {
    try {
      make();
    } catch (error) {
      return error;
    }
    throw new Error("did not throw");
  };

  test("credentials in baseUrl are refused, and the error does not show them", () => {
    for (const baseUrl of [
      `http://admin:${secret}@bedrock.test`,
      `https://${secret}@bedrock.test/`,
      `http://admin:${secret}@`,
    ]) {
      const error = failure(() => new Bedrock({ apiKey, baseUrl }));
      expect(error).toBeInstanceOf(BedrockError);
      for (const text of shown(error)) expect(text).not.toContain(secret);
    }
    expect(
      (failure(() => new Bedrock({ apiKey, baseUrl: `http://a:${secret}@h` })) as Error).message,
    ).toBe("`baseUrl` must not hold credentials (user:password@); pass `apiKey` or `token`.");
    cleanEnv();
    vi.stubEnv("BEDROCK_BASE_URL", `https://u:${secret}@bedrock.test`);
    const fromEnv = failure(() => new Bedrock({ apiKey })) as Error;
    expect(fromEnv.message).toMatch(/^BEDROCK_BASE_URL must not hold credentials/);
  });

  test("a per-call baseUrl with credentials on a raw call is refused without showing them", async () => {
    const { bedrock, fetch } = client();
    const error = await bedrock.raw
      .GET("/api/templates/", { baseUrl: `http://admin:${secret}@bedrock.test` })
      .catch((error: unknown) => error);
    expect(error).toBeInstanceOf(BedrockError);
    expect((error as Error).message).toBe("`baseUrl` must not hold credentials (user:password@).");
    for (const text of shown(error)) expect(text).not.toContain(secret);
    expect(fetch).not.toHaveBeenCalled();
  });

  test("a credential with a line break, whitespace or a control character names the problem, never the value", async () => {
    const two = `${apiKey}\nbk_live_second${secret}`;
    const cases: [() => unknown, string][] = [
      [() => new Bedrock({ apiKey: two }), "`apiKey` contains a line break"],
      [() => new Bedrock({ token: `tok ${secret}` }), "`token` contains whitespace"],
      [
        () => new Bedrock({ apiKey: `${secret}\u0000` }),
        "`apiKey` contains a non-ASCII or control character",
      ],
      [
        () => new Bedrock({ apiKey: `${secret}é` }),
        "`apiKey` contains a non-ASCII or control character",
      ],
    ];
    for (const [make, message] of cases) {
      const error = failure(make);
      expect(error).toBeInstanceOf(BedrockError);
      expect((error as Error).message).toContain(message);
      for (const text of shown(error)) expect(text).not.toContain(secret);
    }
    cleanEnv();
    vi.stubEnv("BEDROCK_API_KEY", two);
    expect((failure(() => new Bedrock()) as Error).message).toMatch(
      /^BEDROCK_API_KEY contains a line break/,
    );
    // a provider's value is checked before it is sent
    const { bedrock, fetch } = client({ apiKey: async () => two });
    const error = await bedrock.templates.list().catch((e: unknown) => e);
    expect((error as Error).message).toContain("The apiKey provider's value contains a line break");
    for (const text of shown(error)) expect(text).not.toContain(secret);
    expect(fetch).not.toHaveBeenCalled();
  });

  test("a header value fetch would refuse is refused without quoting it", async () => {
    const error = failure(
      () => new Bedrock({ apiKey, defaultHeaders: { "X-Secret": `${secret}\r\nX: y` } }),
    );
    expect((error as Error).message).toContain(
      "`defaultHeaders` has an invalid value for X-Secret.",
    );
    for (const text of shown(error)) expect(text).not.toContain(secret);
    const { bedrock } = client();
    const perCall = await bedrock.templates
      .get("t1", { headers: { "X-Secret": `${secret}\n` } })
      .catch((e: unknown) => e);
    expect(perCall).toBeInstanceOf(BedrockError);
    for (const text of shown(perCall)) expect(text).not.toContain(secret);
  });

  test("every error a call can end with shows no credential", async () => {
    const replies: Reply[] = [
      json({ detail: "Invalid token." }, 401),
      json({ name: ["Required."] }, 400),
      json({ detail: "Slow." }, 429, { RateLimit: '"default";r=0;t=1' }),
      json({ detail: "Boom." }, 500),
      new Response("<html>", { status: 200 }),
      new Response("", { status: 200 }),
      Object.assign(new TypeError("fetch failed"), {
        cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8000"), {
          code: "ECONNREFUSED",
          address: "127.0.0.1",
          port: 8000,
        }),
      }),
      hangingFetch,
    ];
    for (const reply of replies) {
      for (const credentials of [
        { apiKey: secret },
        { apiKey: undefined, token: secret },
        { apiKey: () => secret },
      ]) {
        const { bedrock } = client(
          { ...credentials, timeout: 20, logLevel: "debug", logger: record() },
          reply,
        );
        const error = await bedrock.templates.get("t1").catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BedrockError);
        for (const text of shown(error)) expect(text).not.toContain(secret);
      }
    }
    expect(lines.join("\n")).not.toContain(secret);
    expect(lines.length).toBeGreaterThan(10);
  });

  test("a client's inspect and toJSON show no credential", () => {
    const bedrock = new Bedrock({ apiKey: secret, baseUrl: "https://bedrock.test" });
    const other = bedrock.withOptions({ timeout: 5_000 });
    for (const client of [bedrock, other]) {
      expect(inspect(client)).not.toContain(secret);
      expect(JSON.stringify(client)).not.toContain(secret);
    }
  });
});

const lines: string[] = [];
function record() {
  const write = (line: string) => {
    lines.push(line);
  };
  return { error: write, warn: write, info: write, debug: write };
}

describe("connection errors", () => {
  test("say what failed: the code and the address or host, not the URL or credentials", async () => {
    const refused = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8000"), {
        code: "ECONNREFUSED",
        address: "127.0.0.1",
        port: 8000,
      }),
    });
    const notFound = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("getaddrinfo ENOTFOUND api.bedrock.dev"), {
        code: "ENOTFOUND",
        hostname: "api.bedrock.dev",
      }),
    });
    const eyeballs = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(
        new AggregateError([
          Object.assign(new Error("connect ECONNREFUSED ::1:8000"), {
            code: "ECONNREFUSED",
            address: "::1",
            port: 8000,
          }),
        ]),
        { code: "ECONNREFUSED" },
      ),
    });
    const bare = new TypeError("Failed to fetch");
    const cases: [Error, string][] = [
      [refused, "Connection error: ECONNREFUSED 127.0.0.1:8000."],
      [notFound, "Connection error: ENOTFOUND api.bedrock.dev."],
      [eyeballs, "Connection error: ECONNREFUSED ::1:8000."],
      [bare, "Connection error: could not reach bedrock.test."],
    ];
    for (const [cause, message] of cases) {
      const { bedrock } = client({}, cause);
      const error = await bedrock.templates.list({ page: 2 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as Error).message).toBe(message);
      expect((error as Error).cause).toBe(cause);
    }
  });
});

describe("withOptions", () => {
  test("shares credentials, base URL and fetch; changes the options given; leaves the original as it was", async () => {
    let n = 0;
    const provider = async () => `key-${++n}`;
    const { bedrock, requests, fetch } = client({
      apiKey: provider,
      organizationId: "org_a",
      defaultHeaders: { "X-Team": "core" },
    });
    const other = bedrock.withOptions({
      organizationId: "org_b",
      maxRetries: 1,
      defaultHeaders: { "X-Env": "ci" },
    });
    expect(other).toBeInstanceOf(Bedrock);
    expect(other.baseUrl).toBe(bedrock.baseUrl);
    await other.templates.get("t1");
    await bedrock.templates.get("t1");
    const [viaOther, viaOriginal] = requests.map((r) => r.request.headers);
    expect(viaOther?.get("authorization")).toBe("Bearer key-1");
    expect(viaOriginal?.get("authorization")).toBe("Bearer key-2");
    expect(viaOther?.get("x-organization-id")).toBe("org_b");
    expect(viaOriginal?.get("x-organization-id")).toBe("org_a");
    expect(viaOther?.get("x-team")).toBe("core");
    expect(viaOther?.get("x-env")).toBe("ci");
    expect(viaOriginal?.get("x-env")).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(2);
    // the retries it was given apply to it alone
    const failing = client({}, json({}, 503));
    await failing.bedrock
      .withOptions({ maxRetries: 1 })
      .templates.get("t1", { signal: undefined })
      .catch(() => {});
    expect(failing.fetch).toHaveBeenCalledTimes(2);
    expect(() => bedrock.withOptions({ timeout: -5 })).toThrow("`timeout` must be");
  });

  test("a client made from a token (login) keeps its token", async () => {
    const { bedrock, requests } = client({ apiKey: undefined, token });
    await bedrock.withOptions({ organizationId: "org_b" }).auth.me();
    expect(requests[0]?.request.headers.get("authorization")).toBe(`Token ${token}`);
  });
});

describe("environment", () => {
  test("BEDROCK_API_KEY and BEDROCK_BASE_URL", async () => {
    cleanEnv();
    vi.stubEnv("BEDROCK_API_KEY", apiKey);
    vi.stubEnv("BEDROCK_BASE_URL", "https://staging.bedrock.test");
    const { fetch, requests } = mockFetch(page([]));
    const bedrock = new Bedrock({ fetch, logLevel: "off" });
    await bedrock.templates.list();
    expect(requests[0]?.request.url).toBe("https://staging.bedrock.test/api/templates/");
    expect(requests[0]?.request.headers.get("authorization")).toBe(`Bearer ${apiKey}`);
  });

  test("BEDROCK_TOKEN", async () => {
    cleanEnv();
    vi.stubEnv("BEDROCK_TOKEN", token);
    const { fetch, requests } = mockFetch(json({}));
    await new Bedrock({ fetch, logLevel: "off" }).auth.me();
    expect(requests[0]?.request.headers.get("authorization")).toBe(`Token ${token}`);
  });

  test("credentials in options replace both variables", async () => {
    cleanEnv();
    vi.stubEnv("BEDROCK_API_KEY", "bk_env");
    const { fetch, requests } = mockFetch(page([]));
    await new Bedrock({ token, fetch, logLevel: "off" }).templates.list();
    expect(requests[0]?.request.headers.get("authorization")).toBe(`Token ${token}`);
  });

  test("no credentials anywhere: a clear error naming the options and variables", () => {
    cleanEnv();
    const error = (() => {
      try {
        new Bedrock();
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(BedrockError);
    for (const name of ["apiKey", "token", "BEDROCK_API_KEY", "BEDROCK_TOKEN"]) {
      expect(error?.message).toContain(name);
    }
  });

  test("a runtime without process (Deno without --allow-env, browsers, workers)", () => {
    cleanEnv();
    vi.stubGlobal("process", undefined);
    vi.stubGlobal("Deno", {
      env: {
        get() {
          throw new Error("Requires env access");
        },
      },
    });
    expect(() => new Bedrock({ apiKey })).not.toThrow();
    expect(() => new Bedrock()).toThrow(BedrockError);
  });

  test("Deno's environment", () => {
    vi.stubGlobal("process", undefined);
    vi.stubGlobal("Deno", {
      env: { get: (name: string) => (name === "BEDROCK_TOKEN" ? token : undefined) },
    });
    expect(() => new Bedrock()).not.toThrow();
  });
});

describe("in a browser", () => {
  test("an API key is refused unless dangerouslyAllowBrowser", () => {
    vi.stubGlobal("window", { document: {} });
    expect(() => new Bedrock({ apiKey })).toThrow(/dangerouslyAllowBrowser/);
    expect(() => new Bedrock({ apiKey, dangerouslyAllowBrowser: true })).not.toThrow();
    expect(() => new Bedrock({ token })).not.toThrow();
  });
});

describe("credentials per operation, from the contract's security", () => {
  test("with both, the key goes where it is accepted, else the token", async () => {
    const { bedrock, requests } = client({ apiKey, token }, page([]));
    await bedrock.agents.list();
    await bedrock.templates.list();
    await bedrock.members.list();
    await bedrock.auth.me();
    expect(requests.map((r) => r.request.headers.get("authorization"))).toEqual([
      `Bearer ${apiKey}`,
      `Bearer ${apiKey}`,
      `Token ${token}`,
      `Token ${token}`,
    ]);
  });

  test("an API-key-only operation with only a token fails before any request", async () => {
    const { bedrock, fetch } = client({ apiKey: undefined, token });
    const error = await bedrock.agents.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BedrockError);
    expect((error as Error).message).toBe(
      "agents.list (GET /api/agents/) needs an API key (`apiKey` or BEDROCK_API_KEY), and this client has only a token.",
    );
    await expect(bedrock.raw.GET("/api/traces/")).rejects.toThrow(
      "traces.list (GET /api/traces/) needs an API key",
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test("a token-only operation with only a key fails before any request", async () => {
    const { bedrock, fetch } = client();
    await expect(bedrock.organizations.create({ name: "Acme" })).rejects.toThrow(
      "organizations.create (POST /api/organizations/organizations/) needs a user token",
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test("signup, login and a new user's invite acceptance send no credentials", async () => {
    const { bedrock, requests } = client({ apiKey }, json({ token: "t", user: {} }, 201));
    await bedrock.invites.accept("i1", {
      token: "inv_secret",
      name: "Ann",
      password: "correct horse battery",
    });
    const session = mockFetch(json({ token: "new", user: {} }));
    await Bedrock.login({ email: "a@b.test", password: "pw-12345678" }, { fetch: session.fetch });
    await Bedrock.signup(
      { email: "a@b.test", password: "pw-12345678", name: "Ann", organizationName: "Acme" },
      { fetch: session.fetch },
    );
    await Bedrock.acceptInvite(
      "i1",
      { token: "inv_secret", name: "Ann", password: "pw-12345678" },
      { fetch: session.fetch, apiKey },
    );
    for (const { request } of [...requests, ...session.requests]) {
      expect(request.headers.has("authorization")).toBe(false);
    }
  });

  test("accepting an invite sends the signed-in user's token, for an existing account", async () => {
    const { bedrock, requests } = client({ apiKey, token }, json({ token: "t", user: {} }, 201));
    await bedrock.invites.accept("i1", { token: "inv_secret" });
    const session = mockFetch(json({ token: "new", user: {} }, 201));
    await Bedrock.acceptInvite("i2", { token: "inv_secret" }, { fetch: session.fetch, token });
    for (const { request } of [...requests, ...session.requests])
      expect(request.headers.get("authorization")).toBe(`Token ${token}`);
    expect(JSON.parse(session.requests[0]?.body ?? "")).toEqual({ token: "inv_secret" });
  });

  test("raw calls get credentials too", async () => {
    const { bedrock, requests } = client({}, json({ id: "t1" }));
    const { data } = await bedrock.raw.GET("/api/templates/{id}/", {
      params: { path: { id: "t1" } },
    });
    expect(data?.id).toBe("t1");
    expect(requests[0]?.request.headers.get("authorization")).toBe(`Bearer ${apiKey}`);
  });

  test("a raw call's RequestInit options reach a custom fetch on every attempt", async () => {
    const { bedrock, requests } = client({ maxRetries: 1 }, json({}, 503), json({ id: "t1" }));
    const dispatcher = { dispatch: () => true };
    await bedrock.raw.GET("/api/templates/{id}/", {
      params: { path: { id: "t1" } },
      redirect: "manual",
      cache: "no-store",
      credentials: "include",
      keepalive: true,
      dispatcher,
      timeout: 5_000,
    } as Parameters<typeof bedrock.raw.GET>[1]);
    expect(requests).toHaveLength(2);
    for (const { request, init } of requests) {
      expect(request).toMatchObject({
        redirect: "manual",
        cache: "no-store",
        credentials: "include",
        keepalive: true,
      });
      expect(request.headers.get("authorization")).toBe(`Bearer ${apiKey}`);
      expect(init).toMatchObject({ dispatcher });
      // The SDK's own options are not fetch's.
      expect(init).not.toHaveProperty("timeout");
    }
  });

  test("a raw POST gets an Idempotency-Key and is retried with it and its body; raw tuning is checked", async () => {
    const { bedrock, requests } = client({ maxRetries: 1 }, json({}, 503), json({ id: "t1" }, 201));
    const { data } = await bedrock.raw.POST("/api/templates/", { body: { name: "Raw" } });
    expect(data?.id).toBe("t1");
    const [first, second] = requests;
    expect(first?.request.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.request.headers.get("idempotency-key")).toBe(
      first?.request.headers.get("idempotency-key"),
    );
    expect(requests.map((r) => r.body)).toEqual(['{"name":"Raw"}', '{"name":"Raw"}']);
    await expect(bedrock.raw.GET("/api/templates/", { timeout: 0 } as never)).rejects.toThrow(
      "`timeout` must be",
    );
  });
});

describe("token flows", () => {
  const user = { id: "u1", email: "a@b.test", name: "Ann", created_at: "2030-01-01T00:00:00Z" };

  test("signup maps organizationName and resolves to the session with a client using its token", async () => {
    vi.stubEnv("BEDROCK_API_KEY", "bk_env_should_not_be_used");
    const { fetch, requests } = mockFetch(
      json({ token: "tok_new", user, organization: {}, membership: {} }, 201),
      page([]),
    );
    const session = await Bedrock.signup(
      { email: user.email, password: "pw-12345678", name: "Ann", organizationName: "Acme" },
      { fetch, baseUrl: "https://bedrock.test", logLevel: "off" },
    );
    expect(requests[0]?.request.url).toBe("https://bedrock.test/api/organizations/auth/signup/");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual({
      email: user.email,
      password: "pw-12345678",
      name: "Ann",
      organization_name: "Acme",
    });
    expect(session).toMatchObject({ token: "tok_new", user, organization: {}, membership: {} });
    expect(session.client).toBeInstanceOf(Bedrock);
    await session.client.templates.list();
    expect(requests[1]?.request.url).toBe("https://bedrock.test/api/templates/");
    expect(requests[1]?.request.headers.get("authorization")).toBe("Token tok_new");
  });

  test("login and acceptInvite", async () => {
    const { fetch, requests } = mockFetch(
      json({ token: "tok_login", user }),
      json({}),
      json({ token: "tok_inv", user }, 201),
      json({}),
    );
    const login = await Bedrock.login({ email: user.email, password: "pw-12345678" }, { fetch });
    await login.client.auth.me();
    const accepted = await Bedrock.acceptInvite(
      "inv_1",
      { token: "inv_secret", name: "Ann", password: "pw-12345678" },
      { fetch },
    );
    await accepted.client.auth.me();
    expect(requests.map((r) => `${r.request.method} ${new URL(r.request.url).pathname}`)).toEqual([
      "POST /api/organizations/auth/login/",
      "GET /api/organizations/auth/me/",
      "POST /api/organizations/invites/inv_1/accept/",
      "GET /api/organizations/auth/me/",
    ]);
    expect(requests[1]?.request.headers.get("authorization")).toBe("Token tok_login");
    expect(requests[3]?.request.headers.get("authorization")).toBe("Token tok_inv");
  });

  test("signup, login and acceptInvite take per-call options: a signal, an idempotency key", async () => {
    const { fetch, requests } = mockFetch(json({ token: "tok_login", user }));
    const aborted = AbortSignal.abort(new Error("user left"));
    const body = { email: user.email, password: "pw-12345678" };
    const signup = { ...body, name: "Ann", organizationName: "Acme" };
    const invite = { token: "inv_secret", name: "Ann", password: "pw-12345678" };
    const aborts = { name: "APIUserAbortError", cause: aborted.reason };
    await expect(Bedrock.login(body, { fetch }, { signal: aborted })).rejects.toMatchObject(aborts);
    await expect(Bedrock.signup(signup, { fetch }, { signal: aborted })).rejects.toMatchObject(
      aborts,
    );
    await expect(
      Bedrock.acceptInvite("inv_1", invite, { fetch }, { signal: aborted }),
    ).rejects.toMatchObject(aborts);
    expect(requests).toHaveLength(0);
    await Bedrock.login(body, { fetch }, { idempotencyKey: "login-1" });
    expect(requests[0]?.request.headers.get("idempotency-key")).toBe("login-1");
  });

  test("a failed login throws the API's error", async () => {
    const { fetch } = mockFetch(
      json({ non_field_errors: ["Unable to log in with provided credentials."] }, 400),
    );
    await expect(
      Bedrock.login({ email: "a@b.test", password: "wrong-password" }, { fetch }),
    ).rejects.toThrow("400 Unable to log in with provided credentials.");
  });
});

describe("resources", () => {
  test("collections have exactly their contract's methods", () => {
    const { bedrock } = client();
    const names = (resource: object) => Object.keys(resource).sort();
    const crud = ["create", "delete", "get", "list", "replace", "update"];
    expect(names(bedrock.templates)).toEqual(crud);
    expect(names(bedrock.agents)).toEqual([...crud, "run", "stop", "tag"].sort());
    expect(names(bedrock.traces)).toEqual(["create", "get", "list", "update"]);
    expect(names(bedrock.adapters)).toEqual(["create", "delete", "get", "list"]);
    expect(names(bedrock.organizations)).toEqual([
      "create",
      "delete",
      "get",
      "keyPolicy",
      "list",
      "update",
    ]);
    expect(names(bedrock.organizations.keyPolicy)).toEqual(["get", "replace", "update"]);
    expect(names(bedrock.members)).toEqual(["delete", "get", "list", "update"]);
    expect(names(bedrock.invites)).toEqual(["accept", "create", "delete", "get", "list"]);
    expect(names(bedrock.apiKeys)).toEqual(["create", "delete", "get", "list", "rotate", "update"]);
    expect(names(bedrock.auditEvents)).toEqual(["get", "list"]);
    expect(names(bedrock.auth)).toEqual(["logout", "me"]);
    for (const state of Object.values(bedrock.adapterState)) expect(names(state)).toEqual(crud);
  });

  test("an id stays inside its path segment: . and .. are refused unsent, / ? # are encoded", async () => {
    const { bedrock, requests } = client({}, json({}));
    // A URL resolves . and .. (%2E too) away: DELETE /api/templates/ or /api/ instead of one template.
    for (const id of ["..", "."])
      await expect(bedrock.templates.delete(id)).rejects.toThrow(
        new BedrockError(`An id of \`${id}\` would address another path.`),
      );
    expect(requests).toEqual([]);
    for (const id of ["../api-keys/k1", "x?y=1#z", "t 1/é", "..."])
      await bedrock.templates.delete(id);
    expect(requests.map(({ request }) => request.url)).toEqual([
      "https://bedrock.test/api/templates/..%2Fapi-keys%2Fk1/",
      "https://bedrock.test/api/templates/x%3Fy%3D1%23z/",
      "https://bedrock.test/api/templates/t%201%2F%C3%A9/",
      "https://bedrock.test/api/templates/.../",
    ]);
  });

  test("each method sends its method, path and body", async () => {
    const { bedrock, requests } = client({ token });
    const c = bedrock.adapterState.contacts;
    await c.list({ page: 2, ordering: "-created_at" });
    await c.create({ name: "Ann" });
    await c.get("c1");
    await c.update("c1", { phone: "+1" });
    await c.replace("c1", { name: "Ann B" });
    await c.delete("c1");
    await bedrock.agents.run("a1", { input: { q: 1 } });
    await bedrock.agents.run("a1");
    await bedrock.agents.stop("a1");
    await bedrock.agents.tag("a1", ["vip", "beta"]);
    await bedrock.auth.logout();
    await bedrock.apiKeys.rotate("k1", { graceSeconds: 600 });
    await bedrock.apiKeys.rotate("k1", { expiresAt: null });
    await bedrock.apiKeys.rotate("k1");
    await bedrock.organizations.keyPolicy.get("o1");
    await bedrock.organizations.keyPolicy.update("o1", { max_key_lifetime_days: 30 });
    await bedrock.organizations.keyPolicy.replace("o1", { api_keys_enabled: false });
    await bedrock.auditEvents.list({ action: "api_key.created", actor_type: "api_key" });
    expect(
      requests.map(({ request, body }) => [
        request.method,
        request.url.slice("https://bedrock.test".length),
        body,
      ]),
    ).toEqual([
      ["GET", "/api/adapter-state/contacts/?page=2&ordering=-created_at", ""],
      ["POST", "/api/adapter-state/contacts/", '{"name":"Ann"}'],
      ["GET", "/api/adapter-state/contacts/c1/", ""],
      ["PATCH", "/api/adapter-state/contacts/c1/", '{"phone":"+1"}'],
      ["PUT", "/api/adapter-state/contacts/c1/", '{"name":"Ann B"}'],
      ["DELETE", "/api/adapter-state/contacts/c1/", ""],
      ["POST", "/api/agents/a1/run/", '{"input":{"q":1}}'],
      ["POST", "/api/agents/a1/run/", ""],
      ["POST", "/api/agents/a1/stop/", ""],
      ["POST", "/api/agents/a1/tag/", '{"tags":["vip","beta"]}'],
      ["POST", "/api/organizations/auth/logout/", ""],
      ["POST", "/api/organizations/api-keys/k1/rotate/", '{"grace_seconds":600}'],
      ["POST", "/api/organizations/api-keys/k1/rotate/", '{"expires_at":null}'],
      ["POST", "/api/organizations/api-keys/k1/rotate/", "{}"],
      ["GET", "/api/organizations/organizations/o1/key-policy/", ""],
      ["PATCH", "/api/organizations/organizations/o1/key-policy/", '{"max_key_lifetime_days":30}'],
      ["PUT", "/api/organizations/organizations/o1/key-policy/", '{"api_keys_enabled":false}'],
      ["GET", "/api/organizations/audit-events/?action=api_key.created&actor_type=api_key", ""],
    ]);
  });

  test("a 204 resolves to undefined", async () => {
    const { bedrock } = client({}, new Response(null, { status: 204 }));
    await expect(bedrock.templates.delete("t1")).resolves.toBeUndefined();
  });

  test("withResponse gives the data, the response and the request id", async () => {
    const { bedrock } = client({}, json({ id: "t1" }, 200, { "X-Request-Id": "req_9" }));
    const { data, response, requestId } = await bedrock.templates.get("t1").withResponse();
    expect(data).toEqual({ id: "t1" });
    expect(response.status).toBe(200);
    expect(requestId).toBe("req_9");
  });

  test("a call is a promise-like: then, catch, finally", async () => {
    const { bedrock } = client({}, json({ detail: "Not found." }, 404));
    const seen: string[] = [];
    await bedrock.templates
      .get("t1")
      .catch((error: Error) => seen.push(error.name))
      .finally(() => seen.push("finally"));
    expect(seen).toEqual(["NotFoundError", "finally"]);
    expect(String(bedrock.templates.get("t1").catch(() => {}))).toBe("[object Promise]");
    const call = bedrock.templates.get("t1");
    expect(Object.prototype.toString.call(call)).toBe("[object APIPromise]");
    await expect(call).rejects.toThrow("404");
  });
});
