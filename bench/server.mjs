// The benchmark's servers, each in a worker thread of the benchmark's process so that serving
// does not share the clients' event loop: `canned` answers from prepared JSON (so the server
// costs next to nothing), `stub` is the built @bedrock/sdk/stub (with `rows` more templates in
// its demo organization), `bare` a node:http server answering every request with the bytes
// given (`answer`). Posts `{ url, apiKey }` to the parent once listening.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

const root = new URL("..", import.meta.url);

if (workerData.kind === "stub") {
  const { createStubServer } = await import(new URL("dist/stub/index.js", root).href);
  // Every benchmark connection comes from one address: the per-address cap (100) is for a
  // server many clients share, and the 100-connection table would hit it as sockets turn over.
  const { server, store, apiKey } = await createStubServer({
    throttle: false,
    maxConnectionsPerAddress: 1_000,
  });
  // 20,000 templates are past an organization's storage quota; what is measured is the lists
  store.maxStorageBytes = Number.POSITIVE_INFINITY;
  // `rows` more templates in the demo organization, a second apart, as if made over time
  const [demo] = store.rows("Template");
  const start = Date.parse("2026-01-01T00:00:00Z");
  for (let i = 0; i < (workerData.rows ?? 0); i++) {
    const at = new Date(start + i * 1000).toISOString();
    const id = `${demo.data.id.slice(0, -12)}${String(i).padStart(12, "0")}`;
    const data = { ...demo.data, id, name: `Template ${i}`, created_at: at, updated_at: at };
    store.insert("Template", demo.org, data);
  }
  server.keepAliveTimeout = 300_000;
  server.listen(0, "127.0.0.1", () => {
    parentPort.postMessage({ url: `http://127.0.0.1:${server.address().port}`, apiKey });
  });
} else if (workerData.kind === "bare") {
  // A bare node:http server answering every request with the bytes of a stub's answer.
  const { status, headers, body } = workerData.answer;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(status, headers);
      res.end(body);
    });
  });
  server.keepAliveTimeout = 300_000;
  server.listen(0, "127.0.0.1", () => {
    parentPort.postMessage({ url: `http://127.0.0.1:${server.address().port}`, apiKey: "bench" });
  });
} else {
  const contract = JSON.parse(readFileSync(new URL("src/generated/openapi.json", root), "utf8"));
  const server = createServer(cannedAnswers(contract.components.examples.TemplateExample.value));
  // Keep idle connections open across the benchmark's pauses (cold-import runs, type-checks).
  server.keepAliveTimeout = 300_000;
  server.listen(0, "127.0.0.1", () => {
    parentPort.postMessage({ url: `http://127.0.0.1:${server.address().port}`, apiKey: "bench" });
  });
}

/**
 * GET /api/templates/?page_size=5: a page of 5 templates. GET ?page_size=100&page=N: page N
 * of 500 templates, with `next` until the last. POST /api/templates/: 201 with a template.
 */
function cannedAnswers(template) {
  const json = (value) => Buffer.from(JSON.stringify(value));
  const items = (count, from) =>
    Array.from({ length: count }, (_, i) => ({
      ...template,
      id: `${template.id.slice(0, -12)}${String(from + i).padStart(12, "0")}`,
    }));
  const walkUrl = (host, page) => `http://${host}/api/templates/?page=${page}&page_size=100`;
  const walkPage = (host, page) =>
    json({
      count: 500,
      next: page < 5 ? walkUrl(host, page + 1) : null,
      previous: page > 1 ? walkUrl(host, page - 1) : null,
      results: items(100, (page - 1) * 100),
    });
  const answers = new Map([
    ["POST ", { status: 201, body: json(template) }],
    [
      "GET page_size=5",
      { status: 200, body: json({ count: 5, next: null, previous: null, results: items(5, 0) }) },
    ],
  ]);
  const notFound = { status: 404, body: json({ detail: "Not found." }) };

  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const page =
      url.searchParams.get("page_size") === "100" && Number(url.searchParams.get("page") ?? 1);
    const key = `${req.method} ${page ? `page=${page}` : url.search.slice(1)}`;
    if (page && !answers.has(key))
      answers.set(key, { status: 200, body: walkPage(req.headers.host, page) });
    const { status, body } = (url.pathname === "/api/templates/" && answers.get(key)) || notFound;
    req.resume();
    req.on("end", () => {
      res.writeHead(status, {
        "Content-Type": "application/json",
        "Content-Length": body.length,
        "X-Request-Id": "req_bench",
      });
      res.end(body);
    });
  };
}
