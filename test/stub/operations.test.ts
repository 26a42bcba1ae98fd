// Every operation of the contract, called with the contract's own request example on the demo
// data: the documented success status, a body valid against the documented schema, and the
// X-Request-Id header; every write leaves its event in the audit trail, with the request's id.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, it } from "vitest";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { operations } from "../../src/generated/operations";
import { actionOf } from "../../src/stub/audit";
import { addContractFormats } from "../../src/stub/formats";
import { bearer, demoPath, stubWithStore, token } from "./helpers";

const { stub, store, call } = await stubWithStore();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
addContractFormats(ajv);
ajv.addSchema(contract, "contract");

type Spec = {
  requestBody?: {
    content: { "application/json": { examples?: Record<string, { $ref: string }> } };
  };
  responses: Record<string, { content?: unknown }>;
};
const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
const exampleValue = (ref: string) =>
  (contract.components.examples as Record<string, { value: unknown }>)[ref.split("/").at(-1) ?? ""]
    ?.value;

type Id = keyof typeof operations;
// Deletions last, the demo key's and the organization's very last; invites accepted first, so
// that member changes act on the new member rather than the demo owner.
const rank = (id: Id) =>
  ({ acceptInvite: -1, deleteApiKey: 2, logout: 3, deleteOrganization: 4 })[id as string] ??
  (operations[id].method === "DELETE" ? 1 : 0);
/** Demo objects others refer to (the contract's delete rule refuses them): delete a fresh one. */
const referred: Partial<Record<Id, string>> = {
  deleteTemplate: "/api/templates/",
  deleteAdapter: "/api/adapters/",
  deleteContact: "/api/adapter-state/contacts/",
  deleteProject: "/api/adapter-state/projects/",
};
const order = (Object.keys(operations) as Id[]).sort((a, b) => rank(a) - rank(b));

const state: { member?: string; token?: string; invite?: string; fresh?: string } = {};
const overrides: Partial<
  Record<Id, { path?: () => string; body?: () => unknown; auth?: () => string }>
> = {
  signup: {
    body: () => ({
      email: "someone-new@example.test",
      password: "password-123",
      name: "N",
      organization_name: "N",
    }),
  },
  // the example's email is a member by then (its invite accepted): one is never invited again
  createInvite: { body: () => ({ email: "someone-else@example.test", role: "member" }) },
  updateMember: { path: () => `/api/organizations/members/${state.member}/` },
  deleteMember: { path: () => `/api/organizations/members/${state.member}/` },
  logout: { auth: () => token(state.token) },
  // the demo invite is accepted by then: revoke a fresh one
  deleteInvite: { path: () => `/api/organizations/invites/${state.invite}/` },
  // only an owner (a user) deletes an organization
  deleteOrganization: { auth: () => token(stub.token) },
};

it.each(order)("%s", async (operationId) => {
  const { method, path, security, anonymous } = operations[operationId];
  const spec = (contract.paths as Record<string, Record<string, Spec>>)[path]?.[
    method.toLowerCase()
  ];
  if (!spec) throw new Error(`${operationId} missing from the contract`);
  const example = Object.values(spec.requestBody?.content["application/json"].examples ?? {})[0];
  const override = overrides[operationId];
  if (operationId === "deleteInvite") {
    const invite = await call("POST", "/api/organizations/invites/", {
      auth: token(stub.token),
      body: { email: "to-revoke@example.test" },
    });
    state.invite = invite.body.id;
  }
  const collection = referred[operationId];
  if (collection) {
    const post = (contract.paths as Record<string, Record<string, Spec>>)[collection]?.post;
    const ref = Object.values(post?.requestBody?.content["application/json"].examples ?? {})[0]
      ?.$ref;
    const fresh = await call("POST", collection, {
      auth: bearer(stub.apiKey),
      body: ref ? exampleValue(ref) : {},
    });
    state.fresh = `${collection}${fresh.body.id}/`;
  }
  if (operationId === "logout") {
    const login = await call("POST", "/api/organizations/auth/login/", {
      body: exampleValue("LoginRequestExample"),
    });
    state.token = login.body.token;
  }

  const target = collection ? state.fresh : override?.path?.();
  const res = await call(method, target ?? demoPath(operationId, path), {
    auth:
      override?.auth?.() ??
      (security[0] === "ApiKeyAuth"
        ? bearer(stub.apiKey)
        : security[0] && !anonymous
          ? token(stub.token)
          : undefined),
    body:
      override?.body?.() ??
      (example ? exampleValue(example.$ref) : method === "GET" ? undefined : {}),
  });

  const success = Object.keys(spec.responses).find((status) => status.startsWith("2"));
  expect(String(res.status), JSON.stringify(res.body)).toBe(success);
  expect(res.headers.get("x-request-id")).toBeTruthy();
  if (success && spec.responses[success]?.content) {
    const schema = `contract#/paths/${pointer(path, method.toLowerCase())}/responses/${success}/content/application~1json/schema`;
    const validate = ajv.getSchema(schema);
    expect(validate?.(res.body), JSON.stringify(validate?.errors)).toBe(true);
  } else expect(res.body).toBeUndefined();
  if (operationId === "acceptInvite") state.member = res.body.membership.id;

  const recorded = store
    .rows("AuditEvent", (e) => e.data.request_id === res.headers.get("x-request-id"))
    .map((e) => e.data.action);
  // a deleted organization's trail goes with it: no one is left to read its last event
  if (method === "GET" || operationId === "deleteOrganization") expect(recorded).toEqual([]);
  else expect(recorded).toContain(actionOf(operationId));
});
