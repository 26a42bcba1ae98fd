import type { OperationId, SecurityScheme } from "./generated/operations";
import { routes } from "./generated/routes";
import type { operations } from "./generated/schema";
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

/** How the client sends an operation: method, path, the credentials it accepts, its SDK method. */
export interface Route {
  method: string;
  path: string;
  /** The security schemes it accepts, any one of them. */
  security: readonly SecurityScheme[];
  /** Whether it also takes no credentials. */
  anonymous: boolean;
  /** Its method on the client (`adapterState.contacts.get`), unless it is a static session flow. */
  name: string | undefined;
  /** The body it takes: `b` as given, `c` as camelCase options, `.field` as that field alone. */
  body: string | undefined;
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
    const [id, method = "", path = "", flags = "", name, body] = line.split(" ") as [
      OperationId,
      ...string[],
    ];
    const security: SecurityScheme[] = [];
    if (flags.includes("k")) security.push("ApiKeyAuth");
    if (flags.includes("t")) security.push("TokenAuth");
    routeOf[id] = { method, path, security, anonymous: flags.includes("a"), name, body };
    operationAt[path] = { ...operationAt[path], [method]: id };
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

/**
 * An operation's method: `list(query, options)` pages; the others take the id first when the
 * path has one, then the body when the operation takes one, then the options.
 */
function methodOf(api: Api, operation: OperationId, { path, name, body }: Route) {
  if (name?.endsWith(".list"))
    return (query?: object, options?: RequestOptions) => api.list(operation, query, options);
  const byId = path.includes("{id}");
  return (...args: unknown[]) => {
    const params = byId ? { path: { id: args.shift() as string } } : undefined;
    const data = body ? bodyOf(body, args.shift()) : undefined;
    return api.request(operation, params, data, args[0] as RequestOptions | undefined);
  };
}

/** The JSON body of an argument: as given, its camelCase keys in snake_case, or as one field. */
function bodyOf(kind: string, value: unknown): unknown {
  if (kind === "b") return value;
  if (kind !== "c") return { [kind.slice(1)]: value };
  return Object.fromEntries(
    Object.entries(value ?? {}).map(([key, item]) => [
      key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
      item,
    ]),
  );
}

/** How `apiKeys.rotate` rotates a key. @deprecated Use {@link ApiKeyRotateParams}. */
export type RotateOptions = ApiKeyRotateParams;

/**
 * Every resource of the API, each method where the generated table puts it. The generated
 * {@link Resources} interface types and documents them (src/generated/sdk.ts).
 */
export function createResources(api: Api): Resources {
  type Node = { [name: string]: Node | ReturnType<typeof methodOf> };
  const resources: Node = {};
  for (const [operation, route] of Object.entries(routeTable().routeOf)) {
    if (!route.name) continue;
    const names = route.name.split(".");
    const method = names.pop() as string;
    let node = resources;
    for (const name of names) {
      node[name] ??= {};
      node = node[name] as Node;
    }
    node[method] = methodOf(api, operation as OperationId, route);
  }
  return resources as unknown as Resources;
}
