import type { Client } from "openapi-fetch";
import { type Authorization, createCore } from "./core";
import { BedrockError } from "./errors";
import type { paths } from "./generated/schema";
import type { SessionMethods } from "./generated/sdk";
import {
  createResources,
  type Params,
  type RequestOptions,
  type Resources,
  type Result,
  type Route,
  routeNamed,
} from "./resources";
import {
  type ClientOptions,
  type Credential,
  checkCredential,
  isBrowser,
  readEnv,
} from "./settings";

import type { Outgoing } from "./transport";

export type { ClientOptions, Credential, CredentialProvider } from "./settings";

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
/** The static methods' signatures, with their TSDoc from the contract (src/generated/sdk.ts). */
type Statics = SessionMethods<
  ClientOptions,
  { [Id in "signup" | "login" | "acceptInvite"]: Session<Id> }
>;

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
  declare readonly raw: Client<paths>;
  /** The API root requests go to. */
  declare readonly baseUrl: string;
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
    const core = createCore(
      options,
      (route, method, path) => this.#authorization(route, method, path),
      (request) => this.#renew(request),
    );
    this.raw = core.raw;
    this.baseUrl = core.baseUrl;
    Object.assign(this, createResources(core.request));
  }

  /** {@inheritDoc SessionMethods.signup} */
  static signup: Statics["signup"] = ({ organizationName, ...body }, options, request) =>
    startSession(
      options,
      "Bedrock.signup",
      undefined,
      { ...body, organization_name: organizationName },
      request,
    );

  /** {@inheritDoc SessionMethods.login} */
  static login: Statics["login"] = (body, options, request) =>
    startSession(options, "Bedrock.login", undefined, body, request);

  /** {@inheritDoc SessionMethods.acceptInvite} */
  static acceptInvite: Statics["acceptInvite"] = (id, body, options, request) =>
    startSession(options, "invites.accept", { id }, body, request);

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
  #authorization(route: Route | undefined, method: string, path: string): Authorization {
    const schemes = route?.schemes ?? "kt"; // off the contract: whichever credential there is
    if (this.#apiKey && schemes.includes("k")) return credential("apiKey", this.#apiKey);
    if (this.#token && schemes.includes("t")) return credential("token", this.#token);
    if (schemes.includes("a")) return undefined; // no credential, or an optional one
    const needs = schemes.includes("k")
      ? "an API key (`apiKey` or BEDROCK_API_KEY), and this client has only a token"
      : "a user token (`token`, BEDROCK_TOKEN or Bedrock.login()), and this client has only an API key";
    throw new BedrockError(`${route?.name} (${method} ${path}) needs ${needs}.`);
  }

  /**
   * After a 401: when the request's credential came from a provider with `invalidate`, tells
   * it the credential was refused and sets the provider's next one; true when that differs.
   */
  async #renew({ headers }: Outgoing): Promise<boolean> {
    const sent = headers.authorization ?? "";
    const [scheme, refused = ""] = sent.split(" ");
    const name = scheme === "Bearer" ? "apiKey" : "token";
    const provider = scheme === "Bearer" ? this.#apiKey : scheme === "Token" ? this.#token : "";
    if (typeof provider !== "function" || !provider.invalidate) return false;
    await provider.invalidate(refused);
    const next = (await credential(name, provider)) ?? "";
    headers.authorization = next;
    return next !== sent;
  }
}

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

/** The static session flows, by the client method of their operation. */
interface SessionFlows {
  "Bedrock.signup": "signup";
  "Bedrock.login": "login";
  "invites.accept": "acceptInvite";
}

async function startSession<Name extends keyof SessionFlows>(
  options: ClientOptions = {},
  name: Name,
  params: Params | undefined,
  body: unknown,
  request: RequestOptions | undefined,
): Promise<Session<SessionFlows[Name]>> {
  const { apiKey: _apiKey, token, ...settings } = options;
  // A `token` goes only where the contract takes one: accepting an invite into an existing account.
  const authorize = token
    ? (route: Route | undefined) => {
        if (!route?.schemes.includes("t")) return undefined;
        checkCredential(token, "`token`");
        return credential("token", token);
      }
    : undefined;
  const { request: send } = createCore(settings, authorize);
  const data = (await send(routeNamed(name), params, body, request)) as Result<SessionFlows[Name]>;
  return { ...data, client: new Bedrock({ ...settings, token: data.token }) };
}
