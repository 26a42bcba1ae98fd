import type { OperationId } from "./generated/operations";
import { routes } from "./generated/routes";
import type { operations } from "./generated/schema";
import type { ApiKeyRotateParams, Resources } from "./generated/sdk";
import { PagePromise, type PageShape } from "./pagination";
import type { APIPromise } from "./promise";
import type { RequestOptions } from "./transport";

export type { RequestOptions, Resources };

/** A call's path and query parameters: the id of a path with `{id}`, and a list's query. */
export interface Params {
  id?: string;
  query?: object;
}

/** What resources need from the client: a call of an operation. */
export type Api = (
  route: Route,
  params?: Params,
  body?: unknown,
  options?: RequestOptions,
) => APIPromise<unknown>;

/** An operation of the contract as the client sends it. */
export interface Route {
  /** Its method on the client, what messages call it by: `agents.list`, `Bedrock.signup`. */
  name: string;
  method: string;
  path: string;
  /**
   * The credentials it accepts, any one of them: `k` an API key (ApiKeyAuth), `t` a token
   * (TokenAuth); `a`: also none.
   */
  schemes: string;
  /** The body it takes: `b` as given, `c` as camelCase options, `.field` as that field alone. */
  body: string | undefined;
}

/** The generated table, read on first use (not at import: that would slow every cold start). */
let table: Route[] | undefined;

/** The contract's operations (src/generated/routes.ts), in its order. */
export function routeTable(): Route[] {
  if (table) return table;
  table = [];
  let base = "";
  let path = "";
  let receiver = "";
  for (const line of routes.split("\n")) {
    if (line.startsWith(" ")) {
      const [, method = "", schemes = "", name = "", body] = line.split(" ");
      table.push({ name: `${receiver}.${name}`, method, path, schemes, body });
      continue;
    }
    const [where = "", object = receiver] = line.split(" ");
    if (where.startsWith("/")) base = where;
    path = where.startsWith("/") ? where : base + where;
    receiver = object;
  }
  return table;
}

/** The operation of a client method (`Bedrock.login`, `invites.accept`). */
export function routeNamed(name: string): Route {
  return routeTable().find((route) => route.name === name) as Route;
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
function methodOf(request: Api, route: Route) {
  if (route.name.endsWith(".list"))
    return (query?: object, options?: RequestOptions) => {
      const page = (query: object | undefined) =>
        request(route, { query: query ?? {} }, undefined, options) as APIPromise<PageShape>;
      return new PagePromise(page(query), page, options?.signal);
    };
  const byId = route.path.includes("{id}");
  return (...args: unknown[]) => {
    const params = byId ? { id: args.shift() as string } : undefined;
    const body = route.body ? bodyOf(route.body, args.shift()) : undefined;
    return request(route, params, body, args[0] as RequestOptions | undefined);
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
export function createResources(request: Api): Resources {
  type Node = { [name: string]: Node | ReturnType<typeof methodOf> };
  const resources: Node = {};
  for (const route of routeTable()) {
    const names = route.name.split(".");
    if (names[0] === "Bedrock") continue; // a static of the class
    const method = names.pop() as string;
    let node = resources;
    for (const name of names) {
      node[name] ??= {};
      node = node[name] as Node;
    }
    node[method] = methodOf(request, route);
  }
  return resources as unknown as Resources;
}
