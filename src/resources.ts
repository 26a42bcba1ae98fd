import type { OperationId, SecurityScheme } from "./generated/operations";
import { routes } from "./generated/routes";
import type { operations, paths } from "./generated/schema";
import type { ApiKeyRotateParams, Resources } from "./generated/sdk";
import type { PagePromise, PageShape } from "./pagination";
import type { APIPromise } from "./promise";
import type { RequestOptions } from "./transport";

export type { RequestOptions, Resources };

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

/** How the client sends an operation: method, path, and the credentials it accepts. */
export interface Route {
  method: string;
  path: string;
  /** The security schemes it accepts, any one of them. */
  security: readonly SecurityScheme[];
  /** Whether it also takes no credentials. */
  anonymous: boolean;
}
/** The generated table, read on first use (not at import: that would slow every cold start). */
let table:
  | {
      /** Every operation's route by operationId. */
      routeOf: Record<OperationId, Route>;
      /** `operationAt["/api/templates/"].GET === "listTemplates"`: operations by path and method. */
      operationAt: Record<string, Record<string, OperationId>>;
    }
  | undefined;

/** The contract's operations by operationId, and by path and method. */
export function routeTable(): NonNullable<typeof table> {
  if (table) return table;
  const routeOf = {} as Record<OperationId, Route>;
  const operationAt: Record<string, Record<string, OperationId>> = {};
  for (const line of routes.split("\n")) {
    const [id, method = "", path = "", flags = ""] = line.split(" ") as [OperationId, ...string[]];
    const security: SecurityScheme[] = [];
    if (flags.includes("k")) security.push("ApiKeyAuth");
    if (flags.includes("t")) security.push("TokenAuth");
    routeOf[id] = { method, path, security, anonymous: flags.includes("a") };
    const byMethod = operationAt[path] ?? {};
    byMethod[method] = id;
    operationAt[path] = byMethod;
  }
  table = { routeOf, operationAt };
  return table;
}

type Json<R> = R extends { content: { "application/json": infer T } } ? T : undefined;
type ResultOf<O> = O extends { responses: infer R }
  ? Json<R[Extract<keyof R, SuccessStatus>]>
  : never;
type BodyOf<O> = O extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
type SuccessStatus = 200 | 201 | 202 | 204;

/** The data an operation resolves to (`undefined` for a 204). */
export type Result<Id extends OperationId> = ResultOf<operations[Id]>;
/** The JSON body an operation takes. */
export type Body<Id extends OperationId> = BodyOf<operations[Id]>;

/** Each method: its HTTP method, on the collection or on its item, and how its arguments make the call. */
const verbs = {
  list: { method: "GET", item: false, call: paged },
  create: { method: "POST", item: false, call: withBody },
  get: { method: "GET", item: true, call: byId },
  update: { method: "PATCH", item: true, call: byIdWithBody },
  replace: { method: "PUT", item: true, call: byIdWithBody },
  delete: { method: "DELETE", item: true, call: byId },
} as const;

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

/**
 * A collection's methods (list/create on `path`, get/update/replace/delete on `path{id}/`), as
 * the contract defines them; the generated {@link Resources} types them.
 */
// biome-ignore lint/suspicious/noExplicitAny: typed by the generated interface it is spread into.
function collection(api: Api, path: keyof paths): any {
  const { operationAt } = routeTable();
  const resource: Record<string, unknown> = {};
  for (const [name, verb] of Object.entries(verbs)) {
    const op = operationAt[verb.item ? `${path}{id}/` : path]?.[verb.method];
    if (op) resource[name] = verb.call(api, op);
  }
  return resource;
}

/** How `apiKeys.rotate` rotates a key. @deprecated Use {@link ApiKeyRotateParams}. */
export type RotateOptions = ApiKeyRotateParams;

/**
 * Every resource of the API: collections from the contract, plus its actions. The generated
 * {@link Resources} interface types and documents them (src/generated/sdk.ts).
 */
export function createResources(api: Api): Resources {
  const byOrganization =
    (op: OperationId) =>
    (organizationId: string, ...rest: unknown[]) =>
      api.request(op, { path: { id: organizationId } }, ...(rest as [unknown, RequestOptions?]));
  return {
    organizations: {
      ...collection(api, "/api/organizations/organizations/"),
      keyPolicy: {
        get: (organizationId, options) =>
          byOrganization("getKeyPolicy")(organizationId, undefined, options),
        update: byOrganization("updateKeyPolicy"),
        replace: byOrganization("replaceKeyPolicy"),
      },
    },
    members: collection(api, "/api/organizations/members/"),
    invites: {
      ...collection(api, "/api/organizations/invites/"),
      accept: (id, body, options) => api.request("acceptInvite", { path: { id } }, body, options),
    },
    apiKeys: {
      ...collection(api, "/api/organizations/api-keys/"),
      rotate: (id, { graceSeconds, expiresAt } = {}, options) =>
        api.request(
          "rotateApiKey",
          { path: { id } },
          { grace_seconds: graceSeconds, expires_at: expiresAt },
          options,
        ),
    },
    auditEvents: collection(api, "/api/organizations/audit-events/"),
    auth: {
      me: (options) => api.request("getMe", undefined, undefined, options),
      logout: (options) => api.request("logout", undefined, undefined, options),
    },
    templates: collection(api, "/api/templates/"),
    agents: {
      ...collection(api, "/api/agents/"),
      run: (id, body, options) => api.request("runAgent", { path: { id } }, body, options),
      stop: (id, options) => api.request("stopAgent", { path: { id } }, undefined, options),
      tag: (id, tags, options) => api.request("tagAgent", { path: { id } }, { tags }, options),
    },
    traces: collection(api, "/api/traces/"),
    adapters: collection(api, "/api/adapters/"),
    adapterConfigs: collection(api, "/api/adapter-configs/"),
    adapterState: {
      contacts: collection(api, "/api/adapter-state/contacts/"),
      messages: collection(api, "/api/adapter-state/messages/"),
      documents: collection(api, "/api/adapter-state/documents/"),
      projects: collection(api, "/api/adapter-state/projects/"),
      notifications: collection(api, "/api/adapter-state/notifications/"),
    },
  };
}
