/**
 * `@bedrock/sdk`: the typed client of the Bedrock API.
 * @packageDocumentation
 * @module @bedrock/sdk
 */
import type { OperationId as ContractOperationId } from "./generated/operations";
import type { Membership } from "./generated/sdk";

export type {
  ClientOptions,
  ClientOverrides,
  Credential,
  CredentialProvider,
  Session,
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
export { apiVersion as API_VERSION } from "./generated/routes";
export type { components, operations, paths } from "./generated/schema";
export * from "./generated/sdk";
export type { Logger, LogLevel } from "./log";
export type { PagePromise, PageWithResponse, ToArrayOptions } from "./pagination";
export type { APIPromise, WithResponse } from "./promise";
export type { RateLimit } from "./rate-limit";
export type { Body, RequestOptions, Result, RotateOptions } from "./resources";
export type { ShortTermKeyOptions, ShortTermKeys } from "./short-term-keys";
export { shortTermKeys } from "./short-term-keys";
export type { Fetch } from "./transport";

/** An operationId of the contract (`listTemplates`, `runAgent`, …), as `Result` and `Body` take. */
export type OperationId = ContractOperationId;

/** A member of an organization (a {@link Membership}). */
export type Member = Membership;
