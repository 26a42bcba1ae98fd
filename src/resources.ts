import { operations as contract, type OperationId } from "./generated/operations";
import type { operations, paths } from "./generated/schema";
import type { PagePromise, PageShape } from "./pagination";
import type { APIPromise } from "./promise";
import type { RequestTuning } from "./transport";

/** Options every method takes last. */
export interface RequestOptions extends RequestTuning {
  /** Aborts the call (and a `for await` walk of a list): it rejects with an `APIUserAbortError` whose `cause` is the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call, over the client's. */
  headers?: Record<string, string> | undefined;
  /**
   * The `Idempotency-Key` of a POST or PATCH (1 to 255 printable ASCII characters), e.g. an
   * id of the action in your own system, so that repeating the call (after a crash, say)
   * gets the first answer instead of acting twice. By default each call gets a fresh UUID,
   * the same on each of its retries.
   */
  idempotencyKey?: string | undefined;
}

/** Path and query parameters as openapi-fetch takes them. */
export interface Params {
  path?: { id: string };
  query?: object;
}

/** What resources need from the client: a call per operationId, and a paged list. */
export interface Api {
  request<Id extends OperationId>(
    operation: Id,
    params?: Params,
    body?: unknown,
    options?: RequestOptions,
  ): APIPromise<Result<Id>>;
  list(operation: OperationId, query?: object, options?: RequestOptions): PagePromise<PageShape>;
}

/** `operationAt["/api/templates/"].GET === "listTemplates"`: the contract's operations by path and method. */
export const operationAt: Record<string, Record<string, OperationId>> = {};
for (const [id, { method, path }] of Object.entries(contract)) {
  operationAt[path] = { ...operationAt[path], [method]: id as OperationId };
}

type Json<R> = R extends { content: { "application/json": infer T } } ? T : undefined;
type ResultOf<O> = O extends { responses: infer R }
  ? Json<R[Extract<keyof R, SuccessStatus>]>
  : never;
type BodyOf<O> = O extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type SuccessStatus = 200 | 201 | 202 | 204;

/** The data an operation resolves to (`undefined` for a 204). */
export type Result<Id extends OperationId> = ResultOf<operations[Id]>;
/** The JSON body an operation takes. */
export type Body<Id extends OperationId> = BodyOf<operations[Id]>;

type Op<P extends string, M extends string> = P extends keyof paths
  ? NonNullable<paths[P][Lowercase<M> & keyof paths[P]]>
  : never;
type Item<C extends string> = `${C}{id}/`;
type Page<C extends string> = Extract<ResultOf<Op<C, "GET">>, PageShape>;

/** The methods a collection can have; {@link Collection} keeps those its contract defines. */
interface CollectionMethods<C extends string> {
  /** A page of the collection (`await`), or every item of every page (`for await`). */
  list(query?: QueryOf<Op<C, "GET">>, options?: RequestOptions): PagePromise<Page<C>>;
  /** Create one. */
  create(
    body: BodyOf<Op<C, "POST">>,
    options?: RequestOptions,
  ): APIPromise<ResultOf<Op<C, "POST">>>;
  /** Get one by id. */
  get(id: string, options?: RequestOptions): APIPromise<ResultOf<Op<Item<C>, "GET">>>;
  /** Change the fields sent (PATCH). */
  update(
    id: string,
    body: BodyOf<Op<Item<C>, "PATCH">>,
    options?: RequestOptions,
  ): APIPromise<ResultOf<Op<Item<C>, "PATCH">>>;
  /** Replace it whole (PUT). */
  replace(
    id: string,
    body: BodyOf<Op<Item<C>, "PUT">>,
    options?: RequestOptions,
  ): APIPromise<ResultOf<Op<Item<C>, "PUT">>>;
  /** Delete it; resolves to `undefined`. */
  delete(id: string, options?: RequestOptions): APIPromise<ResultOf<Op<Item<C>, "DELETE">>>;
}

/** Each method: its HTTP method, on the collection or on its item, and how its arguments make the call. */
const verbs = {
  list: { method: "GET", item: false, call: paged },
  create: { method: "POST", item: false, call: withBody },
  get: { method: "GET", item: true, call: byId },
  update: { method: "PATCH", item: true, call: byIdWithBody },
  replace: { method: "PUT", item: true, call: byIdWithBody },
  delete: { method: "DELETE", item: true, call: byId },
} as const;

type Verb = keyof typeof verbs;
type PathOf<C extends string, V extends Verb> = (typeof verbs)[V]["item"] extends true
  ? Item<C>
  : C;

/** The verbs the contract defines for the collection at path `C`. */
type DefinedVerb<C extends string> = {
  [V in Verb]: [Op<PathOf<C, V>, (typeof verbs)[V]["method"]>] extends [never] ? never : V;
}[Verb];

/**
 * The collection at path `C` with exactly the methods its contract defines, typed from `paths`.
 * A `Pick` of every method a collection can have, so each keeps its documentation.
 */
export type Collection<C extends string> = Pick<CollectionMethods<C>, DefinedVerb<C>>;

function paged(api: Api, op: OperationId) {
  return (query?: object, options?: RequestOptions) => api.list(op, query, options);
}

function withBody(api: Api, op: OperationId) {
  return (body: unknown, options?: RequestOptions) => api.request(op, undefined, body, options);
}

function byId(api: Api, op: OperationId) {
  return (id: string, options?: RequestOptions) =>
    api.request(op, { path: { id } }, undefined, options);
}

function byIdWithBody(api: Api, op: OperationId) {
  return (id: string, body: unknown, options?: RequestOptions) =>
    api.request(op, { path: { id } }, body, options);
}

/** A collection's methods (list/create on `path`, get/update/replace/delete on `path{id}/`), as the contract defines them. */
function collection<C extends keyof paths>(api: Api, path: C): Collection<C> {
  const resource: Record<string, unknown> = {};
  for (const [name, verb] of Object.entries(verbs)) {
    const op = operationAt[verb.item ? `${path}{id}/` : path]?.[verb.method];
    if (op) resource[name] = verb.call(api, op);
  }
  return resource as Collection<C>;
}

/** How {@link Resources}' `apiKeys.rotate` rotates a key. */
export interface RotateOptions {
  /** Seconds the old key keeps working (0 to 86 400; default 3600). */
  graceSeconds?: Body<"rotateApiKey">["grace_seconds"];
  /** When the new key expires (`null`: never); default: as long-lived as the old key. */
  expiresAt?: Body<"rotateApiKey">["expires_at"];
}

/** Every resource of the API: collections from the contract, plus its actions. */
export function createResources(api: Api) {
  return {
    /** Your organizations (with a token), or your API key's own organization. */
    organizations: {
      ...collection(api, "/api/organizations/organizations/"),
      /** An organization's rules for its API keys: members read them, owners and admins (token only) change them. */
      keyPolicy: {
        /** The organization's key policy. */
        get: (organizationId: string, options?: RequestOptions) =>
          api.request("getKeyPolicy", { path: { id: organizationId } }, undefined, options),
        /** Change the fields sent: `{ max_key_lifetime_days: 30 }`, `{ api_keys_enabled: false }`. */
        update: (organizationId: string, body: Body<"updateKeyPolicy">, options?: RequestOptions) =>
          api.request("updateKeyPolicy", { path: { id: organizationId } }, body, options),
        /** Set the whole policy (an omitted `max_key_lifetime_days` becomes `null`). */
        replace: (
          organizationId: string,
          body: Body<"replaceKeyPolicy">,
          options?: RequestOptions,
        ) => api.request("replaceKeyPolicy", { path: { id: organizationId } }, body, options),
      },
    },
    /** Memberships of the organization (token only): change a role, remove a member. */
    members: collection(api, "/api/organizations/members/"),
    /** Invitations to join the organization (token only). */
    invites: {
      ...collection(api, "/api/organizations/invites/"),
      /** Accept an invite with its secret as this client's user (an existing account); `Bedrock.acceptInvite` signs up someone new. */
      accept: (id: string, body: Body<"acceptInvite">, options?: RequestOptions) =>
        api.request("acceptInvite", { path: { id } }, body, options),
    },
    /** The organization's API keys; a created or rotated key's `key` is shown once. */
    apiKeys: {
      ...collection(api, "/api/organizations/api-keys/"),
      /**
       * Replace a key without downtime: resolves to the new key (its `key` shown once), while the
       * old one keeps working for `graceSeconds` (default 3600, at most 86 400).
       */
      rotate: (
        id: string,
        { graceSeconds, expiresAt }: RotateOptions = {},
        options?: RequestOptions,
      ) =>
        api.request(
          "rotateApiKey",
          { path: { id } },
          { grace_seconds: graceSeconds, expires_at: expiresAt },
          options,
        ),
    },
    /** The organization's audit trail, newest first: who did what, with which key, in which request. */
    auditEvents: collection(api, "/api/organizations/audit-events/"),
    /** The signed-in user (token only). */
    auth: {
      /** The user with their memberships. */
      me: (options?: RequestOptions) => api.request("getMe", undefined, undefined, options),
      /** Revoke this client's token; it stops working at once. */
      logout: (options?: RequestOptions) => api.request("logout", undefined, undefined, options),
    },
    /** Agent templates. */
    templates: collection(api, "/api/templates/"),
    /** Agents, and running them. */
    agents: {
      ...collection(api, "/api/agents/"),
      /** Start a run (202): the agent becomes `running`. */
      run: (id: string, body?: Body<"runAgent">, options?: RequestOptions) =>
        api.request("runAgent", { path: { id } }, body, options),
      /** Stop the agent: it becomes `stopped`. */
      stop: (id: string, options?: RequestOptions) =>
        api.request("stopAgent", { path: { id } }, undefined, options),
      /** Add tags (existing ones are kept); resolves to the agent. */
      tag: (id: string, tags: Body<"tagAgent">["tags"], options?: RequestOptions) =>
        api.request("tagAgent", { path: { id } }, { tags }, options),
    },
    /** Traces of agent runs. */
    traces: collection(api, "/api/traces/"),
    /** Built-in and custom adapters. */
    adapters: collection(api, "/api/adapters/"),
    /** Adapters configured for templates. */
    adapterConfigs: collection(api, "/api/adapter-configs/"),
    /** The default adapter's state. */
    adapterState: {
      /** People the agents talk to. */
      contacts: collection(api, "/api/adapter-state/contacts/"),
      /** Messages exchanged with contacts. */
      messages: collection(api, "/api/adapter-state/messages/"),
      /** Documents agents read and write. */
      documents: collection(api, "/api/adapter-state/documents/"),
      /** Projects grouping documents. */
      projects: collection(api, "/api/adapter-state/projects/"),
      /** Notifications for the organization's users. */
      notifications: collection(api, "/api/adapter-state/notifications/"),
    },
  };
}

/** Every resource of a client: `bedrock.templates`, `bedrock.adapterState.contacts`, … */
export type Resources = ReturnType<typeof createResources>;
