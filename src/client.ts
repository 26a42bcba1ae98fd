import openapiFetch, { type Client } from "openapi-fetch";
import { version } from "../package.json";
import {
  APIUserAbortError,
  BedrockError,
  errorFromResponse,
  InvalidResponseError,
  throwIfAborted,
} from "./errors";
import type { OperationId, SecurityScheme } from "./generated/operations";
import type { paths } from "./generated/schema";
import { Log, type Logger, type LogLevel, parseLogLevel } from "./log";
import { PagePromise, type PageShape } from "./pagination";
import { APIPromise, ResponseInfo, type WithResponse } from "./promise";
import {
  type Api,
  type Body,
  createResources,
  type Params,
  type RequestOptions,
  type Resources,
  type Result,
  routeTable,
} from "./resources";
import {
  createTransport,
  type Fetch,
  maxRetriesLimit,
  maxTimeout,
  type Outgoing,
  type Reply,
  type SendOptions,
  type TransportOptions,
  untilAborted,
} from "./transport";

/** A credential, or a function asked for it before each request (e.g. to fetch a fresh one). */
export type Credential = string | CredentialProvider;

/**
 * A function asked for the credential before each request. One with `invalidate` (such as
 * {@link shortTermKeys}) renews on a 401: the client tells it which credential was refused and
 * sends the request once more with the next one it gives, when that differs, as one of the
 * call's `maxRetries` (with none left, the call gets the 401 and the next call the new one).
 */
export interface CredentialProvider {
  /** The credential to send now. */
  (): string | Promise<string>;
  /** The API refused `credential` (401): stop giving it. */
  invalidate?(credential: string): void | Promise<void>;
}

/** Options of `new Bedrock()`; every one is optional, and each is checked at construction. */
export interface ClientOptions {
  /** API key, sent as `Authorization: Bearer …` (default: `BEDROCK_API_KEY`). */
  apiKey?: Credential | undefined;
  /** User token, sent as `Authorization: Token …` (default: `BEDROCK_TOKEN`). */
  token?: Credential | undefined;
  /**
   * API root, an absolute http(s) URL without credentials in it (default: `BEDROCK_BASE_URL`,
   * else `https://api.bedrock.dev`).
   */
  baseUrl?: string | undefined;
  /** Organization to act on with a token, sent as `X-Organization-Id`. */
  organizationId?: string | undefined;
  /**
   * Milliseconds each attempt may take, from sending the request to the end of the response
   * body: the headers and the body both count (default 60 000; a whole number from 1 to
   * 2147483647, about 24.8 days). A timeout is an {@link APITimeoutError} that says which of
   * the two was late, and is retried like a connection error.
   */
  timeout?: number | undefined;
  /**
   * Retries of a failed request (default 2; a whole number from 0 to 10), with exponential
   * backoff (0.5 s, 1 s, 2 s, … up to 8 s, less up to 25 % jitter) or the server's
   * `Retry-After`, of which at most 60 s is waited. Every method is retried on connection
   * errors, timeouts, 408, 429 and 5xx: each POST and PATCH carries an `Idempotency-Key`
   * (the same on each retry), so the server acts on it once. One budget per call: a resend
   * after a 401 with a renewed credential is one of these retries.
   */
  maxRetries?: number | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: Fetch | undefined;
  /** What to log (default: `BEDROCK_LOG`, else `warn`). */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (default: `console`). */
  logger?: Logger | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** Allow an API key in a browser, where anyone who loads the page can read it. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/**
 * What {@link Bedrock.withOptions} may change: the rest (credentials, base URL, `fetch`) is
 * shared with the client it is called on.
 */
export type ClientOverrides = Pick<
  ClientOptions,
  "organizationId" | "timeout" | "maxRetries" | "logLevel" | "logger" | "defaultHeaders"
>;

/** What `Bedrock.signup`, `Bedrock.login` and `Bedrock.acceptInvite` resolve to: the API's answer and a client using its token. */
export type Session<Id extends "signup" | "login" | "acceptInvite"> = Result<Id> & {
  /** A client that uses the new token. */
  client: Bedrock;
};

/** `Bedrock.signup`'s body: the API's `SignupRequest`, with `organizationName` for `organization_name`. */
export type SignupParams = {
  [K in keyof Body<"signup"> as K extends "organization_name"
    ? "organizationName"
    : K]: Body<"signup">[K];
};

// The CommonJS build sees openapi-fetch's whole `exports` as its default import (Node's
// interop for an ES module requiring CommonJS); the function is then its `default`.
const createClient =
  (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;
const defaultBaseUrl = "https://api.bedrock.dev";
const inspect = Symbol.for("nodejs.util.inspect.custom");

/** Every resource (`templates`, `agents`, `adapterState.contacts`, …), assigned from one table. */
export interface Bedrock extends Resources {}

/**
 * The Bedrock API client.
 *
 * ```ts
 * const bedrock = new Bedrock(); // BEDROCK_API_KEY, BEDROCK_BASE_URL
 * const template = await bedrock.templates.create({ name: "Support" });
 * for await (const agent of bedrock.agents.list({ status: "idle" })) console.log(agent.name);
 * ```
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns the interface's resources.
export class Bedrock {
  /** The typed openapi-fetch client over every path, with this client's credentials, retries and logging. */
  readonly raw: Client<paths>;
  /** The API root requests go to. */
  readonly baseUrl: string;
  readonly #apiKey: Credential | undefined;
  readonly #token: Credential | undefined;
  readonly #options: ClientOptions;

  /**
   * @throws {BedrockError} without credentials (options or environment), with an API key in
   * a browser unless `dangerouslyAllowBrowser` is set, or with an option that is not valid:
   * the message names the option and the problem, never a credential's value.
   */
  constructor(options: ClientOptions = {}) {
    // Credentials passed in options replace those of the environment, both of them.
    const explicit = options.apiKey !== undefined || options.token !== undefined;
    this.#apiKey = (explicit ? options.apiKey : readEnv("BEDROCK_API_KEY")) || undefined;
    this.#token = (explicit ? options.token : readEnv("BEDROCK_TOKEN")) || undefined;
    if (!this.#apiKey && !this.#token) {
      throw new BedrockError(
        "No credentials: pass `apiKey` or `token` to new Bedrock(), or set BEDROCK_API_KEY or BEDROCK_TOKEN. " +
          "Bedrock.signup(), Bedrock.login() and Bedrock.acceptInvite() give a client with a token.",
      );
    }
    checkCredential(this.#apiKey, explicit ? "`apiKey`" : "BEDROCK_API_KEY");
    checkCredential(this.#token, explicit ? "`token`" : "BEDROCK_TOKEN");
    if (this.#apiKey && isBrowser() && !options.dangerouslyAllowBrowser) {
      throw new BedrockError(
        "An API key in a browser can be read by anyone who loads the page: use a user token " +
          "(Bedrock.login) there, or pass `dangerouslyAllowBrowser: true` if you accept that.",
      );
    }
    this.#options = options;
    const renews = [this.#apiKey, this.#token].some((c) => typeof c === "function" && c.invalidate);
    const core = createCore(
      options,
      (operation, request) => this.#authorization(operation, request),
      renews ? (request) => this.#renew(request) : undefined,
    );
    this.raw = core.raw;
    this.baseUrl = core.baseUrl;
    Object.assign(this, createResources(core.api));
  }

  /**
   * Create a user and their organization; resolves to `{ token, user, organization, membership,
   * client }`. `options` configure the client; `request`, this call (`signal`, `timeout`, …).
   */
  static signup(
    { organizationName, ...body }: SignupParams,
    options?: ClientOptions,
    request?: RequestOptions,
  ): Promise<Session<"signup">> {
    const params = { ...body, organization_name: organizationName };
    return startSession(options, "signup", undefined, params, request);
  }

  /**
   * Exchange an email and password for a token; resolves to `{ token, user, client }`.
   * `options` configure the client; `request`, this call (`signal`, `timeout`, …).
   */
  static login(
    body: Body<"login">,
    options?: ClientOptions,
    request?: RequestOptions,
  ): Promise<Session<"login">> {
    return startSession(options, "login", undefined, body, request);
  }

  /**
   * Accept an invite by id with its secret `token`; resolves to `{ token, user, organization,
   * membership, client }`. A new user sends `name` and `password`; a user who already has an
   * account sends only the secret and passes their own `token` in `options` (or calls
   * `invites.accept` on their signed-in client). `request` configures this call.
   */
  static acceptInvite(
    id: string,
    body: Body<"acceptInvite">,
    options?: ClientOptions,
    request?: RequestOptions,
  ): Promise<Session<"acceptInvite">> {
    return startSession(options, "acceptInvite", { path: { id } }, body, request);
  }

  /**
   * A client with the same credentials, base URL and `fetch` (so the same connections), and
   * the options given changed; `defaultHeaders` are added to this client's. This client is
   * unchanged.
   *
   * ```ts
   * const patient = bedrock.withOptions({ timeout: 120_000, maxRetries: 5 });
   * const other = bedrock.withOptions({ organizationId: "9a7c…" });
   * ```
   * @throws {BedrockError} when an option is not valid, as `new Bedrock()` does.
   */
  withOptions(overrides: ClientOverrides): Bedrock {
    const options = this.#options;
    return new Bedrock({
      ...options,
      ...overrides,
      apiKey: this.#apiKey,
      token: this.#token,
      baseUrl: this.baseUrl,
      defaultHeaders: { ...options.defaultHeaders, ...overrides.defaultHeaders },
    });
  }

  /** The client's settings, with credentials shown as `[redacted]`. */
  toJSON(): Record<string, string | undefined> {
    return {
      baseUrl: this.baseUrl,
      organizationId: this.#options.organizationId,
      apiKey: this.#apiKey && "[redacted]",
      token: this.#token && "[redacted]",
    };
  }

  /** How Node's `console.log` shows the client: its {@link toJSON}, credentials redacted. */
  [inspect](_depth: number, options: unknown, show?: (value: unknown, options: unknown) => string) {
    return `Bedrock ${show ? show(this.toJSON(), options) : JSON.stringify(this.toJSON())}`;
  }

  /**
   * The `Authorization` value for the operation's security: the API key where it is
   * accepted, else the token; none where no credentials are taken. Fails before sending
   * when the operation accepts neither credential this client has.
   */
  #authorization(
    operation: OperationId | undefined,
    request: { method: string; path: string },
  ): Authorization {
    const schemes: readonly SecurityScheme[] = operation
      ? routeTable().routeOf[operation].security
      : anyScheme;
    if (schemes.length === 0) return undefined;
    if (this.#apiKey && schemes.includes("ApiKeyAuth")) return credential("apiKey", this.#apiKey);
    if (this.#token && schemes.includes("TokenAuth")) return credential("token", this.#token);
    if (operation && routeTable().routeOf[operation].anonymous) return undefined; // the credential is optional here
    const needs = schemes.includes("ApiKeyAuth")
      ? "an API key (`apiKey` or BEDROCK_API_KEY), and this client has only a token"
      : "a user token (`token`, BEDROCK_TOKEN or Bedrock.login()), and this client has only an API key";
    throw new BedrockError(`${operation} (${request.method} ${request.path}) needs ${needs}.`);
  }

  /**
   * After a 401: when the request's credential came from a provider with `invalidate`, tells
   * it the credential was refused and sets the provider's next one; true when that differs.
   */
  async #renew(request: Outgoing): Promise<boolean> {
    const { headers } = request;
    const sent =
      (headers instanceof Headers ? headers.get("authorization") : headers.authorization) ?? "";
    const [scheme = "", refused = ""] = sent.split(" ");
    const name = scheme === "Bearer" ? "apiKey" : scheme === "Token" ? "token" : undefined;
    const provider = name === "apiKey" ? this.#apiKey : name === "token" ? this.#token : undefined;
    if (!name || typeof provider !== "function" || !provider.invalidate) return false;
    await provider.invalidate(refused);
    const next = (await credential(name, provider)) ?? "";
    if (headers instanceof Headers) headers.set("Authorization", next);
    else headers.authorization = next;
    return next !== sent;
  }
}

type Authorization = string | undefined | Promise<string>;
const anyScheme: readonly SecurityScheme[] = ["ApiKeyAuth", "TokenAuth"];
const schemeOf = { apiKey: "Bearer", token: "Token" } as const;

/** `Bearer <key>` / `Token <token>`, asking a provider for the value and checking what it gives. */
function credential(name: "apiKey" | "token", value: Credential): Authorization {
  if (typeof value === "string") return `${schemeOf[name]} ${value}`;
  return (async () => value())().then(
    (given) => {
      if (!given) throw new BedrockError(`The ${name} provider returned nothing.`);
      checkCredential(given, `The ${name} provider's value`);
      return `${schemeOf[name]} ${given}`;
    },
    // An API error (a short-term key's creation refused) as it is; anything else, unquoted.
    (error: unknown) => {
      if (error instanceof BedrockError) throw error;
      throw new BedrockError(`The ${name} provider failed: ${(error as Error)?.name ?? "error"}.`, {
        cause: error,
      });
    },
  );
}

/**
 * A credential must be one printable token: a line break (a file of several keys read
 * whole), a space or a control character would break the `Authorization` header, or send
 * more than one secret. The error names the problem, never the value.
 */
function checkCredential(value: Credential | undefined, what: string) {
  if (typeof value !== "string") {
    if (value !== undefined && typeof value !== "function")
      throw new BedrockError(`${what} must be a string or a function that returns one.`);
    return;
  }
  if (/^[!-~]+$/.test(value)) return;
  const problem = /[\r\n]/.test(value)
    ? "a line break"
    : /\s/.test(value)
      ? "whitespace"
      : "a non-ASCII or control character";
  throw new BedrockError(`${what} contains ${problem}.`);
}

async function startSession<Id extends "signup" | "login" | "acceptInvite">(
  options: ClientOptions = {},
  operation: Id,
  params: Params | undefined,
  body: unknown,
  request: RequestOptions | undefined,
): Promise<Session<Id>> {
  const { apiKey: _apiKey, token, ...settings } = options;
  // Only accepting an invite takes the signed-in user's token (for an existing account).
  const api =
    operation === "acceptInvite" && token
      ? createCore(settings, () => {
          checkCredential(token, "`token`");
          return credential("token", token);
        }).api
      : createCore(settings).api;
  const data = await api.request(operation, params, body, request);
  return { ...data, client: new Bedrock({ ...settings, token: data.token }) };
}

interface Core {
  raw: Client<paths>;
  api: Api;
  baseUrl: string;
}

type Authorize = (
  operation: OperationId | undefined,
  request: { method: string; path: string },
) => Authorization;

/**
 * The calls resources make, and the openapi-fetch client for `raw`, both over one transport.
 * Resource calls build their `Request` themselves (the operation table gives method and path)
 * and read the body the transport has read within the attempt's timeout.
 */
function createCore(
  options: ClientOptions,
  authorize: Authorize = () => undefined,
  renew?: TransportOptions["renew"],
): Core {
  const baseUrl = checkBaseUrl(
    options.baseUrl ?? readEnv("BEDROCK_BASE_URL") ?? defaultBaseUrl,
    options.baseUrl === undefined,
  );
  const envLevel = readEnv("BEDROCK_LOG");
  if (options.logLevel !== undefined && !parseLogLevel(options.logLevel))
    throw new BedrockError("`logLevel` must be one of off, error, warn, info, debug.");
  const logger = options.logger ?? console;
  if (
    ["error", "warn", "info", "debug"].some(
      (level) => typeof logger[level as LogLevel & keyof Logger] !== "function",
    )
  )
    throw new BedrockError("`logger` must have error, warn, info and debug methods.");
  const log = new Log(options.logLevel ?? parseLogLevel(envLevel) ?? "warn", logger);
  if (envLevel && !options.logLevel && !parseLogLevel(envLevel)) {
    log.write("warn", "BEDROCK_LOG is not one of off, error, warn, info, debug; logging at warn.");
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function")
    throw new BedrockError("`fetch` must be a function.");
  const send = createTransport({
    fetch: options.fetch,
    timeout: checkTimeout("`timeout`", options.timeout ?? 60_000),
    maxRetries: checkRetries("`maxRetries`", options.maxRetries ?? 2),
    log,
    renew,
  });
  // One key for every POST would make the server replay the first answer to all of them.
  if (Object.keys(options.defaultHeaders ?? {}).some((name) => /^idempotency-key$/i.test(name)))
    throw new BedrockError(
      "`defaultHeaders` must not set Idempotency-Key: pass `idempotencyKey` per call.",
    );
  if (options.organizationId !== undefined && !/^[!-~]+$/.test(options.organizationId))
    throw new BedrockError("`organizationId` must be printable ASCII.");
  const headers: Record<string, string> = {
    ...checkHeaders("`defaultHeaders`", options.defaultHeaders),
    "x-bedrock-client": `ts/${version}`,
    ...(options.organizationId && { "x-organization-id": options.organizationId }),
  };

  const raw = createClient<paths>({
    baseUrl,
    headers,
    // A per-call `baseUrl` holding credentials: refused here, as fetch's own error would quote them.
    Request: class extends Request {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        if (/^[^:/?#]+:\/\/[^/?#]*@/.test(String(input)))
          throw new BedrockError("`baseUrl` must not hold credentials (user:password@).");
        super(input, init);
      }
    },
    // openapi-fetch copies the call's tuning onto the Request, and reads the body again: give
    // it a response made of what was read, or the response itself for a stream.
    fetch: async (request: Request) => {
      const tuning = checkTuning(request as Request & RequestOptions);
      const parseAs = parseAsOf.get(request);
      const read =
        parseAs === "stream"
          ? "stream"
          : /^(arrayBuffer|blob)$/.test(`${parseAs}`)
            ? "bytes"
            : "text";
      const reply = await send(request, { ...tuning, signal: request.signal, read });
      return read === "stream" ? reply.response : rebuild(reply);
    },
  });
  /** Each raw call's `parseAs`, which openapi-fetch tells middleware and not `fetch`. */
  const parseAsOf = new WeakMap<Request, string>();
  raw.use({
    async onRequest({ request, schemaPath, options }) {
      parseAsOf.set(request, options.parseAs);
      const { method, signal } = request;
      const operation = routeTable().operationAt[schemaPath]?.[method];
      const value = await authorizationFor(operation, method, schemaPath, signal);
      if (value) request.headers.set("Authorization", value);
    },
  });

  /** The `Authorization` value; a provider's is waited for only as long as the caller waits. */
  function authorizationFor(
    operation: OperationId | undefined,
    method: string,
    path: string,
    signal: AbortSignal | undefined,
  ): Authorization {
    throwIfAborted(signal); // before a credential provider is asked (it may create a key)
    const authorization = authorize(operation, { method, path });
    return typeof authorization === "object" ? untilAborted(authorization, signal) : authorization;
  }

  async function call(
    operation: OperationId,
    params: Params | undefined,
    body: unknown,
    options: RequestOptions | undefined,
  ): Promise<WithResponse<unknown>> {
    const { method, path } = routeTable().routeOf[operation];
    const signal = options?.signal;
    try {
      const authorization = authorizationFor(operation, method, path, signal);
      const value = typeof authorization === "object" ? await authorization : authorization;
      const sent: Record<string, string> = value
        ? { ...headers, authorization: value }
        : { ...headers };
      if (options?.headers) Object.assign(sent, checkHeaders("`headers`", options.headers));
      if (body !== undefined) sent["content-type"] = "application/json";
      if (options?.idempotencyKey !== undefined) {
        if (!/^[!-~]{1,255}$/.test(options.idempotencyKey))
          throw new BedrockError("`idempotencyKey` must be 1 to 255 printable ASCII characters.");
        sent["idempotency-key"] = options.idempotencyKey;
      }
      const request = {
        method,
        url: baseUrl + pathOf(path, params) + queryOf(params?.query),
        headers: sent,
        body: body === undefined ? undefined : JSON.stringify(body),
      };
      const reply = await send(request, options && checkTuning(options));
      return settle(reply);
    } catch (error) {
      // Anything else (a URL fetch refuses, a throwing `invalidate`) becomes a BedrockError,
      // as every failure is, without echoing it.
      if (error instanceof BedrockError) throw error;
      if (signal?.aborted) throw new APIUserAbortError(signal.reason);
      throw new BedrockError(
        `${operation} (${method} ${path}) failed before it was sent: ${(error as Error)?.name ?? "error"}.`,
        { cause: error },
      );
    }
  }

  const api: Api = {
    request(operation, params, body, options) {
      return new APIPromise(call(operation, params, body, options) as Promise<WithResponse<never>>);
    },
    list(operation, query, options) {
      const page = (query: object | undefined) =>
        new APIPromise(
          call(operation, { query: query ?? {} }, undefined, options).then(checkPage),
        ) as APIPromise<PageShape>;
      return new PagePromise(page(query), page, options?.signal);
    },
  };
  return { raw, api, baseUrl };
}

/** The data of a final reply: JSON where the contract promises it; an error status throws. */
function settle({ response, text }: Reply): WithResponse<unknown> {
  if (!response.ok) {
    let body: unknown = text || undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {}
    throw errorFromResponse(response, body);
  }
  // Every success of the contract but a 204 has a JSON body.
  if (response.status === 204) return new ResponseInfo(undefined, response);
  if (!text) throw new InvalidResponseError(response, text, "is empty");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InvalidResponseError(response, text, "is not JSON");
  }
  return new ResponseInfo(data, response);
}

function checkPage(result: WithResponse<unknown>): WithResponse<unknown> {
  const page = result.data as { results?: unknown } | null;
  if (!Array.isArray(page?.results))
    throw new InvalidResponseError(
      result.response,
      JSON.stringify(result.data) ?? "",
      "is not a page of results",
    );
  return result;
}

/** A `Response` made of a reply, for openapi-fetch to read. */
function rebuild({ response, text, bytes }: Reply): Response {
  const { status, statusText, headers } = response;
  const empty = status === 204 || status === 205 || status === 304;
  return new Response(empty ? null : (bytes ?? text), { status, statusText, headers });
}

/**
 * `/api/templates/{id}/` with its id, encoded. A URL resolves a `.` or `..` segment away (as
 * `%2E` too), which would send the call to another path: those are refused.
 */
function pathOf(path: string, params: Params | undefined): string {
  const id = params?.path?.id;
  if (id === undefined) return path;
  if (id === "." || id === "..")
    throw new BedrockError(`An id of \`${id}\` would address another path.`);
  return path.replace("{id}", encodeURIComponent(id));
}

/** `?a=1&tag=x&tag=y`, as openapi-fetch's default (form, exploded) serializes a query. */
function queryOf(query: object | undefined): string {
  let search = "";
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value])
      search += `${search ? "&" : "?"}${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`;
  }
  return search;
}

function checkTuning(options: RequestOptions): SendOptions {
  if (options.timeout !== undefined) checkTimeout("`timeout`", options.timeout);
  if (options.maxRetries !== undefined) checkRetries("`maxRetries`", options.maxRetries);
  return options;
}

function checkTimeout(name: string, value: number): number {
  if (Number.isInteger(value) && value >= 1 && value <= maxTimeout) return value;
  throw new BedrockError(
    `${name} must be a whole number of milliseconds from 1 to ${maxTimeout}, got ${String(value)}.`,
  );
}

function checkRetries(name: string, value: number): number {
  if (Number.isInteger(value) && value >= 0 && value <= maxRetriesLimit) return value;
  throw new BedrockError(
    `${name} must be a whole number from 0 to ${maxRetriesLimit}, got ${String(value)}.`,
  );
}

/**
 * `headers` with lowercase names, as the SDK's own are, so that a name in another case replaces
 * a header instead of being joined to it. Names and values fetch would refuse (with a message
 * quoting the value) are refused here, unquoted.
 */
function checkHeaders(what: string, headers: Record<string, string> | undefined) {
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(name))
      throw new BedrockError(`${what} has an invalid header name.`);
    if (typeof value !== "string" || /[\0\r\n]|[^\0-\xff]/.test(value))
      throw new BedrockError(`${what} has an invalid value for ${name}.`);
    checked[name.toLowerCase()] = value;
  }
  return checked;
}

/**
 * The base URL without a trailing slash. One with credentials in it is refused, and the
 * error does not show it: the SDK sends credentials in `Authorization` only.
 */
function checkBaseUrl(value: string, fromEnv: boolean): string {
  const what = fromEnv ? "BEDROCK_BASE_URL" : "`baseUrl`";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BedrockError(`${what} is not an absolute URL.`);
  }
  if (url.username || url.password)
    throw new BedrockError(
      `${what} must not hold credentials (user:password@); pass \`apiKey\` or \`token\`.`,
    );
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new BedrockError(`${what} must be an http(s) URL without query or fragment.`);
  return value.replace(/\/+$/, "");
}

/** An environment variable where there is one (Node, Bun, Deno with --allow-env); never throws. */
function readEnv(name: string): string | undefined {
  const runtime = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get?(name: string): string | undefined } };
  };
  try {
    return (runtime.process?.env?.[name] ?? runtime.Deno?.env?.get?.(name))?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A page's main thread or a browser-like test environment (not workers, Node, Deno or Bun). */
function isBrowser(): boolean {
  const runtime = globalThis as { window?: { document?: unknown } };
  return typeof runtime.window?.document === "object";
}
