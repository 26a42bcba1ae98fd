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
