// The one handler every uniform collection shares: list (filters, ordering, pages), create,
// get, replace, update and delete over a table, configured per collection.
import { type OperationId, operations } from "../../generated/operations";
import { defaultsFor } from "../contract";
import { type Data, newId, type Row, type Store, type TableName } from "../store";
import { actingOrg, type Caller, forbidden, invalid, notFound } from "./types";

export type Action = "list" | "create" | "get" | "replace" | "update" | "delete";

/** Rows a caller sees: the acted-on organization's and shared ones, or all of the caller's own. */
type Scope = "org" | "caller";

export interface Collection<T extends TableName> {
  scope?: Scope;
  /** Body fields naming an object of another table, which the caller's organization must see. */
  refs?: Record<string, TableName>;
  /** Query filters on a field of another name (`tag` → `tags`); others filter their namesake. */
  filters?: Record<string, string>;
  /** Throws when the caller may not do `action` (to `row`). */
  guard?(caller: Caller, action: Action, row?: Row<T>): void;
  /** Server-set fields of a new object in organization `org`. */
  init?(org: string): Partial<Data<T>>;
  /** Replaces dropping the row on delete (e.g. an invite is only marked revoked). */
  remove?(row: Row<T>, store: Store): void;
}

export interface Ctx {
  params: { id: string };
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  caller: Caller;
  store: Store;
  url: URL;
}
export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

type Signatures<T extends TableName> = {
  list(ctx: Pick<Ctx, "query" | "caller" | "store" | "url">): { status: 200; body: Page<Data<T>> };
  create(ctx: Pick<Ctx, "body" | "caller" | "store">): { status: 201; body: Data<T> };
  get(ctx: Pick<Ctx, "params" | "caller" | "store">): { status: 200; body: Data<T> };
  replace(ctx: Pick<Ctx, "params" | "body" | "caller" | "store">): { status: 200; body: Data<T> };
  update(ctx: Pick<Ctx, "params" | "body" | "caller" | "store">): { status: 200; body: Data<T> };
  delete(ctx: Pick<Ctx, "params" | "caller" | "store">): { status: 204 };
};
type OperationName<A, One extends string> = A extends "list"
  ? `list${One}s`
  : `${A & string}${One}`;
/** `listTemplates`, `createTemplate`, …: those of the six the contract has. */
export type CrudHandlers<One extends string, T extends TableName> = {
  [A in keyof Signatures<T> as Extract<OperationName<A, One>, OperationId>]: Signatures<T>[A];
};

/** A row's data built from the schema: `patch` over `base` over the schema's defaults. */
export function compose<T extends TableName>(
  table: T,
  base: Partial<Data<T>> | Record<string, unknown>,
  patch: Record<string, unknown>,
): Data<T> {
  const fields = defaultsFor(table);
  const requestDefaults = defaultsFor(`${table}Request`);
  for (const name of Object.keys(fields)) {
    if (name in patch) fields[name] = patch[name];
    else if (name in requestDefaults && !(name in base)) fields[name] = requestDefaults[name];
    else if (name in base) fields[name] = (base as Record<string, unknown>)[name];
  }
  return fields as Data<T>;
}

/** Throws a 400 on each body field that names an object the caller's organization cannot see. */
export function checkRefs(
  store: Store,
  caller: Caller,
  body: Record<string, unknown>,
  refs: Record<string, TableName>,
) {
  const errors: Record<string, string[]> = {};
  for (const [field, table] of Object.entries(refs)) {
    const id = body[field];
    if (typeof id !== "string") continue;
    const row = store.table(table).get(id);
    if (!row || (row.org !== null && row.org !== caller.org))
      errors[field] = [`Invalid pk "${id}" - object does not exist.`];
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

/** The rows of a list request: the caller's, filtered by query fields, ordered, one page. */
export function paginate<T>(
  rows: Row[],
  query: Record<string, unknown>,
  url: URL,
  fields: Record<string, string> = {},
): Page<T> {
  const { page = 1, page_size = 20, ordering, ...filters } = query;
  const matching = rows.filter((row) =>
    Object.entries(filters).every(([name, value]) => {
      const actual = (row.data as Record<string, unknown>)[fields[name] ?? name];
      return Array.isArray(actual) ? actual.includes(value) : actual === value;
    }),
  );
  if (ordering === "-created_at") matching.reverse();
  const [number, size] = [Number(page), Number(page_size)];
  const last = Math.max(1, Math.ceil(matching.length / size));
  if (number > last) throw notFound("Invalid page.");
  const link = (to: number) => {
    const target = new URL(url);
    if (to === 1) target.searchParams.delete("page");
    else target.searchParams.set("page", String(to));
    return target.href;
  };
  return {
    count: matching.length,
    next: number < last ? link(number + 1) : null,
    previous: number > 1 ? link(number - 1) : null,
    results: matching.slice((number - 1) * size, number * size).map((row) => row.data as T),
  };
}

const sees = (scope: Scope, caller: Caller, row: Row) =>
  scope === "caller"
    ? row.org !== null && caller.orgs.has(row.org)
    : row.org === caller.org || row.org === null;

/** The object a path names: 404 if there is none, 403 if the caller may not see or change it. */
export function inPath<T extends TableName>(
  { params, caller, store }: Pick<Ctx, "params" | "caller" | "store">,
  table: T,
  change: boolean,
  scope: Scope = "org",
): Row<T> {
  if (scope === "org") actingOrg(caller);
  const row = store.table(table).get(params.id);
  if (!row) throw notFound();
  if (!sees(scope, caller, row)) throw forbidden();
  if (change && row.org === null) throw forbidden("Built-in objects cannot be changed.");
  return row;
}

export function crud<One extends string, T extends TableName>(
  one: One,
  table: T,
  collection: Collection<T> = {},
): CrudHandlers<One, T> {
  const {
    scope = "org",
    refs = {},
    filters,
    guard = () => {},
    init = () => ({}),
    remove,
  } = collection;
  const find = (ctx: Pick<Ctx, "params" | "caller" | "store">, action: Action) => {
    const row = inPath(ctx, table, action !== "get", scope);
    guard(ctx.caller, action, row);
    return row;
  };
  const write = (
    ctx: Pick<Ctx, "params" | "body" | "caller" | "store">,
    action: "replace" | "update",
  ) => {
    const row = find(ctx, action);
    checkRefs(ctx.store, ctx.caller, ctx.body, refs);
    // PUT resets omitted writable fields to their defaults; PATCH keeps them.
    const writable = Object.keys(defaultsFor(`${table}Request`));
    const kept = Object.fromEntries(
      Object.entries(row.data).filter(([name]) => action === "update" || !writable.includes(name)),
    );
    row.data = compose(table, kept, { ...ctx.body, updated_at: new Date().toISOString() });
    return { status: 200 as const, body: row.data };
  };

  const handlers: Signatures<T> = {
    list: ({ query, caller, store, url }) => {
      guard(caller, "list");
      if (scope === "org") actingOrg(caller);
      const rows = store.rows(table, (row) => sees(scope, caller, row));
      return { status: 200, body: paginate<Data<T>>(rows, query, url, filters) };
    },
    create: ({ body, caller, store }) => {
      guard(caller, "create");
      const org = actingOrg(caller);
      checkRefs(store, caller, body, refs);
      const data = compose(table, {}, { ...body, ...init(org), id: newId() });
      return { status: 201, body: store.insert(table, org, data).data };
    },
    get: (ctx) => ({ status: 200, body: find(ctx, "get").data }),
    replace: (ctx) => write(ctx, "replace"),
    update: (ctx) => write(ctx, "update"),
    delete: (ctx) => {
      const row = find(ctx, "delete");
      if (remove) remove(row, ctx.store);
      else ctx.store.table(table).delete(ctx.params.id);
      return { status: 204 };
    },
  };
  return Object.fromEntries(
    Object.entries(handlers)
      .map(([action, handler]) => [action === "list" ? `list${one}s` : `${action}${one}`, handler])
      .filter(([name]) => (name as string) in operations),
  ) as CrudHandlers<One, T>;
}
