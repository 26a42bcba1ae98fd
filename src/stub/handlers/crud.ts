// The one handler every uniform collection shares: list (filters, ordering, pages), create,
// get, replace, update and delete over a table, configured per collection.
import { type OperationId, operations } from "../../generated/operations";
import { componentSchema, contract, defaultsFor } from "../contract";
import { type Data, newId, type Row, rowId, type Store, type TableName, type View } from "../store";
import { counted, plural } from "../words";
import { actingOrg, type Caller, forbidden, HttpError, invalid, notFound } from "./types";

export type Action = "list" | "create" | "get" | "replace" | "update" | "delete";

/** Rows a caller sees: the acted-on organization's and shared ones, or all of the caller's own. */
type Scope = "org" | "caller";

export interface Collection<T extends TableName> {
  scope?: Scope;
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

/**
 * A row's data built from the schema: `patch` over `base` over the schema's defaults, a
 * date-time's being `now` (the store's clock).
 */
export function compose<T extends TableName>(
  table: T,
  base: Partial<Data<T>> | Record<string, unknown>,
  patch: Record<string, unknown>,
  now: Date,
): Data<T> {
  const fields = defaultsFor(table, now);
  const requestDefaults = defaultsFor(`${table}Request`, now);
  for (const name of Object.keys(fields)) {
    if (name in patch) fields[name] = patch[name];
    else if (name in requestDefaults && !(name in base)) fields[name] = requestDefaults[name];
    else if (name in base) fields[name] = (base as Record<string, unknown>)[name];
  }
  return fields as Data<T>;
}

/**
 * A field of a table's rows that names a row of another (`x-references` in the contract), and
 * what deleting that row does (`x-on-delete`): `protect` refuses it with 409 while the
 * reference remains, `cascade` deletes the referring row with it.
 */
interface Reference {
  table: TableName;
  field: string;
  target: TableName;
  onDelete: "protect" | "cascade";
}

const references: Reference[] = Object.keys(contract.components.schemas).flatMap((table) =>
  Object.entries(componentSchema(table).properties ?? {}).flatMap(([field, property]) =>
    typeof property["x-references"] === "string"
      ? [
          {
            table: table as TableName,
            field,
            target: property["x-references"] as TableName,
            onDelete: property["x-on-delete"] === "cascade" ? "cascade" : "protect",
          } as const,
        ]
      : [],
  ),
);

/** The fields of a table's rows that name other rows, each with the table it names. */
const referencesOf = (table: TableName) => references.filter((r) => r.table === table);

/** Throws a 400 on each body field that names an object the caller's organization cannot see. */
export function checkRefs(
  store: Store,
  caller: Caller,
  table: TableName,
  body: Record<string, unknown>,
) {
  const errors: Record<string, string[]> = {};
  for (const { field, target } of referencesOf(table)) {
    const id = body[field];
    if (typeof id !== "string") continue;
    const row = store.table(target).get(id);
    if (!row || (row.org !== null && row.org !== caller.org))
      errors[field] = [`Invalid pk "${id}" - object does not exist.`];
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

/** "AdapterConfig" → "adapter config". */
const label = (table: TableName) => table.replace(/(?<=[a-z])(?=[A-Z])/g, " ").toLowerCase();

/**
 * Deletes a row by the contract's rule for what refers to it: 409 naming the rows that still
 * refer to it through a protecting reference, else it goes with the rows that cascade.
 */
export function deleteRow(store: Store, table: TableName, row: Row) {
  const doomed = new Map<Row, TableName>([[row, table]]);
  const blocking = new Map<TableName, string[]>();
  const visit = (target: TableName, gone: Row) => {
    for (const ref of references.filter((r) => r.target === target)) {
      const referring = store.rows(
        ref.table,
        (r) => (r.data as Record<string, unknown>)[ref.field] === rowId(gone),
        gone.org,
      );
      for (const other of referring) {
        if (ref.onDelete === "protect") {
          blocking.set(ref.table, [...(blocking.get(ref.table) ?? []), rowId(other)]);
        } else if (!doomed.has(other)) {
          doomed.set(other, ref.table);
          visit(ref.table, other);
        }
      }
    }
  };
  visit(table, row);
  if (blocking.size) {
    const referrers = [...blocking].map(([referrer, ids]) => ({
      referrer,
      ids: [...new Set(ids)],
    }));
    const parts = referrers.map(({ referrer, ids }) => {
      const listed = ids.slice(0, 3).join(", ") + (ids.length > 3 ? ", …" : "");
      return `${counted(ids.length, label(referrer))} (${listed})`;
    });
    // the verb agrees with it all: "1 agent (…) refers", "2 agents (…)" or "1 agent and 1 trace" refer
    const subjects = referrers.length === 1 ? (referrers[0]?.ids.length ?? 0) : referrers.length;
    throw new HttpError(409, {
      detail: `Cannot delete this ${label(table)}: ${parts.join(" and ")} still ${plural(subjects, "refers", "refer")} to it.`,
    });
  }
  for (const [gone, name] of doomed) store.delete(name, rowId(gone));
}

/** Whether a row's fields match a list's filters (a list field matches if it includes the value). */
function matches(row: Row, filters: Record<string, unknown>, fields: Record<string, string>) {
  return Object.entries(filters).every(([name, value]) => {
    const actual = (row.data as Record<string, unknown>)[fields[name] ?? name];
    return Array.isArray(actual) ? actual.includes(value) : actual === value;
  });
}

/** One page of a list: 404 past the last page, absolute links to the pages either side. */
export function paginate<T extends TableName>(
  view: View<T>,
  { page = 1, page_size = 20 }: Record<string, unknown>,
  url: URL,
): Page<Data<T>> {
  const [number, size] = [Number(page), Number(page_size)];
  const last = Math.max(1, Math.ceil(view.count / size));
  if (number > last) throw notFound("Invalid page.");
  const link = (to: number) => {
    const target = new URL(url);
    if (to === 1) target.searchParams.delete("page");
    else target.searchParams.set("page", String(to));
    return target.href;
  };
  return {
    count: view.count,
    next: number < last ? link(number + 1) : null,
    previous: number > 1 ? link(number - 1) : null,
    results: view.slice((number - 1) * size, number * size).map((row) => row.data),
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
  const { scope = "org", filters = {}, guard = () => {}, init = () => ({}), remove } = collection;
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
    checkRefs(ctx.store, ctx.caller, table, ctx.body);
    // PUT resets omitted writable fields to their defaults; PATCH keeps them.
    const now = ctx.store.now();
    const writable = Object.keys(defaultsFor(`${table}Request`, now));
    const kept = Object.fromEntries(
      Object.entries(row.data).filter(([name]) => action === "update" || !writable.includes(name)),
    );
    ctx.store.update(
      table,
      row,
      compose(table, kept, { ...ctx.body, updated_at: now.toISOString() }, now),
    );
    return { status: 200 as const, body: row.data };
  };

  const handlers: Signatures<T> = {
    list: ({ query, caller, store, url }) => {
      guard(caller, "list");
      const { page, page_size, ordering, ...filter } = query;
      const orgs = scope === "caller" ? [...caller.orgs.keys()] : [actingOrg(caller), null];
      const where = Object.keys(filter).length
        ? (row: Row<T>) => matches(row, filter, filters)
        : undefined;
      const view = store.view(table, { orgs, where, newestFirst: ordering === "-created_at" });
      return { status: 200, body: paginate(view, { page, page_size }, url) };
    },
    create: ({ body, caller, store }) => {
      guard(caller, "create");
      const org = actingOrg(caller);
      checkRefs(store, caller, table, body);
      const data = compose(table, {}, { ...body, ...init(org), id: newId() }, store.now());
      return { status: 201, body: store.insert(table, org, data).data };
    },
    get: (ctx) => ({ status: 200, body: find(ctx, "get").data }),
    replace: (ctx) => write(ctx, "replace"),
    update: (ctx) => write(ctx, "update"),
    delete: (ctx) => {
      const row = find(ctx, "delete");
      if (remove) remove(row, ctx.store);
      else deleteRow(ctx.store, table, row);
      return { status: 204 };
    },
  };
  return Object.fromEntries(
    Object.entries(handlers)
      .map(([action, handler]) => [action === "list" ? `list${one}s` : `${action}${one}`, handler])
      .filter(([name]) => (name as string) in operations),
  ) as CrudHandlers<One, T>;
}
