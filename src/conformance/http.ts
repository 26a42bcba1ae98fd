// The kit's one way to the server: every request goes through here, so that every answer is held
// to what the contract says of all answers (a declared status, required headers, its schema, no
// secret but its own), the server's announced rate limit is kept, and what was sent and what
// came back can be shown in a failure with every secret redacted.
import { type OperationId, operations, responseProblems } from "./contract";

/** Who a request is sent as: an `Authorization` value, and the organization it acts in. */
export interface Credential {
  /** How failures name it, e.g. `owner token` or `key of org A`. */
  label: string;
  authorization?: string | undefined;
  /** Sent as `X-Organization-Id` (token callers in several organizations name the one). */
  org?: string | undefined;
}

export const ANONYMOUS: Credential = { label: "no credentials" };

export interface Exchange {
  method: string;
  path: string;
  as: string;
  /** The request body as sent (JSON text, or a description of a raw one). */
  sent: string | undefined;
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field
  body: any;
  text: string;
  /** What the answer breaks of the contract's rules for every answer. */
  problems: string[];
}

export interface SendOptions {
  as?: Credential | undefined;
  id?: string | undefined;
  query?: Record<string, string | number> | undefined;
  /** A JSON body. */
  body?: unknown;
  /** A body sent as it is, with its content type. */
  raw?: { data: string | Uint8Array<ArrayBuffer>; type: string; describe: string } | undefined;
  headers?: Record<string, string> | undefined;
}

/** Every secret the run has seen (keys, tokens, passwords, invite secrets), to redact and to find. */
export class Secrets {
  readonly all = new Set<string>();
  add(secret: unknown) {
    if (typeof secret === "string" && secret.length >= 8) this.all.add(secret);
  }
  redact(text: string): string {
    let out = text;
    for (const secret of this.all) out = out.replaceAll(secret, "[redacted]");
    // a credential the run never saw (one the server made up, say)
    return out.replace(/\b(Bearer|Token)\s+(?!\[redacted\])[\w.~+/=-]+/g, "$1 [redacted]");
  }
  /** Whether `text` shows a secret other than `own`. */
  leaks(text: string, own?: string): boolean {
    for (const secret of this.all) if (secret !== own && text.includes(secret)) return true;
    return false;
  }
}

/** The secret a successful answer of these operations shows, once: the one it creates. */
const CREATED_SECRET: Partial<Record<OperationId, string>> = {
  signup: "token",
  login: "token",
  acceptInvite: "token",
  createApiKey: "key",
  rotateApiKey: "key",
  createInvite: "token",
};
const MAX_RETRIES = 5;
/** How long one request may take before the check it belongs to fails. */
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_WAIT_SECONDS = 60;

export class Http {
  /** Exchanges since the last `take()`: the current check's. */
  private log: Exchange[] = [];
  /** When each credential may send again, per the server's `RateLimit` (ms since epoch). */
  private readonly pause = new Map<string, number>();
  /** Seconds spent waiting for the server's rate limit. */
  waited = 0;
  requests = 0;

  constructor(
    readonly baseUrl: string,
    readonly secrets: Secrets,
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  /** Calls a contract operation (`{id}` filled in from `options.id`). */
  call(id: OperationId, options: SendOptions = {}): Promise<Exchange> {
    const { method, path } = operations[id];
    const filled = path.replace("{id}", encodeURIComponent(options.id ?? ""));
    return this.send(method, filled, options, id);
  }

  async send(
    method: string,
    path: string,
    options: SendOptions = {},
    operation?: OperationId,
  ): Promise<Exchange> {
    const as = options.as ?? ANONYMOUS;
    const url = new URL(path.replace(/^\//, ""), `${this.baseUrl.replace(/\/?$/, "/")}`);
    for (const [name, value] of Object.entries(options.query ?? {}))
      url.searchParams.set(name, String(value));
    const json = options.body === undefined ? undefined : JSON.stringify(options.body);
    // what a body sends as a secret (a password, an invite's secret) is one from now on
    const sent = (options.body ?? {}) as { password?: unknown; token?: unknown };
    this.secrets.add(sent.password);
    this.secrets.add(sent.token);
    const headers: Record<string, string> = {
      accept: "application/json",
      ...(as.authorization && { authorization: as.authorization }),
      ...(as.org && { "x-organization-id": as.org }),
      ...(json !== undefined && { "content-type": "application/json" }),
      ...(options.raw && { "content-type": options.raw.type }),
      ...options.headers,
    };
    const body = options.raw?.data ?? json ?? null;
    // each try its own time limit: a wait for the rate limit is not the request's
    const response = await this.withRateLimit(as.authorization ?? "anonymous", () =>
      this.fetcher(url, { method, headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
    );
    const text = await response.text();
    let answer: unknown = text;
    try {
      answer = text ? JSON.parse(text) : undefined;
    } catch {}
    const exchange: Exchange = {
      method,
      path: url.pathname + url.search,
      as: as.label,
      sent: options.raw ? options.raw.describe : json,
      status: response.status,
      headers: response.headers,
      body: answer,
      text,
      problems: [],
    };
    this.check(exchange, operation);
    this.log.push(exchange);
    return exchange;
  }

  /** The rules every answer keeps, whatever was asked. */
  private check(x: Exchange, operation: OperationId | undefined) {
    if (!x.headers.get("x-request-id")) x.problems.push("every answer carries X-Request-Id");
    if (!operation) return;
    x.problems.push(...responseProblems(operation, x.status, x.headers, x.body, x.text));
    const field = CREATED_SECRET[operation];
    const own = x.status < 300 && field && x.body ? (x.body[field] as unknown) : undefined;
    if (this.secrets.leaks(x.text, typeof own === "string" ? own : undefined))
      x.problems.push(
        "no answer shows a secret (key, token, password, invite secret) but the one it creates",
      );
    this.secrets.add(own);
  }

  /** Waits as the server asks: before sending when its quota says none is left, and on 429. */
  private async withRateLimit(who: string, send: () => Promise<Response>): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const wait = (this.pause.get(who) ?? 0) - Date.now();
      if (wait > 0) await this.sleep(wait);
      const response = await send();
      this.requests++;
      this.pause.set(who, Date.now() + quotaWait(response.headers));
      if (response.status !== 429 || attempt >= MAX_RETRIES) return response;
      const seconds = Number(response.headers.get("retry-after"));
      await response.body?.cancel();
      await this.sleep(
        1000 * Math.min(MAX_WAIT_SECONDS, Number.isFinite(seconds) ? Math.max(seconds, 0.1) : 1),
      );
    }
  }

  private async sleep(ms: number) {
    this.waited += ms / 1000;
    await new Promise((done) => setTimeout(done, ms));
  }

  /** The exchanges since the last call, and forgets them. */
  take(): Exchange[] {
    const taken = this.log;
    this.log = [];
    return taken;
  }

  /** An exchange as a failure shows it: what was sent, what came back, secrets redacted. */
  describe(x: Exchange): string {
    const sent = x.sent === undefined ? "" : ` ${truncate(x.sent)}`;
    const id = x.headers.get("x-request-id");
    return this.secrets.redact(
      `sent: ${x.method} ${x.path} as ${x.as}${sent}\n` +
        `got:  ${x.status} ${truncate(x.text)}${id ? ` (X-Request-Id ${id})` : ""}`,
    );
  }
}

/** Milliseconds until one request is available again, from `RateLimit`/`RateLimit-Policy`. */
function quotaWait(headers: Headers): number {
  const left = /;\s*r=(\d+)/.exec(headers.get("ratelimit") ?? "")?.[1];
  if (left === undefined || Number(left) > 0) return 0;
  const policy = /;\s*q=(\d+);\s*w=(\d+)/.exec(headers.get("ratelimit-policy") ?? "");
  const [quota, window] = [Number(policy?.[1] ?? 1), Number(policy?.[2] ?? 1)];
  return Math.ceil((1000 * window) / Math.max(1, quota));
}

function truncate(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
