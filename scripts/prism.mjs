// Runs Prism (the CLI pinned in devDependencies) on a free loopback port: `mock` serves the
// contract's examples, `proxy` validates a live server against the contract. The contract tests
// (test/contract) and the stub's benchmark (bench/stub-speed.mjs) start it from here.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const CONTRACT = fileURLToPath(new URL("../src/generated/openapi.json", import.meta.url));
const cli = new URL("../node_modules/@stoplight/prism-cli/", import.meta.url);

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `startPrism(["mock", CONTRACT])` or `startPrism(["proxy", CONTRACT, upstream, "--errors"])`. */
export async function startPrism(args, timeoutMs = 60_000) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL("dist/index.js", cli)),
      ...args,
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism not ready in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    // Kept on for Prism's whole run: Prism logs every request, and a full pipe would stall it.
    const onData = (chunk) => {
      output += chunk;
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    version: JSON.parse(readFileSync(new URL("package.json", cli), "utf8")).version,
    output: () => output,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
