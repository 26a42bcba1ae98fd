// In-memory data. Every object is a row tagged with its organization (`null`: shared by all,
// like the built-in adapters); secrets live beside the rows, only as hashes.
import type { components } from "../generated/schema";
import { LIMITS } from "./contract";
import { HttpError } from "./errors";
import { emailKey } from "./formats";
import {
  base64url,
  equalBytes,
  hashPassword,
  hex,
  type PasswordHash,
  randomBytes,
  randomUuid,
  sha256,
} from "./secrets";

type Schemas = components["schemas"];
/** The store's tables, one a schema of the contract whose objects the stub keeps. */
export const TABLE_NAMES = [
  "Organization",
  "User",
  "Membership",
  "Invite",
  "ApiKey",
  "Template",
  "Agent",
  "AgentRun",
  "Trace",
  "Adapter",
  "AdapterConfig",
  "Contact",
  "Message",
  "Document",
  "Project",
  "Notification",
  "KeyPolicy",
  "AuditEvent",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
/** Rows as their contract schema, writable (readOnly only binds clients). */
export type Data<T extends TableName> = { -readonly [K in keyof Schemas[T]]: Schemas[T][K] };

export interface Row<T extends TableName = TableName> {
  /** The key the row is found by in its table: its `id` (a key policy: its organization's). */
  readonly id: string;
  /** Owner organization id; `null` for objects every organization sees (built-ins, users). */
  org: string | null;
  /** The retention group the row was kept in (see {@link Store.insertKeepingNewest}), if any. */
  group?: string | undefined;
  /** What the row counts toward its organization's storage quota (see `storedSize`). */
  size?: number | undefined;
  /** Insertion order, the tie-break when `created_at` is equal. */
  seq: number;
  /** `created_at` in ms (0 without one), read once on insert: the order lists are kept in. */
  created: number;
  data: Data<T>;
}

/**
 * A table's rows by id, and in creation order: per organization (and per retention group in
 * one), and all of them. `all` keeps deleted rows (listed in `gone`) until they are half of it,
 * so that dropping one row, or an organization's, costs no pass over everyone else's.
 */
interface Table {
  byId: Map<string, Row>;
  byOrg: Map<string | null, Row[]>;
  groups: Map<string | null, Map<string, Row[]>>;
  all: Row[];
  gone: Set<Row>;
}

/** What a list asks for: its rows' organizations, a filter, newest first or not, a range. */
export interface PageQuery<T extends TableName> {
  orgs: (string | null)[];
  where?: ((row: Row<T>) => boolean) | undefined;
  newestFirst?: boolean | undefined;
}
/** A list's rows: how many, and a slice of them, in order (cheap for an unfiltered list). */
export interface View<T extends TableName> {
  count: number;
  slice(start: number, end: number): Row<T>[];
}

/** Characters of an API key shown as its `prefix`: `bk_` and 8 more. */
const PREFIX_LENGTH = 11;

/**
 * Where a key comes from, for the rules no credential escapes: the first key of its rotation
 * chain (the caller an idempotent replay goes to), and the latest it may expire (ms; `null`:
 * no bound), its makers' and the replaced key's expiry when it was made.
 */
export interface KeyLineage {
  root: string;
  notAfter: number | null;
}

export type KeyCheck =
  | { ok: true; row: Row<"ApiKey"> }
  | { ok: false; reason: "unknown" }
  | { ok: false; reason: "expired" | "revoked"; row: Row<"ApiKey"> };

/**
 * The stub's in-memory data: a table of rows per schema, plus password, API key and token
 * hashes. Handlers read and change it; tests can too, to set up or inspect state.
 */
export class Store {
  private readonly tables = new Map<TableName, Table>();
  private seq = 0;
  private readonly passwords = new Map<string, PasswordHash>();
  /** API key hashes by key prefix: the prefix finds candidates, the hash decides. */
  private readonly keysByPrefix = new Map<string, { id: string; hash: Uint8Array }[]>();
  /** API key id → its prefix, to find its hash in `keysByPrefix`. */
  private readonly keyPrefixes = new Map<string, string>();
  /** Token hash (hex) → user id. */
  private readonly tokens = new Map<string, string>();
  /** User id → their token hashes, oldest first. */
  private readonly userTokens = new Map<string, Set<string>>();
  /** Invite id → the hash of its secret. */
  private readonly inviteSecrets = new Map<string, Uint8Array>();
  /** Revoked keys by id, out of their table but remembered, so their use is told apart and audited. */
  private readonly revokedKeys = new Map<string, Row<"ApiKey">>();
  /** The ids of `revokedKeys` by organization, to forget them with it. */
  private readonly revokedByOrg = new Map<string | null, Set<string>>();
  /** Token hash (hex) → the short-term keys made with it, which end when it is revoked. */
  private readonly tokenKeys = new Map<string, string[]>();
  /** Key id → where it comes from and what bounds it (see {@link KeyLineage}). */
  private readonly lineages = new Map<string, KeyLineage & { ties: string[] }>();
  /** What each organization stores, as its storage quota counts it. */
  private readonly usage = new Map<string, number>();
  /**
   * The rows of each table in {@link LOOKUPS} by their key there, oldest first (as `byOrg` is per
   * organization): a token's organizations, or the user an email names, are found without a pass
   * over everyone's rows.
   */
  private readonly lookups = new Map<Lookup, Map<string, Row[]>>();

  /** The time in ms the stub's key rules go by (expiry, grace, policy); a test can fake it. */
  readonly clock: () => number;
  /** Tokens a user holds at once: one more (a login) revokes their oldest. Default 1,000. */
  maxTokensPerUser = 1_000;
  /** Revoked keys remembered; beyond it the oldest is forgotten (then "Invalid API key."). Default 10,000. */
  maxRevokedKeys = 10_000;
  /**
   * What an organization may store, in bytes as `storedSize` counts them (its audit trail
   * aside); a write that would pass it is a 403. Default `x-request-limits.maxStorageBytesPerOrganization`.
   */
  maxStorageBytes = LIMITS.maxStorageBytesPerOrganization;

  /** `clock`: see {@link Store.clock} (default `Date.now`). */
  // biome-ignore lint/plugin: the injected clock's default, the one reading of the wall clock
  constructor(clock: () => number = () => Date.now()) {
    this.clock = clock;
  }

  /** The stub's current time, by its clock. */
  now() {
    return new Date(this.clock());
  }

  private indexes(name: TableName): Table {
    let table = this.tables.get(name);
    if (!table) {
      table = { byId: new Map(), byOrg: new Map(), groups: new Map(), all: [], gone: new Set() };
      this.tables.set(name, table);
    }
    return table;
  }

  /** A table's rows by id (read-only: change rows with `insert` and `delete`). */
  table<T extends TableName>(name: T): ReadonlyMap<string, Row<T>> {
    return this.indexes(name).byId as unknown as ReadonlyMap<string, Row<T>>;
  }

  /** Adds a row (by `id`, default `data.id`, replacing any with it) owned by `org`; returns it. */
  insert<T extends TableName>(
    name: T,
    org: string | null,
    data: Data<T>,
    id = (data as unknown as { id: string }).id,
    group?: string,
  ): Row<T> {
    const size = this.charge(name, org, data, this.indexes(name).byId.get(id));
    this.unindex(name, id);
    const created = "created_at" in data ? Date.parse(String(data.created_at)) || 0 : 0;
    const row: Row<T> = { id, org, group, size, seq: this.seq++, created, data };
    this.usage.set(org ?? "", (this.usage.get(org ?? "") ?? 0) + (size ?? 0));
    const table = this.indexes(name);
    table.byId.set(id, row);
    insertSorted(table.all, row);
    insertSorted(listOf(table.byOrg, org), row);
    if (group !== undefined) insertSorted(listOf(groupsOf(table, org), group), row);
    this.list(name, row);
    return row;
  }

  /**
   * Adds a row as {@link Store.insert} does, in a retention group of its organization that
   * keeps its newest `limit` rows: the oldest beyond it are deleted.
   */
  insertKeepingNewest<T extends TableName>(
    name: T,
    org: string | null,
    data: Data<T>,
    group: string,
    limit: number,
  ): Row<T> {
    const row = this.insert(name, org, data, undefined, group);
    const kept = groupsOf(this.indexes(name), org).get(group) ?? [];
    while (kept.length > limit) this.delete(name, (kept[0] as Row).id);
    return row;
  }

  /** The rows of a retention group of an organization, newest first. */
  *newestInGroup<T extends TableName>(name: T, org: string | null, group: string) {
    const kept = (this.indexes(name).groups.get(org)?.get(group) ?? []) as Row<T>[];
    for (let i = kept.length - 1; i >= 0; i--) yield kept[i] as Row<T>;
  }

  /** Replaces a row's data in place (its place in lists kept), counted anew toward the quota. */
  update<T extends TableName>(name: T, row: Row<T>, data: Data<T>) {
    const size = this.charge(name, row.org, data, row);
    this.usage.set(
      row.org ?? "",
      (this.usage.get(row.org ?? "") ?? 0) - (row.size ?? 0) + (size ?? 0),
    );
    row.size = size;
    // its lookup key may change (a membership given to another user, a new email): listed anew
    this.unlist(name, row);
    row.data = data;
    this.list(name, row);
  }

  /** A user's memberships, oldest first (the first is their default organization's). */
  membershipsOf(user: string): Row<"Membership">[] {
    return [...this.lookup("Membership", user)];
  }

  /**
   * The user with this email as the stub compares addresses (`emailKey`: in any case), or
   * `undefined`; the oldest, should the store hold more than one.
   */
  userByEmail(email: string): Row<"User"> | undefined {
    return this.lookup("User", emailKey(email))[0];
  }

  /** The rows of a table in {@link LOOKUPS} whose key there is `key`, oldest first. */
  private lookup<T extends Lookup>(name: T, key: string): readonly Row<T>[] {
    return (this.lookups.get(name)?.get(key) ?? []) as Row<T>[];
  }

  /** Lists a row under its key in {@link LOOKUPS}, if its table has one. */
  private list(name: TableName, row: Row) {
    if (!isLookup(name)) return;
    const lists = listOf(this.lookups, name, () => new Map<string, Row[]>());
    insertSorted(listOf(lists, lookupKey(name, row)), row);
  }

  /** Takes a row out of its list in {@link LOOKUPS} (the list too, once empty). */
  private unlist(name: TableName, row: Row) {
    if (!isLookup(name)) return;
    const key = lookupKey(name, row);
    const lists = this.lookups.get(name);
    const list = lists?.get(key) ?? [];
    removeSorted(list, row);
    if (list.length === 0) lists?.delete(key);
  }

  /** What an organization stores now, as its storage quota counts it. */
  storedBytes(org: string) {
    return this.usage.get(org) ?? 0;
  }

  /**
   * What `data` will count toward `org`'s storage (`undefined`: nothing, for shared rows and the
   * audit trail), replacing `old`; 403 if that would take the organization past its quota.
   */
  private charge(name: TableName, org: string | null, data: unknown, old: Row | undefined) {
    if (org === null || UNCOUNTED.has(name)) return undefined;
    const size = storedSize(data);
    const after = this.storedBytes(org) - (old?.size ?? 0) + size;
    if (size > (old?.size ?? 0) && after > this.maxStorageBytes)
      throw new HttpError(403, {
        detail: `This organization's storage quota (${mib(this.maxStorageBytes)}) is full: this write needs ${mib(after - this.maxStorageBytes)} more. Delete something first.`,
      });
    return size;
  }

  /**
   * Drops a row (and any secret it has); returns it, or `undefined` if there was none. A user's
   * memberships go with the user.
   */
  delete<T extends TableName>(name: T, id: string): Row<T> | undefined {
    const row = this.unindex(name, id);
    if (row) this.dropSecrets(name, row);
    if (row && name === "User")
      for (const membership of this.membershipsOf(id)) this.delete("Membership", membership.id);
    return row;
  }

  /** Takes a row out of its table's indexes (its secrets stay: a row replaced keeps them). */
  private unindex<T extends TableName>(name: T, id: string): Row<T> | undefined {
    const table = this.indexes(name);
    const row = table.byId.get(id);
    if (!row) return undefined;
    table.byId.delete(id);
    this.release(row);
    forget(table, row);
    removeSorted(table.byOrg.get(row.org) ?? [], row);
    if (row.group !== undefined) removeSorted(table.groups.get(row.org)?.get(row.group) ?? [], row);
    this.unlist(name, row);
    return row as Row<T>;
  }

  /** Gives back what a row counted toward its organization's storage. */
  private release(row: Row) {
    if (row.org === null || !row.size) return;
    const left = (this.usage.get(row.org) ?? 0) - row.size;
    if (left > 0) this.usage.set(row.org, left);
    else this.usage.delete(row.org);
  }

  /** The secrets kept beside a row, which go with it. */
  private dropSecrets(name: TableName, row: Row) {
    if (name === "ApiKey") this.forgetApiKey(row.id);
    if (name === "Invite") this.inviteSecrets.delete(row.id);
    if (name === "User") this.passwords.delete(row.id);
  }

  /** The rows of a table matching `where`, oldest first (one organization's, if given). */
  rows<T extends TableName>(
    name: T,
    where: (row: Row<T>) => boolean = () => true,
    org?: string | null,
  ): Row<T>[] {
    const table = this.indexes(name);
    if (org !== undefined) return ((table.byOrg.get(org) ?? []) as Row<T>[]).filter(where);
    return (table.all as Row<T>[]).filter((row) => !table.gone.has(row) && where(row));
  }

  /**
   * The rows of some organizations, in creation order (or newest first), filtered or not.
   * Unfiltered, counting and slicing cost about a page, not the table.
   */
  view<T extends TableName>(name: T, { orgs, where, newestFirst }: PageQuery<T>): View<T> {
    const table = this.indexes(name);
    const lists = orgs
      .map((org) => (table.byOrg.get(org) ?? []) as Row<T>[])
      .filter((list) => list.length > 0)
      .sort((a, b) => b.length - a.length);
    // The largest list as it is; the others (built-ins, a user's few organizations) merged.
    const big = lists[0] ?? [];
    const small = lists.slice(1).flat().sort(byCreation);
    let view = mergedView(big, small);
    if (where) {
      const matching = view.slice(0, view.count).filter(where);
      view = { count: matching.length, slice: (start, end) => matching.slice(start, end) };
    }
    if (!newestFirst) return view;
    const { count, slice } = view;
    return {
      count,
      slice: (start, end) => slice(Math.max(0, count - end), count - start).reverse(),
    };
  }

  /**
   * Drops an organization and everything it owns, secrets and revoked keys included, in time
   * proportional to what it owns.
   */
  dropOrganization(id: string) {
    for (const [name, table] of this.tables) {
      const owned = table.byOrg.get(id) ?? [];
      table.byOrg.delete(id);
      table.groups.delete(id);
      for (const row of owned) {
        table.byId.delete(row.id);
        forget(table, row);
        this.dropSecrets(name, row);
        this.unlist(name, row);
      }
    }
    for (const key of this.revokedByOrg.get(id) ?? []) this.forgetApiKey(key);
    this.usage.delete(id);
  }

  /** Sets a user's password; only a salted hash is kept (PBKDF2-HMAC-SHA256). */
  async setPassword(userId: string, password: string) {
    this.passwords.set(userId, await hashPassword(password));
  }

  /** Whether `password` is the user's; as slow for an unknown user, so timing reveals nothing. */
  async checkPassword(userId: string | undefined, password: string) {
    const stored = userId === undefined ? undefined : this.passwords.get(userId);
    // Hash even for an unknown user, so timing does not tell which emails exist.
    const { hash } = await hashPassword(password, stored?.salt);
    return stored !== undefined && equalBytes(hash, stored.hash);
  }

  /** Registers an API key's secret (generated unless given) and returns it with its prefix. */
  addApiKeySecret(id: string, key = `bk_${hex(randomBytes(4))}${base64url(randomBytes(24))}`) {
    const prefix = key.slice(0, PREFIX_LENGTH);
    const candidates = this.keysByPrefix.get(prefix) ?? [];
    candidates.push({ id, hash: sha256(key) });
    this.keysByPrefix.set(prefix, candidates);
    this.keyPrefixes.set(id, prefix);
    return {
      /** The secret, as given, or generated: `bk_` and 40 more characters. */
      key,
      /** The key's first 11 characters, shown to identify it. */
      prefix,
    };
  }

  /** Revokes a key: it leaves its table and stops authenticating, and its use is told "revoked". */
  revokeApiKey(id: string) {
    const row = this.table("ApiKey").get(id);
    if (!row) return;
    this.unindex("ApiKey", id);
    this.revokedKeys.set(id, row);
    listOf(this.revokedByOrg, row.org, () => new Set<string>()).add(id);
    for (const oldest of this.revokedKeys.keys()) {
      if (this.revokedKeys.size <= this.maxRevokedKeys) break;
      this.forgetApiKey(oldest);
    }
  }

  /** A revoked key's row, kept aside; `undefined` for a live or unknown key. */
  revokedApiKey(id: string): Row<"ApiKey"> | undefined {
    return this.revokedKeys.get(id);
  }

  /** Drops an API key's secret: the key stops authenticating (its row is left as is). */
  forgetApiKey(id: string) {
    const revoked = this.revokedKeys.get(id);
    if (revoked) {
      this.revokedKeys.delete(id);
      const ofOrg = this.revokedByOrg.get(revoked.org);
      ofOrg?.delete(id);
      if (ofOrg?.size === 0) this.revokedByOrg.delete(revoked.org);
    }
    this.lineages.delete(id);
    const prefix = this.keyPrefixes.get(id);
    if (prefix === undefined) return;
    this.keyPrefixes.delete(id);
    const kept = (this.keysByPrefix.get(prefix) ?? []).filter((c) => c.id !== id);
    if (kept.length) this.keysByPrefix.set(prefix, kept);
    else this.keysByPrefix.delete(prefix);
  }

  /** The id of the key (live, expired or revoked) a secret belongs to, without using it. */
  apiKeyId(key: string): string | undefined {
    const hash = sha256(key);
    return this.keysByPrefix
      .get(key.slice(0, PREFIX_LENGTH))
      ?.find((candidate) => equalBytes(candidate.hash, hash))?.id;
  }

  /** Finds the key a secret belongs to, marks it used, or says why it is refused. */
  useApiKey(key: string, now = this.now()): KeyCheck {
    const id = this.apiKeyId(key);
    const revoked = id && this.revokedKeys.get(id);
    if (revoked) return { ok: false, reason: "revoked", row: revoked };
    const row = id && this.table("ApiKey").get(id);
    if (!row) return { ok: false, reason: "unknown" };
    if (row.data.expires_at && Date.parse(row.data.expires_at) <= now.getTime())
      return { ok: false, reason: "expired", row };
    row.data.last_used_at = now.toISOString();
    return { ok: true, row };
  }

  /** Registers an invite's secret (generated unless given) and returns it. */
  addInviteSecret(id: string, secret = `inv_${base64url(randomBytes(24))}`) {
    this.inviteSecrets.set(id, sha256(secret));
    return secret;
  }

  /** Whether `secret` is the invite's; as fast for an unknown invite, so timing reveals nothing. */
  checkInviteSecret(id: string, secret: string) {
    const stored = this.inviteSecrets.get(id);
    return equalBytes(sha256(secret), stored ?? sha256(`${secret}-`)) && stored !== undefined;
  }

  /** Issues a token for a user (or registers a given one) and returns it. */
  issueToken(userId: string, token = hex(randomBytes(20))) {
    const hash = hex(sha256(token));
    this.tokens.set(hash, userId);
    const held = this.userTokens.get(userId) ?? new Set();
    held.delete(hash); // one given again is the newest
    this.userTokens.set(userId, held.add(hash));
    for (const oldest of held) {
      if (held.size <= this.maxTokensPerUser) break;
      this.revokeTokenHash(oldest);
    }
    return token;
  }

  /** The user a token belongs to, or `undefined` for an unknown or revoked token. */
  tokenUser(token: string): Row<"User"> | undefined {
    const userId = this.tokens.get(hex(sha256(token)));
    return userId === undefined ? undefined : this.table("User").get(userId);
  }

  /** A key's lineage: its own when it replaced none and was made unbounded. */
  keyLineage(id: string): KeyLineage {
    const { root, notAfter } = this.lineages.get(id) ?? { root: id, notAfter: null };
    return { root, notAfter };
  }

  /**
   * Records a new key's lineage, and ties it to the logout of `token` (the token that made it)
   * and of every token the keys in `tiedLike` end with (its maker, the key it replaced).
   */
  bindKey(id: string, lineage: KeyLineage, token: string | undefined, tiedLike: string[]) {
    const ties = new Set(tiedLike.flatMap((key) => this.lineages.get(key)?.ties ?? []));
    if (token) ties.add(hex(sha256(token)));
    for (const hash of ties) {
      const keys = this.tokenKeys.get(hash) ?? [];
      this.tokenKeys.set(hash, keys);
      keys.push(id);
    }
    this.lineages.set(id, { ...lineage, ties: [...ties] });
  }

  /** Makes a token unknown (requests with it get 401 from then on) and ends its short-term keys. */
  revokeToken(token: string) {
    this.revokeTokenHash(hex(sha256(token)));
  }

  private revokeTokenHash(hash: string) {
    this.userTokens.get(this.tokens.get(hash) ?? "")?.delete(hash);
    this.tokens.delete(hash);
    const now = this.now();
    for (const id of this.tokenKeys.get(hash) ?? []) {
      const key = this.table("ApiKey").get(id)?.data;
      if (key?.expires_at && Date.parse(key.expires_at) > now.getTime())
        key.expires_at = now.toISOString();
      const lineage = this.lineages.get(id);
      if (lineage) lineage.ties = lineage.ties.filter((tie) => tie !== hash);
    }
    this.tokenKeys.delete(hash);
  }
}

/**
 * Rows no quota refuses: the organization itself, who belongs to it and its key policy (so that
 * a full organization can still be joined and governed), and its audit trail: the server's record,
 * not the organization's data, bounded by its retention instead (a long trail never refuses a
 * write, and a full quota never stops the trail).
 */
const UNCOUNTED = new Set<TableName>(["Organization", "Membership", "KeyPolicy", "AuditEvent"]);

/** Bytes each value costs in memory beyond its JSON text: an object or array, a string's header. */
const VALUE_OVERHEAD = 64;

/**
 * What a row's data counts toward its organization's storage: its length as JSON plus 64 bytes
 * per value it holds (about what a value takes in memory beyond its text), so that a thousand
 * empty objects cost what they occupy, not the 3 characters each they take to send.
 */
export function storedSize(data: unknown): number {
  let values = 0;
  const stack = [data];
  while (stack.length) {
    const value = stack.pop();
    values++;
    if (value !== null && typeof value === "object")
      for (const item of Object.values(value)) stack.push(item);
  }
  return (JSON.stringify(data)?.length ?? 0) + VALUE_OVERHEAD * values;
}

const mib = (bytes: number) => `${Math.round((bytes / 1_048_576) * 100) / 100} MiB`;

/**
 * The tables whose rows are also found by a key of their data, and that key: a membership by its
 * user, a user by their email as the stub compares addresses.
 */
const LOOKUPS = {
  Membership: (data: Data<"Membership">) => data.user.id,
  User: (data: Data<"User">) => emailKey(data.email),
};
type Lookup = keyof typeof LOOKUPS;

const isLookup = (name: TableName): name is Lookup => Object.hasOwn(LOOKUPS, name);
/** A row's key in {@link LOOKUPS}. */
const lookupKey = <T extends Lookup>(name: T, row: Row) =>
  (LOOKUPS[name] as (data: Data<T>) => string)(row.data as Data<T>);

/** A row's id (every table's rows have one but the key policies, kept by organization). */
export const rowId = (row: Row) => (row.data as unknown as { id: string }).id;

/** Creation order: `created_at`, then insertion. */
function byCreation(a: Row, b: Row) {
  return a.created - b.created || a.seq - b.seq;
}

/** Where `row` goes in `rows` (sorted by creation): after every row created before it. */
function position(rows: Row[], row: Row) {
  let [low, high] = [0, rows.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byCreation(rows[middle] as Row, row) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The list (or set) kept under `key` in `map`, made empty if there is none yet. */
function listOf<K, V = Row[]>(map: Map<K, V>, key: K, make = () => [] as V): V {
  const list = map.get(key) ?? make();
  map.set(key, list);
  return list;
}

/** The retention groups of an organization in a table. */
function groupsOf(table: Table, org: string | null) {
  return listOf(table.groups, org, () => new Map<string, Row[]>());
}

/** Takes a row out of `all`: marked gone, and `all` compacted once half of it is. */
function forget(table: Table, row: Row) {
  table.gone.add(row);
  if (table.gone.size * 2 < table.all.length) return;
  table.all = table.all.filter((kept) => !table.gone.has(kept));
  table.gone.clear();
}

function insertSorted(rows: Row[], row: Row) {
  const last = rows.at(-1);
  if (!last || byCreation(last, row) < 0) rows.push(row);
  else rows.splice(position(rows, row), 0, row);
}

function removeSorted(rows: Row[], row: Row) {
  const at = position(rows, row);
  if (rows[at] === row) rows.splice(at, 1);
}

/**
 * Two sorted lists as one, without merging them: a slice walks the merge from where it starts,
 * found from where each row of the small list falls in the big one.
 */
function mergedView<T extends TableName>(big: Row<T>[], small: Row<T>[]): View<T> {
  // the rank each small row has in the merge
  const ranks = small.map((row, j) => position(big, row) + j);
  const count = big.length + small.length;
  return {
    count,
    slice(start, end) {
      let j = ranks.filter((rank) => rank < start).length;
      let i = start - j;
      const rows: Row<T>[] = [];
      for (let rank = start; rank < Math.min(end, count); rank++) {
        const next = ranks[j] === rank ? small[j++] : big[i++];
        if (next) rows.push(next);
      }
      return rows;
    },
  };
}

export const newId = () => randomUuid();
