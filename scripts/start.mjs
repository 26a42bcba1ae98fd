// `npm start`: serves the bundled contract on http://127.0.0.1:8000 (PORT, HOST override).
// Replaced by the local Bedrock stub once it lands.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? "127.0.0.1";
const files = {
  "/openapi.json": ["application/json", "src/generated/openapi.json"],
  "/openapi.yaml": ["application/yaml", "src/generated/openapi.yaml"],
};
const server = createServer((req, res) => {
  const file = files[new URL(req.url ?? "/", "http://x").pathname];
  if (!file) {
    res.writeHead(404, { "content-type": "application/json" }).end('{"detail":"Not found."}');
    return;
  }
  res.writeHead(200, { "content-type": file[0] }).end(readFileSync(file[1]));
});
server.on("error", (error) => {
  console.error(
    `Cannot listen on ${host}:${port}: ${error.code === "EADDRINUSE" ? "port in use (set PORT)" : error.message}`,
  );
  process.exit(1);
});
server.listen(port, host, () =>
  console.log(`Bedrock contract at http://${host}:${port}/openapi.json`),
);
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.close(() => process.exit(0)));
