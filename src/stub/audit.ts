// The audit trail: wraps every operation's handler and records one event per successful write
// (any method but GET), each key event, every refused use of an expired, revoked or disabled key
// and every failed login of a known user: the actor (a key only by its prefix), the target, the
// request id and the time. Never a secret: `changes` is the request's body without them.
// Each organization keeps the newest events of each kind apart (security events, refusals,
// resource writes), so a flood of one kind cannot push another out of the trail; a key's
// repeated refusals (a user's failed logins) are one event with a count per window.
import { type OperationId, operations } from "../generated/operations";
import type { Caller, Context, Handler, Schemas } from "./handlers/types";
import { HttpError } from "./handlers/types";
import { type Data, newId, type Row, type Store } from "./store";

type Actor = Schemas["Actor"];
type Target = Schemas["AuditTarget"];

/** Actions the operationId does not name the usual way (`createTemplate` → `template.created`). */
const ACTIONS: Partial<Record<OperationId, string>> = {
  deleteApiKey: "api_key.revoked",
  rotateApiKey: "api_key.rotated",
  deleteInvite: "invite.revoked",
  acceptInvite: "invite.accepted",
  updateMember: "member.role_changed",
  deleteMember: "member.removed",
  runAgent: "agent.run",
  stopAgent: "agent.stopped",
  tagAgent: "agent.tagged",
  replaceKeyPolicy: "key_policy.changed",
  updateKeyPolicy: "key_policy.changed",
  signup: "auth.signup",
  login: "auth.login",
  logout: "auth.logout",
};
const VERBS: Record<string, string> = {
  create: "created",
  replace: "updated",
  update: "updated",
  delete: "deleted",
};
/** Events of each kind kept per organization by default; the oldest of the kind go beyond it. */
export const MAX_AUDIT_EVENTS = 10_000;
/** Refusals of one key (failed logins of one user) within this long of the first are one event. */
export const COALESCE_MS = 10 * 60_000;
/** Resources whose events are security events, kept apart from resource writes. */
const SECURITY = new Set(["auth", "api_key", "key_policy", "member", "invite", "organization"]);
/** Actions that record a refusal: counted into one event per key (or user) and window. */
const REFUSALS = new Set([
  "api_key.expired_use",
  "api_key.revoked_use",
  "api_key.disabled_use",
  "auth.login_failed",
]);

/** The kind of event an action records: each kind has its own retention in a trail. */
function kindOf(action: string): "refusal" | "security" | "resource" {
  if (REFUSALS.has(action)) return "refusal";
  return SECURITY.has(action.split(".")[0] ?? "") ? "security" : "resource";
}
/** Characters of a field's value an event keeps: a body may be 1 MiB, an event is one of 10,000. */
const MAX_CHANGE = 1_000;
/**
 * A field name that marks a secret, whose value is never recorded: by its last word (`api_key`,
 * `clientSecret`, `X-Auth-Token` as much as `key`), in any case. Not a secret: `api_keys_enabled`,
 * `key_id`, `max_tokens` (a count), `monkey`.
 */
const SECRET_WORD =
  /^(?:\w*(?:password|passwd|passphrase|secret)s?|\w*token|(?:api|access|private|secret|signing|encryption|auth|master|session|client)?keys?|pwd|credentials?|authorization|cookie)$/;
export function isSecretField(name: string): boolean {
  const words = name
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z\d]+/);
  const last = words.filter(Boolean).at(-1);
  return last !== undefined && SECRET_WORD.test(last);
}

/** `value` without the fields that mark a secret, at any depth (free-form objects, arrays). */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([field]) => !isSecretField(field))
      .map(([field, inner]) => [field, withoutSecrets(inner)]),
  );
}

/** `createAdapterConfig` → `adapter_config.created`. */
export function actionOf(operationId: OperationId): string {
  const named = ACTIONS[operationId];
  if (named) return named;
  const [, verb = "", resource = ""] = /^([a-z]+)(\w+)$/.exec(operationId) ?? [];
  return `${resource.replace(/(?<!^)[A-Z]/g, "_$&").toLowerCase()}.${VERBS[verb] ?? verb}`;
}

/** The caller as an audit actor or `created_by`: a user, or a key by its id and prefix. */
export function actorOf(caller: Caller): Actor | null {
  if (caller.key) return { type: "api_key", id: caller.key.id, prefix: caller.key.prefix };
  if (caller.user) return { type: "user", id: caller.user.data.id };
  return null;
}

/**
 * Adds an event to the trail of each of `orgs` that still exists, each keeping its newest `limit`
 * events of the event's kind; a refusal counts into the same refusal's event of the window.
 */
function record(
  store: Store,
  orgs: string[],
  event: Omit<Data<"AuditEvent">, "id" | "created_at" | "count">,
  limit: number,
) {
  const now = store.clock();
  const created_at = new Date(now).toISOString();
  const kind = kindOf(event.action);
  for (const org of orgs) {
    // a trail that went with its organization: no one could read the event
    if (!store.table("Organization").has(org)) continue;
    const same = kind === "refusal" ? sameRefusal(store, org, event, now) : undefined;
    if (same) same.data.count += 1;
    else
      store.insertKeepingNewest(
        "AuditEvent",
        org,
        { ...event, id: newId(), created_at, count: 1 },
        kind,
        limit,
      );
  }
}

/** The event of `org` counting the same refusal (action and target) in the window, if any. */
function sameRefusal(
  store: Store,
  org: string,
  { action, target }: Pick<Data<"AuditEvent">, "action" | "target">,
  now: number,
) {
  for (const row of store.newestInGroup("AuditEvent", org, "refusal")) {
    if (row.created <= now - COALESCE_MS) return undefined;
    if (row.data.action === action && row.data.target.id === target.id) return row;
  }
  return undefined;
}

/** The organizations of a user, whose trails record what happens to their account. */
const orgsOfUser = (store: Store, user: string) =>
  store.membershipsOf(user).map((m) => m.data.organization);

/** Records a refused use of an expired, revoked or disabled key, in its organization's trail. */
export function recordRefusedKey(
  store: Store,
  key: Row<"ApiKey">,
  why: "expired" | "revoked" | "disabled",
  requestId: string,
  limit: number,
) {
  const { id, prefix } = key.data;
  record(
    store,
    key.org ? [key.org] : [],
    {
      action: `api_key.${why}_use`,
      actor: { type: "api_key", id, prefix },
      target: { type: "api_key", id },
      request_id: requestId,
    },
    limit,
  );
}

type Reply = { status: number; body?: unknown };
type Body = Record<string, unknown>;

/** Where an operation's event goes, and what it is about. */
function placeOf(operationId: OperationId, ctx: Context<OperationId>, reply: Body) {
  const { caller, store } = ctx;
  const params = ctx.params as { id?: string };
  const action = actionOf(operationId);
  const [resource = ""] = action.split(".");
  if (resource === "auth") {
    const user = (reply.user as { id: string } | undefined)?.id ?? caller.user?.data.id ?? "";
    return { orgs: orgsOfUser(store, user), target: { type: "user", id: user } };
  }
  const id = params.id ?? (reply.id as string);
  const tag = operations[operationId].tag;
  if (tag === "Organizations" || tag === "Key policy")
    return { orgs: [params.id ?? id], target: { type: resource, id } };
  const org = (reply.organization as { id?: string } | undefined)?.id ?? caller.org;
  return { orgs: org ? [org] : [], target: { type: resource, id } };
}

/**
 * The request body as recorded: everything sent but secrets (at any depth), a value longer than
 * `MAX_CHANGE` (as JSON, or a string) cut to that, ending in "…"; `undefined` when nothing was sent.
 */
function changesOf(operationId: OperationId, body: unknown, reply: Body) {
  const changes = Object.fromEntries(
    Object.entries(withoutSecrets(body ?? {}) as Body).map(([field, value]) => [
      field,
      bounded(value),
    ]),
  );
  if (operationId === "rotateApiKey") changes.replaced_by = { id: reply.id, prefix: reply.prefix };
  return Object.keys(changes).length ? changes : undefined;
}

function bounded(value: unknown) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (text.length <= MAX_CHANGE) return value;
  // A copy, not a slice: V8's slice of a long string keeps all of it alive (1 MiB per event).
  return JSON.parse(JSON.stringify(`${text.slice(0, MAX_CHANGE)}…`)) as string;
}

/** `handler`, recording its successful writes (and, for login, its refusals) in the trail. */
export function audited<K extends OperationId>(
  operationId: K,
  handler: Handler<K>,
  limit: number,
): Handler<K> {
  // a read records nothing (a failed login is a POST): its handler runs as it is
  if (operations[operationId].method === "GET") return handler;
  return async (ctx) => {
    const context = ctx as unknown as Context<OperationId>;
    let reply: Reply;
    try {
      reply = await handler(ctx);
    } catch (error) {
      if (operationId === "login" && error instanceof HttpError && error.status === 400)
        recordFailedLogin(context, limit);
      throw error;
    }
    const body = (reply.body ?? {}) as Body;
    const { orgs, target } = placeOf(operationId, context, body);
    const user = body.user as { id: string } | undefined;
    const changes = changesOf(operationId, context.body, body);
    record(
      context.store,
      orgs,
      {
        action: actionOf(operationId),
        actor: actorOf(context.caller) ?? (user ? { type: "user", id: user.id } : null),
        target: target as Target,
        request_id: context.requestId,
        ...(changes && { changes }),
      },
      limit,
    );
    return reply as Awaited<ReturnType<Handler<K>>>;
  };
}

/** A wrong password for a known email, in the trails of that user's organizations. */
function recordFailedLogin({ body, store, requestId }: Context<OperationId>, limit: number) {
  const user = store.userByEmail(String((body as Body | undefined)?.email ?? ""));
  if (!user) return; // no organization's trail to put it in
  record(
    store,
    orgsOfUser(store, user.data.id),
    {
      action: "auth.login_failed",
      actor: null,
      target: { type: "user", id: user.data.id },
      request_id: requestId,
    },
    limit,
  );
}

/** Every handler, audited, each organization keeping its newest `limit` events. */
export function auditTrail(handlers: Record<string, Handler<OperationId>>, limit: number) {
  return Object.fromEntries(
    Object.entries(handlers).map(([id, handler]) => [
      id,
      audited(id as OperationId, handler, limit),
    ]),
  ) as Record<string, Handler<OperationId>>;
}
