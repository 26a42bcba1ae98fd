// The kit against deliberately broken servers, one break at a time: each is the stub with a
// handler overridden, or the stub behind a proxy (a fetch that rewrites what the stub answers).
// Against each the kit must fail, and the failure must name the rule the break goes against.
import { expect, it } from "vitest";
import type { Result } from "../../src/conformance/check";
import { type KitOptions, runConformance } from "../../src/conformance/kit";
import { resultLine } from "../../src/conformance/report";
import { createStub, type HandlerOverrides } from "../../src/stub";
import { handlers as stubHandlers } from "../../src/stub/handlers";
import { notFound } from "../../src/stub/handlers/types";

/** As `npm start` runs it: throttled (so every answer announces the rate limit), guesses locked out. */
const guarded = { seed: false, throttle: true, failedAuth: true } as const;

/** The kit's options for an in-process stub with `handlers` in place of its own. */
async function brokenStub(handlers: HandlerOverrides = {}): Promise<KitOptions> {
  const stub = await createStub({ ...guarded, handlers });
  return { baseUrl: stub.baseUrl, fetch: stub.fetch };
}

async function failures(options: KitOptions): Promise<Result[]> {
  const summary = await runConformance(options);
  expect(summary.failed, "the kit fails a broken server").toBeGreaterThan(0);
  return summary.results.filter((r) => r.outcome.status === "failed");
}

/** The failure of the check named `name`, whose text names `rule`. */
function expectFailure(results: Result[], name: string, rule: RegExp) {
  const failed = results.find((r) => `${r.group} › ${r.name}` === name);
  expect(
    failed,
    `${name} fails; the failures:\n${results.map(resultLine).join("\n")}`,
  ).toBeDefined();
  expect(resultLine(failed as Result)).toMatch(rule);
}

/** The stub behind a proxy: a fetch that passes the stub's answers through `rewrite`. */
async function proxied(
  rewrite: (request: Request, response: Response) => Promise<Response>,
): Promise<KitOptions> {
  const stub = await createStub(guarded);
  const fetcher: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    return rewrite(request, await stub.fetch(request.clone()));
  };
  return { baseUrl: stub.baseUrl, fetch: fetcher };
}

it("a server that drops X-Request-Id fails, naming the rule", async () => {
  const server = await proxied(async (_request, response) => {
    const headers = new Headers(response.headers);
    headers.delete("x-request-id");
    return new Response(response.body, { status: response.status, headers });
  });
  const results = await failures({ ...server, only: ["errors"] });
  expectFailure(
    results,
    'errors › getTemplate: an id that exists nowhere → 404 {"detail"}',
    /every answer carries X-Request-Id/,
  );
  expectFailure(
    results,
    "errors › X-Request-Id is the server's own, never one the client sent",
    /X-Request-Id is the id the server gave the request/,
  );
});

it("a server that passes a client's X-Request-Id off as its own fails, naming the rule", async () => {
  const server = await proxied(async (request, response) => {
    const headers = new Headers(response.headers);
    const sent = request.headers.get("x-request-id");
    if (sent) headers.set("x-request-id", sent);
    return new Response(response.body, { status: response.status, headers });
  });
  const results = await failures({ ...server, only: ["errors"] });
  expectFailure(
    results,
    "errors › X-Request-Id is the server's own, never one the client sent",
    /not the client's/,
  );
});

it("a server that answers another organization's object fails, naming the rule", async () => {
  const server = await brokenStub({
    getTemplate: ({ params, store }) => {
      const row = store.table("Template").get(params.id);
      if (!row) throw notFound();
      return { status: 200, body: row.data };
    },
  });
  const results = await failures({ ...server, only: ["isolation"] });
  expectFailure(
    results,
    "isolation › getTemplate on another organization's object → 403",
    /another organization is a 403 \(expected 403, got 200\)[\s\S]*sent: GET \/api\/templates\//,
  );
});

it("a server that lets a member create a key fails, naming the rule", async () => {
  const server = await brokenStub({
    // the member is taken for an admin
    createApiKey: (ctx) => {
      const orgs = new Map(
        [...ctx.caller.orgs].map(
          ([org, role]) => [org, role === "member" ? "admin" : role] as const,
        ),
      );
      return stubHandlers.createApiKey({ ...ctx, caller: { ...ctx.caller, orgs } });
    },
  });
  const results = await failures({ ...server, only: ["roles"] });
  expectFailure(
    results,
    "roles › member: create an API key → 403",
    /roles table `keys\.manage`: member → no \(expected 403, got 201\)/,
  );
  // what came back shows the new key only redacted
  expect(results.map(resultLine).join("\n")).not.toMatch(/"key":"(?!\[redacted\])/);
});

it("a server that forgets the last-owner rule fails, naming the rule", async () => {
  const server = await brokenStub({
    // an owner may demote themselves, last owner or not
    updateMember: (ctx) => {
      const row = ctx.store.table("Membership").get(ctx.params.id);
      if (row && ctx.body.role && row.data.user.id === ctx.caller.user?.data.id) {
        row.data.role = ctx.body.role;
        return { status: 200, body: row.data };
      }
      return stubHandlers.updateMember(ctx);
    },
  });
  const results = await failures({ ...server, only: ["roles"] });
  expectFailure(
    results,
    "roles › the last owner cannot demote themselves → 400",
    /always keeps an owner.*\(expected 400, got 200\)/,
  );
});

it("a server that returns a field of the wrong type fails, naming the rule", async () => {
  const server = await proxied(async (request, response) => {
    if (
      request.method !== "GET" ||
      !/\/api\/templates\/[^/]+\/$/.test(new URL(request.url).pathname)
    )
      return response;
    const body = await response.json();
    return Response.json(
      { ...body, name: 42 },
      { status: response.status, headers: response.headers },
    );
  });
  const results = await failures({ ...server, only: ["isolation"] });
  expectFailure(
    results,
    "isolation › replaceTemplate on another organization's object → 403",
    /contract: the 200 body of getTemplate breaks its schema: body\/name must be string/,
  );
});

it("a server that replays an idempotent answer to another caller fails, naming the rule", async () => {
  // a caching proxy keyed by Idempotency-Key alone, whoever sends it
  const kept = new Map<string, { status: number; text: string; headers: Headers }>();
  const server = await proxied(async (request, response) => {
    const key = request.headers.get("idempotency-key");
    if (!key) return response;
    const first = kept.get(key);
    if (first) {
      const headers = new Headers(first.headers);
      headers.set("idempotent-replayed", "true");
      return new Response(first.text, { status: first.status, headers });
    }
    const text = await response.text();
    kept.set(key, { status: response.status, text, headers: response.headers });
    return new Response(text, { status: response.status, headers: response.headers });
  });
  const results = await failures({ ...server, only: ["idempotency"] });
  expectFailure(
    results,
    "idempotency › the key reused by another user of the organization → 422, not the first answer",
    /idempotent replays go to the same caller only.*\(expected 422, got 201\)/,
  );
});

it("a server that shows a key again after its creation fails, naming the rule", async () => {
  // a proxy that remembers each new key and adds it to every later read of that key
  const keys = new Map<string, string>();
  const server = await proxied(async (request, response) => {
    const path = new URL(request.url).pathname;
    if (!path.startsWith("/api/organizations/api-keys/")) return response;
    const body = await response.json().catch(() => undefined);
    if (request.method === "POST" && body?.key) keys.set(body.id, body.key);
    if (request.method === "GET" && body?.id && keys.has(body.id)) body.key = keys.get(body.id);
    return Response.json(body, { status: response.status, headers: response.headers });
  });
  const results = await failures({ ...server, only: ["keys"] });
  const failed = results.find((r) => r.name.startsWith("a new key is long_term"));
  expect(failed && resultLine(failed)).toMatch(
    /no answer shows a secret .* but the one it creates/,
  );
  expect(results.map(resultLine).join("\n")).not.toMatch(/"key":"(?!\[redacted\])/);
});

it("a server that deletes what is still referred to fails, naming the rule", async () => {
  const server = await brokenStub({
    // the template goes whatever refers to it
    deleteTemplate: ({ params, store }) => {
      store.delete("Template", params.id);
      return { status: 204 };
    },
  });
  const results = await failures({ ...server, only: ["delete"] });
  expectFailure(
    results,
    "delete › deleting a Template that an Agent refers to (template, protect) → 409 naming it",
    /x-on-delete protect: deleting a Template an Agent refers to is a 409 \(expected 409, got 204\)/,
  );
});

it("a server that leaves writes out of the audit trail fails, naming the rule", async () => {
  // a proxy that drops template events from the trail
  const server = await proxied(async (request, response) => {
    if (!new URL(request.url).pathname.startsWith("/api/organizations/audit-events/"))
      return response;
    const body = await response.json();
    const results = body.results?.filter(
      (e: { action: string }) => !e.action.startsWith("template."),
    );
    return Response.json(results ? { ...body, results } : body, {
      status: response.status,
      headers: response.headers,
    });
  });
  const results = await failures({ ...server, only: ["audit"] });
  expectFailure(
    results,
    "audit › createTemplate leaves an event with its request id",
    /every successful write is recorded in the audit trail with the request id/,
  );
  expect(results.some((r) => r.name === "createAgent leaves an event with its request id")).toBe(
    false,
  );
});

it("a server whose count is off by one fails, naming the rule", async () => {
  const server = await proxied(async (request, response) => {
    if (request.method !== "GET" || new URL(request.url).pathname !== "/api/templates/")
      return response;
    const body = await response.json();
    return Response.json(
      { ...body, count: body.count + 1 },
      { status: response.status, headers: response.headers },
    );
  });
  const results = await failures({ ...server, only: ["pagination"] });
  expectFailure(
    results,
    "pagination › count counts every object; next and previous walk 5 objects 2 a page",
    /count is the number of objects in the whole list \(5\)/,
  );
});
