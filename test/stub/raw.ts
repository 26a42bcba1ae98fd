// A raw HTTP/1.1 client over a TCP socket, for what fetch will not do: a Host or request
// target of our choosing, bytes that are not UTF-8, a client that trickles or vanishes.
import { connect, type Socket } from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: bodies are checked field by field
  body: any;
  /** Whether the server closed the connection. */
  closed: boolean;
}

/** Parses the first response in `data` (with a Content-Length body). */
function parse(data: Buffer, closed: boolean): RawResponse | undefined {
  const end = data.indexOf("\r\n\r\n");
  if (end < 0) return undefined;
  const [statusLine = "", ...lines] = data.subarray(0, end).toString("latin1").split("\r\n");
  const headers = Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  const length = Number(headers["content-length"] ?? 0);
  if (data.length < end + 4 + length) return undefined;
  const text = data.subarray(end + 4, end + 4 + length).toString("utf8");
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {}
  return { status: Number(statusLine.split(" ")[1]), headers, body, closed };
}

/** Opens a connection to a stub's `http://host:port` URL. */
export function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once("error", reject);
  });
}

/**
 * Sends `parts` on a new connection (waiting `gapMs` between them: a trickling client) and
 * resolves with the first response, or with `undefined` if the server closed without one.
 * Stops sending once the server has answered or closed.
 */
export async function raw(
  url: string,
  parts: (string | Buffer)[],
  gapMs = 0,
): Promise<RawResponse | undefined> {
  const socket = await open(url);
  const chunks: Buffer[] = [];
  let closed = false;
  const done = new Promise<RawResponse | undefined>((resolve) => {
    const settle = () => resolve(parse(Buffer.concat(chunks), closed));
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      const response = parse(Buffer.concat(chunks), false);
      if (response && response.headers.connection !== "close") {
        socket.destroy();
        resolve(response);
      }
    });
    socket.on("close", () => {
      closed = true;
      settle();
    });
    socket.on("error", () => {});
  });
  let answered = false;
  done.then(() => {
    answered = true;
  });
  for (const part of parts) {
    if (answered || socket.destroyed) break;
    socket.write(part);
    if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return done;
}

/** A request's bytes: request line, headers (with Host unless given), body. */
export function request(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Buffer {
  const all: Record<string, string> = { Host: "127.0.0.1", Connection: "close", ...headers };
  if (body !== undefined) all["Content-Length"] ??= String(Buffer.byteLength(body));
  const head = `${method} ${target} HTTP/1.1\r\n${Object.entries(all)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("")}\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), Buffer.from(body ?? "")]);
}
