// The msw recipe of docs/testing-with-the-stub.md, with real msw: an app that already mocks its
// HTTP with msw answers Bedrock's requests from the in-process stub, by one handler that hands
// each request to `stub.fetch`. The SDK is built without a `fetch` of its own: it goes through
// the global fetch, which msw intercepts, as an app's code would.
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { Bedrock, NotFoundError, PermissionDeniedError } from "../../src";
import { createStub } from "../../src/stub";

const BASE_URL = "http://bedrock.test";
const stub = await createStub();
const server = setupServer(http.all(`${BASE_URL}/*`, ({ request }) => stub.fetch(request)));

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  stub.reset();
});
afterAll(() => server.close());

const bedrock = () => new Bedrock({ baseUrl: BASE_URL, apiKey: stub.apiKey });

test("the SDK creates, lists across pages and gets a typed 404 through msw", async () => {
  const client = bedrock();
  const template = await client.templates.create({ name: "Through msw" });
  const agent = await client.agents.create({ name: "Bot", template: template.id });
  expect(agent.template).toBe(template.id);

  const walked: string[] = [];
  for await (const each of client.templates.list({ page_size: 1 })) walked.push(each.id);
  expect(walked).toContain(template.id);
  expect(walked.length).toBeGreaterThan(1); // the `next` links point back through msw

  const missing = await client.agents.get("00000000-0000-4000-8000-000000000000").catch((e) => e);
  expect(missing).toBeInstanceOf(NotFoundError);
  expect(missing.requestId).toMatch(/\S/);
});

test("the stub's rules hold through msw: a plain member may not list invites", async () => {
  const owner = new Bedrock({ baseUrl: BASE_URL, token: stub.token });
  const invite = await owner.invites.create({ email: "grace@example.com", role: "member" });
  const { client: member } = await Bedrock.acceptInvite(
    invite.id,
    { token: String(invite.token), name: "Grace", password: "cobol-forever-1959" },
    { baseUrl: BASE_URL },
  );
  expect((await member.templates.list()).count).toBeGreaterThan(0);
  await expect(member.invites.list()).rejects.toBeInstanceOf(PermissionDeniedError);
});

test("an msw handler of one test answers first; the stub serves the rest", async () => {
  server.use(
    http.get(`${BASE_URL}/api/templates/`, () =>
      HttpResponse.json({ detail: "Nope." }, { status: 403 }),
    ),
  );
  const client = bedrock();
  await expect(client.templates.list()).rejects.toBeInstanceOf(PermissionDeniedError);
  expect((await client.agents.list()).count).toBeGreaterThan(0);
});

test("stub.use overrides one operation behind msw; reset() brings back the seed", async () => {
  const client = bedrock();
  await client.templates.create({ name: "Gone after reset" });
  stub.use({ listAgents: () => ({ status: 503, body: { detail: "Down for the test." } }) });
  const down = await new Bedrock({
    baseUrl: BASE_URL,
    apiKey: stub.apiKey,
    maxRetries: 0,
    logLevel: "off",
  }).agents
    .list()
    .catch((e) => e);
  expect(down.status).toBe(503);
  stub.reset();
  expect((await client.agents.list()).count).toBeGreaterThan(0);
  const names = (await client.templates.list()).results.map((t) => t.name);
  expect(names).not.toContain("Gone after reset");
});
