// Runs Prism (the CLI pinned in devDependencies) on a free loopback port for one test file:
// `mock` serves the contract's examples, `proxy` validates a live server against the contract.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const CONTRACT = fileURLToPath(new URL("../../src/generated/openapi.json", import.meta.url));
const PRISM = fileURLToPath(
  new URL("../../node_modules/@stoplight/prism-cli/dist/index.js", import.meta.url),
);

export interface Prism {
  url: string;
  /** Everything Prism printed, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

/** `startPrism(["mock", CONTRACT])` or `startPrism(["proxy", CONTRACT, upstream, "--errors"])`. */
export async function startPrism(args: string[], timeoutMs = 60_000): Promise<Prism> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [PRISM, ...args, "--port", String(port), "--host", "127.0.0.1"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism not ready in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (${code}) before it was ready:\n${output}`));
    });
  });
  await ready;
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
