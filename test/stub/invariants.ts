// What must hold of the stub's data whatever requests ran, concurrently or not: checked after
// each step of the race test and of the roles fuzz, straight on the store.
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { addMember } from "../../src/stub/handlers/auth";
import type { Role } from "../../src/stub/handlers/types";
import {
  newId,
  type Row,
  rowId,
  type Store,
  TABLE_NAMES,
  type TableName,
} from "../../src/stub/store";
import { token } from "./helpers";

/** The contract's references (`x-references`): table → field → the table it names. */
const REFERENCES = Object.entries(
  contract.components.schemas as Record<
    string,
    { properties?: Record<string, { "x-references"?: string }> }
  >,
).flatMap(([table, schema]) =>
  Object.entries(schema.properties ?? {}).flatMap(([field, property]) =>
    property["x-references"]
      ? [{ table: table as TableName, field, target: property["x-references"] as TableName }]
      : [],
  ),
);

/**
 * Rows that point at something gone: owned by a deleted organization, a membership or invite of
 * one (or of a deleted user), a field naming a deleted row. The trail may name deleted targets.
 */
export function danglingReferences(store: Store): string[] {
  const problems: string[] = [];
  const organizations = store.table("Organization");
  const describe = (table: string, row: Row) =>
    `${table} ${table === "KeyPolicy" ? row.org : rowId(row)}`;
  // every table the store has (not a copied list), so that a table added later is checked too
  for (const table of TABLE_NAMES)
    for (const row of store.rows(table)) {
      if (row.org !== null && !organizations.has(row.org))
        problems.push(`${describe(table, row)} belongs to deleted organization ${row.org}`);
    }
  for (const { data } of store.rows("Membership")) {
    if (!organizations.has(data.organization))
      problems.push(`membership ${data.id} of deleted organization ${data.organization}`);
    if (!store.table("User").has(data.user.id))
      problems.push(`membership ${data.id} of deleted user ${data.user.id}`);
  }
  for (const { table, field, target } of REFERENCES)
    for (const row of store.rows(table)) {
      const id = (row.data as Record<string, unknown>)[field];
      if (typeof id === "string" && !store.table(target).has(id))
        problems.push(`${describe(table, row)}.${field} names deleted ${target} ${id}`);
    }
  return problems;
}

/**
 * Users whose memberships as the store's index gives them (`membershipsOf`: the same rows, oldest
 * first) differ from a pass over every membership: a write that forgot the index. Checked for the
 * users and members the store holds and `users` (ids it may have forgotten since).
 */
export function membershipIndexProblems(store: Store, users: Iterable<string> = []): string[] {
  const scanned = new Map<string, Row<"Membership">[]>();
  for (const row of store.rows("Membership"))
    scanned.set(row.data.user.id, [...(scanned.get(row.data.user.id) ?? []), row]);
  const ids = new Set([...users, ...store.table("User").keys(), ...scanned.keys()]);
  return [...ids].flatMap((user) => {
    const indexed = store.membershipsOf(user);
    const expected = scanned.get(user) ?? [];
    const same =
      indexed.length === expected.length && indexed.every((row, i) => row === expected[i]);
    if (same) return [];
    const ids = (rows: Row[]) => rows.map((row) => `${row.id} (${row.org})`).join(", ");
    return [`user ${user}: indexed [${ids(indexed)}], held [${ids(expected)}]`];
  });
}

/**
 * Organizations whose storage is past its quota, or whose count differs from what their rows
 * hold (a write that escaped the count could grow the heap without bound).
 */
export function overQuota(store: Store): string[] {
  const held = new Map<string, number>();
  for (const table of TABLE_NAMES)
    for (const row of store.rows(table))
      if (row.org !== null) held.set(row.org, (held.get(row.org) ?? 0) + (row.size ?? 0));
  return [...store.table("Organization").keys()].flatMap((org) => {
    const counted = store.storedBytes(org);
    if (counted !== (held.get(org) ?? 0))
      return [`organization ${org} counts ${counted} bytes, its rows hold ${held.get(org) ?? 0}`];
    return counted > store.maxStorageBytes
      ? [`organization ${org} stores ${counted} bytes, over its ${store.maxStorageBytes}`]
      : [];
  });
}

/** Organizations (of `among`, default all) that have no owner. */
export function ownerless(store: Store, among?: string[]): string[] {
  const ids = among ?? [...store.table("Organization").keys()];
  return ids.filter(
    (org) =>
      store.table("Organization").has(org) &&
      !store.rows("Membership", (m) => m.data.role === "owner", org).length,
  );
}

/** An organization made straight in the store: a user per role, each with a token. */
export function team(store: Store, roles: Role[]) {
  const org = newId();
  const now = store.now().toISOString();
  store.insert("Organization", org, { id: org, name: "Team", created_at: now, updated_at: now });
  const people = roles.map((role) => {
    const id = newId();
    const email = `${role}-${id}@example.test`;
    const user = store.insert("User", null, { id, email, name: role, created_at: now }).data;
    const membership = addMember(store, org, user, role);
    return { role, email, user: id, membership: membership.id, auth: token(store.issueToken(id)) };
  });
  return { org, people };
}
