// A server in its own process for the stub's CPU-per-request benchmark (bench/stub-speed.mjs):
// `stub` is createStub().listen() from dist/stub, `bare` a node:http server answering every
// request with the bytes it is sent (`{ answer }`). Sends `{ url, apiKey }` once listening and
// answers "cpu" with its process.cpuUsage() in ms (user + system).
import { createServer } from "node:http";

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const answer = new Promise((resolve) => {
  process.on("message", (message) => {
    if (message === "cpu") process.send(cpuMs());
    else if (message.answer) resolve(message.answer);
  });
});

if (process.argv[2] === "stub") {
  const { createStub } = await import(new URL("../dist/stub/index.js", import.meta.url).href);
  const stub = await createStub();
  const { url } = await stub.listen();
  process.send({ url, apiKey: stub.apiKey });
} else {
  const { body, contentType } = await answer;
  const bytes = Buffer.from(body);
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "Content-Type": contentType, "Content-Length": bytes.length });
      res.end(bytes);
    });
  });
  server.keepAliveTimeout = 300_000;
  server.listen(0, "127.0.0.1", () => {
    process.send({ url: `http://127.0.0.1:${server.address().port}`, apiKey: "bench" });
  });
}
