// The key lifecycle: API keys (long-term and short-term, created, rotated with a grace period,
// revoked), the organization's key policy and its audit trail.
import { actorOf } from "../audit";
import { checkNewKey, keyPolicy, setKeyPolicy } from "../policy";
import { authorize } from "../roles";
import { type Data, newId, type Store } from "../store";
import { compose, crud, inPath, paginate } from "./crud";
import {
  actingOrg,
  type Caller,
  type Context,
  type Handlers,
  invalid,
  notFound,
  type Schemas,
} from "./types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The longest a short-term key lives, and its default. */
const SHORT_TERM = 12 * HOUR;
/** A long-term key's "at least a day ahead" allows for the request's time in transit. */
const LEEWAY = 60_000;
/** How long a rotated key keeps working by default, in seconds. */
const DEFAULT_GRACE = 3600;

const expired = (expiresAt: string | null, now: number) =>
  expiresAt !== null && Date.parse(expiresAt) <= now;

/** The earlier of two ends in ms, `null` being never. */
const earliest = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.min(a, b);

/**
 * What bounds a key the caller makes (on rotation, to replace `replaced`): no credential
 * outlives or outranks the one that made it. A key made by a key expires no later than its
 * maker, and one a short-term key makes is short-term too; a replacement inherits the bound and
 * the rotation chain of the key it replaces.
 */
interface Bounds {
  /** The latest the new key may expire (ms), `null` for no bound. */
  notAfter: number | null;
  /** Whether the maker is a short-term key, which makes only short-term keys. */
  shortOnly: boolean;
  /** The first key of the rotation chain the new key joins; `undefined`: it starts one. */
  root: string | undefined;
}

function boundsOf(store: Store, caller: Caller, replaced?: Data<"ApiKey">): Bounds {
  const maker = caller.key;
  const makerEnd = maker?.expires_at ? Date.parse(maker.expires_at) : null;
  const inherited = replaced && store.keyLineage(replaced.id);
  return {
    notAfter: earliest(makerEnd, inherited?.notAfter ?? null),
    shortOnly: maker?.kind === "short_term",
    root: inherited?.root,
  };
}

/**
 * A new key's `expires_at`: the one asked for (`undefined`: `byDefault`, the kind's default
 * unless given, cut to the bound), if the kind's rules, the bound and the organization's
 * policy allow it; else 403 (keys disabled) or 400 on `expires_at`.
 */
function newKeyExpiry(
  store: Store,
  org: string,
  kind: Schemas["ApiKeyKind"],
  requested: string | null | undefined,
  { notAfter }: Bounds,
  byDefault = kind === "short_term" ? store.clock() + SHORT_TERM : null,
) {
  const now = store.clock();
  const expires =
    requested === undefined
      ? earliest(byDefault, notAfter)
      : requested === null
        ? null
        : Date.parse(requested);
  checkNewKey(store, org, expires);
  const refuse = (message: string) => invalid({ expires_at: [message] });
  if (kind === "short_term") {
    if (expires === null) throw refuse("A short-term key expires at most 12 hours ahead.");
    if (expires <= now) throw refuse("Must be a time in the future.");
    if (expires > now + SHORT_TERM)
      throw refuse("A short-term key expires at most 12 hours ahead; use a long-term key.");
  } else if (expires !== null && expires < now + DAY - LEEWAY)
    throw refuse(
      "A long-term key expires never (null) or at least one day ahead; use a short-term key.",
    );
  if (notAfter !== null && (expires === null || expires > notAfter))
    throw refuse(
      `A key made by an API key expires no later than its maker (and a replacement no later than the key it replaces may): at the latest ${new Date(notAfter).toISOString()}.`,
    );
  return expires === null ? null : new Date(expires).toISOString();
}

/** Creates a key for the caller's organization; the one reply that shows its secret. */
function issueKey(
  { caller, store }: Pick<Context<"createApiKey">, "caller" | "store">,
  fields: { name: string; kind: Schemas["ApiKeyKind"]; expires_at: string | null },
  bounds: Bounds,
  replaced?: Data<"ApiKey">,
) {
  const id = newId();
  const { key, prefix } = store.addApiKeySecret(id);
  const created_by = actorOf(caller) ?? undefined;
  const data = compose("ApiKey", {}, { ...fields, id, prefix, created_by }, store.now());
  store.insert("ApiKey", actingOrg(caller), data);
  // A short-term key made with a token ends with it, and with whatever ends its maker or the key it replaces.
  const token = fields.kind === "short_term" ? caller.token : undefined;
  const tiedLike = [caller.key?.id, replaced?.id].filter((key) => key !== undefined);
  store.bindKey(id, { root: bounds.root ?? id, notAfter: bounds.notAfter }, token, tiedLike);
  return { status: 201 as const, body: { ...data, key } };
}

/** The organization a path's `{id}` names, which the caller must belong to (a key: its own). */
function organizationInPath(ctx: Pick<Context<"getKeyPolicy">, "params" | "caller" | "store">) {
  return inPath(ctx, "Organization", false, "caller").data.id;
}

function changePolicy(
  ctx: Context<"replaceKeyPolicy"> | Context<"updateKeyPolicy">,
  replace: boolean,
) {
  const org = organizationInPath(ctx);
  authorize(ctx.caller, org, "key_policy.update");
  const policy = setKeyPolicy(ctx.store, org, {
    ...keyPolicy(ctx.store, org),
    // PUT resets what it leaves out; PATCH keeps it.
    ...(replace && { max_key_lifetime_days: null }),
    ...ctx.body,
    updated_at: ctx.store.now().toISOString(),
    updated_by: actorOf(ctx.caller),
  });
  return { status: 200 as const, body: policy };
}

export const keyHandlers = {
  ...crud("ApiKey", "ApiKey", {
    guard: (caller, action) =>
      authorize(
        caller,
        caller.org,
        action === "list" || action === "get" ? "keys.read" : "keys.manage",
      ),
    remove: (row, store) => store.revokeApiKey(row.data.id),
  }),
  createApiKey: ({ body, caller, store }) => {
    authorize(caller, actingOrg(caller), "keys.manage");
    const kind = body.kind ?? "long_term";
    const bounds = boundsOf(store, caller);
    if (bounds.shortOnly && kind !== "short_term")
      throw invalid({
        kind: ["A short-term key makes only short-term keys: send kind short_term."],
      });
    const expires_at = newKeyExpiry(store, actingOrg(caller), kind, body.expires_at, bounds);
    return issueKey({ caller, store }, { name: body.name, kind, expires_at }, bounds);
  },

  rotateApiKey: (ctx) => {
    const { caller, store } = ctx;
    const org = actingOrg(caller);
    authorize(caller, org, "keys.manage");
    const revoked = store.revokedApiKey(ctx.params.id);
    if (revoked && revoked.org === org)
      throw invalid({ non_field_errors: ["This key has been revoked; create a new one."] });
    const old = inPath(ctx, "ApiKey", true).data;
    const now = store.clock();
    if (expired(old.expires_at, now))
      throw invalid({ non_field_errors: ["This key has expired; create a new one."] });
    const bounds = boundsOf(store, caller, old);
    if (bounds.shortOnly && old.kind !== "short_term")
      throw invalid({
        non_field_errors: [
          "A short-term key cannot rotate a long-term key: the new key would outlive it.",
        ],
      });
    const body = ctx.body ?? {};
    // By default as long-lived as the old key was from its creation.
    const lifetime = old.expires_at && Date.parse(old.expires_at) - Date.parse(old.created_at);
    const byDefault = lifetime ? now + lifetime : null;
    const requested = "expires_at" in body ? body.expires_at : undefined;
    const expires_at = newKeyExpiry(store, org, old.kind, requested, bounds, byDefault);
    const reply = issueKey(ctx, { name: old.name, kind: old.kind, expires_at }, bounds, old);
    const graceEnd = now + (body.grace_seconds ?? DEFAULT_GRACE) * 1000;
    if (old.expires_at === null || Date.parse(old.expires_at) > graceEnd)
      old.expires_at = new Date(graceEnd).toISOString();
    return reply;
  },

  getKeyPolicy: (ctx) => {
    const org = organizationInPath(ctx);
    authorize(ctx.caller, org, "key_policy.read");
    return { status: 200, body: keyPolicy(ctx.store, org) };
  },
  replaceKeyPolicy: (ctx) => changePolicy(ctx, true),
  updateKeyPolicy: (ctx) => changePolicy(ctx, false),

  listAuditEvents: ({ caller, store, query, url }) => {
    const org = actingOrg(caller);
    authorize(caller, org, "audit.read");
    const { page, page_size, ordering, ...filters } = query;
    const since = filters.since ? Date.parse(filters.since) : Number.NEGATIVE_INFINITY;
    const until = filters.until ? Date.parse(filters.until) : Number.POSITIVE_INFINITY;
    const view = store.view("AuditEvent", {
      orgs: [org],
      where: ({ data: event }) => {
        const at = Date.parse(event.created_at);
        return (
          at >= since &&
          at < until &&
          (filters.action === undefined || event.action === filters.action) &&
          (filters.actor_type === undefined || event.actor?.type === filters.actor_type) &&
          (filters.actor_id === undefined || event.actor?.id === filters.actor_id) &&
          (filters.target_type === undefined || event.target.type === filters.target_type) &&
          (filters.target_id === undefined || event.target.id === filters.target_id)
        );
      },
      newestFirst: ordering === "-created_at",
    });
    return { status: 200, body: paginate(view, { page, page_size }, url) };
  },
  getAuditEvent: (ctx) => {
    const event = inPath(ctx, "AuditEvent", false);
    authorize(ctx.caller, event.org, "audit.read");
    if (event.org === null) throw notFound();
    return { status: 200, body: event.data };
  },
} satisfies Partial<Handlers>;
