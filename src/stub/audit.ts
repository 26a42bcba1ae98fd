// The audit trail: wraps every operation's handler and records one event per successful write
// (any method but GET), each key event, every refused use of an expired, revoked or disabled key
// and every failed login of a known user: the actor (a key only by its prefix), the target, the
// request id and the time. Never a secret: `changes` is the request's body without them.
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
/** Body fields never recorded: they hold secrets. */
const SECRET_FIELDS = new Set(["password", "token", "key"]);

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

/** Adds an event to the trail of each of `orgs`. */
function record(
  store: Store,
  orgs: string[],
  event: Omit<Data<"AuditEvent">, "id" | "created_at">,
) {
  const created_at = store.now().toISOString();
  for (const org of orgs) store.insert("AuditEvent", org, { ...event, id: newId(), created_at });
}

/** The organizations of a user, whose trails record what happens to their account. */
const orgsOfUser = (store: Store, user: string) =>
  store.rows("Membership", (m) => m.data.user.id === user).map((m) => m.data.organization);

/** Records a refused use of an expired, revoked or disabled key, in its organization's trail. */
export function recordRefusedKey(
  store: Store,
  key: Row<"ApiKey">,
  why: "expired" | "revoked" | "disabled",
  requestId: string,
) {
  const { id, prefix } = key.data;
  record(store, key.org ? [key.org] : [], {
    action: `api_key.${why}_use`,
    actor: { type: "api_key", id, prefix },
    target: { type: "api_key", id },
    request_id: requestId,
  });
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

/** The request body as recorded: everything sent but secrets; `undefined` when nothing was. */
function changesOf(operationId: OperationId, body: unknown, reply: Body) {
  const changes = Object.fromEntries(
    Object.entries((body ?? {}) as Body).filter(([field]) => !SECRET_FIELDS.has(field)),
  );
  if (operationId === "rotateApiKey") changes.replaced_by = { id: reply.id, prefix: reply.prefix };
  return Object.keys(changes).length ? changes : undefined;
}

/** `handler`, recording its successful writes (and, for login, its refusals) in the trail. */
function audited<K extends OperationId>(operationId: K, handler: Handler<K>): Handler<K> {
  const write = operations[operationId].method !== "GET";
  return async (ctx) => {
    const context = ctx as unknown as Context<OperationId>;
    let reply: Reply;
    try {
      reply = await handler(ctx);
    } catch (error) {
      if (operationId === "login" && error instanceof HttpError && error.status === 400)
        recordFailedLogin(context);
      throw error;
    }
    if (!write) return reply as Awaited<ReturnType<Handler<K>>>;
    const body = (reply.body ?? {}) as Body;
    const { orgs, target } = placeOf(operationId, context, body);
    const user = body.user as { id: string } | undefined;
    const changes = changesOf(operationId, context.body, body);
    record(context.store, orgs, {
      action: actionOf(operationId),
      actor: actorOf(context.caller) ?? (user ? { type: "user", id: user.id } : null),
      target: target as Target,
      request_id: context.requestId,
      ...(changes && { changes }),
    });
    return reply as Awaited<ReturnType<Handler<K>>>;
  };
}

/** A wrong password for a known email, in the trails of that user's organizations. */
function recordFailedLogin({ body, store, requestId }: Context<OperationId>) {
  const email = String((body as Body | undefined)?.email ?? "").toLowerCase();
  const [user] = store.rows("User", (u) => u.data.email.toLowerCase() === email);
  if (!user) return; // no organization's trail to put it in
  record(store, orgsOfUser(store, user.data.id), {
    action: "auth.login_failed",
    actor: null,
    target: { type: "user", id: user.data.id },
    request_id: requestId,
  });
}

/** Every handler, audited. */
export function auditTrail(handlers: Record<string, Handler<OperationId>>) {
  return Object.fromEntries(
    Object.entries(handlers).map(([id, handler]) => [id, audited(id as OperationId, handler)]),
  ) as Record<string, Handler<OperationId>>;
}
