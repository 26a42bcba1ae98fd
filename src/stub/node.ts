// Node's `http` server as a thin adapter over the stub's core (./pipeline): it hands each
// request to the core as it is (its URL from the request target's path and the stub's own
// address, never from `Host`; its body read from the socket only when the core asks), with the
// client's address beside it, and writes the answer back in one `writeHead` and one `end`. It keeps only what a socket has: header and body timeouts (408), the
// connection cap, answers to requests Node cannot parse, the access log (aborted bodies
// included) and the docs site's files at /docs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { HttpError } from "./errors";
import {
  ClientGone,
  describe,
  INTERNAL_ERROR,
  type Incoming,
  joinChunks,
  newRequestId,
  type Outgoing,
  pending,
  type Transport,
} from "./pipeline";
import { docsFile, type FileAnswer, underDocs } from "./static-files";

/** What only a socket has: timeouts, connection caps, the access log, files on disk. */
export interface NodeServerOptions {
  /** Access-log sink, one line per request (never a credential). Default: no log. */
  log?: ((line: string) => void) | undefined;
  /** Directory served at /docs (the built docs site). */
  docsDir?: string | undefined;
  /**
   * Seconds a client may take to send a request's headers (then 408 and the connection is
   * closed) and then its body (408). Default `{ headers: 10, body: 30 }`.
   */
  timeouts?:
    | {
        /** Seconds to send the headers. Default 10. */
        headers?: number | undefined;
        /** Seconds to send the body, once the headers are in. Default 30. */
        body?: number | undefined;
      }
    | undefined;
  /** Connections open at once; one more is closed as it arrives. Default 1,000. */
  maxConnections?: number | undefined;
  /**
   * Connections one client address may hold open at once, under `maxConnections`; one more
   * from it is closed as it arrives, so one client cannot take every slot. Default 100.
   */
  maxConnectionsPerAddress?: number | undefined;
}

/** The core's entry: a request and what the transport knows of it, to the answer to send. */
export type CoreHandle = (request: Incoming, transport: Transport) => Outgoing | Promise<Outgoing>;

/** An answer written straight to the socket's response (docs files). */
function sendDirect(res: ServerResponse, id: string, file: FileAnswer) {
  res.writeHead(file.status, {
    ...file.headers,
    "X-Request-Id": id,
    "Content-Type": file.type,
    "Content-Length": String(Buffer.byteLength(file.data)),
  });
  res.end(res.req.method === "HEAD" ? undefined : file.data);
}

/**
 * A Node request as the core reads it ({@link Incoming}): its headers as Node parsed them, its
 * body straight from the socket once the core asks (a refused request's body is left to Node
 * to drop), no web `Request` or stream in between.
 */
class NodeIncoming implements Incoming {
  readonly method: string;
  /** Body bytes that arrived, for the access log (counted to the end, even once refused). */
  received = 0;
  /** Set when the response closes before it was sent: the client left. */
  aborted = false;
  private read: Promise<Uint8Array | undefined> | undefined;

  constructor(
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    readonly url: string,
    private readonly bodySeconds: number,
  ) {
    this.method = req.method ?? "GET";
  }

  header(name: string): string | null {
    const value = this.req.headers[name];
    if (typeof value === "string") return value;
    return Array.isArray(value) ? value.join(", ") : null;
  }

  body(limit: number): Promise<Uint8Array | undefined> {
    const hasBody = this.method !== "GET" && this.method !== "HEAD";
    this.read ??= hasBody ? this.readBody(limit) : Promise.resolve(new Uint8Array());
    return this.read;
  }

  /**
   * The body's bytes, from the socket: `undefined` past `limit` (the rest is read to its end
   * and dropped). A body slower than the body timeout rejects with a 408 (and the connection
   * closes after the answer), a client gone before its end with ClientGone.
   */
  private readBody(limit: number): Promise<Uint8Array | undefined> {
    const { req, res, bodySeconds } = this;
    return new Promise((resolve, reject) => {
      // gone while the request was routed and authenticated: no 'close' is coming to wait for
      if (req.destroyed) return reject(new ClientGone());
      const chunks: Buffer[] = [];
      let settled = false;
      const settle = (done: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        done();
      };
      const timer = setTimeout(() => {
        // Answer, then close: the rest of a trickled body is not worth waiting for.
        res.shouldKeepAlive = false;
        const detail = `The request body took over ${bodySeconds} s.`;
        settle(() => reject(new HttpError(408, { detail })));
      }, bodySeconds * 1000);
      const gone = () => settle(() => reject(new ClientGone()));
      req.on("data", (chunk: Buffer) => {
        this.received += chunk.length;
        if (!settled && this.received <= limit) chunks.push(chunk);
      });
      req.on("end", () => {
        const { received } = this;
        settle(() => resolve(received > limit ? undefined : joinChunks(chunks, received)));
      });
      req.on("close", gone);
      req.on("error", gone);
    });
  }
}

/** Serves one request: docs files here, everything else through the core. */
function serveWith(
  handle: CoreHandle,
  origin: () => string,
  inFlight: WeakSet<Socket>,
  options: NodeServerOptions,
  log: (line: string) => void,
) {
  const bodySeconds = options.timeouts?.body ?? 30;
  const logging = options.log !== undefined;
  return function serve(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
  ): Promise<void> | undefined {
    const started = logging ? performance.now() : 0;
    const { path, query } = target(req.url ?? "/");
    // `#` is not a fragment in a request target: it is part of the path, which matches nothing
    const url = `${origin()}${path.replaceAll("#", "%23")}${query}`;
    const request = new NodeIncoming(req, res, url, bodySeconds);
    inFlight.add(req.socket);
    // a response closes once: `on`, not `once`, spares a wrapper per request
    res.on("close", () => {
      inFlight.delete(req.socket);
      request.aborted = !res.writableFinished;
      if (!logging) return;
      const ms = `${(performance.now() - started).toFixed(1)}ms`;
      const outcome = request.aborted ? "aborted" : String(res.statusCode);
      const arrived = request.aborted ? ` after ${request.received} body bytes` : "";
      log(`${request.method} ${printable(path)} ${outcome} ${ms} ${id}${arrived}`);
    });
    const transport = { client: req.socket.remoteAddress ?? "unknown", requestId: id };
    if (!underDocs(path)) return send(res, handle(request, transport));
    return docsFile(request.method, path, options.docsDir).then((file) =>
      file ? sendDirect(res, id, file) : send(res, handle(request, transport)),
    );
  };
}

/** Writes the core's answer, now or once it comes, unless the response is gone already. */
function send(
  res: ServerResponse,
  answer: Outgoing | Promise<Outgoing>,
): Promise<void> | undefined {
  if (pending(answer)) return answer.then((settled) => send(res, settled));
  if (res.headersSent || res.destroyed) return;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/** Node's http server over the core: `listen` on it, or hand it to a test harness. */
export function createNodeServer(handle: CoreHandle, options: NodeServerOptions = {}): Server {
  const headersSeconds = options.timeouts?.headers ?? 10;
  const bodySeconds = options.timeouts?.body ?? 30;
  // biome-ignore lint/plugin: the access log tells when a line was written, whatever a test's clock says
  const log = (line: string) => options.log?.(`${new Date().toISOString()} ${line}`);
  /** Sockets with a request being answered. */
  const inFlight = new WeakSet<Socket>();
  const server: Server = createServer(
    {
      // Node checks its header and request timeouts this often (by default every 30 s).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, (headersSeconds * 1000) / 4)),
    },
    (req, res) => {
      const id = newRequestId();
      // The last line of defence: whatever escaped the core still gets a 500 with its request
      // id (or, once an answer is half sent, a closed connection: it cannot become another).
      const fail = (error: unknown) => {
        log(`${req.method} ${id} error: ${describe(error)}`);
        if (res.headersSent) return void res.destroy();
        const body = JSON.stringify(INTERNAL_ERROR.body);
        res.writeHead(500, {
          "Content-Type": "application/json",
          "Content-Length": String(body.length),
          "X-Request-Id": id,
        });
        res.end(body);
      };
      try {
        serve(req, res, id)?.catch(fail);
      } catch (error) {
        fail(error);
      }
    },
  );
  // The stub's own origin, for the request URL (never `Host`): asked of the server once it listens.
  let origin = "http://127.0.0.1";
  server.on("listening", () => {
    origin = listeningOrigin(server);
  });
  const serve = serveWith(handle, () => origin, inFlight, options, log);
  server.headersTimeout = headersSeconds * 1000;
  // A connection silent for longer than either limit (one that never sends a byte) is closed.
  server.timeout = Math.max(headersSeconds, bodySeconds) * 1000;
  // Node's own cap on a whole request, a backstop behind the body timer
  server.requestTimeout = (headersSeconds + bodySeconds + 1) * 1000;
  server.maxConnections = options.maxConnections ?? 1000;
  capPerAddress(server, options.maxConnectionsPerAddress ?? 100, boundedLog(log));
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    // A request in flight is the core's to answer and log (as aborted, if it comes to that).
    if (inFlight.has(socket)) socket.destroy();
    else refuse(error, socket, log);
  });
  return server;
}

/** Lines per second the log takes about refused connections; the rest are counted in one line. */
const REFUSED_LINES_PER_SECOND = 10;

/** A log for refused connections: at most {@link REFUSED_LINES_PER_SECOND} lines a second. */
function boundedLog(log: (line: string) => void) {
  let second = 0;
  let lines = 0;
  let dropped = 0;
  return (line: string) => {
    const now = Math.floor(performance.now() / 1000);
    if (now !== second) {
      if (dropped) log(`${dropped} more connections refused in the second before (not logged)`);
      [second, lines, dropped] = [now, 0, 0];
    }
    if (++lines <= REFUSED_LINES_PER_SECOND) log(line);
    else dropped++;
  };
}

/** Closes a connection from an address that holds `limit` already, and logs refusals, bounded. */
function capPerAddress(server: Server, limit: number, log: (line: string) => void) {
  const open = new Map<string, number>();
  server.on("drop", (data?: { remoteAddress?: string }) =>
    log(`connection from ${data?.remoteAddress} closed: ${server.maxConnections} open already`),
  );
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "unknown";
    const held = open.get(address) ?? 0;
    if (held >= limit) {
      log(`connection from ${address} closed: it holds ${limit} open already`);
      socket.destroy();
      return;
    }
    open.set(address, held + 1);
    socket.once("close", () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/** A request Node could not parse or that timed out before its headers: a JSON error, then close. */
function refuse(error: NodeJS.ErrnoException, socket: Socket, log: (line: string) => void) {
  // the client went away: no one to answer
  if (!socket.writable || ["ECONNRESET", "HPE_INVALID_EOF_STATE"].includes(error.code ?? ""))
    return socket.destroy();
  const [status, reason, detail] =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "Request Timeout", "The request took too long to arrive."]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", "Request headers are too large."]
        : [400, "Bad Request", "Malformed HTTP request."];
  const id = newRequestId();
  const body = JSON.stringify({ detail });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\nX-Request-Id: ${id}\r\n\r\n${body}`,
  );
  log(`- - ${status} ${id} ${error.code ?? "client error"}`);
}

/** A path as the log shows it: anything outside printable ASCII percent-encoded. */
function printable(path: string) {
  return path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
}

/**
 * Path and query of a request target: origin-form (`/path?query`) as sent, absolute-form
 * (`http://host/path`) by its path. The host a client names is never used.
 */
export function target(raw: string): { path: string; query: string } {
  let rest = raw;
  if (!rest.startsWith("/")) {
    try {
      const url = new URL(rest);
      rest = url.protocol === "http:" || url.protocol === "https:" ? url.pathname + url.search : "";
    } catch {
      rest = "";
    }
  }
  const mark = rest.indexOf("?");
  return { path: mark < 0 ? rest : rest.slice(0, mark), query: mark < 0 ? "" : rest.slice(mark) };
}

/** `http://<address>:<port>` of a listening server; a wildcard address as loopback. */
export function listeningOrigin(server: Server): string {
  const address = server.address();
  if (!address || typeof address === "string") return "http://127.0.0.1";
  const host = { "0.0.0.0": "127.0.0.1", "::": "::1" }[address.address] ?? address.address;
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
}
