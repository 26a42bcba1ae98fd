// What a handler is: one per operationId, its context and reply typed by the generated contract
// types, so a handler that reads a wrong field or returns a wrong shape fails `tsc`.
import type { OperationId } from "../../generated/operations";
import type { components, operations } from "../../generated/schema";
import { forbidden } from "../errors";
import type { Attempts } from "../failed-auth";
import type { Data, Row, Store } from "../store";

export type Schemas = components["schemas"];
export type Role = Schemas["Role"];
type Operation<K extends OperationId> = operations[K];
type Json<R> = R extends { content: { "application/json": infer B } } ? B : undefined;
type Success = 200 | 201 | 202 | 204;
type Responses<K extends OperationId> = Operation<K>["responses"];
type SuccessCode<K extends OperationId> = Extract<keyof Responses<K>, Success>;

/** A handler's answer: one of the operation's success statuses with its body. */
export type Reply<K extends OperationId> = {
  [S in SuccessCode<K>]: Json<Responses<K>[S]> extends undefined
    ? {
        /** One of the operation's success statuses. */
        status: S;
        /** None: the contract gives this status no body. */
        body?: undefined;
      }
    : {
        /** One of the operation's success statuses. */
        status: S;
        /** The JSON body, as the contract's schema for the status. */
        body: Json<Responses<K>[S]>;
      };
}[SuccessCode<K>];

/** Who is calling, resolved by the server from the credentials. */
export interface Caller {
  /** The credential used: an API key, a user token, or none (where the operation allows it). */
  kind: "key" | "token" | "anonymous";
  /** The organization acted on: the key's, or the token user's chosen (default: oldest) one. */
  org: string | undefined;
  /** Every organization the caller may see, with the user's role in it (none for a key). */
  orgs: Map<string, Role | undefined>;
  /** The token's user; `undefined` for a key or no credentials. */
  user: Row<"User"> | undefined;
  /** The token in use, so logout can revoke it. */
  token: string | undefined;
  /** The API key in use (its row, never its secret), for `created_by` and the audit trail. */
  key?: Data<"ApiKey"> | undefined;
}

/** What a handler gets: the request, parsed and validated against operation `K`, and the stub. */
export interface Context<K extends OperationId> {
  /** Path parameters: `{ id }` on an item's path. */
  params: NonNullable<Operation<K>["parameters"]["path"]>;
  /** Query parameters, coerced, with the contract's defaults filled in. */
  query: NonNullable<Operation<K>["parameters"]["query"]>;
  /** The JSON body, validated, with the fields the contract does not declare dropped. */
  body: Json<NonNullable<Operation<K>["requestBody"]>>;
  /** Who is calling, authenticated per the operation's security. */
  caller: Caller;
  /** The stub's data, to read and change. */
  store: Store;
  /** The request's absolute URL on the stub's public address (never its Host), for links. */
  url: URL;
  /** The client's failed authentication attempts, for handlers that check a secret. */
  attempts: Attempts;
  /** The request's `X-Request-Id`, for the audit trail. */
  requestId: string;
}

/** Answers operation `K`: returns a success {@link Reply}, or throws an {@link HttpError}. */
export type Handler<K extends OperationId> = (ctx: Context<K>) => Reply<K> | Promise<Reply<K>>;
/** A handler for every operationId; `StubServerOptions.handlers` replaces some of the stub's. */
export type Handlers = { [K in OperationId]: Handler<K> };

export { forbidden, HttpError, invalid, notFound } from "../errors";

/** The organization the caller acts on; 403 for a user who belongs to none. */
export function actingOrg(caller: Caller): string {
  if (!caller.org) throw forbidden("You are not a member of any organization.");
  return caller.org;
}
