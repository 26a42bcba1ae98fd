// The same rules hold in-process (stub.fetch) and over HTTP (stub.listen()): idempotency, the
// key lifecycle, the request limits and the throttles, each run once per transport. (Roles,
// isolation, authentication and error shapes: the conformance kit, both ways, in
// test/conformance/stub.test.ts.)
import { describe, expect, it } from "vitest";
import { bearer, newOrganization, stubVia, TRANSPORTS, type Transport } from "./helpers";

const O = "/api/organizations";

describe.each(TRANSPORTS)("over %s", (transport: Transport) => {
  it("replays an idempotent request, and refuses the key for another one", async () => {
    const { stub, call } = await stubVia(transport);
    const auth = bearer(stub.apiKey);
    const send = (name: string) =>
      call("POST", "/api/templates/", {
        auth,
        body: { name },
        headers: { "Idempotency-Key": `both-ways-${transport}` },
      });
    const first = await send("once");
    const again = await send("once");
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await send("another")).status).toBe(422);
    const names = stub.store.rows("Template").map((row) => row.data.name);
    expect(names.filter((name) => name === "once")).toHaveLength(1);
  });

  it("takes a key through its life: created, used, rotated with a grace, revoked", async () => {
    const { call } = await stubVia(transport);
    const owner = await newOrganization(call);
    const agents = (key: string) => call("GET", "/api/agents/", { auth: key });
    const created = await call("POST", `${O}/api-keys/`, {
      auth: owner.token,
      body: { name: "k" },
    });
    expect((await agents(bearer(created.body.key))).status).toBe(200);
    const rotated = await call("POST", `${O}/api-keys/${created.body.id}/rotate/`, {
      auth: owner.token,
      body: { grace_seconds: 600 },
    });
    expect(rotated.status).toBe(201);
    expect((await agents(bearer(created.body.key))).status).toBe(200);
    expect((await agents(bearer(rotated.body.key))).status).toBe(200);
    await call("DELETE", `${O}/api-keys/${rotated.body.id}/`, { auth: owner.token });
    const refused = await agents(bearer(rotated.body.key));
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ detail: "API key has been revoked." });
  });

  it("holds the request limits the contract declares", async () => {
    const { stub, call } = await stubVia(transport);
    const auth = bearer(stub.apiKey);
    const big = await call("POST", "/api/templates/", {
      auth,
      body: { name: "big", description: "a".repeat(1024 * 1024) },
    });
    expect(big.status).toBe(413);
    const deep = await call("POST", "/api/agents/", {
      auth,
      body: {
        name: "deep",
        template: "x",
        input: JSON.parse(`${"[".repeat(40)}${"]".repeat(40)}`),
      },
    });
    expect(deep.status).toBe(400);
    const page = await call("GET", "/api/templates/?page_size=100000", { auth });
    expect(page.status).toBe(400);
  });

  it("throttles per caller and locks out failed authentication when asked", async () => {
    const { stub, call } = await stubVia(transport, {
      throttle: { rate: 0.01, burst: 2 },
      failedAuth: { limit: 2, seconds: 60 },
    });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await call("GET", "/api/agents/", { auth: bearer(stub.apiKey) })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const wrong = () => call("GET", "/api/templates/", { auth: "Bearer wrong-key" });
    expect([(await wrong()).status, (await wrong()).status]).toEqual([401, 401]);
    const locked = await call("GET", "/api/templates/", { auth: `Token ${stub.token}` });
    expect(locked.status).toBe(429);
    expect(locked.body.detail).toMatch(/^Too many failed authentication attempts/);
  });
});
