// The stub against a hostile client, over raw HTTP: nothing a request carries crashes it or
// shapes its routing and links, a slow or vanishing client is bounded and logged honestly,
// and bodies are read as strictly as DRF reads them. After every attack, it still answers.
import { describe, expect, it } from "vitest";
import { startStub } from "../../src/stub";
import { type CoreHandle, createNodeServer } from "../../src/stub/node";
import { bearer, type Call, caller, demo, stubFor } from "./helpers";
import { open, raw, request } from "./raw";

const lines: string[] = [];
const { stub, call } = await stubFor({ log: (line) => lines.push(line) });
const key = bearer(stub.apiKey);
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** The stub still serves: the check after each attack. */
async function alive(api: Call = call, auth = key) {
  expect((await api("GET", "/api/templates/", { auth })).status).toBe(200);
}
/** `depth` levels of objects around `leaf` (too deep for JSON.stringify past a few thousand). */
const nested = (depth: number, leaf: unknown = 1): unknown =>
  Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), leaf);
/** `depth` levels of arrays as JSON text, built without recursion. */
const deepText = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("no request crashes the stub", () => {
  it("answers a deeply nested body with 400 on that field (5,000 levels, ~10 kB)", async () => {
    const res = await raw(stub.url, [
      request(
        "POST",
        "/api/templates/",
        { Authorization: key, "Content-Type": "application/json" },
        `{"name":"deep","definition":${deepText(5000)}}`,
      ),
    ]);
    expect(res?.status).toBe(400);
    expect(res?.body).toEqual({
      definition: ["Nested too deeply: at most 32 levels of objects and arrays."],
    });
    expect(res?.headers["x-request-id"]).toBeTruthy();
    await alive();
  });

  it("does the same through a run's input, and for a body as deep as 1 MiB allows", async () => {
    const run = await raw(stub.url, [
      request(
        "POST",
        `/api/agents/${demo("Agent")}/run/`,
        { Authorization: key, "Content-Type": "application/json" },
        `{"input":${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}`,
      ),
    ]);
    expect(run?.status).toBe(400);
    expect(run?.body).toEqual({
      input: ["Nested too deeply: at most 32 levels of objects and arrays."],
    });
    const huge = await raw(stub.url, [
      request(
        "POST",
        "/api/templates/",
        { Authorization: key, "Content-Type": "application/json" },
        deepText(500_000),
      ),
    ]);
    expect(huge?.status).toBe(400);
    expect(huge?.body).toEqual({
      non_field_errors: ["Nested too deeply: at most 32 levels of objects and arrays."],
    });
    await alive();
  });

  it("accepts nesting up to the limit the contract declares, and stores it", async () => {
    const limit = (await (await fetch(`${stub.url}/openapi.json`)).json())["x-request-limits"];
    expect(limit).toMatchObject({ maxBodyBytes: 1048576, maxJsonDepth: 32 });
    // the body is level 1, definition 2, its free-form metadata 3: 32 levels of objects
    const ok = await call("POST", "/api/templates/", {
      auth: key,
      body: { name: "at the limit", definition: { metadata: nested(29, {}) } },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.definition).toEqual({ metadata: nested(29, {}) });
    const over = await call("POST", "/api/templates/", {
      auth: key,
      body: { name: "one more", definition: { metadata: nested(30, {}) } },
    });
    expect(over.status).toBe(400);
  });

  describe("a failing handler or answer is a JSON 500 with the request id and one log line", () => {
    const circular: Record<string, unknown> = { name: "loop" };
    circular.self = circular;
    const failures = {
      "a throwing handler": () => {
        throw new Error("boom");
      },
      "a rejecting handler": async () => {
        throw new TypeError("async boom");
      },
      "a handler throwing a non-Error": () => {
        throw "just a string";
      },
      "a circular answer": () => ({ status: 200, body: circular }),
      "a BigInt in the answer": () => ({ status: 200, body: { count: 10n } }),
      "an answer too deep to serialize": () => ({ status: 200, body: nested(20_000) }),
      "a header no HTTP response can carry": () => ({
        status: 200,
        body: {},
        headers: { "X-Bad": "line\r\nbreak" },
      }),
      "a header value past Latin-1, which Node cannot write": () => ({
        status: 200,
        body: {},
        headers: { "X-Bad": "caf\u00e9 \u2014 on the wire" },
      }),
      "a header name that is no token": () => ({
        status: 200,
        body: {},
        headers: { "X Bad": "1" },
      }),
      "an unknown status": () => ({ status: 1000, body: {} }),
      "a body on a status that has none": () => ({ status: 204, body: { gone: true } }),
    };
    for (const [name, handler] of Object.entries(failures)) {
      it(name, async () => {
        const log: string[] = [];
        const failing = await startStub({
          log: (line) => log.push(line),
          handlers: { listTemplates: handler as never },
        });
        try {
          const api = caller(failing.url);
          const res = await api("GET", "/api/templates/", { auth: bearer(failing.apiKey) });
          expect(res.status).toBe(500);
          expect(res.body).toEqual({ detail: "Internal server error." });
          const id = res.headers.get("x-request-id") as string;
          expect(id).toMatch(/^req_/);
          expect(res.headers.get("content-type")).toBe("application/json");
          expect(res.headers.get("x-bad")).toBeNull();
          await settle();
          const errors = log.filter((line) => line.includes(id) && / error: /.test(line));
          expect(errors).toHaveLength(1);
          const logged = new RegExp(` 500 \\d+\\.\\dms ${id}$`);
          expect(log.filter((line) => logged.test(line))).toHaveLength(1);
          // and the stub lives on
          expect((await api("GET", "/api/agents/", { auth: bearer(failing.apiKey) })).status).toBe(
            200,
          );
        } finally {
          await failing.close();
        }
      });
    }
  });
});

describe("requests Node cannot parse", () => {
  it("answers oversized headers with 431 and a malformed request with 400, in JSON, and closes", async () => {
    const big = await raw(stub.url, [
      request("GET", "/api/templates/", { "X-Big": "a".repeat(20_000) }),
    ]);
    expect(big?.status).toBe(431);
    expect(big?.body).toEqual({ detail: "Request headers are too large." });
    expect(big?.headers["x-request-id"]).toMatch(/^req_/);
    expect(big?.closed).toBe(true);
    const garbage = await raw(stub.url, ["NOT HTTP AT ALL\r\n\r\n"]);
    expect(garbage?.status).toBe(400);
    expect(garbage?.body).toEqual({ detail: "Malformed HTTP request." });
    await alive();
  });
});

describe("methods", () => {
  it("answers a method fetch forbids (TRACE) like any method a path lacks: 405 with Allow, or 404", async () => {
    const [known, unknown] = await Promise.all([
      raw(stub.url, [request("TRACE", "/api/templates/", { Authorization: key })]),
      raw(stub.url, [request("TRACE", "/api/nowhere/", { Authorization: key })]),
    ]);
    expect(known?.status).toBe(405);
    expect(known?.headers.allow).toBe("GET, POST, HEAD, OPTIONS");
    expect(known?.body).toEqual({ detail: 'Method "TRACE" not allowed.' });
    expect(known?.headers["x-request-id"]).toMatch(/^req_/);
    expect(unknown?.status).toBe(404);
    await alive();
  });
});

describe("routing and links never trust Host", () => {
  it("routes on the request target's path alone", async () => {
    const docs = await raw(stub.url, [request("GET", "/zzz", { Host: "x/docs/index.html#" })]);
    expect(docs?.status).toBe(404);
    expect(docs?.body).toEqual({ detail: "Not found." });
    const list = await raw(stub.url, [
      request("GET", "/api/templates/?page_size=1", { Host: "x?", Authorization: key }),
    ]);
    expect(list?.status).toBe(200);
    for (const host of ["evil.test", "", "a b", "[::1", "127.0.0.1:1/api/agents/"]) {
      const res = await raw(stub.url, [
        request("GET", "/api/templates/?page_size=1", { Host: host, Authorization: key }),
      ]);
      // Node refuses some of these itself (400); none reaches another route or a 5xx
      expect([200, 400], host).toContain(res?.status);
      if (res?.status === 200) expect(res.body.next, host).toMatch(new RegExp(`^${stub.url}/`));
    }
  });

  it("builds next/previous from the stub's own address, whatever Host says", async () => {
    for (const name of ["one", "two", "three"])
      await call("POST", "/api/templates/", { auth: key, body: { name } });
    const res = await raw(stub.url, [
      request("GET", "/api/templates/?page_size=1&page=2", {
        Host: "attacker.example:666",
        Authorization: key,
      }),
    ]);
    expect(res?.body.next).toBe(`${stub.url}/api/templates/?page_size=1&page=3`);
    expect(res?.body.previous).toBe(`${stub.url}/api/templates/?page_size=1`);
  });

  it("takes the path of an absolute-form target and ignores its host", async () => {
    const res = await raw(stub.url, [
      request("GET", "http://attacker.example/api/templates/?page_size=1", { Authorization: key }),
    ]);
    expect(res?.status).toBe(200);
    expect(res?.body.next).toBe(`${stub.url}/api/templates/?page_size=1&page=2`);
    const odd = await raw(stub.url, [request("GET", "//attacker.example/api/templates/")]);
    expect(odd?.status).toBe(404);
  });

  it("logs the request target's path, not one made from Host", async () => {
    lines.length = 0;
    await raw(stub.url, [request("GET", "/zzz", { Host: "x/docs/index.html#" })]);
    await settle();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ GET \/zzz 404 /);
  });

  it("uses publicUrl for links behind a proxy, and refuses one that is not a base URL", async () => {
    const proxied = await startStub({ publicUrl: "https://bedrock.test/stub/" });
    try {
      const api = caller(proxied.url);
      await api("POST", "/api/templates/", { auth: bearer(proxied.apiKey), body: { name: "2" } });
      const res = await api("GET", "/api/templates/?page_size=1", {
        auth: bearer(proxied.apiKey),
      });
      expect(res.body.next).toBe("https://bedrock.test/stub/api/templates/?page_size=1&page=2");
    } finally {
      await proxied.close();
    }
    for (const publicUrl of ["bedrock.test", "ftp://bedrock.test", "https://bedrock.test/?a=1"])
      await expect(startStub({ publicUrl }), publicUrl).rejects.toThrow(/publicUrl/);
  });
});

describe("honest access log", () => {
  it("logs a request whose client vanished mid-body as aborted, with the bytes that arrived", async () => {
    lines.length = 0;
    const socket = await open(stub.url);
    socket.write(
      request(
        "POST",
        "/api/templates/",
        {
          Authorization: key,
          "Content-Type": "application/json",
          "Content-Length": "100",
        },
        '{"name":',
      ),
    );
    await settle();
    socket.destroy();
    await settle();
    expect(lines, lines.join("\n")).toHaveLength(1);
    expect(lines[0]).toMatch(
      / POST \/api\/templates\/ aborted \d+\.\dms req_[\w-]{36} after 8 body bytes$/,
    );
    expect(lines.join("\n")).not.toMatch(/error| 200 /);
    await alive();
  });
});

describe("bounded slow clients", () => {
  const slowLog: string[] = [];
  const quick = startStub({
    timeouts: { headers: 0.3, body: 0.3 },
    log: (line) => slowLog.push(line),
  });

  it("answers headers trickled past the header timeout with 408 and closes", async () => {
    const stubbed = await quick;
    const bytes = request("GET", "/api/templates/", { Authorization: bearer(stubbed.apiKey) });
    const parts = [...bytes.toString("latin1")].map((c) => Buffer.from(c, "latin1"));
    const res = await raw(stubbed.url, parts, 50);
    expect(res?.status).toBe(408);
    expect(res?.closed).toBe(true);
    expect(res?.body).toEqual({ detail: "The request took too long to arrive." });
    expect(res?.headers["x-request-id"]).toBeTruthy();
    await alive(caller(stubbed.url), bearer(stubbed.apiKey));
  });

  it("answers a body trickled past the body timeout with 408 and closes", async () => {
    const stubbed = await quick;
    slowLog.length = 0;
    const body = JSON.stringify({ name: "slow", description: "x".repeat(200) });
    const head = request(
      "POST",
      "/api/templates/",
      {
        Authorization: bearer(stubbed.apiKey),
        "Content-Type": "application/json",
        "Content-Length": String(body.length),
        Connection: "keep-alive",
      },
      "",
    );
    const parts = [head, ...(body.match(/.{1,4}/g) ?? []).map((c) => Buffer.from(c))];
    const res = await raw(stubbed.url, parts, 50);
    expect(res?.status).toBe(408);
    expect(res?.body).toEqual({ detail: "The request body took over 0.3 s." });
    expect(res?.headers.connection).toBe("close");
    expect(res?.closed).toBe(true);
    await settle();
    expect(slowLog.some((line) => / POST \/api\/templates\/ 408 /.test(line))).toBe(true);
    expect(slowLog.join("\n")).not.toMatch(/error/);
    await alive(caller(stubbed.url), bearer(stubbed.apiKey));
  });

  it("closes a connection that sends nothing", async () => {
    const stubbed = await quick;
    const socket = await open(stubbed.url);
    const closed = await new Promise<boolean>((resolve) => {
      socket.on("close", () => resolve(true));
      socket.on("error", () => {});
    });
    expect(closed).toBe(true);
    await (await quick).close();
  });

  it("caps concurrent connections: one more is closed, a freed slot serves again", async () => {
    const capped = await startStub({ maxConnections: 2 });
    try {
      const held = [await open(capped.url), await open(capped.url)];
      const third = await raw(capped.url, [
        request("GET", "/api/templates/", { Authorization: bearer(capped.apiKey) }),
      ]);
      expect(third).toBeUndefined(); // closed without an answer
      held[0]?.destroy();
      await settle();
      await alive(caller(capped.url), bearer(capped.apiKey));
      held[1]?.destroy();
    } finally {
      await capped.close();
    }
  });
});

describe("DRF strictness", () => {
  const post = (body: string | Buffer) =>
    raw(stub.url, [
      request(
        "POST",
        "/api/templates/",
        { Authorization: key, "Content-Type": "application/json" },
        body,
      ),
    ]);

  it("answers invalid UTF-8 with 400: on the field that holds it, or the whole body", async () => {
    const inName = await post(
      Buffer.concat([Buffer.from('{"name":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
    );
    expect(inName?.status).toBe(400);
    expect(inName?.body).toEqual({ name: ["Not valid UTF-8."] });
    const inDefinition = await post(
      Buffer.concat([
        Buffer.from('{"name":"ok","definition":{"k":"'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}}'),
      ]),
    );
    expect(inDefinition?.body).toEqual({ definition: ["Not valid UTF-8."] });
    const outside = await post(
      Buffer.concat([Buffer.from('{"name":"ok"'), Buffer.from([0xc0]), Buffer.from("}")]),
    );
    expect(outside?.status).toBe(400);
    expect(outside?.body).toEqual({ detail: "JSON parse error - the body is not valid UTF-8." });
    // the parse error quotes no part of the body (it may hold a password)
    const broken = await post('{"password": hunter2-secret}');
    expect(broken?.body.detail).toMatch(/^JSON parse error - /);
    expect(broken?.body.detail).not.toContain("hunter2");
    // a real U+FFFD, sent as valid UTF-8, is text like any other
    expect((await post('{"name":"\ufffd"}'))?.status).toBe(201);
    await alive();
  });

  it("answers non-finite numbers, NUL characters and unpaired surrogates with 400 field errors", async () => {
    const cases: [string, Record<string, string[]>][] = [
      [
        '{"name":"n","definition":{"temperature":1e400}}',
        { definition: ["Ensure this value is a finite number."] },
      ],
      [
        '{"name":"n","definition":[-1e999]}',
        { definition: ["Ensure this value is a finite number."] },
      ],
      ['{"name":"a\\u0000b"}', { name: ["Null characters are not allowed."] }],
      [
        '{"name":"n","definition":{"k\\u0000":1}}',
        { definition: ["Null characters are not allowed."] },
      ],
      ['{"name":"\\ud800"}', { name: ["Unpaired surrogate characters are not allowed."] }],
      [
        '{"name":"n","description":"\\udc00x"}',
        { description: ["Unpaired surrogate characters are not allowed."] },
      ],
    ];
    for (const [body, errors] of cases) {
      const res = await post(body);
      expect(res?.status, body).toBe(400);
      expect(res?.body, body).toEqual(errors);
    }
    // a surrogate pair is a character like any other
    expect((await post('{"name":"\\ud83d\\ude00"}'))?.status).toBe(201);
    await alive();
  });
});

describe("bounds a real server needs", () => {
  it("refuses more tags than an agent may have, sent at once or added by tag", async () => {
    const tags = Array.from({ length: 51 }, (_, i) => `t${i}`);
    const res = await call("POST", "/api/agents/", {
      auth: key,
      body: { name: "many", template: demo("Template"), tags },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ tags: ["Ensure this field has no more than 50 elements."] });
    const agent = await call("POST", "/api/agents/", {
      auth: key,
      body: { name: "some", template: demo("Template"), tags: tags.slice(0, 30) },
    });
    const added = await call("POST", `/api/agents/${agent.body.id}/tag/`, {
      auth: key,
      body: { tags: tags.slice(25) },
    });
    expect(added.status).toBe(400);
    expect(added.body).toEqual({ tags: ["An agent has at most 50 tags; this would make 51."] });
  });

  it("refuses an email over 254 characters and free text over its maxLength", async () => {
    const email = `${"a".repeat(10)}@${Array(4).fill("b".repeat(60)).join(".")}.test`;
    const res = await call("POST", "/api/organizations/auth/signup/", {
      body: { email, password: "password-123", name: "Long", organization_name: "Long" },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ email: ["Ensure this field has no more than 254 characters."] });
    const doc = await call("POST", "/api/adapter-state/documents/", {
      auth: key,
      body: { title: "big", content: "x".repeat(100_001) },
    });
    expect(doc.body).toEqual({
      content: ["Ensure this field has no more than 100000 characters."],
    });
  });
});

describe("the Node adapter's last line of defence", () => {
  it("answers whatever escapes the core with a JSON 500 that carries its request id", async () => {
    const broken: CoreHandle[] = [
      () => {
        throw new Error("core threw");
      },
      () => Promise.reject(new Error("core rejected")),
    ];
    for (const handle of broken) {
      const log: string[] = [];
      const server = createNodeServer(handle, { log: (line) => log.push(line) });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      try {
        const address = server.address() as { port: number };
        const res = await raw(`http://127.0.0.1:${address.port}`, [request("GET", "/x")]);
        expect(res?.status).toBe(500);
        expect(res?.body).toEqual({ detail: "Internal server error." });
        const id = res?.headers["x-request-id"] ?? "";
        expect(id).toMatch(/^req_[\w-]{36}$/);
        expect(log.some((line) => line.includes(id) && / error: /.test(line))).toBe(true);
      } finally {
        server.close();
      }
    }
  });
});
