// The audit trail holds no secret at any depth, and its request ids are the server's: a field
// whose name marks a secret is left out wherever it sits in `changes` (an adapter config's
// free-form `config`, nested objects, arrays), and a client's X-Request-Id is never recorded
// as the id the server gave the request.
import { describe, expect, it } from "vitest";
import { isSecretField, withoutSecrets } from "../../src/stub/audit";
import { BUILTIN_ADAPTER, newOrganization, stubWithStore } from "./helpers";

const { call, store } = await stubWithStore({ seed: false });
const EVENTS = "/api/organizations/audit-events/";

/** Every event of an organization, as stored (not only as the API pages them). */
const trail = (org: string) => store.rows("AuditEvent", () => true, org).map((row) => row.data);

describe("the audit trail's changes", () => {
  it("leave out secrets at any depth of an adapter config's config, objects and arrays alike", async () => {
    const org = await newOrganization(call);
    const template = await call("POST", "/api/templates/", { auth: org.key, body: { name: "T" } });
    const secrets = [
      "sk-live-0001",
      "hunter2-0002",
      "AKIA-0003",
      "xoxb-0004",
      "ghp-0005",
      "pem-0006",
      "basic-0007",
      "pw-0008",
    ];
    const config = {
      api_key: secrets[0],
      region: "eu-west-1",
      smtp: { host: "mail", password: secrets[1], port: 587 },
      aws: [{ Access_Key: secrets[2], secretAccessKey: secrets[2], bucket: "b" }],
      slack: { botToken: secrets[3], channels: ["#ops"] },
      github: { "X-Auth-Token": secrets[4], AUTHORIZATION: secrets[6] },
      tls: { private_key: secrets[5] },
      accounts: [[{ name: "a", db_password: secrets[7], credentials: { user: "u" } }]],
      max_tokens: 1000,
      api_keys_enabled: true,
    };
    const created = await call("POST", "/api/adapter-configs/", {
      auth: org.key,
      body: { template: template.body.id, adapter: BUILTIN_ADAPTER, config },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const patched = await call("PATCH", `/api/adapter-configs/${created.body.id}/`, {
      auth: org.key,
      body: { config: { nested: { deeper: { client_secret: secrets[0], keep: 1 } } } },
    });
    expect(patched.status).toBe(200);

    const events = trail(org.org).filter((e) => e.target.id === created.body.id);
    expect(events.map((e) => e.action).sort()).toEqual([
      "adapter_config.created",
      "adapter_config.updated",
    ]);
    const recorded = JSON.stringify(events);
    for (const secret of secrets) expect(recorded).not.toContain(secret);
    const created_ = events.find((e) => e.action === "adapter_config.created");
    expect(created_?.changes?.config).toEqual({
      region: "eu-west-1",
      smtp: { host: "mail", port: 587 },
      aws: [{ bucket: "b" }],
      slack: { channels: ["#ops"] },
      github: {},
      tls: {},
      accounts: [[{ name: "a" }]],
      max_tokens: 1000,
      api_keys_enabled: true,
    });
    // and the same through the API
    const listed = await call("GET", `${EVENTS}?target_id=${created.body.id}`, { auth: org.key });
    for (const secret of secrets) expect(JSON.stringify(listed.body)).not.toContain(secret);
  });

  it("tell secret names by their last word, in any case and spelling", () => {
    const secret = [
      "password",
      "PASSWORD",
      "secret",
      "token",
      "key",
      "api_key",
      "apiKey",
      "APIKEY",
      "x-api-key",
      "db_password",
      "client_secret",
      "refresh_token",
      "accessToken",
      "access_key",
      "private_key",
      "credentials",
      "Authorization",
      "secret_key",
      "passphrase",
    ];
    const plain = ["name", "api_keys_enabled", "key_id", "max_tokens", "monkey", "tokenizer"];
    for (const name of secret) expect(isSecretField(name), name).toBe(true);
    for (const name of plain) expect(isSecretField(name), name).toBe(false);
    expect(withoutSecrets([{ a: { token: "t", b: [{ key: "k", c: 1 }] } }])).toEqual([
      { a: { b: [{ c: 1 }] } },
    ]);
  });
});

describe("an audit event's request_id", () => {
  it("is the id the server gave the request, never a client's X-Request-Id", async () => {
    const org = await newOrganization(call);
    const claimed = "req_11111111-2222-3333-4444-555555555555";
    const res = await call("POST", "/api/templates/", {
      auth: org.key,
      body: { name: "T" },
      headers: { "X-Request-Id": claimed },
    });
    const served = res.headers.get("x-request-id");
    expect(served).not.toBe(claimed);
    const event = trail(org.org).find((e) => e.target.id === res.body.id);
    expect(event?.request_id).toBe(served);
    expect(JSON.stringify(trail(org.org))).not.toContain(claimed);
  });
});
