// One rule for deleting what others refer to, as the contract writes it (`x-references`,
// `x-on-delete`): PROTECT answers 409 naming the referrers, CASCADE takes the agent's runs and
// traces with it. No object is ever left referring to one that is gone.
import { describe, expect, it } from "vitest";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { BUILTIN_ADAPTER, type Call, newOrganization, stubFor } from "./helpers";

const { call } = await stubFor();

const create = async (call: Call, auth: string, path: string, body: object) => {
  const res = await call("POST", path, { auth, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};

describe("deleting what others refer to", () => {
  it("declares the rule in the contract: every reference, protect or cascade, and 409 where it refuses", () => {
    const schemas = contract.components.schemas as Record<
      string,
      { properties?: Record<string, Record<string, unknown>> }
    >;
    const declared = Object.entries(schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([, property]) => property["x-references"])
        .map(([field, p]) => `${name}.${field} → ${p["x-references"]} (${p["x-on-delete"]})`),
    );
    expect(declared.sort()).toEqual([
      "AdapterConfig.adapter → Adapter (protect)",
      "AdapterConfig.template → Template (protect)",
      "Agent.template → Template (protect)",
      "AgentRun.agent → Agent (cascade)",
      "AgentRun.trace → Trace (cascade)",
      "Document.project → Project (protect)",
      "Message.contact → Contact (protect)",
      "Trace.agent → Agent (cascade)",
      "Trace.run → AgentRun (cascade)",
    ]);
    const paths = contract.paths as Record<
      string,
      Record<string, { operationId: string; responses: Record<string, unknown> }>
    >;
    const refusing = Object.values(paths)
      .flatMap((item) => Object.values(item))
      // the delete rule's 409 (`Conflict`), not an Idempotency-Key's (`IdempotencyInFlight`)
      .filter((op) =>
        String((op.responses?.["409"] as { $ref?: string } | undefined)?.$ref ?? "").endsWith(
          "/Conflict",
        ),
      )
      .map((op) => op.operationId);
    expect(refusing.sort()).toEqual([
      "deleteAdapter",
      "deleteContact",
      "deleteProject",
      "deleteTemplate",
    ]);
  });

  it("refuses to delete a template its agents and adapter configs use, naming them, then deletes it once they are gone", async () => {
    const { key } = await newOrganization(call);
    const template = await create(call, key, "/api/templates/", { name: "used" });
    const agents = [
      await create(call, key, "/api/agents/", { name: "a1", template }),
      await create(call, key, "/api/agents/", { name: "a2", template }),
    ];
    const config = await create(call, key, "/api/adapter-configs/", {
      template,
      adapter: BUILTIN_ADAPTER,
    });
    const refused = await call("DELETE", `/api/templates/${template}/`, { auth: key });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      detail: `Cannot delete this template: 2 agents (${agents.join(", ")}) and 1 adapter config (${config}) still refer to it.`,
    });
    expect((await call("GET", `/api/templates/${template}/`, { auth: key })).status).toBe(200);

    for (const agent of agents)
      expect((await call("DELETE", `/api/agents/${agent}/`, { auth: key })).status).toBe(204);
    expect((await call("DELETE", `/api/adapter-configs/${config}/`, { auth: key })).status).toBe(
      204,
    );
    expect((await call("DELETE", `/api/templates/${template}/`, { auth: key })).status).toBe(204);
  });

  it("read right in a refused delete: one referrer, several, and of two kinds", async () => {
    const { key } = await newOrganization(call);
    const detail = async (path: string) =>
      (await call("DELETE", path, { auth: key })).body.detail as string;
    const template = await create(call, key, "/api/templates/", { name: "t" });
    const config = await create(call, key, "/api/adapter-configs/", {
      template,
      adapter: BUILTIN_ADAPTER,
    });
    expect(await detail(`/api/templates/${template}/`)).toBe(
      `Cannot delete this template: 1 adapter config (${config}) still refers to it.`,
    );
    const other = await create(call, key, "/api/templates/", { name: "u" });
    const configs = [
      await create(call, key, "/api/adapter-configs/", {
        template: other,
        adapter: BUILTIN_ADAPTER,
      }),
      await create(call, key, "/api/adapter-configs/", {
        template: other,
        adapter: BUILTIN_ADAPTER,
      }),
    ];
    expect(await detail(`/api/templates/${other}/`)).toBe(
      `Cannot delete this template: 2 adapter configs (${configs.join(", ")}) still refer to it.`,
    );
    const agent = await create(call, key, "/api/agents/", { name: "a", template });
    expect(await detail(`/api/templates/${template}/`)).toBe(
      `Cannot delete this template: 1 agent (${agent}) and 1 adapter config (${config}) still refer to it.`,
    );
  });
  it("lets an agent move to another template, after which the first one can go", async () => {
    const { key } = await newOrganization(call);
    const [first, second] = [
      await create(call, key, "/api/templates/", { name: "first" }),
      await create(call, key, "/api/templates/", { name: "second" }),
    ];
    const agent = await create(call, key, "/api/agents/", { name: "mover", template: first });
    expect((await call("DELETE", `/api/templates/${first}/`, { auth: key })).status).toBe(409);
    await call("PATCH", `/api/agents/${agent}/`, { auth: key, body: { template: second } });
    expect((await call("DELETE", `/api/templates/${first}/`, { auth: key })).status).toBe(204);
  });

  it("deletes an agent with its runs and traces", async () => {
    const { key } = await newOrganization(call);
    const template = await create(call, key, "/api/templates/", { name: "t" });
    const agent = await create(call, key, "/api/agents/", { name: "runner", template });
    const run = await call("POST", `/api/agents/${agent}/run/`, { auth: key, body: {} });
    const extra = await create(call, key, "/api/traces/", { agent, name: "by hand" });
    expect((await call("DELETE", `/api/agents/${agent}/`, { auth: key })).status).toBe(204);
    for (const trace of [run.body.trace, extra])
      expect((await call("GET", `/api/traces/${trace}/`, { auth: key })).status).toBe(404);
    const traces = await call("GET", `/api/traces/?agent=${agent}`, { auth: key });
    expect(traces.body.count).toBe(0);
    // and the template is free again
    expect((await call("DELETE", `/api/templates/${template}/`, { auth: key })).status).toBe(204);
  });

  it("protects contacts with messages, projects with documents and adapters with configs", async () => {
    const { key } = await newOrganization(call);
    const contact = await create(call, key, "/api/adapter-state/contacts/", { name: "c" });
    const message = await create(call, key, "/api/adapter-state/messages/", { contact });
    const project = await create(call, key, "/api/adapter-state/projects/", { name: "p" });
    const document = await create(call, key, "/api/adapter-state/documents/", {
      title: "d",
      project,
    });
    const adapter = await create(call, key, "/api/adapters/", { name: "mine", kind: "http" });
    const template = await create(call, key, "/api/templates/", { name: "t" });
    const config = await create(call, key, "/api/adapter-configs/", { template, adapter });
    const cases = [
      ["/api/adapter-state/contacts/", contact, `1 message (${message})`],
      ["/api/adapter-state/projects/", project, `1 document (${document})`],
      ["/api/adapters/", adapter, `1 adapter config (${config})`],
    ] as const;
    for (const [path, id, referrer] of cases) {
      const res = await call("DELETE", `${path}${id}/`, { auth: key });
      expect(res.status, path).toBe(409);
      expect(res.body.detail, path).toContain(`: ${referrer} still refers to it.`);
    }
    // a document that leaves its project frees it
    await call("PATCH", `/api/adapter-state/documents/${document}/`, {
      auth: key,
      body: { project: null },
    });
    const freed = await call("DELETE", `/api/adapter-state/projects/${project}/`, { auth: key });
    expect(freed.status).toBe(204);
  });

  it("lists at most three ids per kind of referrer", async () => {
    const { key } = await newOrganization(call);
    const template = await create(call, key, "/api/templates/", { name: "popular" });
    for (let i = 0; i < 5; i++)
      await create(call, key, "/api/agents/", { name: `a${i}`, template });
    const res = await call("DELETE", `/api/templates/${template}/`, { auth: key });
    expect(res.body.detail).toMatch(
      /: 5 agents \([\w-]+, [\w-]+, [\w-]+, …\) still refer to it\.$/,
    );
  });
});
