// Property-based fuzz of the stub: thousands of generated requests, valid and invalid, across
// every operation and every kind of credential. Whatever is sent, the stub never fails (5xx),
// answers only with responses the contract declares for that operation, in their schemas, and
// never shows a secret outside the response that created it, nor in its log.
// Aimed past the door: most requests carry a credential the operation accepts (the demo
// organization's owner, admin or member token, or its API key), a minority another
// organization's, a few none or a dead one; bodies are mostly valid (naming live objects where
// the contract says a field refers to one), some invalid, a few hostile (too deep, huge, not
// UTF-8, not JSON). Ids are picked when the request is sent, so a sequence acts on what it made.
// Every sequence starts from the same store; after it, no object refers to one that is gone
// (the contract's `x-references`).
// In-process (`stub.fetch`: the contract's rules, not the socket, are under test here), but every
// HTTP_EVERY-th sequence goes over HTTP to the same stub (`stub.listen()`), so hostile bodies also
// cross Node's parser and the access log is checked too.
// Bounded: FUZZ_RUNS sequences (default 1,100, ~10 requests each), seeded by FUZZ_SEED (printed);
// FUZZ_PATH (from a failure's report) replays just the failing sequence.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { operations } from "../../src/generated/operations";
import { createStub, type Store } from "../../src/stub";
import { addContractFormats } from "../../src/stub/formats";
import { addMember } from "../../src/stub/handlers/auth";
import type { Row, TableName } from "../../src/stub/store";
import { type RawBody, type Schema, schemaArbitraries } from "./arbitraries";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
/** One sequence in this many is sent over HTTP, the others in-process. */
const HTTP_EVERY = 10;

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
addContractFormats(ajv);
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

/** Every secret the run has seen: keys, tokens, passwords. */
const secrets = new Set<string>();
/** Ids of the contract's examples (the demo organization's objects) and another organization's. */
const ownIds = new Set<string>();
const otherIds: string[] = [];
const demoOrg = contract.components.examples.OrganizationExample.value.id;
/** What the stub logs: its errors, and over HTTP its access log. */
const log: string[] = [];
/** The seeded stub (throttling and the failed-auth lock off), with its store. */
const stub = await createStub({ log: (line) => log.push(line) });
/** The same stub (same store) over HTTP. */
const http = await stub.listen();
afterAll(() => http.close());
const creds: Record<string, string | undefined> = {};

async function call(method: string, path: string, body?: unknown, authorization?: string) {
  const response = await stub.fetch(`${stub.baseUrl}${path}`, {
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
  await stub.fetch(`${stub.baseUrl}/api/organizations/api-keys/${revoked.id}/`, {
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
  // An admin and a member of the demo organization beside its owner, each with a token.
  const admin = { id: "ad0d0000-0000-4000-8000-000000000001", email: "hedy@acme.example" };
  stub.store.insert("User", null, { ...admin, name: "Hedy", created_at: "2026-11-03T09:00:00Z" });
  addMember(stub.store, demoOrg, stub.store.table("User").get(admin.id)?.data as never, "admin");
  const adminToken = stub.store.issueToken(admin.id);
  const memberId = contract.components.examples.MembershipExample.value.user.id;
  const memberToken = stub.store.issueToken(memberId);
  Object.assign(creds, {
    key: `Bearer ${stub.apiKey}`,
    token: `Token ${stub.token}`,
    adminToken: `Token ${adminToken}`,
    memberToken: `Token ${memberToken}`,
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
    adminToken,
    memberToken,
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
  const invite = contract.components.examples.InviteCreatedExample.value;
  inviteSecrets.set(invite.id, invite.token);
  secrets.add(invite.token);
  seeded = saveStore(stub.store);
  console.log(`fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
});

const arbitraries = schemaArbitraries(doc.components, () => [...ownIds, ...otherIds]);
const operationIds = Object.keys(operations) as (keyof typeof operations)[];

/** Credentials that fail authentication, or are refused by the operation's scheme. */
const BROKEN = [
  "none",
  "garbage",
  "revokedKey",
  "expiredKey",
  "disabledKey",
  "loggedOutToken",
  "keyAsToken",
  "tokenAsBearer",
];
/**
 * Mostly a credential the operation accepts, so the rest of the pipeline is reached: the demo
 * organization's key or one of its users' tokens (owner, admin, member); some another
 * organization's; a few that fail (none for an operation that takes none, mostly).
 */
function credential(operationId: keyof typeof operations) {
  const { security, anonymous } = operations[operationId];
  const schemes = security as readonly string[];
  const own = [
    ...(schemes.includes("ApiKeyAuth") ? ["key"] : []),
    ...(schemes.includes("TokenAuth") ? ["token", "token", "adminToken", "memberToken"] : []),
  ];
  const other = [
    ...(schemes.includes("ApiKeyAuth") ? ["otherKey"] : []),
    ...(schemes.includes("TokenAuth") ? ["otherToken"] : []),
  ];
  // a scheme the operation does not take is as broken as a dead credential
  const wrong = schemes.includes("TokenAuth") ? ["key"] : ["token"];
  return fc.oneof(
    ...(anonymous ? [{ weight: 8, arbitrary: fc.constant("none") }] : []),
    ...(own.length ? [{ weight: 16, arbitrary: fc.constantFrom(...own) }] : []),
    ...(other.length ? [{ weight: 3, arbitrary: fc.constantFrom(...other) }] : []),
    { weight: 2, arbitrary: fc.constantFrom(...BROKEN, ...(schemes.length ? wrong : [])) },
  );
}

/** A generated request of one operation (built once per operation, not per request). */
/** The table a path's `{id}` names: the schema its item's GET answers with. */
function tableOf(path: string): TableName | undefined {
  const item = doc.paths[path.replace(/(\{id\}\/).*$/, "$1")]?.get;
  const ref = item?.responses["200"]?.content?.["application/json"].schema.$ref;
  return ref?.split("/").pop() as TableName | undefined;
}
/** A row picked when the request is sent: the `n`th (modulo) the demo organization sees, or anyone's. */
interface LivePick {
  live: number;
  anyones: boolean;
}
const livePick: fc.Arbitrary<LivePick> = fc.record({
  live: fc.nat(),
  anyones: fc.oneof({ weight: 7, arbitrary: fc.constant(false) }, fc.constant(true)),
});
/** The id of the row a pick names in `table` now, or `undefined` while there is none. */
function liveId(table: TableName, { live, anyones }: LivePick): string | undefined {
  const rows = stub.store.rows(
    table,
    (row: Row) => anyones || row.org === demoOrg || row.org === null,
  );
  const row = rows[live % Math.max(1, rows.length)];
  return (row?.data as { id?: string } | undefined)?.id;
}
/** The fields of an operation's body that name another object: field → its table. */
function referencesOf(op: Operation): [string, TableName][] {
  const answer = Object.entries(op.responses).find(([status]) => status.startsWith("2"))?.[1];
  const name = answer?.content?.["application/json"].schema.$ref?.split("/").pop() ?? "";
  const properties = doc.components.schemas[name]?.properties ?? {};
  return Object.entries(properties).flatMap(([field, property]) => {
    const target = (property as { "x-references"?: string })["x-references"];
    return target && !property.readOnly ? [[field, target as TableName]] : [];
  });
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
    credential: credential(operationId),
    id: fc.oneof(
      // most often a live object of the kind the path names (the demo organization's, mostly)
      {
        weight: 20,
        arbitrary: table ? livePick : fc.constantFrom(...ownIds),
      },
      fc.constantFrom(...ownIds),
      fc.constantFrom(...otherIds),
      fc.uuid({ version: 4 }),
      fc.constant("not-a-uuid"),
    ),
    query: fc.record(
      Object.fromEntries(
        query.map((p) => [
          p.name,
          fc.oneof(
            { weight: 12, arbitrary: arbitraries.valid(p.schema) },
            arbitraries.invalid(p.schema),
          ),
        ]),
      ),
      { requiredKeys: [] },
    ),
    // X-Organization-Id: mostly none or the demo organization, sometimes one the caller is not in
    organization: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: fc.constant(demoOrg) },
      { weight: 1, arbitrary: fc.constantFrom(...otherIds, ...ownIds) },
    ),
    // a few keys per sequence, so that some collide: a reuse for another request is a 422
    idempotencyKey: fc.option(fc.constantFrom("k1", "k2", "k3", "k4"), { freq: 2 }),
    body: bodySchema
      ? fc.oneof(
          { weight: 7, arbitrary: arbitraries.valid(bodySchema).map((valid) => ({ valid })) },
          { weight: 2, arbitrary: arbitraries.invalid(bodySchema) },
          { weight: 1, arbitrary: arbitraries.hostile(bodySchema) },
        )
      : fc.constant(undefined),
    // the objects a valid body's references name, picked when it is sent
    references: livePick,
  });
};
const isValid = (body: unknown): body is { valid: unknown } =>
  typeof body === "object" && body !== null && "valid" in body;
/** The secrets of the invites the run has created, and of the demo one, by invite id. */
const inviteSecrets = new Map<string, string>();
/**
 * A valid body aimed at success: each field that names an object naming a live one (where there
 * is one); mostly the demo user's password to log in, the invite's own secret to accept it.
 */
function aimed(operationId: keyof typeof operations, value: unknown, pick: LivePick, id: string) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const body = { ...(value as Record<string, unknown>) };
  for (const [field, table] of referencesOf(opOf(operationId)))
    if (typeof body[field] === "string") body[field] = liveId(table, pick) ?? body[field];
  if (pick.anyones) return body;
  if (operationId === "login") Object.assign(body, { email: stub.email, password: stub.password });
  if (operationId === "acceptInvite") body.token = inviteSecrets.get(id) ?? body.token;
  return body;
}

/** The store's whole state (rows, secrets' hashes, tokens), to start every sequence from. */
type StoreState = Record<string, unknown>;
let seeded: StoreState = {};
const saveStore = (store: Store): StoreState =>
  structuredClone(
    Object.fromEntries(Object.entries(store).filter(([, v]) => typeof v !== "function")),
  );
const restoreStore = (store: Store, state: StoreState) =>
  Object.assign(store, structuredClone(state));
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

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** The URL and init of a generated request against `base`; `keyed` if it carries a key. */
function outgoing(r: FuzzRequest, base: string, sequence: number) {
  const { method, path } = operations[r.operationId];
  const table = tableOf(path);
  const id = typeof r.id === "string" ? r.id : ((table && liveId(table, r.id)) ?? demoOrg);
  const url = new URL(path.replace("{id}", id), base);
  for (const [name, value] of Object.entries(r.query)) url.searchParams.set(name, String(value));
  const authorization = creds[r.credential];
  const value = isValid(r.body) ? aimed(r.operationId, r.body.valid, r.references, id) : r.body;
  // A login password may be short enough to occur in any text ("a"): track real ones.
  const { password } = (value ?? {}) as { password?: unknown };
  if (typeof password === "string" && password.length >= 8) secrets.add(password);
  const body = isRaw(value)
    ? value
    : value === undefined
      ? undefined
      : { raw: JSON.stringify(value), type: "application/json" };
  const keyed = Boolean(r.idempotencyKey) && (method === "POST" || method === "PATCH");
  const init = {
    method,
    headers: {
      ...(authorization ? { authorization } : {}),
      ...(r.organization ? { "x-organization-id": r.organization } : {}),
      ...(body && { "content-type": body.type }),
      ...(keyed ? { "idempotency-key": `s${sequence}-${r.idempotencyKey}` } : {}),
    },
    // a string, or bytes that need not be UTF-8
    ...(body && { body: body.raw as string }),
  };
  return { method, url, init, keyed };
}

/**
 * An answer within the contract: below 500, with a request id, a declared status, a body its
 * schema allows, and no secret but the one it creates (which joins the secrets).
 */
function checkAnswer(
  operationId: keyof typeof operations,
  response: Response,
  text: string,
  where: string,
) {
  expect(response.status, where).toBeLessThan(500);
  expect(response.headers.get("x-request-id"), where).toBeTruthy();

  const declared = opOf(operationId).responses[String(response.status)];
  expect(declared, `undeclared status: ${where}`).toBeDefined();
  const content = (declared?.$ref ? byRef(doc.components.responses, declared.$ref) : declared)
    ?.content;
  const schema = content?.["application/json"].schema;
  const answer = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  if (schema) {
    const validate = responseValidator(schema);
    expect(validate(answer), `${where}\n${ajv.errorsText(validate.errors)}`).toBe(true);
  } else {
    expect(text, where).toBe("");
  }

  const own = response.ok && answer ? createdSecret(operationId, answer) : undefined;
  const shown = own ? text.replaceAll(own, "") : text;
  // one expect per response, not per secret: expect() itself is the fuzz's costliest step
  const leaks = [...secrets].filter((secret) => shown.includes(secret)).length;
  expect(leaks, `secret in ${where}`).toBe(0);
  if (own) secrets.add(own);
  if (own && operationId === "createInvite") inviteSecrets.set(String(answer?.id), own);
}

it(`stays within the contract for ${RUNS} generated request sequences`, async () => {
  let sent = 0;
  let sentOverHttp = 0;
  let sequence = 0;
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(
      fc.array(request, { minLength: 1, maxLength: 20, size: "max" }),
      // the transport is part of the case, so that FUZZ_PATH replays a failure the same way
      fc.nat({ max: HTTP_EVERY - 1 }),
      async (requests, transport) => {
        // Each sequence from the same store (a deleted organization or a logged-out token does
        // not outlive it), with idempotency keys of its own.
        restoreStore(stub.store, seeded);
        sequence++;
        const overHttp = transport === 0;
        const send = overHttp ? fetch : stub.fetch;
        for (const r of requests) {
          const { method, url, init, keyed } = outgoing(
            r,
            overHttp ? http.url : stub.baseUrl,
            sequence,
          );
          const response = await send(url, init);
          sent++;
          if (overHttp) sentOverHttp++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const text = await response.text();
          const where = `${method} ${url.pathname}${url.search} as ${r.credential} → ${response.status} ${text.slice(0, 300)}`;
          checkAnswer(r.operationId, response, text, where);

          // The same request again under its key: a replay (marked) never changes anything; a
          // repeat refused before the handler (an expired key, say) may be audited as such.
          if (keyed && response.status < 500) {
            const before = snapshot(stub.store);
            const again = await send(url, init);
            sent++;
            if (overHttp) sentOverHttp++;
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
      },
    ),
    {
      numRuns: RUNS,
      seed: SEED,
      ...(process.env.FUZZ_PATH && { path: process.env.FUZZ_PATH }),
      endOnFailure: true,
    },
  );
  const logged = log.join("\n");
  const leaks = [...secrets].filter((secret) => logged.includes(secret)).length;
  expect(leaks, "secret in the log").toBe(0);
  // one access-log line per request over HTTP
  expect(log.length).toBeGreaterThanOrEqual(sentOverHttp);
  // The run must reach past the auth layer: successes and validation errors both occur.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
  expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  if (!process.env.FUZZ_RUNS) {
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(sentOverHttp).toBeGreaterThanOrEqual(500);
    // Aimed past authentication: few 401s, and handlers answer a good share with success.
    const share = (from: number, to: number) =>
      [...statuses]
        .filter(([status]) => status >= from && status < to)
        .reduce((n, [, c]) => n + c, 0) / sent;
    expect(share(401, 402), "share of 401").toBeLessThan(0.15);
    expect(share(200, 300), "share of 2xx").toBeGreaterThan(0.25);
  }
  console.log(
    `fuzz: ${sent} requests (${sentOverHttp} over HTTP), statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
}, 600_000);
