// Organization resources: isolation between organizations, the generic CRUD semantics, the
// built-in adapters, agent actions and filters, and pagination.
import { get } from "node:http";
import { describe, expect, it } from "vitest";
import { BUILTIN_ADAPTER, demo, newOrganization, stubFor } from "./helpers";

const { stub, call } = await stubFor();

describe("organization isolation", () => {
  it("answers another organization's object in the path with 403, and none anywhere with 404", async () => {
    const { key } = await newOrganization(call);
    const paths = [
      `/api/templates/${demo("Template")}/`,
      `/api/agents/${demo("Agent")}/`,
      `/api/agents/${demo("Agent")}/run/`,
      `/api/traces/${demo("Trace")}/`,
      `/api/adapters/${demo("Adapter")}/`,
      `/api/adapter-configs/${demo("AdapterConfig")}/`,
      `/api/adapter-state/documents/${demo("Document")}/`,
      `/api/organizations/api-keys/${demo("ApiKey")}/`,
    ];
    for (const path of paths) {
      const method = path.endsWith("/run/") ? "POST" : "GET";
      expect((await call(method, path, { auth: key })).status, path).toBe(403);
    }
    expect(
      (await call("DELETE", `/api/templates/${demo("Template")}/`, { auth: key })).status,
    ).toBe(403);
    const missing = await call("GET", "/api/templates/00000000-0000-4000-8000-000000000000/", {
      auth: key,
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: "Not found." });
  });

  it("answers another organization's object referenced in a body with 400 on that field", async () => {
    const { key } = await newOrganization(call);
    const template = (await call("POST", "/api/templates/", { auth: key, body: { name: "t" } }))
      .body.id;
    const cases: [string, Record<string, unknown>, string][] = [
      ["/api/agents/", { name: "a", template: demo("Template") }, "template"],
      ["/api/traces/", { name: "t", agent: demo("Agent") }, "agent"],
      ["/api/adapter-state/documents/", { title: "d", project: demo("Project") }, "project"],
      ["/api/adapter-state/messages/", { contact: demo("Contact") }, "contact"],
      [
        "/api/adapter-configs/",
        { template: demo("Template"), adapter: BUILTIN_ADAPTER },
        "template",
      ],
      ["/api/adapter-configs/", { template, adapter: demo("Adapter") }, "adapter"],
    ];
    for (const [path, body, field] of cases) {
      const res = await call("POST", path, { auth: key, body });
      expect(res.status, path).toBe(400);
      expect(res.body).toEqual({
        [field]: [`Invalid pk "${body[field]}" - object does not exist.`],
      });
    }
    const agent = await call("POST", "/api/agents/", { auth: key, body: { name: "a", template } });
    const patch = await call("PATCH", `/api/agents/${agent.body.id}/`, {
      auth: key,
      body: { template: demo("Template") },
    });
    expect(patch.status).toBe(400);
    // a built-in adapter is everyone's
    const config = await call("POST", "/api/adapter-configs/", {
      auth: key,
      body: { template, adapter: BUILTIN_ADAPTER },
    });
    expect(config.status).toBe(201);
  });

  it("lists only the caller's organization's objects (and the built-in adapters)", async () => {
    const { key } = await newOrganization(call);
    for (const path of [
      "/api/templates/",
      "/api/agents/",
      "/api/traces/",
      "/api/adapter-state/contacts/",
    ])
      expect((await call("GET", path, { auth: key })).body.count, path).toBe(0);
    const adapters = await call("GET", "/api/adapters/", { auth: key });
    expect(adapters.body.results.map((a: { id: string }) => a.id)).toEqual([BUILTIN_ADAPTER]);
  });
});

describe("adapters", () => {
  it("refuses to delete a built-in adapter with 403 and deletes the organization's own", async () => {
    const { key } = await newOrganization(call);
    const builtin = await call("DELETE", `/api/adapters/${BUILTIN_ADAPTER}/`, { auth: key });
    expect(builtin.status).toBe(403);
    const own = await call("POST", "/api/adapters/", {
      auth: key,
      body: { name: "Hook", kind: "http" },
    });
    expect(own.body).toMatchObject({ is_builtin: false, description: "", config_schema: {} });
    expect((await call("DELETE", `/api/adapters/${own.body.id}/`, { auth: key })).status).toBe(204);
    expect((await call("GET", `/api/adapters/${own.body.id}/`, { auth: key })).status).toBe(404);
    expect(
      (await call("GET", `/api/adapters/${BUILTIN_ADAPTER}/`, { auth: key })).body.is_builtin,
    ).toBe(true);
  });
});

describe("create, replace, update, delete", () => {
  it("fills omitted fields the DRF way and sets the server's fields", async () => {
    const { key } = await newOrganization(call);
    const contact = await call("POST", "/api/adapter-state/contacts/", {
      auth: key,
      body: { name: "C" },
    });
    expect(contact.status).toBe(201);
    expect(contact.body).toMatchObject({ name: "C", email: null, phone: "", metadata: {} });
    expect(contact.body.created_at).toBe(contact.body.updated_at);
    const message = await call("POST", "/api/adapter-state/messages/", {
      auth: key,
      body: { contact: contact.body.id },
    });
    expect(message.body).toMatchObject({ channel: "chat", direction: "outbound", body: "" });
    expect(Date.parse(message.body.sent_at)).not.toBeNaN();
    const note = await call("POST", "/api/adapter-state/notifications/", {
      auth: key,
      body: { title: "N" },
    });
    expect(note.body).toMatchObject({ level: "info", read: false, body: "" });
  });

  it("PUT resets omitted fields to their defaults, PATCH changes only the fields sent", async () => {
    const { key } = await newOrganization(call);
    const created = await call("POST", "/api/adapter-state/projects/", {
      auth: key,
      body: { name: "P", description: "d", status: "archived" },
    });
    const path = `/api/adapter-state/projects/${created.body.id}/`;
    const patched = await call("PATCH", path, { auth: key, body: { name: "P2" } });
    expect(patched.body).toMatchObject({ name: "P2", description: "d", status: "archived" });
    expect(patched.body.created_at).toBe(created.body.created_at);
    const replaced = await call("PUT", path, { auth: key, body: { name: "P3" } });
    expect(replaced.body).toMatchObject({
      id: created.body.id,
      name: "P3",
      description: "",
      status: "active",
    });
    expect((await call("PUT", path, { auth: key, body: {} })).body).toEqual({
      name: ["This field is required."],
    });
    expect((await call("DELETE", path, { auth: key })).status).toBe(204);
    expect((await call("GET", path, { auth: key })).status).toBe(404);
  });
});

describe("agents", () => {
  async function setup() {
    const { key } = await newOrganization(call);
    const template = (await call("POST", "/api/templates/", { auth: key, body: { name: "t" } }))
      .body.id;
    const agent = await call("POST", "/api/agents/", {
      auth: key,
      body: { name: "a", template, tags: ["x"] },
    });
    return { key, template, agent: agent.body };
  }

  it("creates an idle agent; run answers 202 with a run and a trace, stop stops it", async () => {
    const { key, agent } = await setup();
    expect(agent).toMatchObject({ status: "idle", last_run_at: null, tags: ["x"], config: {} });
    const run = await call("POST", `/api/agents/${agent.id}/run/`, {
      auth: key,
      body: { input: { q: 1 } },
    });
    expect(run.status).toBe(202);
    expect(run.body).toMatchObject({
      agent: agent.id,
      status: "running",
      input: { q: 1 },
      output: null,
      ended_at: null,
    });
    const trace = await call("GET", `/api/traces/${run.body.trace}/`, { auth: key });
    expect(trace.body).toMatchObject({ agent: agent.id, run: run.body.id, status: "running" });
    const running = await call("GET", `/api/agents/${agent.id}/`, { auth: key });
    expect(running.body).toMatchObject({ status: "running", last_run_at: run.body.started_at });
    const bare = await call("POST", `/api/agents/${agent.id}/run/`, { auth: key });
    expect(bare.body.input).toEqual({});

    const stopped = await call("POST", `/api/agents/${agent.id}/stop/`, { auth: key });
    expect(stopped.status).toBe(200);
    expect(stopped.body.status).toBe("stopped");
    const ended = await call("GET", `/api/traces/${run.body.trace}/`, { auth: key });
    expect(ended.body.ended_at).not.toBeNull();
  });

  it("tag adds tags without duplicates", async () => {
    const { key, agent } = await setup();
    const tagged = await call("POST", `/api/agents/${agent.id}/tag/`, {
      auth: key,
      body: { tags: ["y", "x", "y"] },
    });
    expect(tagged.status).toBe(200);
    expect(tagged.body.tags).toEqual(["x", "y"]);
    expect(
      (await call("POST", `/api/agents/${agent.id}/tag/`, { auth: key, body: { tags: [] } }))
        .status,
    ).toBe(400);
  });

  it("lists filtered by status, tag and template; traces by agent", async () => {
    const { key, template, agent } = await setup();
    const other = (await call("POST", "/api/templates/", { auth: key, body: { name: "t2" } })).body
      .id;
    const second = (
      await call("POST", "/api/agents/", { auth: key, body: { name: "b", template: other } })
    ).body;
    await call("POST", `/api/agents/${second.id}/run/`, { auth: key });
    const names = async (query: string) =>
      (await call("GET", `/api/agents/?${query}`, { auth: key })).body.results.map(
        (a: { name: string }) => a.name,
      );
    expect(await names("status=running")).toEqual(["b"]);
    expect(await names("status=idle")).toEqual(["a"]);
    expect(await names("tag=x")).toEqual(["a"]);
    expect(await names(`template=${template}`)).toEqual(["a"]);
    expect(await names(`template=${other}&status=running`)).toEqual(["b"]);
    const traces = await call("GET", `/api/traces/?agent=${second.id}`, { auth: key });
    expect(traces.body.count).toBe(1);
    expect((await call("GET", `/api/traces/?agent=${agent.id}`, { auth: key })).body.count).toBe(0);
  });
});

describe("pagination and ordering", () => {
  it("pages with page/page_size, absolute next/previous URLs on the stub's address, and ordering", async () => {
    const { key } = await newOrganization(call);
    for (let i = 1; i <= 5; i++)
      await call("POST", "/api/templates/", { auth: key, body: { name: `t${i}` } });
    const names = (res: { body: { results: { name: string }[] } }) =>
      res.body.results.map((t) => t.name);

    const all = await call("GET", "/api/templates/", { auth: key });
    expect(all.body).toMatchObject({ count: 5, next: null, previous: null });
    expect(names(all)).toEqual(["t1", "t2", "t3", "t4", "t5"]);

    const first = await call("GET", "/api/templates/?page_size=2", { auth: key });
    expect(names(first)).toEqual(["t1", "t2"]);
    expect(first.body.next).toBe(`${stub.url}/api/templates/?page_size=2&page=2`);
    expect(first.body.previous).toBeNull();
    // a client's Host changes nothing (fetch will not send another Host: ask with node:http)
    const proxied = await new Promise<string>((resolve, reject) => {
      const url = `${stub.url}/api/templates/?page_size=2`;
      get(url, { headers: { Host: "api.example.test:9999", Authorization: key } }, (res) => {
        let text = "";
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve(JSON.parse(text).next));
      }).on("error", reject);
    });
    expect(proxied).toBe(`${stub.url}/api/templates/?page_size=2&page=2`);

    const middle = await call("GET", "/api/templates/?page_size=2&page=2", { auth: key });
    expect(names(middle)).toEqual(["t3", "t4"]);
    expect(middle.body.previous).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/templates\/\?page_size=2$/,
    );
    expect(middle.body.next).toMatch(/\/api\/templates\/\?page_size=2&page=3$/);

    const last = await call("GET", "/api/templates/?page_size=2&page=3&ordering=-created_at", {
      auth: key,
    });
    expect(names(last)).toEqual(["t1"]);
    expect(last.body.next).toBeNull();

    const beyond = await call("GET", "/api/templates/?page=4&page_size=2", { auth: key });
    expect(beyond.status).toBe(404);
    expect(beyond.body).toEqual({ detail: "Invalid page." });
  });

  it("defaults to 20 per page and allows at most 100", async () => {
    const { key } = await newOrganization(call);
    for (let i = 0; i < 21; i++)
      await call("POST", "/api/adapter-state/notifications/", {
        auth: key,
        body: { title: `n${i}` },
      });
    const page = await call("GET", "/api/adapter-state/notifications/", { auth: key });
    expect(page.body.results).toHaveLength(20);
    expect(page.body.next).toMatch(/\?page=2$/);
    expect(
      (await call("GET", "/api/adapter-state/notifications/?page_size=100", { auth: key })).body
        .results,
    ).toHaveLength(21);
    expect(
      (await call("GET", "/api/adapter-state/notifications/?page_size=101", { auth: key })).status,
    ).toBe(400);
  });
});
