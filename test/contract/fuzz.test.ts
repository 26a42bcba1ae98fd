// Property-based fuzz of the stub: thousands of generated requests, valid and invalid, across
// every operation and every kind of credential. Whatever is sent, the stub never fails (5xx),
// answers only with responses the contract declares for that operation, in their schemas, and
// never shows a secret outside the response that created it, nor in its log.
// Bodies are valid, invalid or hostile (too deep, huge, not UTF-8, not JSON); after every
// sequence, no object refers to one that is gone (the contract's `x-references`).
// Bounded: FUZZ_RUNS sequences (default 1,100, ~10 requests each), seeded by FUZZ_SEED.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { operations } from "../../src/generated/operations";
import { createStubServer, type Store } from "../../src/stub";
import { rowId, type TableName } from "../../src/stub/store";
import { type RawBody, type Schema, schemaArbitraries } from "./arbitraries";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

type Parameter = { name: string; in: string; required?: boolean; schema: Schema };
type Operation = {
  operationId: string;
  parameters?: ({ $ref: string } | Parameter)[];
  requestBody?: { content: { "application/json": { schema: Schema } } };
  responses: Record<
    string,
    { $ref?: string; content?: { "application/json": { schema: Schema } } }
  >;
};
const doc = contract as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    parameters: Record<string, Parameter>;
    responses: Record<string, { content?: { "application/json": { schema: Schema } } }>;
  };
};
const byRef = <T>(table: Record<string, T>, ref: string) => table[ref.split("/").pop() ?? ""] as T;
const opOf = (id: keyof typeof operations) => {
  const { method, path } = operations[id];
  return doc.paths[path]?.[method.toLowerCase()] as Operation;
};

const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
ajv.addSchema(contract, "contract");
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
const responseValidator = (schema: Schema) => {
  const ref = `contract${schema.$ref ?? ""}`;
  const validate = validators.get(ref) ?? ajv.compile({ $ref: ref });
  validators.set(ref, validate);
  return validate;
};

/** Every reference the contract declares: a field of a table's rows naming a row of another. */
const references = Object.entries(doc.components.schemas).flatMap(([table, schema]) =>
  Object.entries(schema.properties ?? {}).flatMap(([field, property]) => {
    const target = (property as { "x-references"?: string })["x-references"];
    return target ? [{ table: table as TableName, field, target: target as TableName }] : [];
  }),
);
/** References to rows that are gone, as `Table.field → id`. */
function dangling(store: Store) {
  return references.flatMap(({ table, field, target }) =>
    store
      .rows(table)
      .map((row) => (row.data as Record<string, unknown>)[field])
      .filter((id): id is string => typeof id === "string" && !store.table(target).has(id))
      .map((id) => `${table}.${field} → ${id}`),
  );
}

const log: string[] = [];
/** Every secret the run has seen: keys, tokens, passwords. */
const secrets = new Set<string>();
const ownIds = new Set<string>();
const otherIds: string[] = [];
let stub: { url: string; apiKey: string; token: string; password: string; store: Store };
let close = () => Promise.resolve();
const creds: Record<string, string | undefined> = {};

async function call(method: string, path: string, body?: unknown, authorization?: string) {
  const response = await fetch(`${stub.url}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(authorization ? { authorization } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

beforeAll(async () => {
  const { server, store, ...demo } = await createStubServer({
    log: (line) => log.push(line),
    throttle: false,
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as { port: number };
  stub = { ...demo, store, url: `http://127.0.0.1:${port}` };
  close = () =>
    new Promise<void>((closed) => {
      server.close(() => closed());
      server.closeAllConnections();
    });
  // Another organization with its own key and objects, a revoked key and a logged-out token.
  const other = await call("POST", "/api/organizations/auth/signup/", {
    email: "mallory@other.example",
    password: "other-org-password-1",
    name: "Mallory",
    organization_name: "Other Org",
  });
  const otherToken = String(other.token);
  const otherKey = await call(
    "POST",
    "/api/organizations/api-keys/",
    { name: "other" },
    `Token ${otherToken}`,
  );
  const otherTemplate = await call(
    "POST",
    "/api/templates/",
    { name: "theirs" },
    `Token ${otherToken}`,
  );
  otherIds.push(String(otherTemplate.id), String((other.organization as { id: string }).id));
  const revoked = await call(
    "POST",
    "/api/organizations/api-keys/",
    { name: "revoked" },
    `Token ${stub.token}`,
  );
  await fetch(`${stub.url}/api/organizations/api-keys/${revoked.id}/`, {
    method: "DELETE",
    headers: { authorization: `Token ${stub.token}` },
  });
  const quitter = await call("POST", "/api/organizations/auth/signup/", {
    email: "quitter@other.example",
    password: "quitter-password-1",
    name: "Quitter",
    organization_name: "Gone",
  });
  await call("POST", "/api/organizations/auth/logout/", undefined, `Token ${quitter.token}`);
  // A key rotated with no grace (so expired), and a key of an organization that disabled keys.
  const rotated = await call(
    "POST",
    "/api/organizations/api-keys/",
    { name: "rotated" },
    `Token ${stub.token}`,
  );
  const replacement = await call(
    "POST",
    `/api/organizations/api-keys/${rotated.id}/rotate/`,
    { grace_seconds: 0 },
    `Token ${stub.token}`,
  );
  const disabler = await call("POST", "/api/organizations/auth/signup/", {
    email: "disabler@other.example",
    password: "disabler-password-1",
    name: "Disabler",
    organization_name: "No keys",
  });
  const keyOfDisabled = await call(
    "POST",
    "/api/organizations/api-keys/",
    { name: "off" },
    `Token ${disabler.token}`,
  );
  await call(
    "PATCH",
    `/api/organizations/organizations/${(disabler.organization as { id: string }).id}/key-policy/`,
    { api_keys_enabled: false },
    `Token ${disabler.token}`,
  );
  credentialKeys.add(String(otherKey.id));
  for (const row of stub.store.rows("ApiKey")) credentialKeys.add(rowId(row));
  Object.assign(creds, {
    key: `Bearer ${stub.apiKey}`,
    token: `Token ${stub.token}`,
    keyAsToken: `Token ${stub.apiKey}`,
    tokenAsBearer: `Bearer ${stub.token}`,
    otherKey: `Bearer ${otherKey.key}`,
    otherToken: `Token ${otherToken}`,
    revokedKey: `Bearer ${revoked.key}`,
    loggedOutToken: `Token ${quitter.token}`,
    expiredKey: `Bearer ${rotated.key}`,
    disabledKey: `Bearer ${keyOfDisabled.key}`,
    garbage: "Basic dXNlcjpwYXNz",
    none: undefined,
  });
  for (const secret of [
    stub.apiKey,
    stub.token,
    stub.password,
    otherToken,
    otherKey.key,
    revoked.key,
    quitter.token,
    rotated.key,
    replacement.key,
    disabler.token,
    keyOfDisabled.key,
    "disabler-password-1",
    "other-org-password-1",
    "quitter-password-1",
  ])
    secrets.add(String(secret));
  for (const example of Object.values(contract.components.examples) as { value: unknown }[]) {
    const { id } = (example.value ?? {}) as { id?: unknown };
    if (typeof id === "string") ownIds.add(id);
  }
});
afterAll(() => close());

const arbitraries = schemaArbitraries(doc.components, () => [...ownIds, ...otherIds]);
const operationIds = Object.keys(operations) as (keyof typeof operations)[];

/** Mostly credentials that get past authentication, so the rest of the pipeline is reached. */
const credential = () =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("key", "token") },
    { weight: 2, arbitrary: fc.constantFrom("otherKey", "otherToken") },
    { weight: 2, arbitrary: fc.constantFrom(...Object.keys(creds)) },
  );

/** A generated request of one operation (built once per operation, not per request). */
/** The table a path's `{id}` names: the schema its item's GET answers with. */
function tableOf(path: string): TableName | undefined {
  const item = doc.paths[path.replace(/(\{id\}\/).*$/, "$1")]?.get;
  const ref = item?.responses["200"]?.content?.["application/json"].schema.$ref;
  return ref?.split("/").pop() as TableName | undefined;
}
/** Ids of the rows a table holds now, or a random uuid while it holds none. */
const demoUser = contract.components.examples.MeExample.value.id;
/** The keys the run authenticates with: revoking them would leave nothing but 401s. */
const credentialKeys = new Set<string>();
function liveIds(table: TableName | undefined): fc.Arbitrary<string> {
  const ids = table
    ? [...stub.store.table(table).keys()].filter((id) => !credentialKeys.has(id))
    : [];
  return ids.length ? fc.constantFrom(...ids) : fc.uuid({ version: 4 });
}

const requestOf = (operationId: keyof typeof operations) => {
  const op = opOf(operationId);
  const table = tableOf(operations[operationId].path);
  const params = (op.parameters ?? []).map((p) =>
    "$ref" in p ? byRef(doc.components.parameters, p.$ref) : p,
  );
  const query = params.filter((p) => p.in === "query");
  const bodySchema = op.requestBody?.content["application/json"].schema;
  return fc.record({
    operationId: fc.constant(operationId),
    credential: credential(),
    id: fc.oneof(
      // most often a live object of the kind the path names (any organization's)
      { weight: 4, arbitrary: fc.constant(null).chain(() => liveIds(table)) },
      fc.constant(null).chain(() => fc.constantFrom(...ownIds)),
      fc.constant(null).chain(() => fc.constantFrom(...otherIds)),
      fc.uuid({ version: 4 }),
      fc.constant("not-a-uuid"),
    ),
    query: fc.record(
      Object.fromEntries(
        query.map((p) => [
          p.name,
          fc.oneof(
            { weight: 4, arbitrary: arbitraries.valid(p.schema) },
            arbitraries.invalid(p.schema),
          ),
        ]),
      ),
      { requiredKeys: [] },
    ),
    organization: fc.option(
      fc.oneof(
        fc.constant(null).chain(() => fc.constantFrom(...ownIds)),
        fc.uuid({ version: 4 }),
      ),
      { freq: 3 },
    ),
    // a few keys, so that some collide: a reuse for another request is a 422
    idempotencyKey: fc.option(fc.constantFrom("k1", "k2", "k3", "k4"), { freq: 2 }),
    body: bodySchema
      ? fc.oneof(
          { weight: 6, arbitrary: arbitraries.valid(bodySchema) },
          { weight: 2, arbitrary: arbitraries.invalid(bodySchema) },
          { weight: 1, arbitrary: arbitraries.hostile(bodySchema) },
        )
      : fc.constant(undefined),
  });
};
/** The store's objects, without what merely using a credential touches (`last_used_at`). */
function snapshot(store: Store): string {
  const { tables } = store as unknown as { tables: Map<string, { all: { data: object }[] }> };
  return JSON.stringify(
    [...tables].map(([name, table]) => [
      name,
      table.all.map((row) => ({ ...row.data, last_used_at: undefined })),
    ]),
  );
}

const byOperation = new Map<string, ReturnType<typeof requestOf>>();
/** Operations that hash a password (scrypt, slow on purpose) come up a quarter as often. */
const hashing = ["signup", "login", "acceptInvite"];
const operation = fc.oneof(
  {
    weight: hashing.length,
    arbitrary: fc.constantFrom(...operationIds.filter((id) => hashing.includes(id))),
  },
  {
    weight: 4 * (operationIds.length - hashing.length),
    arbitrary: fc.constantFrom(...operationIds.filter((id) => !hashing.includes(id))),
  },
);
const request = operation.chain((operationId) => {
  const built = byOperation.get(operationId) ?? requestOf(operationId);
  byOperation.set(operationId, built);
  return built;
});
const isRaw = (body: unknown): body is RawBody =>
  typeof body === "object" && body !== null && "raw" in body && "type" in body;

/** The new secret a successful creation response may show (its own, and nothing else). */
function createdSecret(operationId: string, body: Record<string, unknown>): string | undefined {
  if (operationId === "createApiKey" || operationId === "rotateApiKey") return body.key as string;
  if (operationId === "createInvite") return body.token as string;
  if (["signup", "login", "acceptInvite"].includes(operationId)) return body.token as string;
  return undefined;
}

it(`stays within the contract for ${RUNS} generated request sequences`, async () => {
  let sent = 0;
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(
      fc.array(request, { minLength: 1, maxLength: 20, size: "max" }),
      async (requests) => {
        for (const r of requests) {
          const { method, path } = operations[r.operationId];
          const url = new URL(path.replace("{id}", r.id), stub.url);
          for (const [name, value] of Object.entries(r.query))
            url.searchParams.set(name, String(value));
          // A login password may be short enough to occur in any text ("a"): track real ones.
          const { password } = (r.body ?? {}) as { password?: unknown };
          if (typeof password === "string" && password.length >= 8) secrets.add(password);
          const authorization = creds[r.credential];
          const body = isRaw(r.body)
            ? r.body
            : r.body === undefined
              ? undefined
              : { raw: JSON.stringify(r.body), type: "application/json" };
          const keyed = r.idempotencyKey && (method === "POST" || method === "PATCH");
          const init = {
            method,
            headers: {
              ...(authorization ? { authorization } : {}),
              ...(r.organization ? { "x-organization-id": r.organization } : {}),
              ...(body && { "content-type": body.type }),
              ...(keyed ? { "idempotency-key": r.idempotencyKey as string } : {}),
            },
            // a string, or bytes that need not be UTF-8
            ...(body && { body: body.raw as string }),
          };
          const response = await fetch(url, init);
          sent++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const text = await response.text();
          const where = `${method} ${url.pathname}${url.search} as ${r.credential} → ${response.status} ${text.slice(0, 300)}`;
          expect(response.status, where).toBeLessThan(500);
          expect(response.headers.get("x-request-id"), where).toBeTruthy();

          const declared = opOf(r.operationId).responses[String(response.status)];
          expect(declared, `undeclared status: ${where}`).toBeDefined();
          const content = (
            declared?.$ref ? byRef(doc.components.responses, declared.$ref) : declared
          )?.content;
          const schema = content?.["application/json"].schema;
          const answer = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
          if (schema) {
            const validate = responseValidator(schema);
            expect(validate(answer), `${where}\n${ajv.errorsText(validate.errors)}`).toBe(true);
          } else {
            expect(text, where).toBe("");
          }

          const own = response.ok && answer ? createdSecret(r.operationId, answer) : undefined;
          const shown = own ? text.replaceAll(own, "") : text;
          for (const secret of secrets)
            expect(shown.includes(secret), `secret in ${where}`).toBe(false);
          if (own) secrets.add(own);
          if (response.status === 201 && typeof answer?.id === "string") ownIds.add(answer.id);

          // The same request again under its key: a replay (marked) never changes anything; a
          // repeat refused before the handler (an expired key, say) may be audited as such.
          if (keyed && response.status < 500) {
            const before = snapshot(stub.store);
            const again = await fetch(url, init);
            sent++;
            const replayed = await again.text();
            if (again.headers.get("idempotent-replayed"))
              expect(snapshot(stub.store), `a replay changed state: ${where}`).toBe(before);
            if (response.ok && again.ok) {
              expect(again.status, where).toBe(response.status);
              expect(replayed, where).toBe(text);
              expect(again.headers.get("idempotent-replayed"), where).toBe("true");
            }
          }
        }
        expect(dangling(stub.store), "references to deleted objects").toEqual([]);
        // a logout in the sequence ends the demo token: the next sequence has it again
        stub.store.issueToken(demoUser, stub.token);
      },
    ),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  for (const secret of secrets)
    expect(log.join("\n").includes(secret), "secret in the access log").toBe(false);
  expect(log.length).toBeGreaterThanOrEqual(sent);
  // The run must reach past the auth layer: successes and validation errors both occur.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
  expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  if (!process.env.FUZZ_RUNS) expect(sent).toBeGreaterThanOrEqual(10_000);
  console.log(`fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
}, 600_000);
