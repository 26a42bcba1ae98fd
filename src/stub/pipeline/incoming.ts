// A web-standard `Request` as the core reads it (./exchange.ts `Incoming`): how `stub.fetch`
// hands its requests in. The Node adapter has its own, read from the socket (../node.ts).
import type { Incoming } from "./exchange";

/** The body's bytes from a web stream; `undefined` past `limit` (the rest read and dropped). */
async function readStream(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array | undefined> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received <= limit) chunks.push(value);
  }
  return received > limit ? undefined : joinChunks(chunks, received);
}

/** `chunks` as one array of `length` bytes. */
export function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === length) return chunks[0];
  const data = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.byteLength;
  }
  return data;
}

/** A web `Request` as an {@link Incoming}. */
export function fromRequest(request: Request): Incoming {
  return {
    method: request.method,
    url: request.url,
    header: (name) => request.headers.get(name),
    body: (limit) => readStream(request.body, limit),
    get aborted() {
      return request.signal.aborted;
    },
  };
}

/** Methods without a body that fetch writes in capitals whatever the case it is given. */
const BODYLESS = new Set(["GET", "HEAD", "DELETE", "OPTIONS"]);
const NO_BODY = Promise.resolve(new Uint8Array());

/**
 * The common `fetch(url, { method, headers })` call (no body, no signal, nothing else in `init`)
 * read as an {@link Incoming} without making a `Request`; `undefined` for any other call, and
 * for a URL or header a `Request` would refuse: the caller then makes the `Request`, which
 * refuses it exactly as fetch does.
 */
export function fromFetchArguments(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
): Incoming | undefined {
  if (typeof input !== "string" && !(input instanceof URL)) return undefined;
  for (const key in init) if (key !== "headers" && key !== "method") return undefined;
  const given = init?.method ?? "GET";
  const method = typeof given === "string" ? given.toUpperCase() : "";
  if (!BODYLESS.has(method)) return undefined;
  let url: URL;
  let headers: Headers;
  try {
    url = new URL(input);
    headers = new Headers(init?.headers);
  } catch {
    return undefined;
  }
  // a Request refuses a URL with credentials
  if (url.username || url.password) return undefined;
  return {
    method,
    url: url.href,
    header: (name) => headers.get(name),
    body: () => NO_BODY,
    aborted: false,
  };
}
