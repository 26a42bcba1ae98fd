/**
 * `@bedrock/sdk`: the typed client of the Bedrock API.
 * @packageDocumentation
 * @module @bedrock/sdk
 */
import type { OperationId as ContractOperationId } from "./generated/operations";
import type { components } from "./generated/schema";

export type {
  ClientOptions,
  ClientOverrides,
  Credential,
  CredentialProvider,
  Session,
  SignupParams,
} from "./client";
export { Bedrock } from "./client";
export type { FieldErrors } from "./errors";
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  BedrockError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors";
export { apiVersion as API_VERSION } from "./generated/operations";
export type { components, operations, paths } from "./generated/schema";
export type { Logger, LogLevel } from "./log";
export type { PagePromise, PageWithResponse, ToArrayOptions } from "./pagination";
export type { APIPromise, WithResponse } from "./promise";
export type { RateLimit } from "./rate-limit";
export type {
  Body,
  Collection,
  RequestOptions,
  Resources,
  Result,
  RotateOptions,
} from "./resources";
export type { ShortTermKeyOptions, ShortTermKeys } from "./short-term-keys";
export { shortTermKeys } from "./short-term-keys";
export type { Fetch } from "./transport";

/** An operationId of the contract (`listTemplates`, `runAgent`, …), as `Result` and `Body` take. */
export type OperationId = ContractOperationId;

/** Any schema of the contract by name: `Schema<"Template">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** A user. */
export type User = Schema<"User">;
/** The signed-in user with their memberships (`bedrock.auth.me()`). */
export type Me = Schema<"Me">;
/** What signup and invite acceptance return: token, user, organization, membership. */
export type AuthSession = Schema<"AuthSession">;
/** What login returns: token and user. */
export type AuthToken = Schema<"AuthToken">;
/** An organization. */
export type Organization = Schema<"Organization">;
/** A user's membership of an organization. */
export type Membership = Schema<"Membership">;
/** A member of an organization (a {@link Membership}). */
export type Member = Membership;
/** A member's role: `owner`, `admin` or `member`. */
export type Role = Schema<"Role">;
/** An invitation to join an organization. */
export type Invite = Schema<"Invite">;
/** A just-created invite, with its secret `token` (shown once: pass it on to the invitee). */
export type InviteCreated = Schema<"InviteCreated">;
/** Body to create an invite. */
export type InviteRequest = Schema<"InviteRequest">;
/** An API key as listed (its `prefix`, never the key). */
export type ApiKey = Schema<"ApiKey">;
/** A just-created API key, with its full `key` (shown once). */
export type ApiKeyCreated = Schema<"ApiKeyCreated">;
/** Body to create an API key. */
export type ApiKeyRequest = Schema<"ApiKeyRequest">;
/** `long_term` (never, or a day or more) or `short_term` (at most 12 hours). */
export type ApiKeyKind = Schema<"ApiKeyKind">;
/** Who did something: a user, or an API key by its id and prefix. */
export type Actor = Schema<"Actor">;
/** An organization's rules for its API keys. */
export type KeyPolicy = Schema<"KeyPolicy">;
/** One event of an organization's audit trail. */
export type AuditEvent = Schema<"AuditEvent">;
/** An agent template. */
export type Template = Schema<"Template">;
/** Body to create or replace a template. */
export type TemplateRequest = Schema<"TemplateRequest">;
/** An agent. */
export type Agent = Schema<"Agent">;
/** Body to create or replace an agent. */
export type AgentRequest = Schema<"AgentRequest">;
/** An agent's state. */
export type AgentStatus = Schema<"AgentStatus">;
/** One run of an agent (`bedrock.agents.run()`). */
export type AgentRun = Schema<"AgentRun">;
/** A trace of a run. */
export type Trace = Schema<"Trace">;
/** Body to create a trace. */
export type TraceRequest = Schema<"TraceRequest">;
/** One timed step of a trace. */
export type Span = Schema<"Span">;
/** An adapter, built-in or custom. */
export type Adapter = Schema<"Adapter">;
/** Body to create a custom adapter. */
export type AdapterRequest = Schema<"AdapterRequest">;
/** An adapter configured for a template. */
export type AdapterConfig = Schema<"AdapterConfig">;
/** Body to create or replace an adapter config. */
export type AdapterConfigRequest = Schema<"AdapterConfigRequest">;
/** A contact of the default adapter. */
export type Contact = Schema<"Contact">;
/** A message of the default adapter. */
export type Message = Schema<"Message">;
/** A document of the default adapter. */
export type Document = Schema<"Document">;
/** A project of the default adapter. */
export type Project = Schema<"Project">;
/** A notification of the default adapter. */
export type Notification = Schema<"Notification">;
/** DRF's 400 body: field → messages. */
export type ValidationError = Schema<"ValidationError">;
