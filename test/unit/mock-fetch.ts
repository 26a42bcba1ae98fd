import { vi } from "vitest";
import { Bedrock, type ClientOptions } from "../../src/index";

/** What the mock answers: a response, an error to reject with, or a function of the request. */
export type Reply =
  | Response
  | Error
  | ((request: Request, init?: RequestInit) => Response | Promise<Response>);

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

/** A DRF page of `results` whose `next` is the given URL (`null`: the last page). */
export function page(results: unknown[], next: string | null = null): Response {
  return json({ count: results.length, next, previous: null, results });
}

/**
 * A mock fetch answering `replies` in order (the last one repeats). `requests` holds what it
 * was sent, with each body read as text.
 */
export function mockFetch(...replies: Reply[]) {
  const requests: { request: Request; body: string; init: RequestInit | undefined }[] = [];
  const fetch = vi.fn(async (request: Request, init?: RequestInit) => {
    requests.push({ request, body: await request.text(), init });
    const reply = replies.length > 1 ? replies.shift() : replies[0];
    if (reply === undefined) return page([]);
    if (reply instanceof Error) throw reply;
    return typeof reply === "function" ? reply(request, init) : reply.clone();
  });
  return { fetch, requests };
}

/** A fetch that never answers until its attempt's signal aborts, then rejects with its reason. */
export function hangingFetch(request: Request, init?: RequestInit): Promise<Response> {
  const signal = init?.signal ?? request.signal;
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

export const apiKey = "bk_live_4f8c2a9e7b1d4c6f8a0e2b4d6f8a1c3e";
export const token = "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b";

/** A client over a mock fetch, with an API key, no logging and no retries unless given. */
export function client(options: ClientOptions = {}, ...replies: Reply[]) {
  const mock = mockFetch(...replies);
  const bedrock = new Bedrock({
    apiKey,
    baseUrl: "https://bedrock.test",
    logLevel: "off",
    maxRetries: 0,
    fetch: mock.fetch,
    ...options,
  });
  return { bedrock, ...mock };
}
