// Stands in for ./node (Node's http adapter) in the stub's web build, dist/stub/web.js: the
// `browser` and `worker` export of @bedrock/sdk/stub, for pages, service workers and Cloudflare
// Workers, which have no socket to listen on. Everything else of the stub is the same code.

/** Refuses at once, saying what works instead. */
export function createNodeServer(): never {
  throw new Error(
    "The stub listens over HTTP only in Node.js, Bun or Deno; in a browser or a worker, use stub.fetch (or stub.client()).",
  );
}
