// In-memory data. Every object is a row tagged with its organization (`null`: shared by all,
// like the built-in adapters); secrets live beside the rows, only as hashes.
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import type { components } from "../generated/schema";

type Schemas = components["schemas"];
export type TableName =
  | "Organization"
  | "User"
  | "Membership"
  | "Invite"
  | "ApiKey"
  | "Template"
  | "Agent"
  | "AgentRun"
  | "Trace"
  | "Adapter"
  | "AdapterConfig"
  | "Contact"
  | "Message"
  | "Document"
  | "Project"
  | "Notification"
  | "KeyPolicy"
  | "AuditEvent";
/** Rows as their contract schema, writable (readOnly only binds clients). */
export type Data<T extends TableName> = { -readonly [K in keyof Schemas[T]]: Schemas[T][K] };

export interface Row<T extends TableName = TableName> {
  /** Owner organization id; `null` for objects every organization sees (built-ins, users). */
  org: string | null;
  /** Insertion order, the tie-break when `created_at` is equal. */
  seq: number;
  data: Data<T>;
}

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
) => Promise<Buffer>;
const sha256 = (secret: string) => createHash("sha256").update(secret).digest();
/** Characters of an API key shown as its `prefix`: `bk_` and 8 more. */
const PREFIX_LENGTH = 11;

export type KeyCheck =
  | { ok: true; row: Row<"ApiKey"> }
  | { ok: false; reason: "unknown" }
  | { ok: false; reason: "expired" | "revoked"; row: Row<"ApiKey"> };

/**
 * The stub's in-memory data: a table of rows per schema, plus password, API key and token
 * hashes. Handlers read and change it; tests can too, to set up or inspect state.
 */
export class Store {
  private readonly tables = new Map<TableName, Map<string, Row>>();
  private seq = 0;
  private readonly passwords = new Map<string, { salt: Buffer; hash: Buffer }>();
  /** API key hashes by key prefix: the prefix finds candidates, the hash decides. */
  private readonly keysByPrefix = new Map<string, { id: string; hash: Buffer }[]>();
  /** Token hash (hex) → user id. */
  private readonly tokens = new Map<string, string>();
  /** Invite id → the hash of its secret. */
  private readonly inviteSecrets = new Map<string, Buffer>();
  /** Revoked keys by id, out of their table but remembered, so their use is told apart and audited. */
  private readonly revokedKeys = new Map<string, Row<"ApiKey">>();
  /** Token hash (hex) → the short-term keys made with it, which end when it is revoked. */
  private readonly tokenKeys = new Map<string, string[]>();

  /** The time in ms the stub's key rules go by (expiry, grace, policy); a test can fake it. */
  readonly clock: () => number;

  /** `clock`: see {@link Store.clock} (default `Date.now`). */
  constructor(clock: () => number = () => Date.now()) {
    this.clock = clock;
  }

  /** The stub's current time, by its clock. */
  now() {
    return new Date(this.clock());
  }

  /** The live table of rows by id (created empty on first use); changes to it are the data's. */
  table<T extends TableName>(name: T): Map<string, Row<T>> {
    const table = this.tables.get(name) ?? new Map<string, Row>();
    this.tables.set(name, table);
    return table as unknown as Map<string, Row<T>>;
  }

  /** Adds a row (by `data.id`, replacing any with that id) owned by `org`, and returns it. */
  insert<T extends TableName>(name: T, org: string | null, data: Data<T>): Row<T> {
    const row: Row<T> = { org, seq: this.seq++, data };
    this.table(name).set((data as unknown as { id: string }).id, row);
    return row;
  }

  /** The rows of a table matching `where`, oldest first. */
  rows<T extends TableName>(name: T, where: (row: Row<T>) => boolean = () => true): Row<T>[] {
    return [...this.table(name).values()].filter(where).sort(byCreation);
  }

  /** Drops an organization and everything it owns. */
  dropOrganization(id: string) {
    for (const [name, table] of this.tables) {
      for (const [key, row] of table) {
        const owned = name === "Organization" ? key === id : row.org === id;
        if (!owned) continue;
        table.delete(key);
        if (name === "ApiKey") this.forgetApiKey(key);
      }
    }
    for (const [key, row] of this.revokedKeys) if (row.org === id) this.forgetApiKey(key);
  }

  /** Sets a user's password; only a salted scrypt hash is kept. */
  async setPassword(userId: string, password: string) {
    const salt = randomBytes(16);
    this.passwords.set(userId, { salt, hash: await scryptAsync(password, salt, 32) });
  }

  /** Whether `password` is the user's; as slow for an unknown user, so timing reveals nothing. */
  async checkPassword(userId: string | undefined, password: string) {
    const stored = userId === undefined ? undefined : this.passwords.get(userId);
    // Hash even for an unknown user, so timing does not tell which emails exist.
    const salt = stored?.salt ?? randomBytes(16);
    const hash = await scryptAsync(password, salt, 32);
    return stored !== undefined && timingSafeEqual(hash, stored.hash);
  }

  /** Registers an API key's secret (generated unless given) and returns it with its prefix. */
  addApiKeySecret(
    id: string,
    key = `bk_${randomBytes(4).toString("hex")}${randomBytes(24).toString("base64url")}`,
  ) {
    const prefix = key.slice(0, PREFIX_LENGTH);
    const candidates = this.keysByPrefix.get(prefix) ?? [];
    candidates.push({ id, hash: sha256(key) });
    this.keysByPrefix.set(prefix, candidates);
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
    this.table("ApiKey").delete(id);
    this.revokedKeys.set(id, row);
  }

  /** A revoked key's row, kept aside; `undefined` for a live or unknown key. */
  revokedApiKey(id: string): Row<"ApiKey"> | undefined {
    return this.revokedKeys.get(id);
  }

  /** Drops an API key's secret: the key stops authenticating (its row is left as is). */
  forgetApiKey(id: string) {
    this.revokedKeys.delete(id);
    for (const [prefix, candidates] of this.keysByPrefix) {
      const kept = candidates.filter((c) => c.id !== id);
      if (kept.length) this.keysByPrefix.set(prefix, kept);
      else this.keysByPrefix.delete(prefix);
    }
  }

  /** Finds the key a secret belongs to, marks it used, or says why it is refused. */
  useApiKey(key: string, now = this.now()): KeyCheck {
    const hash = sha256(key);
    const match = this.keysByPrefix
      .get(key.slice(0, PREFIX_LENGTH))
      ?.find((candidate) => timingSafeEqual(candidate.hash, hash));
    const revoked = match && this.revokedKeys.get(match.id);
    if (revoked) return { ok: false, reason: "revoked", row: revoked };
    const row = match && this.table("ApiKey").get(match.id);
    if (!row) return { ok: false, reason: "unknown" };
    if (row.data.expires_at && Date.parse(row.data.expires_at) <= now.getTime())
      return { ok: false, reason: "expired", row };
    row.data.last_used_at = now.toISOString();
    return { ok: true, row };
  }

  /** Registers an invite's secret (generated unless given) and returns it. */
  addInviteSecret(id: string, secret = `inv_${randomBytes(24).toString("base64url")}`) {
    this.inviteSecrets.set(id, sha256(secret));
    return secret;
  }

  /** Whether `secret` is the invite's; as fast for an unknown invite, so timing reveals nothing. */
  checkInviteSecret(id: string, secret: string) {
    const stored = this.inviteSecrets.get(id);
    return timingSafeEqual(sha256(secret), stored ?? sha256(`${secret}-`)) && stored !== undefined;
  }

  /** Issues a token for a user (or registers a given one) and returns it. */
  issueToken(userId: string, token = randomBytes(20).toString("hex")) {
    this.tokens.set(sha256(token).toString("hex"), userId);
    return token;
  }

  /** The user a token belongs to, or `undefined` for an unknown or revoked token. */
  tokenUser(token: string): Row<"User"> | undefined {
    const userId = this.tokens.get(sha256(token).toString("hex"));
    return userId === undefined ? undefined : this.table("User").get(userId);
  }

  /** Ties a short-term key to the token that made it: the key ends when the token is revoked. */
  tieKeyToToken(keyId: string, token: string) {
    const hash = sha256(token).toString("hex");
    this.tokenKeys.set(hash, [...(this.tokenKeys.get(hash) ?? []), keyId]);
  }

  /** Makes a token unknown (requests with it get 401 from then on) and ends its short-term keys. */
  revokeToken(token: string) {
    const hash = sha256(token).toString("hex");
    this.tokens.delete(hash);
    const now = this.now();
    for (const id of this.tokenKeys.get(hash) ?? []) {
      const key = this.table("ApiKey").get(id)?.data;
      if (key?.expires_at && Date.parse(key.expires_at) > now.getTime())
        key.expires_at = now.toISOString();
    }
    this.tokenKeys.delete(hash);
  }
}

function byCreation(a: Row, b: Row) {
  const at = (row: Row) => ("created_at" in row.data ? Date.parse(String(row.data.created_at)) : 0);
  return at(a) - at(b) || a.seq - b.seq;
}

export const newId = () => randomUUID();
