import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { Bedrock, type Logger } from "../../src/index";
import { apiKey, client, hangingFetch, json, mockFetch, token } from "./mock-fetch";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function recorder() {
  const lines: string[] = [];
  const logger: Logger = {
    error: (line) => lines.push(`error ${line}`),
    warn: (line) => lines.push(`warn ${line}`),
    info: (line) => lines.push(`info ${line}`),
    debug: (line) => lines.push(`debug ${line}`),
  };
  return { lines, logger };
}

describe("log lines", () => {
  test("info: one line per request with method, path, status, duration, request id and attempt", async () => {
    const { lines, logger } = recorder();
    const { bedrock } = client(
      { logLevel: "info", logger, maxRetries: 2 },
      json({ count: 0, next: null, previous: null, results: [] }, 200, { "X-Request-Id": "req_7" }),
    );
    await bedrock.templates.list({ page: 2 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^info \[bedrock\] GET \/api\/templates\/\?page=2 200 after \d+ ms, request id req_7, attempt 1\/3$/,
    );
  });

  test("warn: retries; error: the final failure; debug: each attempt", async () => {
    const { lines, logger } = recorder();
    const { bedrock } = client(
      { logLevel: "debug", logger, maxRetries: 1 },
      json({}, 503, { "retry-after-ms": "1" }),
    );
    await bedrock.templates.get("t1").catch(() => {});
    expect(lines.map((line) => line.replace(/\d+ ms/g, "N ms"))).toEqual([
      "debug [bedrock] GET /api/templates/t1/ sending, attempt 1/2",
      "warn [bedrock] GET /api/templates/t1/ 503 after N ms, attempt 1/2; retrying in N ms",
      "debug [bedrock] GET /api/templates/t1/ sending, attempt 2/2",
      "error [bedrock] GET /api/templates/t1/ 503 after N ms, attempt 2/2",
    ]);
  });

  test("each attempt's line gives that attempt's own duration, not the time since the call began", async () => {
    const { lines, logger } = recorder();
    let calls = 0;
    const slowThenFast = async () => {
      // The first attempt takes 80 ms and fails; the second answers at once.
      if (calls++ === 0) await new Promise((resolve) => setTimeout(resolve, 80));
      return calls === 1 ? json({}, 503, { "retry-after-ms": "0" }) : json({ id: "t1" });
    };
    const { bedrock } = client({ logLevel: "info", logger, maxRetries: 1 }, slowThenFast);
    await bedrock.templates.get("t1");
    const durations = lines.map((line) => Number(/after (\d+) ms/.exec(line)?.[1]));
    expect(durations).toHaveLength(2);
    expect(durations[0]).toBeGreaterThanOrEqual(75);
    expect(durations[1]).toBeLessThan(60);
  });

  test("a resend after a key renewal is the call's next attempt", async () => {
    const { lines, logger } = recorder();
    let key = 0;
    const provider = Object.assign(async () => `bk_key_${key}`, {
      invalidate: () => {
        key++;
      },
    });
    const { bedrock } = client(
      { apiKey: provider, logLevel: "debug", logger, maxRetries: 2 },
      json({ detail: "Invalid API key." }, 401),
      json({ id: "t1" }),
    );
    await bedrock.templates.get("t1");
    expect(lines.map((line) => line.replace(/\d+ ms/g, "N ms"))).toEqual([
      "debug [bedrock] GET /api/templates/t1/ sending, attempt 1/3",
      "warn [bedrock] GET /api/templates/t1/ 401 after N ms, attempt 1/3; retrying in N ms",
      "debug [bedrock] GET /api/templates/t1/ sending, attempt 2/3",
      "info [bedrock] GET /api/templates/t1/ 200 after N ms, attempt 2/3",
    ]);
  });

  test("the guides quote log lines in the shape the client writes them", () => {
    const guide = readFileSync("docs/errors-and-retries.md", "utf8");
    const quoted = [...guide.matchAll(/\[bedrock\] [^`"\n]+/g)].map(([line]) => line);
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    for (const line of quoted) {
      expect(line).toMatch(
        /^\[bedrock\] [A-Z]+ \/\S* (\d{3}|failed \(.+\)) after \d+ ms(, request id \S+)?, attempt \d+\/\d+(; retrying in \d+ ms)?$/,
      );
    }
  });

  test("a request that got no response is an error line", async () => {
    const { lines, logger } = recorder();
    const { bedrock } = client({ logLevel: "error", logger, timeout: 5 }, hangingFetch);
    await bedrock.templates.list().catch(() => {});
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^error \[bedrock\] GET \/api\/templates\/ failed \(Request timed out after 5 ms waiting for the response headers\.\) after \d+ ms, attempt 1\/1$/,
    );
  });

  test("a body that stalls after the headers is told apart from headers that never came", async () => {
    const { lines, logger } = recorder();
    const stalled = (_: Request, init?: RequestInit) =>
      new Response(
        new ReadableStream({
          start(controller) {
            init?.signal?.addEventListener("abort", () => controller.error(init.signal?.reason));
          },
        }),
        { status: 200, headers: { "X-Request-Id": "req_s" } },
      );
    const { bedrock } = client({ logLevel: "error", logger, timeout: 5 }, stalled);
    await bedrock.templates.list().catch(() => {});
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^error \[bedrock\] GET \/api\/templates\/ failed \(Request timed out after 5 ms reading the body of a 200 response\. \[request id req_s\]\) after \d+ ms, attempt 1\/1$/,
    );
  });

  test("the default level (warn) is quiet for successes", async () => {
    const { lines, logger } = recorder();
    vi.stubEnv("BEDROCK_LOG", undefined);
    const { bedrock } = client({ logLevel: undefined, logger });
    await bedrock.templates.list();
    expect(lines).toEqual([]);
  });

  test("BEDROCK_LOG sets the level; a wrong value says so", async () => {
    vi.stubEnv("BEDROCK_LOG", "INFO");
    const info = recorder();
    const { fetch } = mockFetch();
    await new Bedrock({ apiKey, fetch, logger: info.logger }).templates.list();
    expect(info.lines).toHaveLength(1);
    vi.stubEnv("BEDROCK_LOG", "verbose");
    const wrong = recorder();
    new Bedrock({ apiKey, fetch, logger: wrong.logger });
    expect(wrong.lines).toEqual([
      "warn [bedrock] BEDROCK_LOG is not one of off, error, warn, info, debug; logging at warn.",
    ]);
  });

  test("logLevel is read as BEDROCK_LOG is (case aside): a JavaScript caller's INFO logs at info", async () => {
    const info = recorder();
    const { fetch } = mockFetch();
    // A JavaScript caller is not held to the LogLevel type.
    const logLevel = "INFO" as unknown as "info";
    await new Bedrock({ apiKey, fetch, logLevel, logger: info.logger }).templates.list();
    expect(info.lines).toHaveLength(1);
    expect(info.lines[0]).toMatch(/^info \[bedrock\] GET \/api\/templates\/ 200/);
  });

  test("off: no logger call and no timing work", async () => {
    const { lines, logger } = recorder();
    const now = vi.spyOn(performance, "now");
    const { bedrock } = client(
      { logLevel: "off", logger, maxRetries: 1 },
      json({}, 500, { "retry-after-ms": "0" }),
    );
    await bedrock.templates.list().catch(() => {});
    expect(lines).toEqual([]);
    expect(now).not.toHaveBeenCalled();
  });

  test("console is the default logger", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { bedrock } = client(
      { logLevel: "warn", maxRetries: 1 },
      json({}, 503, { "retry-after-ms": "0" }),
    );
    await bedrock.templates.list().catch(() => {});
    expect(warn).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledOnce();
  });
});

describe("secrets never show", () => {
  const password = "correct-horse-battery-staple";
  const secrets = [apiKey, token, password];
  const expectNoSecret = (text: string) => {
    for (const secret of secrets) expect(text).not.toContain(secret);
  };

  test("JSON.stringify and util.inspect of a client", () => {
    const { bedrock } = client({ apiKey, token, organizationId: "org_1" });
    const json = JSON.stringify(bedrock);
    expect(JSON.parse(json)).toEqual({
      baseUrl: "https://bedrock.test",
      organizationId: "org_1",
      apiKey: "[redacted]",
      token: "[redacted]",
    });
    expectNoSecret(json);
    const shown = inspect(bedrock, { depth: 10, showHidden: true });
    expect(shown).toContain("Bedrock {");
    expectNoSecret(shown);
    expectNoSecret(inspect({ nested: { bedrock } }, { depth: 10 }));
    expectNoSecret(String(bedrock));
  });

  test("errors, their inspection and every log line", async () => {
    const { lines, logger } = recorder();
    const unauthorized = json({ detail: "Invalid token." }, 401, { "WWW-Authenticate": "Token" });
    const withToken = client(
      { apiKey: undefined, token, logLevel: "debug", logger, maxRetries: 1 },
      unauthorized,
    );
    const errors = [
      await withToken.bedrock.agents.list().catch((e: unknown) => e),
      await withToken.bedrock.auth.me().catch((e: unknown) => e),
    ];
    const withKey = client(
      { apiKey, logLevel: "debug", logger, maxRetries: 1 },
      json({}, 503, { "retry-after-ms": "0" }),
    );
    errors.push(await withKey.bedrock.templates.list().catch((e: unknown) => e));
    const login = mockFetch(json({ password: ["Too common."] }, 400));
    errors.push(
      await Bedrock.login(
        { email: "a@b.test", password },
        { fetch: login.fetch, logLevel: "debug", logger },
      ).catch((e: unknown) => e),
    );
    expect(lines.length).toBeGreaterThan(4);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expectNoSecret((error as Error).message);
      expectNoSecret(inspect(error, { depth: 10, showHidden: true }));
      expectNoSecret(JSON.stringify(error));
    }
    for (const line of lines) expectNoSecret(line);
  });
});
