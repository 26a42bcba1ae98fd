// What must hold of the stub's data whatever requests ran, concurrently or not: checked after
// each step of the race test and of the roles fuzz, straight on the store.
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { emailKey } from "../../src/stub/formats";
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
  const scanned = grouped(store.rows("Membership"), (m) => m.data.user.id);
  const ids = [...users, ...store.table("User").keys(), ...scanned.keys()];
  return disagreements(
    "user",
    ids,
    (user) => store.membershipsOf(user),
    (user) => scanned.get(user) ?? [],
  );
}

/**
 * Addresses for which the store's email index (`userByEmail`: the oldest user whose address is
 * the same as the stub compares them) finds another user than a pass over every user: a write
 * that forgot the index. Checked for each user's address and `emails` (ones the store may have
 * dropped or changed since), each as given, upper-cased and with its case swapped.
 */
export function emailIndexProblems(store: Store, emails: Iterable<string> = []): string[] {
  const scanned = grouped(store.rows("User"), (u) => emailKey(u.data.email));
  const held = store.rows("User").map((u) => u.data.email);
  const probes = [...emails, ...held].flatMap((email) => [
    email,
    email.toUpperCase(),
    swapCase(email),
  ]);
  return disagreements(
    "email",
    probes,
    (email) => [store.userByEmail(email)].filter((row) => row !== undefined),
    (email) => (scanned.get(emailKey(email)) ?? []).slice(0, 1),
  );
}

/** `Ops@Example.com` → `oPS@eXAMPLE.COM`. */
export const swapCase = (text: string) =>
  [...text].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join("");

/** Rows by a key of theirs, in the order given. */
function grouped<R extends Row>(rows: R[], keyOf: (row: R) => string) {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row)) ?? [];
    groups.set(keyOf(row), group);
    group.push(row);
  }
  return groups;
}

/** The keys for which an index's rows differ from a scan's (the same rows, in the same order). */
function disagreements(
  what: string,
  keys: Iterable<string>,
  indexed: (key: string) => readonly Row[],
  scanned: (key: string) => readonly Row[],
): string[] {
  return [...new Set(keys)].flatMap((key) => {
    const [found, held] = [indexed(key), scanned(key)];
    if (found.length === held.length && found.every((row, i) => row === held[i])) return [];
    const ids = (rows: readonly Row[]) => rows.map((row) => `${row.id} (${row.org})`).join(", ");
    return [`${what} ${key}: indexed [${ids(found)}], held [${ids(held)}]`];
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
