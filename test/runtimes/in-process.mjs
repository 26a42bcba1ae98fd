// The in-process scenario every runtime of the matrix runs (scripts/test-runtimes.mjs): the
// packed tarball's `createStub()` (its web build in a page), no socket, no port: create a template
// and an agent, list them, a plain member refused with a 403, then `reset()` back to the seed.
// Plain ESM that needs only web APIs, so Node, Bun, Deno and a browser run it as it is.
import { Bedrock, PermissionDeniedError } from "@bedrock/sdk";

/** Resolves to a one-line summary; throws on the first thing that is wrong. */
export async function inProcess(createStub) {
  const stub = await createStub();
  const bedrock = stub.client();

  const template = await bedrock.templates.create({ name: "in-process" });
  const agent = await bedrock.agents.create({ name: "Bot", template: template.id });
  check(agent.template === template.id, "the agent's template", agent);
  const listed = await bedrock.agents.list({ page_size: 100 });
  check(
    listed.results.some(({ id }) => id === agent.id),
    "the list has the agent",
  );

  const owner = stub.client({ token: stub.token });
  const invite = await owner.invites.create({ email: "member@example.com", role: "member" });
  const { client: member } = await Bedrock.acceptInvite(
    invite.id,
    { token: invite.token, name: "Member", password: "a-long-password" },
    { fetch: stub.fetch, baseUrl: stub.baseUrl },
  );
  const refused = await member.invites.list().then(
    () => undefined,
    (error) => error,
  );
  check(
    refused instanceof PermissionDeniedError && refused.status === 403,
    "a plain member listing invites gets a PermissionDeniedError",
    refused,
  );

  stub.reset();
  const afterReset = await bedrock.agents.list({ page_size: 100 });
  check(!afterReset.results.some(({ id }) => id === agent.id), "reset() drops the agent");
  check(afterReset.count === listed.count - 1, `${afterReset.count} agents after reset`);

  return `in-process: created, listed ${listed.count}, member → 403, reset → ${afterReset.count}`;
}

function check(condition, what, detail) {
  if (!condition) {
    const shown = detail instanceof Error ? `${detail.name}: ${detail.message}` : detail;
    throw new Error(`${what}: failed${shown === undefined ? "" : ` (${JSON.stringify(shown)})`}`);
  }
}
