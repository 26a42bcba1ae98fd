// This file is generated from openapi/ by `npm run generate`. Do not edit it by hand.
// Types only: the SDK's named types and its documented resource methods, from the contract.
import type {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../errors";
import type { PagePromise } from "../pagination";
import type { APIPromise } from "../promise";
import type { RequestOptions } from "../transport";
import type { components, operations } from "./schema";

/** Any schema of the contract by name: `Schema<"Template">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
type Json<R> = R extends { content: { "application/json": infer T } } ? T : never;
type Body<Id extends keyof operations> = Json<NonNullable<operations[Id]["requestBody"]>>;
type Query<Id extends keyof operations> = NonNullable<operations[Id]["parameters"]["query"]>;

/** A page of a list (DRF page-number pagination): `{ count, next, previous, results }`. */
export interface Page<Item> extends Omit<Schema<"PaginatedOrganizationList">, "results"> {
  /** The page's items. */
  results: Item[];
}

/**
 * Create a user, their organization (with them as `owner`) and a token.
 */
export interface SignupRequest {
  /**
   * Email address.
   */
  email: Schema<"SignupRequest">["email"];
  /**
   * Password, at least 8 characters. Never returned.
   */
  password: Schema<"SignupRequest">["password"];
  /**
   * Display name.
   */
  name: Schema<"SignupRequest">["name"];
  /**
   * Name of the new organization.
   */
  organization_name: Schema<"SignupRequest">["organization_name"];
}

/**
 * A person who signs in to Bedrock.
 */
export interface User {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"User">["id"];
  /**
   * Sign-in email, unique.
   */
  email: Schema<"User">["email"];
  /**
   * Display name.
   */
  name: Schema<"User">["name"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"User">["created_at"];
}

/**
 * A tenant: everything else belongs to one organization.
 */
export interface Organization {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Organization">["id"];
  /**
   * Display name.
   */
  name: Schema<"Organization">["name"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Organization">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Organization">["updated_at"];
}

/**
 * A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
 */
export type Role = Schema<"Role">;

/**
 * A user's membership of an organization.
 */
export interface Membership {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Membership">["id"];
  /**
   * A person who signs in to Bedrock.
   */
  readonly user: Schema<"Membership">["user"];
  /**
   * The organization.
   */
  readonly organization: Schema<"Membership">["organization"];
  /**
   * A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
   */
  role: Schema<"Membership">["role"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Membership">["created_at"];
}

/**
 * What signup and invite acceptance create: a token, the user, the organization and the membership.
 */
export interface AuthSession {
  /**
   * DRF token. Send it as `Authorization: Token <token>`. Shown only in this response.
   */
  readonly token: Schema<"AuthSession">["token"];
  /**
   * A person who signs in to Bedrock.
   */
  user: Schema<"AuthSession">["user"];
  /**
   * A tenant: everything else belongs to one organization.
   */
  organization: Schema<"AuthSession">["organization"];
  /**
   * A user's membership of an organization.
   */
  membership: Schema<"AuthSession">["membership"];
}

/**
 * DRF validation errors: each invalid field maps to its messages; errors about the request as a whole are under `non_field_errors`. A message about a value inside a field says where it is (`definition.model: Not a valid string.`, `Unknown field "definition.modle"; …`). A malformed JSON body yields `detail` instead.
 */
export type ValidationError = Schema<"ValidationError">;

/**
 * An error with a single human-readable message (DRF's `detail`).
 */
export interface ErrorDetail {
  /**
   * What went wrong.
   */
  detail: Schema<"ErrorDetail">["detail"];
}

/**
 * Exchange an email and password for a token. The password is checked, not validated: wrong credentials of any length get the same `non_field_errors`.
 */
export interface LoginRequest {
  /**
   * Email address.
   */
  email: Schema<"LoginRequest">["email"];
  /**
   * The user's password. Never returned.
   */
  password: Schema<"LoginRequest">["password"];
}

/**
 * A token and the user it belongs to.
 */
export interface AuthToken {
  /**
   * DRF token. Send it as `Authorization: Token <token>`. Shown only in this response.
   */
  readonly token: Schema<"AuthToken">["token"];
  /**
   * A person who signs in to Bedrock.
   */
  user: Schema<"AuthToken">["user"];
}

/**
 * The signed-in user with their memberships, oldest first.
 */
export interface Me {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Me">["id"];
  /**
   * Sign-in email, unique.
   */
  email: Schema<"Me">["email"];
  /**
   * Display name.
   */
  name: Schema<"Me">["name"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Me">["created_at"];
  /**
   * The organizations the user belongs to and their role in each, oldest first.
   */
  readonly memberships: Schema<"Me">["memberships"];
}

/**
 * Body to create or replace an organization.
 */
export interface OrganizationRequest {
  /**
   * Display name.
   */
  name: Schema<"OrganizationRequest">["name"];
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedOrganizationRequest {
  /**
   * Display name.
   */
  name?: Exclude<Schema<"PatchedOrganizationRequest">["name"], undefined>;
}

/**
 * Change a member's role.
 */
export interface PatchedMembershipRequest {
  /**
   * A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
   */
  role?: Exclude<Schema<"PatchedMembershipRequest">["role"], undefined>;
}

/**
 * Where an invite stands. Only a `pending` invite can be accepted.
 */
export type InviteStatus = Schema<"InviteStatus">;

/**
 * An invitation for an email address to join the organization.
 */
export interface Invite {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Invite">["id"];
  /**
   * Email address.
   */
  email: Schema<"Invite">["email"];
  /**
   * A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
   */
  role: Schema<"Invite">["role"];
  /**
   * The organization invited to.
   */
  readonly organization: Schema<"Invite">["organization"];
  /**
   * Where an invite stands. Only a `pending` invite can be accepted.
   */
  readonly status: Schema<"Invite">["status"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Invite">["created_at"];
  /**
   * When the invite stops being valid (7 days after creation).
   */
  readonly expires_at: Schema<"Invite">["expires_at"];
}

/**
 * Invite someone by email.
 */
export interface InviteRequest {
  /**
   * Email address.
   */
  email: Schema<"InviteRequest">["email"];
  /**
   * A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
   */
  role?: Exclude<Schema<"InviteRequest">["role"], undefined>;
}

/**
 * A new invite with its secret `token`, shown only in this response: send it to the invitee.
 */
export interface InviteCreated {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"InviteCreated">["id"];
  /**
   * Email address.
   */
  email: Schema<"InviteCreated">["email"];
  /**
   * A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
   */
  role: Schema<"InviteCreated">["role"];
  /**
   * The organization invited to.
   */
  readonly organization: Schema<"InviteCreated">["organization"];
  /**
   * Where an invite stands. Only a `pending` invite can be accepted.
   */
  readonly status: Schema<"InviteCreated">["status"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"InviteCreated">["created_at"];
  /**
   * When the invite stops being valid (7 days after creation).
   */
  readonly expires_at: Schema<"InviteCreated">["expires_at"];
  /**
   * The invite's secret. Accepting the invite requires it; it is stored hashed and never shown again.
   */
  readonly token: Schema<"InviteCreated">["token"];
}

/**
 * Accept an invite with its secret. A new user also sends a name and a password; a user who already has an account sends only the secret, with their own token.
 */
export interface InviteAcceptRequest {
  /**
   * The invite's secret, from the response that created the invite.
   */
  token: Schema<"InviteAcceptRequest">["token"];
  /**
   * Display name of the new user. Required when the email has no account yet.
   */
  name?: Exclude<Schema<"InviteAcceptRequest">["name"], undefined>;
  /**
   * Password of the new user, at least 8 characters. Required when the email has no account yet; never returned.
   */
  password?: Exclude<Schema<"InviteAcceptRequest">["password"], undefined>;
}

/**
 * `long_term`: `expires_at` `null` (never) or at least one day ahead. `short_term`: at most 12 hours ahead (12 hours by default); one made with a token also ends when that token is revoked (logout). A short-term key makes only short-term keys, which end no later than it and at the same logout.
 */
export type ApiKeyKind = Schema<"ApiKeyKind">;

/**
 * Who did something: a user, or an API key, named by its id and `prefix` (never the key itself).
 */
export interface Actor {
  /**
   * `user` (with a token) or `api_key`.
   */
  type: Schema<"Actor">["type"];
  /**
   * The user's or the API key's id.
   */
  id: Schema<"Actor">["id"];
  /**
   * For an API key, the first characters of the key, enough to recognise it.
   */
  prefix?: Exclude<Schema<"Actor">["prefix"], undefined>;
}

/**
 * An API key, without its secret. `prefix` is enough to recognise it.
 */
export interface ApiKey {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"ApiKey">["id"];
  /**
   * Display name.
   */
  name: Schema<"ApiKey">["name"];
  /**
   * First characters of the key.
   */
  readonly prefix: Schema<"ApiKey">["prefix"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"ApiKey">["created_at"];
  /**
   * When the key stops working; `null` for never. A rotated key's is the end of its grace period.
   */
  expires_at: Schema<"ApiKey">["expires_at"];
  /**
   * When the key last authenticated a request; `null` if never.
   */
  readonly last_used_at: Schema<"ApiKey">["last_used_at"];
  /**
   * `long_term`: `expires_at` `null` (never) or at least one day ahead. `short_term`: at most 12 hours ahead (12 hours by default); one made with a token also ends when that token is revoked (logout). A short-term key makes only short-term keys, which end no later than it and at the same logout.
   */
  kind: Schema<"ApiKey">["kind"];
  /**
   * Who made the key.
   */
  readonly created_by: Schema<"ApiKey">["created_by"];
}

/**
 * Create an API key.
 */
export interface ApiKeyRequest {
  /**
   * Display name: name a key by its purpose (`nightly-export`), so the audit trail reads well.
   */
  name: Schema<"ApiKeyRequest">["name"];
  /**
   * `long_term`: `expires_at` `null` (never) or at least one day ahead. `short_term`: at most 12 hours ahead (12 hours by default); one made with a token also ends when that token is revoked (logout). A short-term key makes only short-term keys, which end no later than it and at the same logout.
   */
  kind?: Exclude<Schema<"ApiKeyRequest">["kind"], undefined>;
  /**
   * When the key stops working. A long-term key: `null` (never; the default) or at least one day ahead. A short-term key: at most 12 hours ahead (default: in 12 hours). The organization's `max_key_lifetime_days` caps both; a key made with an API key expires no later than that key (the default is cut to it).
   */
  expires_at?: Exclude<Schema<"ApiKeyRequest">["expires_at"], undefined>;
}

/**
 * A new API key with its full secret `key`, shown only in this response: store it now.
 */
export interface ApiKeyCreated {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"ApiKeyCreated">["id"];
  /**
   * Display name.
   */
  name: Schema<"ApiKeyCreated">["name"];
  /**
   * First characters of the key.
   */
  readonly prefix: Schema<"ApiKeyCreated">["prefix"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"ApiKeyCreated">["created_at"];
  /**
   * When the key stops working; `null` for never. A rotated key's is the end of its grace period.
   */
  expires_at: Schema<"ApiKeyCreated">["expires_at"];
  /**
   * When the key last authenticated a request; `null` if never.
   */
  readonly last_used_at: Schema<"ApiKeyCreated">["last_used_at"];
  /**
   * `long_term`: `expires_at` `null` (never) or at least one day ahead. `short_term`: at most 12 hours ahead (12 hours by default); one made with a token also ends when that token is revoked (logout). A short-term key makes only short-term keys, which end no later than it and at the same logout.
   */
  kind: Schema<"ApiKeyCreated">["kind"];
  /**
   * Who made the key.
   */
  readonly created_by: Schema<"ApiKeyCreated">["created_by"];
  /**
   * The full API key. Send it as `Authorization: Bearer <key>`.
   */
  readonly key: Schema<"ApiKeyCreated">["key"];
}

/**
 * Rename an API key.
 */
export interface PatchedApiKeyRequest {
  /**
   * Display name.
   */
  name?: Exclude<Schema<"PatchedApiKeyRequest">["name"], undefined>;
}

/**
 * Rotate an API key.
 */
export interface ApiKeyRotateRequest {
  /**
   * How long the old key keeps working, in seconds (0 ends it at once).
   */
  grace_seconds?: Exclude<Schema<"ApiKeyRotateRequest">["grace_seconds"], undefined>;
  /**
   * When the new key stops working, under the same rules as at creation, and no later than the old key's maker allows. Default: a lifetime as long as the old key's, or never when the old key never expired, cut to that bound.
   */
  expires_at?: Exclude<Schema<"ApiKeyRotateRequest">["expires_at"], undefined>;
}

/**
 * The organization's rules for its API keys.
 */
export interface KeyPolicy {
  /**
   * `false`: every request with a key of the organization gets 403, and no key can be created or rotated. Tokens are unaffected.
   */
  api_keys_enabled: Schema<"KeyPolicy">["api_keys_enabled"];
  /**
   * The longest a new or rotated key may live, in days; `null` for no cap. Existing keys are not changed.
   */
  max_key_lifetime_days: Schema<"KeyPolicy">["max_key_lifetime_days"];
  /**
   * When the policy last changed (the organization's creation until then).
   */
  readonly updated_at: Schema<"KeyPolicy">["updated_at"];
  /**
   * Who last changed the policy; `null` until someone does.
   */
  readonly updated_by: Schema<"KeyPolicy">["updated_by"];
}

/**
 * Replace the organization's key policy.
 */
export interface KeyPolicyRequest {
  /**
   * Whether API keys of the organization may be used, created and rotated.
   */
  api_keys_enabled: Schema<"KeyPolicyRequest">["api_keys_enabled"];
  /**
   * The longest a new or rotated key may live, in days; `null` (the default) for no cap.
   */
  max_key_lifetime_days?: Exclude<Schema<"KeyPolicyRequest">["max_key_lifetime_days"], undefined>;
}

/**
 * Change some of the organization's key policy.
 */
export interface PatchedKeyPolicyRequest {
  /**
   * Whether API keys of the organization may be used, created and rotated.
   */
  api_keys_enabled?: Exclude<Schema<"PatchedKeyPolicyRequest">["api_keys_enabled"], undefined>;
  /**
   * The longest a new or rotated key may live, in days; `null` for no cap.
   */
  max_key_lifetime_days?: Exclude<Schema<"PatchedKeyPolicyRequest">["max_key_lifetime_days"], undefined>;
}

/**
 * What an audit event is about.
 */
export interface AuditTarget {
  /**
   * The kind of object, e.g. `template`, `api_key`, `member`, `key_policy` (its `id` is the organization's), `user`.
   */
  type: Schema<"AuditTarget">["type"];
  /**
   * The object's id.
   */
  id: Schema<"AuditTarget">["id"];
}

/**
 * Something that happened in the organization: a successful write, a key event, a refused key or a failed login. Never holds a key, a token, a password or an invite secret; a key appears only as its `prefix`. An organization's trail keeps, apart from each other, at least its newest 10,000 security events (`auth`, `api_key`, `key_policy`, `member`, `invite` and `organization` actions), its newest 10,000 refusals (`api_key.*_use`, `auth.login_failed`) and its newest 10,000 other events (writes to its resources): older ones of a kind may be dropped, so no flood of one kind pushes out another. Repeated refusals of one key (or failed logins of one user) are one event with a `count` for 10 minutes from the first. The trail goes with its organization.
 */
export interface AuditEvent {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"AuditEvent">["id"];
  /**
   * `<resource>.<verb>`, e.g. `template.created`, `agent.run`, `member.role_changed`, `api_key.rotated`, `api_key.expired_use`, `key_policy.changed`, `auth.login_failed`.
   */
  action: Schema<"AuditEvent">["action"];
  /**
   * Who did it; `null` when no one was signed in (a failed login).
   */
  actor: Schema<"AuditEvent">["actor"];
  /**
   * What an audit event is about.
   */
  target: Schema<"AuditEvent">["target"];
  /**
   * The id the server gave the request (its response's `X-Request-Id`), never one the client sent; the first request's, for a `count` above 1.
   */
  request_id: Schema<"AuditEvent">["request_id"];
  /**
   * How many times it happened: 1, except for a refusal (`api_key.expired_use`, `api_key.revoked_use`, `api_key.disabled_use`, `auth.login_failed`), which counts the refusals of the same key (or user) in the 10 minutes from its `created_at`.
   */
  readonly count: Schema<"AuditEvent">["count"];
  /**
   * When it happened.
   */
  readonly created_at: Schema<"AuditEvent">["created_at"];
  /**
   * The fields the request set, as sent, without secrets: a field whose name marks a secret (`password`, `secret`, `token`, `key`, `credentials`, `authorization`, or ending in one of them, such as `api_key`, `access_token` or `client_secret`, in any case) is left out at any depth, free-form objects and arrays included. A value longer than 1,000 characters (a string, or as JSON) is cut to its first 1,000, followed by `…`.
   */
  changes?: Exclude<Schema<"AuditEvent">["changes"], undefined>;
}

/**
 * What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`).
 */
export interface TemplateDefinition {
  /**
   * The model the agent runs, e.g. `bedrock-large`.
   */
  model?: Exclude<Schema<"TemplateDefinition">["model"], undefined>;
  /**
   * The agent's standing instructions (its system prompt).
   */
  instructions?: Exclude<Schema<"TemplateDefinition">["instructions"], undefined>;
  /**
   * The tools the agent may call, by name, e.g. `adapter-state.contacts`.
   */
  tools?: Exclude<Schema<"TemplateDefinition">["tools"], undefined>;
  /**
   * Sampling temperature, from 0 (the most predictable replies) to 2.
   */
  temperature?: Exclude<Schema<"TemplateDefinition">["temperature"], undefined>;
  /**
   * Free-form data of your own, stored as it is.
   */
  metadata?: Exclude<Schema<"TemplateDefinition">["metadata"], undefined>;
}

/**
 * A reusable agent definition.
 */
export interface Template {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Template">["id"];
  /**
   * Display name.
   */
  name: Schema<"Template">["name"];
  /**
   * Free-form description.
   */
  description: Schema<"Template">["description"];
  /**
   * What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`).
   */
  definition: Schema<"Template">["definition"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Template">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Template">["updated_at"];
}

/**
 * Body to create or replace a template.
 */
export interface TemplateRequest {
  /**
   * Display name.
   */
  name: Schema<"TemplateRequest">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Schema<"TemplateRequest">["description"], undefined>;
  /**
   * What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`).
   */
  definition?: Exclude<Schema<"TemplateRequest">["definition"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedTemplateRequest {
  /**
   * Display name.
   */
  name?: Exclude<Schema<"PatchedTemplateRequest">["name"], undefined>;
  /**
   * Free-form description.
   */
  description?: Exclude<Schema<"PatchedTemplateRequest">["description"], undefined>;
  /**
   * What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`).
   */
  definition?: Exclude<Schema<"PatchedTemplateRequest">["definition"], undefined>;
}

/**
 * An agent's state: new agents are `idle`, `run` makes them `running`, `stop` makes them `stopped`.
 */
export type AgentStatus = Schema<"AgentStatus">;

/**
 * An agent built from a template.
 */
export interface Agent {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Agent">["id"];
  /**
   * Display name.
   */
  name: Schema<"Agent">["name"];
  /**
   * Free-form description.
   */
  description: Schema<"Agent">["description"];
  /**
   * The template this agent runs (same organization).
   */
  template: Schema<"Agent">["template"];
  /**
   * An agent's state: new agents are `idle`, `run` makes them `running`, `stop` makes them `stopped`.
   */
  readonly status: Schema<"Agent">["status"];
  /**
   * Labels, without duplicates.
   */
  tags: Schema<"Agent">["tags"];
  /**
   * Free-form configuration.
   */
  config: Schema<"Agent">["config"];
  /**
   * When it last ran; `null` if never.
   */
  readonly last_run_at: Schema<"Agent">["last_run_at"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Agent">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Agent">["updated_at"];
}

/**
 * Body to create or replace an agent.
 */
export interface AgentRequest {
  /**
   * Display name.
   */
  name: Schema<"AgentRequest">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Schema<"AgentRequest">["description"], undefined>;
  /**
   * The template this agent runs (same organization).
   */
  template: Schema<"AgentRequest">["template"];
  /**
   * Labels, without duplicates.
   */
  tags?: Exclude<Schema<"AgentRequest">["tags"], undefined>;
  /**
   * Free-form configuration.
   */
  config?: Exclude<Schema<"AgentRequest">["config"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedAgentRequest {
  /**
   * Display name.
   */
  name?: Exclude<Schema<"PatchedAgentRequest">["name"], undefined>;
  /**
   * Free-form description.
   */
  description?: Exclude<Schema<"PatchedAgentRequest">["description"], undefined>;
  /**
   * The template this agent runs (same organization).
   */
  template?: Exclude<Schema<"PatchedAgentRequest">["template"], undefined>;
  /**
   * Labels, without duplicates.
   */
  tags?: Exclude<Schema<"PatchedAgentRequest">["tags"], undefined>;
  /**
   * Free-form configuration.
   */
  config?: Exclude<Schema<"PatchedAgentRequest">["config"], undefined>;
}

/**
 * Start a run.
 */
export interface AgentRunRequest {
  /**
   * Input handed to the agent.
   */
  input?: Exclude<Schema<"AgentRunRequest">["input"], undefined>;
}

/**
 * Where a run stands.
 */
export type RunStatus = Schema<"RunStatus">;

/**
 * One run of an agent, with the trace recorded for it.
 */
export interface AgentRun {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"AgentRun">["id"];
  /**
   * The agent.
   */
  readonly agent: Schema<"AgentRun">["agent"];
  /**
   * Where a run stands.
   */
  status: Schema<"AgentRun">["status"];
  /**
   * Input handed to the agent.
   */
  input: Schema<"AgentRun">["input"];
  /**
   * The result; `null` until the run ends.
   */
  output: Schema<"AgentRun">["output"];
  /**
   * The trace recorded for this run.
   */
  readonly trace: Schema<"AgentRun">["trace"];
  /**
   * When it started.
   */
  readonly started_at: Schema<"AgentRun">["started_at"];
  /**
   * When it ended; `null` while running.
   */
  readonly ended_at: Schema<"AgentRun">["ended_at"];
}

/**
 * Tags to add (existing ones are kept, duplicates ignored).
 */
export interface AgentTagRequest {
  /**
   * The tags to add.
   */
  tags: Schema<"AgentTagRequest">["tags"];
}

/**
 * Outcome of a trace.
 */
export type TraceStatus = Schema<"TraceStatus">;

/**
 * One timed step of a trace.
 */
export interface Span {
  /**
   * Display name.
   */
  name: Schema<"Span">["name"];
  /**
   * When it started.
   */
  started_at: Schema<"Span">["started_at"];
  /**
   * When it ended.
   */
  ended_at?: Exclude<Schema<"Span">["ended_at"], undefined>;
  /**
   * Key/value details.
   */
  attributes?: Exclude<Schema<"Span">["attributes"], undefined>;
}

/**
 * What an agent did: a run's spans and metadata.
 */
export interface Trace {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Trace">["id"];
  /**
   * The agent traced (same organization).
   */
  agent: Schema<"Trace">["agent"];
  /**
   * The run, if any.
   */
  run: Schema<"Trace">["run"];
  /**
   * Display name.
   */
  name: Schema<"Trace">["name"];
  /**
   * Outcome of a trace.
   */
  status: Schema<"Trace">["status"];
  /**
   * The steps, in order.
   */
  spans: Schema<"Trace">["spans"];
  /**
   * Free-form metadata.
   */
  metadata: Schema<"Trace">["metadata"];
  /**
   * When it started.
   */
  started_at: Schema<"Trace">["started_at"];
  /**
   * When it ended.
   */
  ended_at: Schema<"Trace">["ended_at"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Trace">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Trace">["updated_at"];
}

/**
 * Body to create or replace a trace.
 */
export interface TraceRequest {
  /**
   * The agent traced (same organization).
   */
  agent: Schema<"TraceRequest">["agent"];
  /**
   * The run, if any.
   */
  run?: Exclude<Schema<"TraceRequest">["run"], undefined>;
  /**
   * Display name.
   */
  name: Schema<"TraceRequest">["name"];
  /**
   * Outcome of a trace.
   */
  status?: Exclude<Schema<"TraceRequest">["status"], undefined>;
  /**
   * The steps, in order.
   */
  spans?: Exclude<Schema<"TraceRequest">["spans"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Schema<"TraceRequest">["metadata"], undefined>;
  /**
   * When it started; defaults to now.
   */
  started_at?: Exclude<Schema<"TraceRequest">["started_at"], undefined>;
  /**
   * When it ended.
   */
  ended_at?: Exclude<Schema<"TraceRequest">["ended_at"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedTraceRequest {
  /**
   * The agent traced (same organization).
   */
  agent?: Exclude<Schema<"PatchedTraceRequest">["agent"], undefined>;
  /**
   * The run, if any.
   */
  run?: Exclude<Schema<"PatchedTraceRequest">["run"], undefined>;
  /**
   * Display name.
   */
  name?: Exclude<Schema<"PatchedTraceRequest">["name"], undefined>;
  /**
   * Outcome of a trace.
   */
  status?: Exclude<Schema<"PatchedTraceRequest">["status"], undefined>;
  /**
   * The steps, in order.
   */
  spans?: Exclude<Schema<"PatchedTraceRequest">["spans"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Schema<"PatchedTraceRequest">["metadata"], undefined>;
  /**
   * When it started; defaults to now.
   */
  started_at?: Exclude<Schema<"PatchedTraceRequest">["started_at"], undefined>;
  /**
   * When it ended.
   */
  ended_at?: Exclude<Schema<"PatchedTraceRequest">["ended_at"], undefined>;
}

/**
 * A connector agents use. Built-in adapters (`is_builtin`, `organization` null) are shared by every organization; custom ones belong to one.
 */
export interface Adapter {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Adapter">["id"];
  /**
   * Display name.
   */
  name: Schema<"Adapter">["name"];
  /**
   * What the adapter connects to, e.g. `state`, `http`, `email`.
   */
  kind: Schema<"Adapter">["kind"];
  /**
   * Free-form description.
   */
  description: Schema<"Adapter">["description"];
  /**
   * JSON Schema of the configuration an adapter config must provide.
   */
  config_schema: Schema<"Adapter">["config_schema"];
  /**
   * Whether Bedrock provides it.
   */
  readonly is_builtin: Schema<"Adapter">["is_builtin"];
  /**
   * Owner organization; `null` for a built-in.
   */
  readonly organization: Schema<"Adapter">["organization"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Adapter">["created_at"];
}

/**
 * Create a custom adapter.
 */
export interface AdapterRequest {
  /**
   * Display name.
   */
  name: Schema<"AdapterRequest">["name"];
  /**
   * What the adapter connects to, e.g. `state`, `http`, `email`.
   */
  kind: Schema<"AdapterRequest">["kind"];
  /**
   * Free-form description.
   */
  description?: Exclude<Schema<"AdapterRequest">["description"], undefined>;
  /**
   * JSON Schema of the configuration an adapter config must provide.
   */
  config_schema?: Exclude<Schema<"AdapterRequest">["config_schema"], undefined>;
}

/**
 * An adapter enabled for a template, with its configuration.
 */
export interface AdapterConfig {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"AdapterConfig">["id"];
  /**
   * The template (same organization).
   */
  template: Schema<"AdapterConfig">["template"];
  /**
   * The adapter (built-in or the organization's own).
   */
  adapter: Schema<"AdapterConfig">["adapter"];
  /**
   * Free-form configuration.
   */
  config: Schema<"AdapterConfig">["config"];
  /**
   * Whether agents of the template use it.
   */
  enabled: Schema<"AdapterConfig">["enabled"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"AdapterConfig">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"AdapterConfig">["updated_at"];
}

/**
 * Body to create or replace an adapter config.
 */
export interface AdapterConfigRequest {
  /**
   * The template (same organization).
   */
  template: Schema<"AdapterConfigRequest">["template"];
  /**
   * The adapter (built-in or the organization's own).
   */
  adapter: Schema<"AdapterConfigRequest">["adapter"];
  /**
   * Free-form configuration.
   */
  config?: Exclude<Schema<"AdapterConfigRequest">["config"], undefined>;
  /**
   * Whether agents of the template use it.
   */
  enabled?: Exclude<Schema<"AdapterConfigRequest">["enabled"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedAdapterConfigRequest {
  /**
   * The template (same organization).
   */
  template?: Exclude<Schema<"PatchedAdapterConfigRequest">["template"], undefined>;
  /**
   * The adapter (built-in or the organization's own).
   */
  adapter?: Exclude<Schema<"PatchedAdapterConfigRequest">["adapter"], undefined>;
  /**
   * Free-form configuration.
   */
  config?: Exclude<Schema<"PatchedAdapterConfigRequest">["config"], undefined>;
  /**
   * Whether agents of the template use it.
   */
  enabled?: Exclude<Schema<"PatchedAdapterConfigRequest">["enabled"], undefined>;
}

/**
 * A person the agents talk to.
 */
export interface Contact {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Contact">["id"];
  /**
   * Display name.
   */
  name: Schema<"Contact">["name"];
  /**
   * Email address, if known.
   */
  email: Schema<"Contact">["email"];
  /**
   * Phone number, if known.
   */
  phone: Schema<"Contact">["phone"];
  /**
   * Free-form metadata.
   */
  metadata: Schema<"Contact">["metadata"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Contact">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Contact">["updated_at"];
}

/**
 * Body to create or replace a contact.
 */
export interface ContactRequest {
  /**
   * Display name.
   */
  name: Schema<"ContactRequest">["name"];
  /**
   * Email address, if known.
   */
  email?: Exclude<Schema<"ContactRequest">["email"], undefined>;
  /**
   * Phone number, if known.
   */
  phone?: Exclude<Schema<"ContactRequest">["phone"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Schema<"ContactRequest">["metadata"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedContactRequest {
  /**
   * Display name.
   */
  name?: Exclude<Schema<"PatchedContactRequest">["name"], undefined>;
  /**
   * Email address, if known.
   */
  email?: Exclude<Schema<"PatchedContactRequest">["email"], undefined>;
  /**
   * Phone number, if known.
   */
  phone?: Exclude<Schema<"PatchedContactRequest">["phone"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Schema<"PatchedContactRequest">["metadata"], undefined>;
}

/**
 * Channel a message travelled on.
 */
export type Channel = Schema<"Channel">;

/**
 * Whether the contact sent the message (`inbound`) or received it (`outbound`).
 */
export type Direction = Schema<"Direction">;

/**
 * A message exchanged with a contact.
 */
export interface Message {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Message">["id"];
  /**
   * The contact (same organization).
   */
  contact: Schema<"Message">["contact"];
  /**
   * Channel a message travelled on.
   */
  channel: Schema<"Message">["channel"];
  /**
   * Whether the contact sent the message (`inbound`) or received it (`outbound`).
   */
  direction: Schema<"Message">["direction"];
  /**
   * Message text.
   */
  body: Schema<"Message">["body"];
  /**
   * When it was sent; defaults to now.
   */
  sent_at: Schema<"Message">["sent_at"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Message">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Message">["updated_at"];
}

/**
 * Body to create or replace a message.
 */
export interface MessageRequest {
  /**
   * The contact (same organization).
   */
  contact: Schema<"MessageRequest">["contact"];
  /**
   * Channel a message travelled on.
   */
  channel?: Exclude<Schema<"MessageRequest">["channel"], undefined>;
  /**
   * Whether the contact sent the message (`inbound`) or received it (`outbound`).
   */
  direction?: Exclude<Schema<"MessageRequest">["direction"], undefined>;
  /**
   * Message text.
   */
  body?: Exclude<Schema<"MessageRequest">["body"], undefined>;
  /**
   * When it was sent; defaults to now.
   */
  sent_at?: Exclude<Schema<"MessageRequest">["sent_at"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedMessageRequest {
  /**
   * The contact (same organization).
   */
  contact?: Exclude<Schema<"PatchedMessageRequest">["contact"], undefined>;
  /**
   * Channel a message travelled on.
   */
  channel?: Exclude<Schema<"PatchedMessageRequest">["channel"], undefined>;
  /**
   * Whether the contact sent the message (`inbound`) or received it (`outbound`).
   */
  direction?: Exclude<Schema<"PatchedMessageRequest">["direction"], undefined>;
  /**
   * Message text.
   */
  body?: Exclude<Schema<"PatchedMessageRequest">["body"], undefined>;
  /**
   * When it was sent; defaults to now.
   */
  sent_at?: Exclude<Schema<"PatchedMessageRequest">["sent_at"], undefined>;
}

/**
 * A document agents can read and write.
 */
export interface Document {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Document">["id"];
  /**
   * Title.
   */
  title: Schema<"Document">["title"];
  /**
   * Text content.
   */
  content: Schema<"Document">["content"];
  /**
   * Media type of `content`.
   */
  mime_type: Schema<"Document">["mime_type"];
  /**
   * The project it belongs to, if any (same organization).
   */
  project: Schema<"Document">["project"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Document">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Document">["updated_at"];
}

/**
 * Body to create or replace a document.
 */
export interface DocumentRequest {
  /**
   * Title.
   */
  title: Schema<"DocumentRequest">["title"];
  /**
   * Text content.
   */
  content?: Exclude<Schema<"DocumentRequest">["content"], undefined>;
  /**
   * Media type of `content`.
   */
  mime_type?: Exclude<Schema<"DocumentRequest">["mime_type"], undefined>;
  /**
   * The project it belongs to, if any (same organization).
   */
  project?: Exclude<Schema<"DocumentRequest">["project"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedDocumentRequest {
  /**
   * Title.
   */
  title?: Exclude<Schema<"PatchedDocumentRequest">["title"], undefined>;
  /**
   * Text content.
   */
  content?: Exclude<Schema<"PatchedDocumentRequest">["content"], undefined>;
  /**
   * Media type of `content`.
   */
  mime_type?: Exclude<Schema<"PatchedDocumentRequest">["mime_type"], undefined>;
  /**
   * The project it belongs to, if any (same organization).
   */
  project?: Exclude<Schema<"PatchedDocumentRequest">["project"], undefined>;
}

/**
 * A project's state.
 */
export type ProjectStatus = Schema<"ProjectStatus">;

/**
 * A project grouping documents.
 */
export interface Project {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Project">["id"];
  /**
   * Display name.
   */
  name: Schema<"Project">["name"];
  /**
   * Free-form description.
   */
  description: Schema<"Project">["description"];
  /**
   * A project's state.
   */
  status: Schema<"Project">["status"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Project">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Project">["updated_at"];
}

/**
 * Body to create or replace a project.
 */
export interface ProjectRequest {
  /**
   * Display name.
   */
  name: Schema<"ProjectRequest">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Schema<"ProjectRequest">["description"], undefined>;
  /**
   * A project's state.
   */
  status?: Exclude<Schema<"ProjectRequest">["status"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedProjectRequest {
  /**
   * Display name.
   */
  name?: Exclude<Schema<"PatchedProjectRequest">["name"], undefined>;
  /**
   * Free-form description.
   */
  description?: Exclude<Schema<"PatchedProjectRequest">["description"], undefined>;
  /**
   * A project's state.
   */
  status?: Exclude<Schema<"PatchedProjectRequest">["status"], undefined>;
}

/**
 * How important a notification is.
 */
export type NotificationLevel = Schema<"NotificationLevel">;

/**
 * A notification for the organization's users.
 */
export interface Notification {
  /**
   * Unique identifier.
   */
  readonly id: Schema<"Notification">["id"];
  /**
   * Title.
   */
  title: Schema<"Notification">["title"];
  /**
   * Text.
   */
  body: Schema<"Notification">["body"];
  /**
   * How important a notification is.
   */
  level: Schema<"Notification">["level"];
  /**
   * Whether it has been read.
   */
  read: Schema<"Notification">["read"];
  /**
   * When it was created.
   */
  readonly created_at: Schema<"Notification">["created_at"];
  /**
   * When it was last changed.
   */
  readonly updated_at: Schema<"Notification">["updated_at"];
}

/**
 * Body to create or replace a notification.
 */
export interface NotificationRequest {
  /**
   * Title.
   */
  title: Schema<"NotificationRequest">["title"];
  /**
   * Text.
   */
  body?: Exclude<Schema<"NotificationRequest">["body"], undefined>;
  /**
   * How important a notification is.
   */
  level?: Exclude<Schema<"NotificationRequest">["level"], undefined>;
  /**
   * Whether it has been read.
   */
  read?: Exclude<Schema<"NotificationRequest">["read"], undefined>;
}

/**
 * Partial update: only the fields sent change.
 */
export interface PatchedNotificationRequest {
  /**
   * Title.
   */
  title?: Exclude<Schema<"PatchedNotificationRequest">["title"], undefined>;
  /**
   * Text.
   */
  body?: Exclude<Schema<"PatchedNotificationRequest">["body"], undefined>;
  /**
   * How important a notification is.
   */
  level?: Exclude<Schema<"PatchedNotificationRequest">["level"], undefined>;
  /**
   * Whether it has been read.
   */
  read?: Exclude<Schema<"PatchedNotificationRequest">["read"], undefined>;
}

/**
 * The query of `bedrock.organizations.list`.
 */
export interface OrganizationListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listOrganizations">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listOrganizations">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listOrganizations">["ordering"], undefined>;
}

/**
 * The body of `bedrock.organizations.create`.
 */
export interface OrganizationCreateParams {
  /**
   * Display name.
   */
  name: Body<"createOrganization">["name"];
}

/**
 * The body of `bedrock.organizations.update`.
 */
export interface OrganizationUpdateParams {
  /**
   * Display name.
   */
  name?: Exclude<Body<"updateOrganization">["name"], undefined>;
}

/**
 * The body of `bedrock.organizations.keyPolicy.replace`.
 */
export interface KeyPolicyReplaceParams {
  /**
   * Whether API keys of the organization may be used, created and rotated.
   */
  api_keys_enabled: Body<"replaceKeyPolicy">["api_keys_enabled"];
  /**
   * The longest a new or rotated key may live, in days; `null` (the default) for no cap.
   */
  max_key_lifetime_days?: Exclude<Body<"replaceKeyPolicy">["max_key_lifetime_days"], undefined>;
}

/**
 * The body of `bedrock.organizations.keyPolicy.update`.
 */
export interface KeyPolicyUpdateParams {
  /**
   * Whether API keys of the organization may be used, created and rotated.
   */
  api_keys_enabled?: Exclude<Body<"updateKeyPolicy">["api_keys_enabled"], undefined>;
  /**
   * The longest a new or rotated key may live, in days; `null` for no cap.
   */
  max_key_lifetime_days?: Exclude<Body<"updateKeyPolicy">["max_key_lifetime_days"], undefined>;
}

/**
 * The query of `bedrock.members.list`.
 */
export interface MemberListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listMembers">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listMembers">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listMembers">["ordering"], undefined>;
}

/**
 * The body of `bedrock.members.update`.
 */
export interface MemberUpdateParams {
  /**
   * A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
   */
  role?: Exclude<Body<"updateMember">["role"], undefined>;
}

/**
 * The query of `bedrock.invites.list`.
 */
export interface InviteListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listInvites">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listInvites">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listInvites">["ordering"], undefined>;
}

/**
 * The body of `bedrock.invites.create`.
 */
export interface InviteCreateParams {
  /**
   * Email address.
   */
  email: Body<"createInvite">["email"];
  /**
   * A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
   */
  role?: Exclude<Body<"createInvite">["role"], undefined>;
}

/**
 * The body of `bedrock.invites.accept`.
 */
export interface InviteAcceptParams {
  /**
   * The invite's secret, from the response that created the invite.
   */
  token: Body<"acceptInvite">["token"];
  /**
   * Display name of the new user. Required when the email has no account yet.
   */
  name?: Exclude<Body<"acceptInvite">["name"], undefined>;
  /**
   * Password of the new user, at least 8 characters. Required when the email has no account yet; never returned.
   */
  password?: Exclude<Body<"acceptInvite">["password"], undefined>;
}

/**
 * The query of `bedrock.apiKeys.list`.
 */
export interface ApiKeyListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listApiKeys">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listApiKeys">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listApiKeys">["ordering"], undefined>;
}

/**
 * The body of `bedrock.apiKeys.create`.
 */
export interface ApiKeyCreateParams {
  /**
   * Display name: name a key by its purpose (`nightly-export`), so the audit trail reads well.
   */
  name: Body<"createApiKey">["name"];
  /**
   * `long_term`: `expires_at` `null` (never) or at least one day ahead. `short_term`: at most 12 hours ahead (12 hours by default); one made with a token also ends when that token is revoked (logout). A short-term key makes only short-term keys, which end no later than it and at the same logout.
   */
  kind?: Exclude<Body<"createApiKey">["kind"], undefined>;
  /**
   * When the key stops working. A long-term key: `null` (never; the default) or at least one day ahead. A short-term key: at most 12 hours ahead (default: in 12 hours). The organization's `max_key_lifetime_days` caps both; a key made with an API key expires no later than that key (the default is cut to it).
   */
  expires_at?: Exclude<Body<"createApiKey">["expires_at"], undefined>;
}

/**
 * The body of `bedrock.apiKeys.update`.
 */
export interface ApiKeyUpdateParams {
  /**
   * Display name.
   */
  name?: Exclude<Body<"updateApiKey">["name"], undefined>;
}

/** The options of rotateApiKey, its body's fields in camelCase. */
export interface ApiKeyRotateParams {
  /**
   * How long the old key keeps working, in seconds (0 ends it at once).
   */
  graceSeconds?: ApiKeyRotateRequest["grace_seconds"];
  /**
   * When the new key stops working, under the same rules as at creation, and no later than the old key's maker allows. Default: a lifetime as long as the old key's, or never when the old key never expired, cut to that bound.
   */
  expiresAt?: ApiKeyRotateRequest["expires_at"];
}

/**
 * The query of `bedrock.auditEvents.list`.
 */
export interface AuditEventListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listAuditEvents">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listAuditEvents">["page_size"], undefined>;
  /**
   * Sort order: `-created_at` (newest first, the default) or `created_at` (oldest first).
   */
  ordering?: Exclude<Query<"listAuditEvents">["ordering"], undefined>;
  /**
   * Only events of this action, e.g. `api_key.created`.
   */
  action?: Exclude<Query<"listAuditEvents">["action"], undefined>;
  /**
   * Only events done by a user or by an API key.
   */
  actor_type?: Exclude<Query<"listAuditEvents">["actor_type"], undefined>;
  /**
   * Only events done by this user or API key.
   */
  actor_id?: Exclude<Query<"listAuditEvents">["actor_id"], undefined>;
  /**
   * Only events about this kind of object, e.g. `api_key`.
   */
  target_type?: Exclude<Query<"listAuditEvents">["target_type"], undefined>;
  /**
   * Only events about this object.
   */
  target_id?: Exclude<Query<"listAuditEvents">["target_id"], undefined>;
  /**
   * Only events at or after this time.
   */
  since?: Exclude<Query<"listAuditEvents">["since"], undefined>;
  /**
   * Only events before this time.
   */
  until?: Exclude<Query<"listAuditEvents">["until"], undefined>;
}

/**
 * The query of `bedrock.templates.list`.
 */
export interface TemplateListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listTemplates">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listTemplates">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listTemplates">["ordering"], undefined>;
}

/**
 * The body of `bedrock.templates.create`.
 */
export interface TemplateCreateParams {
  /**
   * Display name.
   */
  name: Body<"createTemplate">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"createTemplate">["description"], undefined>;
  /**
   * What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`).
   */
  definition?: Exclude<Body<"createTemplate">["definition"], undefined>;
}

/**
 * The body of `bedrock.templates.replace`.
 */
export interface TemplateReplaceParams {
  /**
   * Display name.
   */
  name: Body<"replaceTemplate">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"replaceTemplate">["description"], undefined>;
  /**
   * What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`).
   */
  definition?: Exclude<Body<"replaceTemplate">["definition"], undefined>;
}

/**
 * The body of `bedrock.templates.update`.
 */
export interface TemplateUpdateParams {
  /**
   * Display name.
   */
  name?: Exclude<Body<"updateTemplate">["name"], undefined>;
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"updateTemplate">["description"], undefined>;
  /**
   * What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`).
   */
  definition?: Exclude<Body<"updateTemplate">["definition"], undefined>;
}

/**
 * The query of `bedrock.agents.list`.
 */
export interface AgentListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listAgents">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listAgents">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listAgents">["ordering"], undefined>;
  /**
   * Only agents in this state.
   */
  status?: Exclude<Query<"listAgents">["status"], undefined>;
  /**
   * Only agents with this tag.
   */
  tag?: Exclude<Query<"listAgents">["tag"], undefined>;
  /**
   * Only agents of this template.
   */
  template?: Exclude<Query<"listAgents">["template"], undefined>;
}

/**
 * The body of `bedrock.agents.create`.
 */
export interface AgentCreateParams {
  /**
   * Display name.
   */
  name: Body<"createAgent">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"createAgent">["description"], undefined>;
  /**
   * The template this agent runs (same organization).
   */
  template: Body<"createAgent">["template"];
  /**
   * Labels, without duplicates.
   */
  tags?: Exclude<Body<"createAgent">["tags"], undefined>;
  /**
   * Free-form configuration.
   */
  config?: Exclude<Body<"createAgent">["config"], undefined>;
}

/**
 * The body of `bedrock.agents.replace`.
 */
export interface AgentReplaceParams {
  /**
   * Display name.
   */
  name: Body<"replaceAgent">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"replaceAgent">["description"], undefined>;
  /**
   * The template this agent runs (same organization).
   */
  template: Body<"replaceAgent">["template"];
  /**
   * Labels, without duplicates.
   */
  tags?: Exclude<Body<"replaceAgent">["tags"], undefined>;
  /**
   * Free-form configuration.
   */
  config?: Exclude<Body<"replaceAgent">["config"], undefined>;
}

/**
 * The body of `bedrock.agents.update`.
 */
export interface AgentUpdateParams {
  /**
   * Display name.
   */
  name?: Exclude<Body<"updateAgent">["name"], undefined>;
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"updateAgent">["description"], undefined>;
  /**
   * The template this agent runs (same organization).
   */
  template?: Exclude<Body<"updateAgent">["template"], undefined>;
  /**
   * Labels, without duplicates.
   */
  tags?: Exclude<Body<"updateAgent">["tags"], undefined>;
  /**
   * Free-form configuration.
   */
  config?: Exclude<Body<"updateAgent">["config"], undefined>;
}

/**
 * The body of `bedrock.agents.run`.
 */
export interface AgentRunParams {
  /**
   * Input handed to the agent.
   */
  input?: Exclude<Body<"runAgent">["input"], undefined>;
}

/**
 * The body of `bedrock.agents.tag`.
 */
export interface AgentTagParams {
  /**
   * The tags to add.
   */
  tags: Body<"tagAgent">["tags"];
}

/**
 * The query of `bedrock.traces.list`.
 */
export interface TraceListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listTraces">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listTraces">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listTraces">["ordering"], undefined>;
  /**
   * Only traces of this agent.
   */
  agent?: Exclude<Query<"listTraces">["agent"], undefined>;
}

/**
 * The body of `bedrock.traces.create`.
 */
export interface TraceCreateParams {
  /**
   * The agent traced (same organization).
   */
  agent: Body<"createTrace">["agent"];
  /**
   * The run, if any.
   */
  run?: Exclude<Body<"createTrace">["run"], undefined>;
  /**
   * Display name.
   */
  name: Body<"createTrace">["name"];
  /**
   * Outcome of a trace.
   */
  status?: Exclude<Body<"createTrace">["status"], undefined>;
  /**
   * The steps, in order.
   */
  spans?: Exclude<Body<"createTrace">["spans"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Body<"createTrace">["metadata"], undefined>;
  /**
   * When it started; defaults to now.
   */
  started_at?: Exclude<Body<"createTrace">["started_at"], undefined>;
  /**
   * When it ended.
   */
  ended_at?: Exclude<Body<"createTrace">["ended_at"], undefined>;
}

/**
 * The body of `bedrock.traces.update`.
 */
export interface TraceUpdateParams {
  /**
   * The agent traced (same organization).
   */
  agent?: Exclude<Body<"updateTrace">["agent"], undefined>;
  /**
   * The run, if any.
   */
  run?: Exclude<Body<"updateTrace">["run"], undefined>;
  /**
   * Display name.
   */
  name?: Exclude<Body<"updateTrace">["name"], undefined>;
  /**
   * Outcome of a trace.
   */
  status?: Exclude<Body<"updateTrace">["status"], undefined>;
  /**
   * The steps, in order.
   */
  spans?: Exclude<Body<"updateTrace">["spans"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Body<"updateTrace">["metadata"], undefined>;
  /**
   * When it started; defaults to now.
   */
  started_at?: Exclude<Body<"updateTrace">["started_at"], undefined>;
  /**
   * When it ended.
   */
  ended_at?: Exclude<Body<"updateTrace">["ended_at"], undefined>;
}

/**
 * The query of `bedrock.adapters.list`.
 */
export interface AdapterListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listAdapters">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listAdapters">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listAdapters">["ordering"], undefined>;
}

/**
 * The body of `bedrock.adapters.create`.
 */
export interface AdapterCreateParams {
  /**
   * Display name.
   */
  name: Body<"createAdapter">["name"];
  /**
   * What the adapter connects to, e.g. `state`, `http`, `email`.
   */
  kind: Body<"createAdapter">["kind"];
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"createAdapter">["description"], undefined>;
  /**
   * JSON Schema of the configuration an adapter config must provide.
   */
  config_schema?: Exclude<Body<"createAdapter">["config_schema"], undefined>;
}

/**
 * The query of `bedrock.adapterConfigs.list`.
 */
export interface AdapterConfigListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listAdapterConfigs">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listAdapterConfigs">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listAdapterConfigs">["ordering"], undefined>;
}

/**
 * The body of `bedrock.adapterConfigs.create`.
 */
export interface AdapterConfigCreateParams {
  /**
   * The template (same organization).
   */
  template: Body<"createAdapterConfig">["template"];
  /**
   * The adapter (built-in or the organization's own).
   */
  adapter: Body<"createAdapterConfig">["adapter"];
  /**
   * Free-form configuration.
   */
  config?: Exclude<Body<"createAdapterConfig">["config"], undefined>;
  /**
   * Whether agents of the template use it.
   */
  enabled?: Exclude<Body<"createAdapterConfig">["enabled"], undefined>;
}

/**
 * The body of `bedrock.adapterConfigs.replace`.
 */
export interface AdapterConfigReplaceParams {
  /**
   * The template (same organization).
   */
  template: Body<"replaceAdapterConfig">["template"];
  /**
   * The adapter (built-in or the organization's own).
   */
  adapter: Body<"replaceAdapterConfig">["adapter"];
  /**
   * Free-form configuration.
   */
  config?: Exclude<Body<"replaceAdapterConfig">["config"], undefined>;
  /**
   * Whether agents of the template use it.
   */
  enabled?: Exclude<Body<"replaceAdapterConfig">["enabled"], undefined>;
}

/**
 * The body of `bedrock.adapterConfigs.update`.
 */
export interface AdapterConfigUpdateParams {
  /**
   * The template (same organization).
   */
  template?: Exclude<Body<"updateAdapterConfig">["template"], undefined>;
  /**
   * The adapter (built-in or the organization's own).
   */
  adapter?: Exclude<Body<"updateAdapterConfig">["adapter"], undefined>;
  /**
   * Free-form configuration.
   */
  config?: Exclude<Body<"updateAdapterConfig">["config"], undefined>;
  /**
   * Whether agents of the template use it.
   */
  enabled?: Exclude<Body<"updateAdapterConfig">["enabled"], undefined>;
}

/**
 * The query of `bedrock.adapterState.contacts.list`.
 */
export interface ContactListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listContacts">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listContacts">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listContacts">["ordering"], undefined>;
}

/**
 * The body of `bedrock.adapterState.contacts.create`.
 */
export interface ContactCreateParams {
  /**
   * Display name.
   */
  name: Body<"createContact">["name"];
  /**
   * Email address, if known.
   */
  email?: Exclude<Body<"createContact">["email"], undefined>;
  /**
   * Phone number, if known.
   */
  phone?: Exclude<Body<"createContact">["phone"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Body<"createContact">["metadata"], undefined>;
}

/**
 * The body of `bedrock.adapterState.contacts.replace`.
 */
export interface ContactReplaceParams {
  /**
   * Display name.
   */
  name: Body<"replaceContact">["name"];
  /**
   * Email address, if known.
   */
  email?: Exclude<Body<"replaceContact">["email"], undefined>;
  /**
   * Phone number, if known.
   */
  phone?: Exclude<Body<"replaceContact">["phone"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Body<"replaceContact">["metadata"], undefined>;
}

/**
 * The body of `bedrock.adapterState.contacts.update`.
 */
export interface ContactUpdateParams {
  /**
   * Display name.
   */
  name?: Exclude<Body<"updateContact">["name"], undefined>;
  /**
   * Email address, if known.
   */
  email?: Exclude<Body<"updateContact">["email"], undefined>;
  /**
   * Phone number, if known.
   */
  phone?: Exclude<Body<"updateContact">["phone"], undefined>;
  /**
   * Free-form metadata.
   */
  metadata?: Exclude<Body<"updateContact">["metadata"], undefined>;
}

/**
 * The query of `bedrock.adapterState.messages.list`.
 */
export interface MessageListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listMessages">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listMessages">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listMessages">["ordering"], undefined>;
  /**
   * Only messages with this contact.
   */
  contact?: Exclude<Query<"listMessages">["contact"], undefined>;
}

/**
 * The body of `bedrock.adapterState.messages.create`.
 */
export interface MessageCreateParams {
  /**
   * The contact (same organization).
   */
  contact: Body<"createMessage">["contact"];
  /**
   * Channel a message travelled on.
   */
  channel?: Exclude<Body<"createMessage">["channel"], undefined>;
  /**
   * Whether the contact sent the message (`inbound`) or received it (`outbound`).
   */
  direction?: Exclude<Body<"createMessage">["direction"], undefined>;
  /**
   * Message text.
   */
  body?: Exclude<Body<"createMessage">["body"], undefined>;
  /**
   * When it was sent; defaults to now.
   */
  sent_at?: Exclude<Body<"createMessage">["sent_at"], undefined>;
}

/**
 * The body of `bedrock.adapterState.messages.replace`.
 */
export interface MessageReplaceParams {
  /**
   * The contact (same organization).
   */
  contact: Body<"replaceMessage">["contact"];
  /**
   * Channel a message travelled on.
   */
  channel?: Exclude<Body<"replaceMessage">["channel"], undefined>;
  /**
   * Whether the contact sent the message (`inbound`) or received it (`outbound`).
   */
  direction?: Exclude<Body<"replaceMessage">["direction"], undefined>;
  /**
   * Message text.
   */
  body?: Exclude<Body<"replaceMessage">["body"], undefined>;
  /**
   * When it was sent; defaults to now.
   */
  sent_at?: Exclude<Body<"replaceMessage">["sent_at"], undefined>;
}

/**
 * The body of `bedrock.adapterState.messages.update`.
 */
export interface MessageUpdateParams {
  /**
   * The contact (same organization).
   */
  contact?: Exclude<Body<"updateMessage">["contact"], undefined>;
  /**
   * Channel a message travelled on.
   */
  channel?: Exclude<Body<"updateMessage">["channel"], undefined>;
  /**
   * Whether the contact sent the message (`inbound`) or received it (`outbound`).
   */
  direction?: Exclude<Body<"updateMessage">["direction"], undefined>;
  /**
   * Message text.
   */
  body?: Exclude<Body<"updateMessage">["body"], undefined>;
  /**
   * When it was sent; defaults to now.
   */
  sent_at?: Exclude<Body<"updateMessage">["sent_at"], undefined>;
}

/**
 * The query of `bedrock.adapterState.documents.list`.
 */
export interface DocumentListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listDocuments">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listDocuments">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listDocuments">["ordering"], undefined>;
  /**
   * Only documents of this project.
   */
  project?: Exclude<Query<"listDocuments">["project"], undefined>;
}

/**
 * The body of `bedrock.adapterState.documents.create`.
 */
export interface DocumentCreateParams {
  /**
   * Title.
   */
  title: Body<"createDocument">["title"];
  /**
   * Text content.
   */
  content?: Exclude<Body<"createDocument">["content"], undefined>;
  /**
   * Media type of `content`.
   */
  mime_type?: Exclude<Body<"createDocument">["mime_type"], undefined>;
  /**
   * The project it belongs to, if any (same organization).
   */
  project?: Exclude<Body<"createDocument">["project"], undefined>;
}

/**
 * The body of `bedrock.adapterState.documents.replace`.
 */
export interface DocumentReplaceParams {
  /**
   * Title.
   */
  title: Body<"replaceDocument">["title"];
  /**
   * Text content.
   */
  content?: Exclude<Body<"replaceDocument">["content"], undefined>;
  /**
   * Media type of `content`.
   */
  mime_type?: Exclude<Body<"replaceDocument">["mime_type"], undefined>;
  /**
   * The project it belongs to, if any (same organization).
   */
  project?: Exclude<Body<"replaceDocument">["project"], undefined>;
}

/**
 * The body of `bedrock.adapterState.documents.update`.
 */
export interface DocumentUpdateParams {
  /**
   * Title.
   */
  title?: Exclude<Body<"updateDocument">["title"], undefined>;
  /**
   * Text content.
   */
  content?: Exclude<Body<"updateDocument">["content"], undefined>;
  /**
   * Media type of `content`.
   */
  mime_type?: Exclude<Body<"updateDocument">["mime_type"], undefined>;
  /**
   * The project it belongs to, if any (same organization).
   */
  project?: Exclude<Body<"updateDocument">["project"], undefined>;
}

/**
 * The query of `bedrock.adapterState.projects.list`.
 */
export interface ProjectListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listProjects">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listProjects">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listProjects">["ordering"], undefined>;
}

/**
 * The body of `bedrock.adapterState.projects.create`.
 */
export interface ProjectCreateParams {
  /**
   * Display name.
   */
  name: Body<"createProject">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"createProject">["description"], undefined>;
  /**
   * A project's state.
   */
  status?: Exclude<Body<"createProject">["status"], undefined>;
}

/**
 * The body of `bedrock.adapterState.projects.replace`.
 */
export interface ProjectReplaceParams {
  /**
   * Display name.
   */
  name: Body<"replaceProject">["name"];
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"replaceProject">["description"], undefined>;
  /**
   * A project's state.
   */
  status?: Exclude<Body<"replaceProject">["status"], undefined>;
}

/**
 * The body of `bedrock.adapterState.projects.update`.
 */
export interface ProjectUpdateParams {
  /**
   * Display name.
   */
  name?: Exclude<Body<"updateProject">["name"], undefined>;
  /**
   * Free-form description.
   */
  description?: Exclude<Body<"updateProject">["description"], undefined>;
  /**
   * A project's state.
   */
  status?: Exclude<Body<"updateProject">["status"], undefined>;
}

/**
 * The query of `bedrock.adapterState.notifications.list`.
 */
export interface NotificationListParams {
  /**
   * Page number, from 1.
   */
  page?: Exclude<Query<"listNotifications">["page"], undefined>;
  /**
   * Objects per page.
   */
  page_size?: Exclude<Query<"listNotifications">["page_size"], undefined>;
  /**
   * Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first).
   */
  ordering?: Exclude<Query<"listNotifications">["ordering"], undefined>;
}

/**
 * The body of `bedrock.adapterState.notifications.create`.
 */
export interface NotificationCreateParams {
  /**
   * Title.
   */
  title: Body<"createNotification">["title"];
  /**
   * Text.
   */
  body?: Exclude<Body<"createNotification">["body"], undefined>;
  /**
   * How important a notification is.
   */
  level?: Exclude<Body<"createNotification">["level"], undefined>;
  /**
   * Whether it has been read.
   */
  read?: Exclude<Body<"createNotification">["read"], undefined>;
}

/**
 * The body of `bedrock.adapterState.notifications.replace`.
 */
export interface NotificationReplaceParams {
  /**
   * Title.
   */
  title: Body<"replaceNotification">["title"];
  /**
   * Text.
   */
  body?: Exclude<Body<"replaceNotification">["body"], undefined>;
  /**
   * How important a notification is.
   */
  level?: Exclude<Body<"replaceNotification">["level"], undefined>;
  /**
   * Whether it has been read.
   */
  read?: Exclude<Body<"replaceNotification">["read"], undefined>;
}

/**
 * The body of `bedrock.adapterState.notifications.update`.
 */
export interface NotificationUpdateParams {
  /**
   * Title.
   */
  title?: Exclude<Body<"updateNotification">["title"], undefined>;
  /**
   * Text.
   */
  body?: Exclude<Body<"updateNotification">["body"], undefined>;
  /**
   * How important a notification is.
   */
  level?: Exclude<Body<"updateNotification">["level"], undefined>;
  /**
   * Whether it has been read.
   */
  read?: Exclude<Body<"updateNotification">["read"], undefined>;
}

/**
 * The body of `Bedrock.signup`: the contract's fields, named in camelCase.
 */
export interface SignupParams {
  /**
   * Email address.
   */
  email: Body<"signup">["email"];
  /**
   * Password, at least 8 characters. Never returned.
   */
  password: Body<"signup">["password"];
  /**
   * Display name.
   */
  name: Body<"signup">["name"];
  /**
   * Name of the new organization.
   */
  organizationName: Body<"signup">["organization_name"];
}

/**
 * The body of `Bedrock.login`: the contract's fields, named in camelCase.
 */
export interface LoginParams {
  /**
   * Email address.
   */
  email: Body<"login">["email"];
  /**
   * The user's password. Never returned.
   */
  password: Body<"login">["password"];
}

/**
 * The body of `Bedrock.acceptInvite`: the contract's fields, named in camelCase.
 */
export interface AcceptInviteParams {
  /**
   * The invite's secret, from the response that created the invite.
   */
  token: Body<"acceptInvite">["token"];
  /**
   * Display name of the new user. Required when the email has no account yet.
   */
  name?: Exclude<Body<"acceptInvite">["name"], undefined>;
  /**
   * Password of the new user, at least 8 characters. Required when the email has no account yet; never returned.
   */
  password?: Exclude<Body<"acceptInvite">["password"], undefined>;
}

/**
 * Sign up, log in, the signed-in user and log out. Signup, login and invite acceptance need no credentials and hand out a token.
 */
export interface AuthResource {
  /**
   * Get the signed-in user.
   *
   * The token's user with their memberships, oldest first.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * const me = await bedrock.auth.me();
   * console.log(me);
   * ```
   */
  me(options?: RequestOptions): APIPromise<Me>;
  /**
   * Log out.
   *
   * Revoke the token used for this request; it stops working at once.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * await bedrock.auth.logout();
   * ```
   */
  logout(options?: RequestOptions): APIPromise<undefined>;
}

/**
 * The organization's rules for its API keys: turn them off, or cap their lifetime. Members read it; owners and admins change it, with a token only.
 */
export interface KeyPolicyResource {
  /**
   * Get the key policy.
   *
   * The organization's rules for API keys. Any member (with a token) or the organization's own key; another organization's is a 403.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const keyPolicy = await bedrock.organizations.keyPolicy.get("0f8fad5b-d9cb-469f-a165-70867728950e");
   * console.log(keyPolicy);
   * ```
   */
  get(organizationId: string, options?: RequestOptions): APIPromise<KeyPolicy>;
  /**
   * Replace the key policy.
   *
   * Set the whole policy (an omitted `max_key_lifetime_days` becomes `null`). Owners and admins, with a token only: a key can never loosen its own organization's policy.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * const keyPolicy = await bedrock.organizations.keyPolicy.replace("0f8fad5b-d9cb-469f-a165-70867728950e", {
   *   api_keys_enabled: true,
   *   max_key_lifetime_days: 90,
   * });
   * console.log(keyPolicy);
   * ```
   */
  replace(organizationId: string, body: KeyPolicyReplaceParams, options?: RequestOptions): APIPromise<KeyPolicy>;
  /**
   * Update the key policy.
   *
   * Change only the fields sent. Owners and admins, with a token only: a key can never loosen its own organization's policy.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * const keyPolicy = await bedrock.organizations.keyPolicy.update("0f8fad5b-d9cb-469f-a165-70867728950e", {
   *   max_key_lifetime_days: 30,
   * });
   * console.log(keyPolicy);
   * ```
   */
  update(organizationId: string, body: KeyPolicyUpdateParams, options?: RequestOptions): APIPromise<KeyPolicy>;
}

/**
 * Tenants. Everything else belongs to one organization.
 */
export interface OrganizationsResource {
  /**
   * List organizations.
   *
   * With a token, the organizations the user is a member of; with an API key, the key's own organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const organization of bedrock.organizations.list()) {
   *   console.log(organization);
   * }
   * ```
   */
  list(query?: OrganizationListParams, options?: RequestOptions): PagePromise<Page<Organization>>;
  /**
   * Create an organization.
   *
   * Create an organization; the caller becomes its `owner`. Token only: an API key belongs to one organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * const organization = await bedrock.organizations.create({
   *   name: "Acme Robotics",
   * });
   * console.log(organization);
   * ```
   */
  create(body: OrganizationCreateParams, options?: RequestOptions): APIPromise<Organization>;
  /**
   * Get an organization.
   *
   * One of the caller's organizations; another organization's id is a 403.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const organization = await bedrock.organizations.get("0f8fad5b-d9cb-469f-a165-70867728950e");
   * console.log(organization);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Organization>;
  /**
   * Update an organization.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const organization = await bedrock.organizations.update("0f8fad5b-d9cb-469f-a165-70867728950e", {
   *   name: "Acme Robotics Inc.",
   * });
   * console.log(organization);
   * ```
   */
  update(id: string, body: OrganizationUpdateParams, options?: RequestOptions): APIPromise<Organization>;
  /**
   * Delete an organization.
   *
   * Delete the organization and everything in it. Owners only, and so token only: an API key cannot delete the organization it belongs to.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * await bedrock.organizations.delete("0f8fad5b-d9cb-469f-a165-70867728950e");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
  /**
   * The organization's rules for its API keys: turn them off, or cap their lifetime. Members read it; owners and admins change it, with a token only.
   */
  readonly keyPolicy: KeyPolicyResource;
}

/**
 * Who belongs to the organization, and with which role. Token only.
 */
export interface MembersResource {
  /**
   * List members.
   *
   * The organization's memberships, oldest first.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * for await (const membership of bedrock.members.list()) {
   *   console.log(membership);
   * }
   * ```
   */
  list(query?: MemberListParams, options?: RequestOptions): PagePromise<Page<Membership>>;
  /**
   * Get a member.
   *
   * One member of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * const membership = await bedrock.members.get("9a1f7c3e-52b4-4d8e-a6f0-3c2b1d4e5f60");
   * console.log(membership);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Membership>;
  /**
   * Update a member.
   *
   * Change a member's role. Owners change any role; admins change `admin` and `member` roles, to `admin` or `member`, and never touch an owner (see Roles): nobody grants a role above their own. Demoting the last owner is a 400: promote someone else to owner first.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * const membership = await bedrock.members.update("9a1f7c3e-52b4-4d8e-a6f0-3c2b1d4e5f60", {
   *   role: "admin",
   * });
   * console.log(membership);
   * ```
   */
  update(id: string, body: MemberUpdateParams, options?: RequestOptions): APIPromise<Membership>;
  /**
   * Remove a member.
   *
   * Remove a member from the organization. Owners remove anyone; admins remove admins and members (see Roles); anyone may remove their own membership (leave). Removing the last owner is a 400: promote someone else to owner first.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * await bedrock.members.delete("9a1f7c3e-52b4-4d8e-a6f0-3c2b1d4e5f60");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * Invite people by email with a role (owners and admins only); the invite's secret is shown once, and accepting requires it. Token only (accepting a new account's invite needs no credentials).
 */
export interface InvitesResource {
  /**
   * List invites.
   *
   * A page of the organization's invites, oldest first unless `ordering` says otherwise. Owners and admins only (see Roles). A pending invite whose `expires_at` has passed reads `expired`. No invite's secret is ever listed.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * for await (const invite of bedrock.invites.list()) {
   *   console.log(invite);
   * }
   * ```
   */
  list(query?: InviteListParams, options?: RequestOptions): PagePromise<Page<Invite>>;
  /**
   * Create an invite.
   *
   * Invite an email address to the organization with a role. Owners invite with any role, admins as `admin` or `member` (see Roles); a higher role is a 403. An email that already belongs to a member of the organization is a 400 on `email`: change a member's role through the members endpoints. The response is the only one that shows the invite's secret `token`: send it to the invitee, who needs it to accept.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * const inviteCreated = await bedrock.invites.create({
   *   email: "grace@acme.example",
   *   role: "member",
   * });
   * console.log(inviteCreated);
   * ```
   */
  create(body: InviteCreateParams, options?: RequestOptions): APIPromise<InviteCreated>;
  /**
   * Get an invite.
   *
   * One invite of the organization, without its secret. Owners and admins only (see Roles). A pending invite whose `expires_at` has passed reads `expired`.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * const invite = await bedrock.invites.get("6ecd8c99-4036-403d-bf84-cf8400f67836");
   * console.log(invite);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Invite>;
  /**
   * Revoke an invite.
   *
   * Revoke a pending invite: it can no longer be accepted. Owners revoke any invite, admins those with the role `admin` or `member` (see Roles). An invite that is not `pending` is a 400.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token
   * await bedrock.invites.delete("6ecd8c99-4036-403d-bf84-cf8400f67836");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
  /**
   * Accept an invite.
   *
   * Accept an invite with its secret `token` (from the response that created it) and return a token. When the invited email has no account yet, send `name` and `password` too: the user is created. When it has one, send no password but that user's `Authorization: Token …`: the membership is added to them (without it, a 401 says to log in first; another user's token is a 403). A wrong or missing secret is a 400 on `token` whether or not the invite exists; an invite that is not `pending` (accepted, revoked or expired) is a 400. Accepting never changes an existing member's role: a user who is already a member of the organization gets a 400 and keeps their role. An invite revoked, or an organization deleted, while the acceptance is under way is not accepted (400, 404). Failed attempts are throttled per client (429).
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * // Resolves to the API's answer and `client`, a Bedrock client that uses the new token.
   * const session = await Bedrock.acceptInvite("6ecd8c99-4036-403d-bf84-cf8400f67836", {
   *   token: "inv_V2VsY29tZS1HcmFjZS10by1BY21lLVJvYm90aWNz",
   *   name: "Grace Hopper",
   *   password: "cobol-forever-1959",
   * });
   * console.log(session.user);
   * ```
   */
  accept(id: string, body: InviteAcceptParams, options?: RequestOptions): APIPromise<AuthSession>;
}

/**
 * Keys for programmatic access to one organization: long-term, or short-term (at most 12 hours). The full key is shown once, at creation or rotation.
 */
export interface ApiKeysResource {
  /**
   * List API keys.
   *
   * A page of the organization's API keys, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const apiKey of bedrock.apiKeys.list()) {
   *   console.log(apiKey);
   * }
   * ```
   */
  list(query?: ApiKeyListParams, options?: RequestOptions): PagePromise<Page<ApiKey>>;
  /**
   * Create an API key.
   *
   * Create an API key. The response alone carries the full `key`: store it now, it is never shown again. A `long_term` key (the default) expires never or at least a day ahead; a `short_term` one at most 12 hours ahead (12 hours by default) and, made with a token, when that token logs out. No credential outlives or outranks the one that made it: a key made with an API key expires no later than that key (left out, `expires_at` defaults to the kind's default cut to the maker's end; later, or never, is a 400 on `expires_at`); a short-term key makes only short-term keys (another `kind`, or none, is a 400 on `kind`), which also end when the token its maker ends with logs out. With API keys disabled for the organization, 403; an `expires_at` beyond the policy's `max_key_lifetime_days` (or never, under a cap) is a 400 on `expires_at`.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const apiKeyCreated = await bedrock.apiKeys.create({
   *   name: "CI pipeline",
   *   kind: "long_term",
   *   expires_at: null,
   * });
   * console.log(apiKeyCreated);
   * ```
   */
  create(body: ApiKeyCreateParams, options?: RequestOptions): APIPromise<ApiKeyCreated>;
  /**
   * Get an API key.
   *
   * One API key of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const apiKey = await bedrock.apiKeys.get("3f333df6-90a4-4fda-8dd3-9485d27cee36");
   * console.log(apiKey);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<ApiKey>;
  /**
   * Update an API key.
   *
   * Rename the key.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const apiKey = await bedrock.apiKeys.update("3f333df6-90a4-4fda-8dd3-9485d27cee36", {
   *   name: "CI pipeline (main)",
   * });
   * console.log(apiKey);
   * ```
   */
  update(id: string, body: ApiKeyUpdateParams, options?: RequestOptions): APIPromise<ApiKey>;
  /**
   * Revoke an API key.
   *
   * Revoke the key: it stops working at once.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.apiKeys.delete("3f333df6-90a4-4fda-8dd3-9485d27cee36");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
  /**
   * Rotate an API key.
   *
   * Replace a key without downtime: a new key with the same `name` and `kind` (its full `key` shown in this response only; by default as long-lived as the old one), while the old key keeps working for `grace_seconds` and then gets 401. Owners and admins (or the organization's key). The new key keeps the old one's bounds: it expires no later than the key that made the old one (and than the API key rotating it), and a short-term key's replacement still ends when the token the old one was tied to logs out; beyond that, 400 on `expires_at`. A short-term key cannot rotate a long-term one (400). An idempotent replay goes to the replacement as to the key it replaced. A revoked or expired key cannot be rotated (400); with API keys disabled for the organization, 403; a new `expires_at` beyond the policy's `max_key_lifetime_days` is a 400 on `expires_at`.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const apiKeyCreated = await bedrock.apiKeys.rotate("3f333df6-90a4-4fda-8dd3-9485d27cee36", {
   *   graceSeconds: 600,
   * });
   * console.log(apiKeyCreated);
   * ```
   */
  rotate(id: string, options?: ApiKeyRotateParams, request?: RequestOptions): APIPromise<ApiKeyCreated>;
}

/**
 * Who did what, with which key (by its prefix), when and in which request: every write, every key event, every refused key and failed login. Read-only; never a secret.
 */
export interface AuditEventsResource {
  /**
   * List audit events.
   *
   * A page of the organization's audit trail, newest first unless `ordering` says otherwise: every successful write through any resource, every key event, every refused use of an expired, revoked or disabled key and every failed login of a member. Owners and admins (with a token), or the organization's key.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const auditEvent of bedrock.auditEvents.list()) {
   *   console.log(auditEvent);
   * }
   * ```
   */
  list(query?: AuditEventListParams, options?: RequestOptions): PagePromise<Page<AuditEvent>>;
  /**
   * Get an audit event.
   *
   * One event of the organization's audit trail. Owners and admins (with a token), or the organization's key.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const auditEvent = await bedrock.auditEvents.get("2e7d4c1a-8b3f-4a6e-9c5d-0f1e2d3c4b5a");
   * console.log(auditEvent);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<AuditEvent>;
}

/**
 * Reusable agent definitions.
 */
export interface TemplatesResource {
  /**
   * List templates.
   *
   * A page of the organization's templates, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const template of bedrock.templates.list()) {
   *   console.log(template);
   * }
   * ```
   */
  list(query?: TemplateListParams, options?: RequestOptions): PagePromise<Page<Template>>;
  /**
   * Create a template.
   *
   * Create a template in the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const template = await bedrock.templates.create({
   *   name: "Customer support triage",
   *   description: "Reads an inbound message, classifies it and drafts a reply.",
   *   definition: {
   *     model: "bedrock-large",
   *     instructions: "Classify the customer's message as billing, bug or question, then draft a short, friendly reply.",
   *     tools: ["adapter-state.contacts", "adapter-state.messages"],
   *   },
   * });
   * console.log(template);
   * ```
   */
  create(body: TemplateCreateParams, options?: RequestOptions): APIPromise<Template>;
  /**
   * Get a template.
   *
   * One template of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const template = await bedrock.templates.get("9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b");
   * console.log(template);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Template>;
  /**
   * Replace a template.
   *
   * Replace every writable field of the template; omitted optional fields take their defaults.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const template = await bedrock.templates.replace("9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b", {
   *   name: "Customer support triage",
   *   description: "Reads an inbound message, classifies it and drafts a reply.",
   *   definition: {
   *     model: "bedrock-large",
   *     instructions: "Classify the customer's message as billing, bug or question, then draft a short, friendly reply.",
   *     tools: ["adapter-state.contacts", "adapter-state.messages"],
   *   },
   * });
   * console.log(template);
   * ```
   */
  replace(id: string, body: TemplateReplaceParams, options?: RequestOptions): APIPromise<Template>;
  /**
   * Update a template.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const template = await bedrock.templates.update("9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b", {
   *   description: "Triage and reply drafting for the support inbox.",
   * });
   * console.log(template);
   * ```
   */
  update(id: string, body: TemplateUpdateParams, options?: RequestOptions): APIPromise<Template>;
  /**
   * Delete a template.
   *
   * Delete the template. Refused with 409 while agents or adapter configs refer to it.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: The object cannot be deleted: other objects still refer to it (they are named).
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.templates.delete("6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * Agents built from templates: run, stop and tag them.
 */
export interface AgentsResource {
  /**
   * List agents.
   *
   * A page of the organization's agents, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const agent of bedrock.agents.list()) {
   *   console.log(agent);
   * }
   * ```
   */
  list(query?: AgentListParams, options?: RequestOptions): PagePromise<Page<Agent>>;
  /**
   * Create an agent.
   *
   * Create an agent from a template of the same organization. A new agent is `idle`.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const agent = await bedrock.agents.create({
   *   name: "Support triage bot",
   *   description: "Triage for the support inbox.",
   *   template: "9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b",
   *   tags: ["support", "tier-1"],
   *   config: { temperature: 0.2 },
   * });
   * console.log(agent);
   * ```
   */
  create(body: AgentCreateParams, options?: RequestOptions): APIPromise<Agent>;
  /**
   * Get an agent.
   *
   * One agent of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const agent = await bedrock.agents.get("a3bb189e-8bf9-4888-9912-ace4e6543002");
   * console.log(agent);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Agent>;
  /**
   * Replace an agent.
   *
   * Replace every writable field of the agent; omitted optional fields take their defaults.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const agent = await bedrock.agents.replace("a3bb189e-8bf9-4888-9912-ace4e6543002", {
   *   name: "Support triage bot",
   *   description: "Triage for the support inbox.",
   *   template: "9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b",
   *   tags: ["support", "tier-1"],
   *   config: { temperature: 0.2 },
   * });
   * console.log(agent);
   * ```
   */
  replace(id: string, body: AgentReplaceParams, options?: RequestOptions): APIPromise<Agent>;
  /**
   * Update an agent.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const agent = await bedrock.agents.update("a3bb189e-8bf9-4888-9912-ace4e6543002", {
   *   config: { temperature: 0.1 },
   * });
   * console.log(agent);
   * ```
   */
  update(id: string, body: AgentUpdateParams, options?: RequestOptions): APIPromise<Agent>;
  /**
   * Delete an agent.
   *
   * Delete the agent. Its runs and traces are deleted with it.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.agents.delete("a3bb189e-8bf9-4888-9912-ace4e6543002");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
  /**
   * Run an agent.
   *
   * Start a run: the agent becomes `running`, `last_run_at` is set, and a trace is created for the run.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const agentRun = await bedrock.agents.run("a3bb189e-8bf9-4888-9912-ace4e6543002", {
   *   input: { message_id: "c4ca4238-a0b9-4382-8dcc-509a6f75849b" },
   * });
   * console.log(agentRun);
   * ```
   */
  run(id: string, body?: AgentRunParams, options?: RequestOptions): APIPromise<AgentRun>;
  /**
   * Stop an agent.
   *
   * Stop the agent: it becomes `stopped`.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const agent = await bedrock.agents.stop("a3bb189e-8bf9-4888-9912-ace4e6543002");
   * console.log(agent);
   * ```
   */
  stop(id: string, options?: RequestOptions): APIPromise<Agent>;
  /**
   * Tag an agent.
   *
   * Add tags to the agent; tags it already has are not duplicated.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const agent = await bedrock.agents.tag("a3bb189e-8bf9-4888-9912-ace4e6543002", [
   *   "billing",
   *   "support",
   * ]);
   * console.log(agent);
   * ```
   */
  tag(id: string, tags: AgentTagParams["tags"], options?: RequestOptions): APIPromise<Agent>;
}

/**
 * What agents did, span by span. A run creates one.
 */
export interface TracesResource {
  /**
   * List traces.
   *
   * A page of the organization's traces, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const trace of bedrock.traces.list()) {
   *   console.log(trace);
   * }
   * ```
   */
  list(query?: TraceListParams, options?: RequestOptions): PagePromise<Page<Trace>>;
  /**
   * Create a trace.
   *
   * Record a trace for an agent of the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const trace = await bedrock.traces.create({
   *   agent: "a3bb189e-8bf9-4888-9912-ace4e6543002",
   *   run: "c2d29867-3d0b-4497-9f61-7e9e1c4f2b10",
   *   name: "Triage message from Grace Hopper",
   *   status: "ok",
   *   spans: [
   *     {
   *       name: "classify",
   *       started_at: "2026-11-02T10:05:00Z",
   *       ended_at: "2026-11-02T10:05:01Z",
   *       attributes: { label: "billing" },
   *     },
   *     {
   *       name: "draft-reply",
   *       started_at: "2026-11-02T10:05:01Z",
   *       ended_at: "2026-11-02T10:05:03Z",
   *       attributes: { tokens: 182 },
   *     },
   *   ],
   *   metadata: { model: "bedrock-large" },
   *   started_at: "2026-11-02T10:05:00Z",
   *   ended_at: "2026-11-02T10:05:03Z",
   * });
   * console.log(trace);
   * ```
   */
  create(body: TraceCreateParams, options?: RequestOptions): APIPromise<Trace>;
  /**
   * Get a trace.
   *
   * One trace of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const trace = await bedrock.traces.get("e7f1d2c3-b4a5-4968-8776-5a4b3c2d1e0f");
   * console.log(trace);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Trace>;
  /**
   * Update a trace.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const trace = await bedrock.traces.update("e7f1d2c3-b4a5-4968-8776-5a4b3c2d1e0f", {
   *   status: "error",
   *   ended_at: "2026-11-02T10:06:00Z",
   * });
   * console.log(trace);
   * ```
   */
  update(id: string, body: TraceUpdateParams, options?: RequestOptions): APIPromise<Trace>;
}

/**
 * Connectors agents use: built-in ones shared by all organizations, and the organization's own.
 */
export interface AdaptersResource {
  /**
   * List adapters.
   *
   * The built-in adapters and the organization's own, oldest first.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const adapter of bedrock.adapters.list()) {
   *   console.log(adapter);
   * }
   * ```
   */
  list(query?: AdapterListParams, options?: RequestOptions): PagePromise<Page<Adapter>>;
  /**
   * Create an adapter.
   *
   * Create a custom adapter for the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const adapter = await bedrock.adapters.create({
   *   name: "Helpdesk webhook",
   *   kind: "http",
   *   description: "Posts drafted replies to the helpdesk.",
   *   config_schema: {
   *     type: "object",
   *     required: ["url"],
   *     properties: { url: { type: "string", format: "uri" } },
   *   },
   * });
   * console.log(adapter);
   * ```
   */
  create(body: AdapterCreateParams, options?: RequestOptions): APIPromise<Adapter>;
  /**
   * Get an adapter.
   *
   * A built-in adapter or one of the organization's own.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const adapter = await bedrock.adapters.get("5d2e8f7a-6b1c-4d3e-9f0a-1b2c3d4e5f60");
   * console.log(adapter);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Adapter>;
  /**
   * Delete an adapter.
   *
   * Delete one of the organization's custom adapters. A built-in adapter is a 403. Refused with 409 while adapter configs refer to it.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: The object cannot be deleted: other objects still refer to it (they are named).
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.adapters.delete("8e7d6c5b-4a39-4281-9f0e-d1c2b3a4f5e6");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * Adapters enabled for a template, with their configuration.
 */
export interface AdapterConfigsResource {
  /**
   * List adapter configs.
   *
   * A page of the organization's adapter configs, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const adapterConfig of bedrock.adapterConfigs.list()) {
   *   console.log(adapterConfig);
   * }
   * ```
   */
  list(query?: AdapterConfigListParams, options?: RequestOptions): PagePromise<Page<AdapterConfig>>;
  /**
   * Create an adapter config.
   *
   * Create an adapter config in the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const adapterConfig = await bedrock.adapterConfigs.create({
   *   template: "9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b",
   *   adapter: "5d2e8f7a-6b1c-4d3e-9f0a-1b2c3d4e5f60",
   *   config: { url: "https://helpdesk.acme.example/hooks/bedrock" },
   *   enabled: true,
   * });
   * console.log(adapterConfig);
   * ```
   */
  create(body: AdapterConfigCreateParams, options?: RequestOptions): APIPromise<AdapterConfig>;
  /**
   * Get an adapter config.
   *
   * One adapter config of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const adapterConfig = await bedrock.adapterConfigs.get("8f14e45f-ceea-467a-9575-0d7c4b8e2a11");
   * console.log(adapterConfig);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<AdapterConfig>;
  /**
   * Replace an adapter config.
   *
   * Replace every writable field of the adapter config; omitted optional fields take their defaults.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const adapterConfig = await bedrock.adapterConfigs.replace("8f14e45f-ceea-467a-9575-0d7c4b8e2a11", {
   *   template: "9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b",
   *   adapter: "5d2e8f7a-6b1c-4d3e-9f0a-1b2c3d4e5f60",
   *   config: { url: "https://helpdesk.acme.example/hooks/bedrock" },
   *   enabled: true,
   * });
   * console.log(adapterConfig);
   * ```
   */
  replace(id: string, body: AdapterConfigReplaceParams, options?: RequestOptions): APIPromise<AdapterConfig>;
  /**
   * Update an adapter config.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const adapterConfig = await bedrock.adapterConfigs.update("8f14e45f-ceea-467a-9575-0d7c4b8e2a11", {
   *   enabled: false,
   * });
   * console.log(adapterConfig);
   * ```
   */
  update(id: string, body: AdapterConfigUpdateParams, options?: RequestOptions): APIPromise<AdapterConfig>;
  /**
   * Delete an adapter config.
   *
   * Delete the adapter config.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.adapterConfigs.delete("8f14e45f-ceea-467a-9575-0d7c4b8e2a11");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * Default adapter state: people the agents talk to.
 */
export interface ContactsResource {
  /**
   * List contacts.
   *
   * A page of the organization's contacts, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const contact of bedrock.adapterState.contacts.list()) {
   *   console.log(contact);
   * }
   * ```
   */
  list(query?: ContactListParams, options?: RequestOptions): PagePromise<Page<Contact>>;
  /**
   * Create a contact.
   *
   * Create a contact in the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const contact = await bedrock.adapterState.contacts.create({
   *   name: "Grace Hopper",
   *   email: "grace.hopper@customer.example",
   *   phone: "+1 555 0100",
   *   metadata: { plan: "enterprise" },
   * });
   * console.log(contact);
   * ```
   */
  create(body: ContactCreateParams, options?: RequestOptions): APIPromise<Contact>;
  /**
   * Get a contact.
   *
   * One contact of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const contact = await bedrock.adapterState.contacts.get("b1946ac9-2492-4d4f-8a8e-3c8e5c2d9f01");
   * console.log(contact);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Contact>;
  /**
   * Replace a contact.
   *
   * Replace every writable field of the contact; omitted optional fields take their defaults.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const contact = await bedrock.adapterState.contacts.replace("b1946ac9-2492-4d4f-8a8e-3c8e5c2d9f01", {
   *   name: "Grace Hopper",
   *   email: "grace.hopper@customer.example",
   *   phone: "+1 555 0100",
   *   metadata: { plan: "enterprise" },
   * });
   * console.log(contact);
   * ```
   */
  replace(id: string, body: ContactReplaceParams, options?: RequestOptions): APIPromise<Contact>;
  /**
   * Update a contact.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const contact = await bedrock.adapterState.contacts.update("b1946ac9-2492-4d4f-8a8e-3c8e5c2d9f01", {
   *   phone: "+1 555 0199",
   * });
   * console.log(contact);
   * ```
   */
  update(id: string, body: ContactUpdateParams, options?: RequestOptions): APIPromise<Contact>;
  /**
   * Delete a contact.
   *
   * Delete the contact. Refused with 409 while messages refer to it.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: The object cannot be deleted: other objects still refer to it (they are named).
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.adapterState.contacts.delete("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * Default adapter state: messages exchanged with contacts.
 */
export interface MessagesResource {
  /**
   * List messages.
   *
   * A page of the organization's messages, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const message of bedrock.adapterState.messages.list()) {
   *   console.log(message);
   * }
   * ```
   */
  list(query?: MessageListParams, options?: RequestOptions): PagePromise<Page<Message>>;
  /**
   * Create a message.
   *
   * Create a message in the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const message = await bedrock.adapterState.messages.create({
   *   contact: "b1946ac9-2492-4d4f-8a8e-3c8e5c2d9f01",
   *   channel: "email",
   *   direction: "inbound",
   *   body: "Hi, I was charged twice for November. Can you help?",
   *   sent_at: "2026-11-02T10:00:00Z",
   * });
   * console.log(message);
   * ```
   */
  create(body: MessageCreateParams, options?: RequestOptions): APIPromise<Message>;
  /**
   * Get a message.
   *
   * One message of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const message = await bedrock.adapterState.messages.get("c4ca4238-a0b9-4382-8dcc-509a6f75849b");
   * console.log(message);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Message>;
  /**
   * Replace a message.
   *
   * Replace every writable field of the message; omitted optional fields take their defaults.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const message = await bedrock.adapterState.messages.replace("c4ca4238-a0b9-4382-8dcc-509a6f75849b", {
   *   contact: "b1946ac9-2492-4d4f-8a8e-3c8e5c2d9f01",
   *   channel: "email",
   *   direction: "inbound",
   *   body: "Hi, I was charged twice for November. Can you help?",
   *   sent_at: "2026-11-02T10:00:00Z",
   * });
   * console.log(message);
   * ```
   */
  replace(id: string, body: MessageReplaceParams, options?: RequestOptions): APIPromise<Message>;
  /**
   * Update a message.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const message = await bedrock.adapterState.messages.update("c4ca4238-a0b9-4382-8dcc-509a6f75849b", {
   *   body: "Hi, I was charged twice for November. Could you refund one?",
   * });
   * console.log(message);
   * ```
   */
  update(id: string, body: MessageUpdateParams, options?: RequestOptions): APIPromise<Message>;
  /**
   * Delete a message.
   *
   * Delete the message.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.adapterState.messages.delete("c4ca4238-a0b9-4382-8dcc-509a6f75849b");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * Default adapter state: documents agents read and write.
 */
export interface DocumentsResource {
  /**
   * List documents.
   *
   * A page of the organization's documents, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const document of bedrock.adapterState.documents.list()) {
   *   console.log(document);
   * }
   * ```
   */
  list(query?: DocumentListParams, options?: RequestOptions): PagePromise<Page<Document>>;
  /**
   * Create a document.
   *
   * Create a document in the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const document = await bedrock.adapterState.documents.create({
   *   title: "Refund policy",
   *   content: "Duplicate charges are refunded within 5 business days.",
   *   mime_type: "text/markdown",
   *   project: "e4da3b7f-bbce-4345-9777-2b0674a318d5",
   * });
   * console.log(document);
   * ```
   */
  create(body: DocumentCreateParams, options?: RequestOptions): APIPromise<Document>;
  /**
   * Get a document.
   *
   * One document of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const document = await bedrock.adapterState.documents.get("d3d94468-02a4-4e3b-9f5c-6a7b8c9d0e12");
   * console.log(document);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Document>;
  /**
   * Replace a document.
   *
   * Replace every writable field of the document; omitted optional fields take their defaults.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const document = await bedrock.adapterState.documents.replace("d3d94468-02a4-4e3b-9f5c-6a7b8c9d0e12", {
   *   title: "Refund policy",
   *   content: "Duplicate charges are refunded within 5 business days.",
   *   mime_type: "text/markdown",
   *   project: "e4da3b7f-bbce-4345-9777-2b0674a318d5",
   * });
   * console.log(document);
   * ```
   */
  replace(id: string, body: DocumentReplaceParams, options?: RequestOptions): APIPromise<Document>;
  /**
   * Update a document.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const document = await bedrock.adapterState.documents.update("d3d94468-02a4-4e3b-9f5c-6a7b8c9d0e12", {
   *   content: "Duplicate charges are refunded within 3 business days.",
   * });
   * console.log(document);
   * ```
   */
  update(id: string, body: DocumentUpdateParams, options?: RequestOptions): APIPromise<Document>;
  /**
   * Delete a document.
   *
   * Delete the document.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.adapterState.documents.delete("d3d94468-02a4-4e3b-9f5c-6a7b8c9d0e12");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * Default adapter state: projects grouping documents.
 */
export interface ProjectsResource {
  /**
   * List projects.
   *
   * A page of the organization's projects, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const project of bedrock.adapterState.projects.list()) {
   *   console.log(project);
   * }
   * ```
   */
  list(query?: ProjectListParams, options?: RequestOptions): PagePromise<Page<Project>>;
  /**
   * Create a project.
   *
   * Create a project in the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const project = await bedrock.adapterState.projects.create({
   *   name: "Billing FAQ",
   *   description: "Answers the triage bot may quote.",
   * });
   * console.log(project);
   * ```
   */
  create(body: ProjectCreateParams, options?: RequestOptions): APIPromise<Project>;
  /**
   * Get a project.
   *
   * One project of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const project = await bedrock.adapterState.projects.get("e4da3b7f-bbce-4345-9777-2b0674a318d5");
   * console.log(project);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Project>;
  /**
   * Replace a project.
   *
   * Replace every writable field of the project; omitted optional fields take their defaults.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const project = await bedrock.adapterState.projects.replace("e4da3b7f-bbce-4345-9777-2b0674a318d5", {
   *   name: "Billing FAQ",
   *   description: "Answers the triage bot may quote.",
   * });
   * console.log(project);
   * ```
   */
  replace(id: string, body: ProjectReplaceParams, options?: RequestOptions): APIPromise<Project>;
  /**
   * Update a project.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const project = await bedrock.adapterState.projects.update("e4da3b7f-bbce-4345-9777-2b0674a318d5", {
   *   status: "archived",
   * });
   * console.log(project);
   * ```
   */
  update(id: string, body: ProjectUpdateParams, options?: RequestOptions): APIPromise<Project>;
  /**
   * Delete a project.
   *
   * Delete the project. Refused with 409 while documents refer to it.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: The object cannot be deleted: other objects still refer to it (they are named).
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.adapterState.projects.delete("f5e6d7c8-b9a0-4b1c-8d2e-3f4a5b6c7d8e");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * Default adapter state: notifications for the organization's users.
 */
export interface NotificationsResource {
  /**
   * List notifications.
   *
   * A page of the organization's notifications, oldest first unless `ordering` says otherwise.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * for await (const notification of bedrock.adapterState.notifications.list()) {
   *   console.log(notification);
   * }
   * ```
   */
  list(query?: NotificationListParams, options?: RequestOptions): PagePromise<Page<Notification>>;
  /**
   * Create a notification.
   *
   * Create a notification in the organization.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const notification = await bedrock.adapterState.notifications.create({
   *   title: "Agent run finished",
   *   body: "Support triage bot finished triaging 1 message.",
   *   level: "info",
   *   read: false,
   * });
   * console.log(notification);
   * ```
   */
  create(body: NotificationCreateParams, options?: RequestOptions): APIPromise<Notification>;
  /**
   * Get a notification.
   *
   * One notification of the organization.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const notification = await bedrock.adapterState.notifications.get("f457c545-a9de-488f-b18a-4a7d8e9c0b13");
   * console.log(notification);
   * ```
   */
  get(id: string, options?: RequestOptions): APIPromise<Notification>;
  /**
   * Replace a notification.
   *
   * Replace every writable field of the notification; omitted optional fields take their defaults.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const notification = await bedrock.adapterState.notifications.replace("f457c545-a9de-488f-b18a-4a7d8e9c0b13", {
   *   title: "Agent run finished",
   *   body: "Support triage bot finished triaging 1 message.",
   *   level: "info",
   *   read: false,
   * });
   * console.log(notification);
   * ```
   */
  replace(id: string, body: NotificationReplaceParams, options?: RequestOptions): APIPromise<Notification>;
  /**
   * Update a notification.
   *
   * Change only the fields sent.
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * const notification = await bedrock.adapterState.notifications.update("f457c545-a9de-488f-b18a-4a7d8e9c0b13", {
   *   read: true,
   * });
   * console.log(notification);
   * ```
   */
  update(id: string, body: NotificationUpdateParams, options?: RequestOptions): APIPromise<Notification>;
  /**
   * Delete a notification.
   *
   * Delete the notification.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * const bedrock = new Bedrock(); // reads BEDROCK_API_KEY
   * await bedrock.adapterState.notifications.delete("f457c545-a9de-488f-b18a-4a7d8e9c0b13");
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<undefined>;
}

/**
 * `contacts`, `messages`, `documents`, `projects`, `notifications`.
 */
export interface AdapterStateResource {
  /**
   * Default adapter state: people the agents talk to.
   */
  readonly contacts: ContactsResource;
  /**
   * Default adapter state: messages exchanged with contacts.
   */
  readonly messages: MessagesResource;
  /**
   * Default adapter state: documents agents read and write.
   */
  readonly documents: DocumentsResource;
  /**
   * Default adapter state: projects grouping documents.
   */
  readonly projects: ProjectsResource;
  /**
   * Default adapter state: notifications for the organization's users.
   */
  readonly notifications: NotificationsResource;
}

/**
 * Every resource of a client: `bedrock.templates`, `bedrock.adapterState.contacts`, …
 */
export interface Resources {
  /**
   * Sign up, log in, the signed-in user and log out. Signup, login and invite acceptance need no credentials and hand out a token.
   */
  readonly auth: AuthResource;
  /**
   * Tenants. Everything else belongs to one organization.
   */
  readonly organizations: OrganizationsResource;
  /**
   * Who belongs to the organization, and with which role. Token only.
   */
  readonly members: MembersResource;
  /**
   * Invite people by email with a role (owners and admins only); the invite's secret is shown once, and accepting requires it. Token only (accepting a new account's invite needs no credentials).
   */
  readonly invites: InvitesResource;
  /**
   * Keys for programmatic access to one organization: long-term, or short-term (at most 12 hours). The full key is shown once, at creation or rotation.
   */
  readonly apiKeys: ApiKeysResource;
  /**
   * Who did what, with which key (by its prefix), when and in which request: every write, every key event, every refused key and failed login. Read-only; never a secret.
   */
  readonly auditEvents: AuditEventsResource;
  /**
   * Reusable agent definitions.
   */
  readonly templates: TemplatesResource;
  /**
   * Agents built from templates: run, stop and tag them.
   */
  readonly agents: AgentsResource;
  /**
   * What agents did, span by span. A run creates one.
   */
  readonly traces: TracesResource;
  /**
   * Connectors agents use: built-in ones shared by all organizations, and the organization's own.
   */
  readonly adapters: AdaptersResource;
  /**
   * Adapters enabled for a template, with their configuration.
   */
  readonly adapterConfigs: AdapterConfigsResource;
  /**
   * `contacts`, `messages`, `documents`, `projects`, `notifications`.
   */
  readonly adapterState: AdapterStateResource;
}

/**
 * The static methods of `Bedrock` that start a session: each resolves to the API's answer and
 * a client that uses its token. `Options` are the client's options, `Sessions` what each resolves to.
 */
export interface SessionMethods<Options, Sessions extends Record<"signup" | "login" | "acceptInvite", unknown>> {
  /**
   * Sign up.
   *
   * Create a user, a new organization with the user as `owner`, the membership and a token. An email that is already taken is a 400 on `email`.
   * @param body - The request body, its fields in camelCase.
   * @param options - The options of the client it resolves to (`baseUrl`, `fetch`, …), which uses the new token. No credential is sent with this call.
   * @param request - This call's options (`signal`, `timeout`, `idempotencyKey`, …).
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * // Resolves to the API's answer and `client`, a Bedrock client that uses the new token.
   * const session = await Bedrock.signup({
   *   email: "margaret@apollo.example",
   *   password: "lunar-module-1969",
   *   name: "Margaret Hamilton",
   *   organizationName: "Apollo Guidance",
   * });
   * console.log(session.user);
   * ```
   */
  signup(body: SignupParams, options?: Options, request?: RequestOptions): Promise<Sessions["signup"]>;
  /**
   * Log in.
   *
   * Exchange an email and password for the user's token. Wrong credentials give a 400 with `non_field_errors`, whatever the password's length. Failed logins are throttled per client and per email (429 with `Retry-After`). A user holds at most 1,000 tokens at once; a login past it revokes their oldest token, and the short-term keys that token made.
   * @param body - The request body, its fields in camelCase.
   * @param options - The options of the client it resolves to (`baseUrl`, `fetch`, …), which uses the new token. No credential is sent with this call.
   * @param request - This call's options (`signal`, `timeout`, `idempotencyKey`, …).
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * // Resolves to the API's answer and `client`, a Bedrock client that uses the new token.
   * const session = await Bedrock.login({
   *   email: "ada@acme.example",
   *   password: "correct-horse-battery",
   * });
   * console.log(session.user);
   * ```
   */
  login(body: LoginParams, options?: Options, request?: RequestOptions): Promise<Sessions["login"]>;
  /**
   * Accept an invite.
   *
   * Accept an invite with its secret `token` (from the response that created it) and return a token. When the invited email has no account yet, send `name` and `password` too: the user is created. When it has one, send no password but that user's `Authorization: Token …`: the membership is added to them (without it, a 401 says to log in first; another user's token is a 403). A wrong or missing secret is a 400 on `token` whether or not the invite exists; an invite that is not `pending` (accepted, revoked or expired) is a 400. Accepting never changes an existing member's role: a user who is already a member of the organization gets a 400 and keeps their role. An invite revoked, or an organization deleted, while the acceptance is under way is not accepted (400, 404). Failed attempts are throttled per client (429).
   * @param id - The object's id.
   * @param body - The request body, its fields in camelCase.
   * @param options - The options of the client it resolves to (`baseUrl`, `fetch`, …), which uses the new token. A `token` here is sent with this call, as the signed-in user's (an existing account accepting).
   * @param request - This call's options (`signal`, `timeout`, `idempotencyKey`, …).
   * @throws 400 {@link BadRequestError}: Invalid body or query: each invalid field with its messages.
   * @throws 401 {@link AuthenticationError}: Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept.
   * @throws 403 {@link PermissionDeniedError}: Valid credentials, but the object belongs to another organization or the action is not allowed.
   * @throws 404 {@link NotFoundError}: No such object.
   * @throws 409 {@link ConflictError}: A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer.
   * @throws 413 {@link APIError}: The request body is over 1 MiB.
   * @throws 415 {@link APIError}: The request body is not `application/json`.
   * @throws 422 {@link UnprocessableEntityError}: The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request.
   * @throws 429 {@link RateLimitError}: Throttled: wait `Retry-After` seconds.
   * @example
   * ```ts
   * import { Bedrock } from "@bedrock/sdk";
   *
   * // Resolves to the API's answer and `client`, a Bedrock client that uses the new token.
   * const session = await Bedrock.acceptInvite("6ecd8c99-4036-403d-bf84-cf8400f67836", {
   *   token: "inv_V2VsY29tZS1HcmFjZS10by1BY21lLVJvYm90aWNz",
   *   name: "Grace Hopper",
   *   password: "cobol-forever-1959",
   * });
   * console.log(session.user);
   * ```
   */
  acceptInvite(id: string, body: AcceptInviteParams, options?: Options, request?: RequestOptions): Promise<Sessions["acceptInvite"]>;
}
