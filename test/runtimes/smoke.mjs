// The smoke scenario every runtime of the matrix runs (scripts/test-runtimes.mjs), against the
// stub from the packed tarball: create, list across pages, a typed 404, a retried 503.
// Plain ESM that needs only `fetch`, so Node, Bun, Deno and a browser run it as it is.
import { Bedrock, NotFoundError } from "@bedrock/sdk";

const missingId = "00000000-0000-4000-8000-000000000000";

/**
 * `baseUrl` reaches the stub; `faultUrl` too, but its first request fails with a 503 (the
 * runner's fault injector). `credentials` is `{ apiKey }` or `{ token }`. Resolves to a
 * one-line summary; throws on the first thing that is wrong.
 */
export async function smoke({ baseUrl, faultUrl, credentials }) {
  const sent = [];
  const fetchAndCount = (request, init) => {
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    return fetch(request, init);
  };
  const bedrock = new Bedrock({ ...credentials, baseUrl, fetch: fetchAndCount });

  const marker = `smoke-${Date.now().toString(36)}`;
  const created = [];
  for (const n of [1, 2, 3])
    created.push(await bedrock.templates.create({ name: `${marker}-${n}` }));
  check(created[2].name === `${marker}-3` && created[2].id, "create returned", created[2]);

  const first = await bedrock.templates.list({ page_size: 2 });
  check(first.results.length === 2 && first.next && first.count >= 3, "first page", first);
  const before = sent.length;
  const walked = [];
  for await (const template of bedrock.templates.list({ page_size: 2 })) walked.push(template.id);
  const pages = sent.length - before;
  check(walked.length === first.count, `walked ${walked.length} of ${first.count}`);
  check(new Set(walked).size === walked.length, "no template twice in the walk");
  check(pages === Math.ceil(first.count / 2), `${pages} page requests for ${first.count}`);
  check(
    created.every(({ id }) => walked.includes(id)),
    "the walk includes the created templates",
  );

  const notFound = await bedrock.templates.get(missingId).then(
    () => undefined,
    (error) => error,
  );
  check(
    notFound instanceof NotFoundError && notFound.status === 404 && notFound.requestId,
    "a missing template rejects with a NotFoundError carrying a request id",
    notFound,
  );

  const flaky = new Bedrock({ ...credentials, baseUrl: faultUrl, fetch: fetchAndCount });
  const attemptsBefore = sent.length;
  const fetched = await flaky.templates.get(created[0].id);
  const attempts = sent.length - attemptsBefore;
  check(fetched.id === created[0].id && attempts === 2, `503 then ${attempts - 1} retry`);

  return `created 3, listed ${walked.length} over ${pages} pages, 404 → NotFoundError, 503 → retried`;
}

function check(condition, what, detail) {
  if (!condition)
    throw new Error(`${what}: failed${detail === undefined ? "" : ` (${safeJson(detail)})`}`);
}

function safeJson(value) {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return JSON.stringify(value)?.slice(0, 300);
}
