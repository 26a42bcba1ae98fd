// Prism proxy ⇄ stub: a realistic session through the SDK, against Prism validating every
// request and response between the SDK and the stub. Prism's verdict (`sl-violations`, or its
// own error responses under --errors) must be clean, and because Prism does not check
// everything, every stub response is also validated with ajv (JSON Schema 2020-12) against the
// operation's declared response, and every request's credential against the operation's security.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CONTRACT, type Prism, startPrism } from "../../scripts/prism.mjs";
import {
  AuthenticationError,
  BadRequestError,
  Bedrock,
  type ClientOptions,
  NotFoundError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from "../../src";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { type OperationId, operations } from "../../src/generated/operations";
import { type Stub, startStub } from "../../src/stub";
import { addContractFormats } from "../../src/stub/formats";

type Response = { $ref?: string; content?: { "application/json": { schema: { $ref: string } } } };
const doc = contract as unknown as {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { responses: Record<string, Response> };
};
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
addContractFormats(ajv);
ajv.addSchema(contract, "contract");

const routes = Object.entries(operations).map(([id, { method, path }]) => ({
  id: id as OperationId,
  method,
  pattern: new RegExp(`^${path.replaceAll("{id}", "[^/]+")}$`),
}));
const operationOf = (method: string, pathname: string) =>
  routes.find((r) => r.method === method && r.pattern.test(pathname))?.id;
const SCHEME = { Bearer: "ApiKeyAuth", Token: "TokenAuth" } as const;

interface Exchange {
  operationId: OperationId | undefined;
  what: string;
  problems: string[];
}
const exchanges: Exchange[] = [];

/** The fetch every client of the scenario uses: checks each exchange as it passes. */
async function checkingFetch(request: Request, init?: RequestInit): Promise<globalThis.Response> {
  const authorization = request.headers.get("authorization");
  const response = await fetch(request, init);
  const url = new URL(request.url);
  const operationId = operationOf(request.method, url.pathname);
  const what = `${request.method} ${url.pathname}${url.search} → ${response.status}`;
  const problems: string[] = [];
  const text = await response.clone().text();
  const violations = response.headers.get("sl-violations");
  if (violations) problems.push(`Prism: ${violations}`);
  if (text.includes("stoplight.io/prism/errors")) problems.push(`Prism rejected it: ${text}`);
  if (!operationId) problems.push("not an operation of the contract");
  else {
    const declared =
      doc.paths[operations[operationId].path]?.[request.method.toLowerCase()]?.responses[
        String(response.status)
      ];
    if (!declared) problems.push(`status ${response.status} not declared`);
    const schema = (
      declared?.$ref ? doc.components.responses[declared.$ref.split("/").pop() ?? ""] : declared
    )?.content?.["application/json"].schema;
    if (schema) {
      const validate = ajv.compile({ $ref: `contract${schema.$ref}` });
      if (!validate(JSON.parse(text))) problems.push(`ajv: ${ajv.errorsText(validate.errors)}`);
    } else if (text) problems.push(`unexpected body ${text}`);
    const { security, anonymous } = operations[operationId] as {
      security: readonly string[];
      anonymous: boolean;
    };
    const scheme = authorization?.split(" ")[0] as keyof typeof SCHEME | undefined;
    if (security.length === 0 && authorization)
      problems.push("sent credentials to a public operation");
    const accepted = scheme ? security.includes(SCHEME[scheme]) : anonymous;
    if (security.length > 0 && !accepted)
      problems.push(`sent ${scheme ?? "no"} credentials; accepts ${security.join(" or ")}`);
  }
  if (!response.headers.get("x-request-id")) problems.push("no X-Request-Id");
  if (
    response.ok &&
    !(response.headers.get("ratelimit") && response.headers.get("ratelimit-policy"))
  )
    problems.push("no RateLimit or RateLimit-Policy");
  exchanges.push({ operationId, what, problems });
  return response;
}

let stub: Stub;
let prism: Prism;
let options: ClientOptions;

beforeAll(async () => {
  // Throttling on (it sends the RateLimit fields), with room for the whole session.
  stub = await startStub({ seed: false, throttle: { rate: 1000, burst: 10_000 } });
  prism = await startPrism(["proxy", CONTRACT, stub.url, "--errors"]);
  options = { baseUrl: prism.url, fetch: checkingFetch, maxRetries: 0 };
}, 90_000);
afterAll(async () => {
  await prism?.close();
  await stub?.close();
});

it("a whole session through the SDK stays within the contract", async () => {
  const signup = { email: "ada@acme.example", password: "correct-horse-battery", name: "Ada" };
  const { client: owner, organization } = await Bedrock.signup(
    { ...signup, organizationName: "Acme" },
    options,
  );
  expect((await owner.auth.me()).memberships[0]?.role).toBe("owner");
  const key = await owner.apiKeys.create({ name: "ci" });
  expect(key.key).toBeTruthy();
  const bedrock = new Bedrock({ ...options, apiKey: key.key });
  await owner.apiKeys.list();
  await owner.apiKeys.get(key.id);
  await owner.apiKeys.update(key.id, { name: "ci (main)" });

  // The key lifecycle: a short-term key rotated with no grace, the key policy, the audit trail.
  const nightly = await owner.apiKeys.create({ name: "nightly-export", kind: "short_term" });
  const next = await bedrock.apiKeys.rotate(nightly.id, { graceSeconds: 0 });
  expect(next).toMatchObject({ name: "nightly-export", kind: "short_term" });
  await expect(
    new Bedrock({ ...options, apiKey: nightly.key }).templates.list(),
  ).rejects.toBeInstanceOf(AuthenticationError);
  expect((await bedrock.organizations.keyPolicy.get(organization.id)).api_keys_enabled).toBe(true);
  await owner.organizations.keyPolicy.update(organization.id, { max_key_lifetime_days: 30 });
  await owner.organizations.keyPolicy.replace(organization.id, { api_keys_enabled: false });
  await expect(bedrock.templates.list()).rejects.toBeInstanceOf(PermissionDeniedError);
  await owner.organizations.keyPolicy.update(organization.id, { api_keys_enabled: true });
  const rotations = await bedrock.auditEvents.list({ action: "api_key.rotated" });
  expect(rotations.results.map((e) => e.target.id)).toEqual([nightly.id]);
  await owner.auditEvents.get(rotations.results[0]?.id ?? "");

  await bedrock.organizations.list();
  await bedrock.organizations.get(organization.id);
  await bedrock.organizations.update(organization.id, { name: "Acme Robotics" });
  const spare = await owner.organizations.create({ name: "Spare" });
  await owner.organizations.delete(spare.id);

  const template = await bedrock.templates.create({
    name: "Triage",
    definition: { model: "bedrock-large" },
  });
  // A repeat under the same key is the kept answer, marked, within the contract; another
  // request under it is refused with the declared 422.
  const order = { name: "Order 42", definition: {} };
  const first = await bedrock.templates.create(order, { idempotencyKey: "order-42" });
  const replay = await bedrock.templates
    .create(order, { idempotencyKey: "order-42" })
    .withResponse();
  expect(replay.data).toEqual(first);
  expect(replay.response.headers.get("idempotent-replayed")).toBe("true");
  expect(replay.rateLimit?.policy).toBe("default");
  await expect(
    bedrock.templates.create({ ...order, name: "Order 43" }, { idempotencyKey: "order-42" }),
  ).rejects.toBeInstanceOf(UnprocessableEntityError);
  await bedrock.templates.delete(first.id);
  await bedrock.templates.list({ ordering: "-created_at" });
  await bedrock.templates.get(template.id);
  await bedrock.templates.update(template.id, { description: "Triage the inbox" });
  await bedrock.templates.replace(template.id, { name: "Triage v2", definition: {} });

  const agent = await bedrock.agents.create({
    name: "Bot",
    template: template.id,
    tags: ["support"],
  });
  await bedrock.agents.get(agent.id);
  await bedrock.agents.update(agent.id, { config: { temperature: 0.2 } });
  await bedrock.agents.replace(agent.id, { name: "Bot v2", template: template.id });
  const run = await bedrock.agents.run(agent.id, { input: { message: "hello" } });
  expect(
    (await bedrock.agents.list({ status: "running", template: template.id })).results.map(
      (a) => a.id,
    ),
  ).toEqual([agent.id]);
  expect((await bedrock.agents.tag(agent.id, ["billing", "billing"])).tags).toEqual(["billing"]);
  expect((await bedrock.agents.list({ tag: "billing" })).count).toBe(1);
  expect((await bedrock.agents.stop(agent.id)).status).toBe("stopped");

  expect((await bedrock.traces.list({ agent: agent.id })).results.map((t) => t.id)).toEqual([
    run.trace,
  ]);
  await bedrock.traces.get(run.trace);
  const trace = await bedrock.traces.create({
    agent: agent.id,
    name: "manual",
    spans: [{ name: "step", started_at: new Date().toISOString() }],
  });
  await bedrock.traces.update(trace.id, { status: "ok" });

  const builtins = (await bedrock.adapters.list()).results.filter((a) => a.is_builtin);
  expect(builtins.length).toBeGreaterThan(0);
  const adapter = await bedrock.adapters.create({ name: "Webhook", kind: "http" });
  await bedrock.adapters.get(adapter.id);
  const config = await bedrock.adapterConfigs.create({
    template: template.id,
    adapter: adapter.id,
    config: { url: "https://example.test" },
  });
  await bedrock.adapterConfigs.list();
  await bedrock.adapterConfigs.get(config.id);
  await bedrock.adapterConfigs.update(config.id, { enabled: false });
  await bedrock.adapterConfigs.replace(config.id, {
    template: template.id,
    adapter: builtins[0]?.id ?? "",
  });

  const { contacts, messages, documents, projects, notifications } = bedrock.adapterState;
  const contact = await contacts.create({ name: "Grace", email: "grace@example.test" });
  const message = await messages.create({ contact: contact.id, body: "Hi", direction: "inbound" });
  const project = await projects.create({ name: "FAQ" });
  const document = await documents.create({ title: "Refunds", project: project.id });
  const notification = await notifications.create({ title: "Done" });
  for (const [collection, item, patch, full] of [
    [contacts, contact, { phone: "+1 555 0100" }, { name: "Grace H." }],
    [messages, message, { body: "Hello" }, { contact: contact.id }],
    [projects, project, { status: "archived" }, { name: "FAQ v2" }],
    [documents, document, { content: "5 days" }, { title: "Refunds v2", project: project.id }],
    [notifications, notification, { read: true }, { title: "Done!" }],
  ] as const) {
    const c = collection as typeof contacts;
    await c.list();
    await c.get(item.id);
    await c.update(item.id, patch as never);
    await c.replace(item.id, full as never);
  }
  expect((await messages.list({ contact: contact.id })).count).toBe(1);
  expect((await documents.list({ project: project.id })).count).toBe(1);
  for (const [collection, item] of [
    [messages, message],
    [documents, document],
    [contacts, contact],
    [projects, project],
    [notifications, notification],
  ] as const) {
    await (collection as typeof contacts).delete(item.id);
  }

  const invite = await owner.invites.create({ email: "grace@acme.example", role: "member" });
  await owner.invites.list();
  await owner.invites.get(invite.id);
  await expect(
    Bedrock.acceptInvite(
      invite.id,
      { token: "inv_wrong", name: "G", password: "x".repeat(8) },
      options,
    ),
  ).rejects.toBeInstanceOf(BadRequestError);
  const joined = await Bedrock.acceptInvite(
    invite.id,
    { token: invite.token, name: "Grace", password: "cobol-forever-1959" },
    options,
  );
  const extra = await owner.invites.create({ email: "nobody@acme.example" });
  await owner.invites.delete(extra.id);

  // An invite for someone who already has an account: accepted signed in, never without.
  const { client: linus } = await Bedrock.signup(
    {
      email: "linus@acme.example",
      password: "penguin-password",
      name: "Linus",
      organizationName: "L",
    },
    options,
  );
  const forLinus = await owner.invites.create({ email: "linus@acme.example", role: "admin" });
  await expect(
    Bedrock.acceptInvite(forLinus.id, { token: forLinus.token }, options),
  ).rejects.toBeInstanceOf(AuthenticationError);
  const linusJoined = await linus.invites.accept(forLinus.id, { token: forLinus.token });
  expect(linusJoined.membership.role).toBe("admin");
  await owner.members.delete(linusJoined.membership.id);

  const members = await owner.members.list();
  expect(members.count).toBe(2);
  // The last owner stays: demoting them is a 400 that says to promote someone first.
  const self = members.results.find((m) => m.role === "owner");
  await expect(owner.members.update(self?.id ?? "", { role: "member" })).rejects.toBeInstanceOf(
    BadRequestError,
  );
  await owner.members.get(joined.membership.id);
  expect((await owner.members.update(joined.membership.id, { role: "admin" })).role).toBe("admin");
  await owner.members.delete(joined.membership.id);

  await bedrock.adapterConfigs.delete(config.id);
  await bedrock.adapters.delete(adapter.id);
  await bedrock.agents.delete(agent.id);
  await bedrock.templates.delete(template.id);
  await expect(bedrock.templates.get(template.id)).rejects.toBeInstanceOf(NotFoundError);

  const { client: again } = await Bedrock.login(
    { email: signup.email, password: signup.password },
    options,
  );
  await owner.apiKeys.delete(key.id);
  await expect(bedrock.templates.list()).rejects.toBeInstanceOf(AuthenticationError);
  await owner.auth.logout();
  await expect(owner.auth.me()).rejects.toBeInstanceOf(AuthenticationError);
  await again.auth.logout();

  const problems = exchanges
    .filter((e) => e.problems.length)
    .map((e) => `${e.what}: ${e.problems.join("; ")}`);
  expect(problems).toEqual([]);
  const seen = new Set(exchanges.map((e) => e.operationId));
  expect(Object.keys(operations).filter((id) => !seen.has(id as OperationId))).toEqual([]);
}, 60_000);
