import openapiFetch, { type Client } from "openapi-fetch";
import { version } from "../package.json";
import { BedrockError, errorFromResponse } from "./errors";
import { operations as contract, type SecurityScheme } from "./generated/operations";
import type { paths } from "./generated/schema";
import { Log, type Logger, type LogLevel, parseLogLevel } from "./log";
import { PagePromise, type PageShape } from "./pagination";
import { APIPromise, type WithResponse } from "./promise";
import {
  type Api,
  type Body,
  createResources,
  operationAt,
  type Params,
  type Resources,
  type Result,
} from "./resources";
import { createTransport, type Fetch, type TransportOptions } from "./transport";

/** A credential, or a function asked for it before each request (e.g. to fetch a fresh one). */
export type Credential = string | CredentialProvider;

/**
 * A function asked for the credential before each request. One with `invalidate` (such as
 * {@link shortTermKeys}) renews on a 401: the client tells it which credential was refused and
 * sends the request once more with the next one it gives, when that differs.
 */
export interface CredentialProvider {
  /** The credential to send now. */
  (): string | Promise<string>;
  /** The API refused `credential` (401): stop giving it. */
  invalidate?(credential: string): void | Promise<void>;
}

/** Options of `new Bedrock()`; every one is optional. */
export interface ClientOptions {
  /** API key, sent as `Authorization: Bearer …` (default: `BEDROCK_API_KEY`). */
  apiKey?: Credential | undefined;
  /** User token, sent as `Authorization: Token …` (default: `BEDROCK_TOKEN`). */
  token?: Credential | undefined;
  /** API root (default: `BEDROCK_BASE_URL`, else `https://api.bedrock.dev`). */
  baseUrl?: string | undefined;
  /** Organization to act on with a token, sent as `X-Organization-Id`. */
  organizationId?: string | undefined;
  /** Milliseconds each attempt may take until the response headers arrive (default 60 000; 0: no limit). */
  timeout?: number | undefined;
  /**
   * Retries of a failed request (default 2), with exponential backoff and jitter, honouring
   * `Retry-After`. GET, PUT, DELETE and HEAD are retried on connection errors, timeouts, 408,
   * 429 and 5xx; POST and PATCH on 429 only, unless a call passes `idempotent: true`.
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
  readonly #organizationId: string | undefined;

  /**
   * @throws {BedrockError} without credentials (options or environment), or with an API key
   * in a browser unless `dangerouslyAllowBrowser` is set.
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
    if (this.#apiKey && isBrowser() && !options.dangerouslyAllowBrowser) {
      throw new BedrockError(
        "An API key in a browser can be read by anyone who loads the page: use a user token " +
          "(Bedrock.login) there, or pass `dangerouslyAllowBrowser: true` if you accept that.",
      );
    }
    this.#organizationId = options.organizationId;
    const renews = [this.#apiKey, this.#token].some((c) => typeof c === "function" && c.invalidate);
    const core = createCore(
      options,
      { onRequest: (call) => this.#authorize(call) },
      renews ? (request) => this.#renew(request) : undefined,
    );
    this.raw = core.raw;
    this.baseUrl = core.baseUrl;
    Object.assign(this, createResources(core.api));
  }

  /** Create a user and their organization; resolves to `{ token, user, organization, membership, client }`. */
  static signup(
    { organizationName, ...body }: SignupParams,
    options?: ClientOptions,
  ): Promise<Session<"signup">> {
    return startSession(options, "signup", undefined, {
      ...body,
      organization_name: organizationName,
    });
  }

  /** Exchange an email and password for a token; resolves to `{ token, user, client }`. */
  static login(body: Body<"login">, options?: ClientOptions): Promise<Session<"login">> {
    return startSession(options, "login", undefined, body);
  }

  /**
   * Accept an invite by id with its secret `token`; resolves to `{ token, user, organization,
   * membership, client }`. A new user sends `name` and `password`; a user who already has an
   * account sends only the secret and passes their own `token` in `options` (or calls
   * `invites.accept` on their signed-in client).
   */
  static acceptInvite(
    id: string,
    body: Body<"acceptInvite">,
    options?: ClientOptions,
  ): Promise<Session<"acceptInvite">> {
    return startSession(options, "acceptInvite", { path: { id } }, body);
  }

  /** The client's settings, with credentials shown as `[redacted]`. */
  toJSON(): Record<string, string | undefined> {
    return {
      baseUrl: this.baseUrl,
      organizationId: this.#organizationId,
      apiKey: this.#apiKey && "[redacted]",
      token: this.#token && "[redacted]",
    };
  }

  /** How Node's `console.log` shows the client: its {@link toJSON}, credentials redacted. */
  [inspect](_depth: number, options: unknown, show?: (value: unknown, options: unknown) => string) {
    return `Bedrock ${show ? show(this.toJSON(), options) : JSON.stringify(this.toJSON())}`;
  }

  /**
   * Sets `Authorization` for the operation's security: the API key where it is accepted,
   * else the token; nothing where no credentials are taken. Fails before sending when the
   * operation accepts neither credential this client has.
   */
  #authorize({
    request,
    schemaPath,
  }: {
    request: Request;
    schemaPath: string;
  }): undefined | Promise<void> {
    const operation = operationAt[schemaPath]?.[request.method];
    const schemes: readonly SecurityScheme[] = operation ? contract[operation].security : anyScheme;
    if (schemes.length === 0) return;
    if (this.#apiKey && schemes.includes("ApiKeyAuth"))
      return authorize(request, "Bearer", this.#apiKey);
    if (this.#token && schemes.includes("TokenAuth"))
      return authorize(request, "Token", this.#token);
    if (operation && contract[operation].anonymous) return; // the credential is optional here
    const needs = schemes.includes("ApiKeyAuth")
      ? "an API key (`apiKey` or BEDROCK_API_KEY), and this client has only a token"
      : "a user token (`token`, BEDROCK_TOKEN or Bedrock.login()), and this client has only an API key";
    throw new BedrockError(`${operation} (${request.method} ${schemaPath}) needs ${needs}.`);
  }

  /**
   * After a 401: when the request's credential came from a provider with `invalidate`, tells
   * it the credential was refused and sets the provider's next one; true when that differs.
   */
  async #renew(request: Request): Promise<boolean> {
    const sent = request.headers.get("Authorization") ?? "";
    const [scheme = "", refused = ""] = sent.split(" ");
    const provider =
      scheme === "Bearer" ? this.#apiKey : scheme === "Token" ? this.#token : undefined;
    if (typeof provider !== "function" || !provider.invalidate) return false;
    await provider.invalidate(refused);
    await authorize(request, scheme, provider);
    return request.headers.get("Authorization") !== sent;
  }
}

const anyScheme: readonly SecurityScheme[] = ["ApiKeyAuth", "TokenAuth"];

function authorize(
  request: Request,
  scheme: string,
  credential: Credential,
): undefined | Promise<void> {
  if (typeof credential === "string") {
    request.headers.set("Authorization", `${scheme} ${credential}`);
    return;
  }
  return Promise.resolve(credential()).then((value) => {
    if (!value)
      throw new BedrockError(
        `The ${scheme === "Bearer" ? "apiKey" : "token"} provider returned nothing.`,
      );
    request.headers.set("Authorization", `${scheme} ${value}`);
  });
}

async function startSession<Id extends "signup" | "login" | "acceptInvite">(
  options: ClientOptions = {},
  operation: Id,
  params: Params | undefined,
  body: unknown,
): Promise<Session<Id>> {
  const { apiKey: _apiKey, token, ...settings } = options;
  // Only accepting an invite takes the signed-in user's token (for an existing account).
  const api =
    operation === "acceptInvite" && token
      ? createCore(settings, { onRequest: ({ request }) => authorize(request, "Token", token) }).api
      : createCore(settings).api;
  const data = await api.request(operation, params, body);
  return { ...data, client: new Bedrock({ ...settings, token: data.token }) };
}

interface Core {
  raw: Client<paths>;
  api: Api;
  baseUrl: string;
}

type Middleware = Parameters<Client<paths>["use"]>[0];

/** The openapi-fetch client over the transport, and the calls resources make with it. */
function createCore(
  options: ClientOptions,
  auth?: Middleware,
  renew?: TransportOptions["renew"],
): Core {
  const baseUrl = (options.baseUrl ?? readEnv("BEDROCK_BASE_URL") ?? defaultBaseUrl).replace(
    /\/+$/,
    "",
  );
  const envLevel = readEnv("BEDROCK_LOG");
  const log = new Log(
    options.logLevel ?? parseLogLevel(envLevel) ?? "warn",
    options.logger ?? console,
  );
  if (envLevel && !options.logLevel && !parseLogLevel(envLevel)) {
    log.write("warn", "BEDROCK_LOG is not one of off, error, warn, info, debug; logging at warn.");
  }
  const raw = createClient<paths>({
    baseUrl,
    fetch: createTransport({
      fetch: options.fetch,
      timeout: nonNegative("timeout", options.timeout ?? 60_000),
      maxRetries: nonNegative("maxRetries", options.maxRetries ?? 2),
      log,
      renew,
    }),
    headers: {
      ...options.defaultHeaders,
      "X-Bedrock-Client": `ts/${version}`,
      ...(options.organizationId && { "X-Organization-Id": options.organizationId }),
    },
  });
  if (auth) raw.use(auth);
  const call = raw as unknown as Record<Method, LooseCall>;

  async function send(method: Method, path: string, init: { signal?: AbortSignal | undefined }) {
    let result: Awaited<ReturnType<LooseCall>>;
    try {
      result = await call[method](path, init);
    } catch (error) {
      // The caller's abort goes back as is; anything else (an unreadable body, a throwing
      // credential provider) becomes a BedrockError, as every failure is.
      if (error instanceof BedrockError || init.signal?.aborted) throw error;
      throw new BedrockError(`${method} ${path} failed: ${String(error)}`, { cause: error });
    }
    const { data, error, response } = result;
    if (!response.ok) throw errorFromResponse(response, error);
    return { data, response, requestId: response.headers.get("x-request-id") ?? undefined };
  }

  const api: Api = {
    request(operation, params, body, options) {
      const { method, path } = contract[operation];
      const init = options ? { ...options, params, body } : { params, body };
      return new APIPromise(send(method, path, init) as Promise<WithResponse<never>>);
    },
    list(operation, query, options) {
      const page = (query: object | undefined) =>
        api.request(operation, { query: query ?? {} }, undefined, options) as APIPromise<PageShape>;
      return new PagePromise(page(query), page, options?.signal);
    },
  };
  return { raw, api, baseUrl };
}

type Method = (typeof contract)[keyof typeof contract]["method"];
type LooseCall = (
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function nonNegative(name: string, value: number): number {
  if (!(value >= 0)) throw new BedrockError(`\`${name}\` must be a number ≥ 0, got ${value}.`);
  return value;
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
