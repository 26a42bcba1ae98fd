// `npm start` (scripts/start.mjs): builds and serves the stub, prints one line saying where and
// how to authenticate, stops cleanly on a signal, and fails clearly on a port in use.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `npm start`'s script; resolves with its first stdout line, or its exit when it fails. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
      if (stdout.includes("\n")) resolve(stdout.split("\n")[0] ?? "");
    });
    exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  firstLine.catch(() => {}); // awaited only by the tests that expect it to start
  return { child, firstLine, exited, output: () => ({ stdout, stderr }) };
}

describe("npm start", () => {
  it("serves the seeded stub, prints one line with the URL and credentials, stops on SIGINT", async () => {
    const port = await freePort();
    const run = start({ PORT: String(port) });
    const line = await run.firstLine;
    expect(line).toContain(`http://127.0.0.1:${port}`);
    const key = /Bearer (\S+?)"/.exec(line)?.[1];
    const userToken = /Token (\S+?)"/.exec(line)?.[1];
    const base = `http://127.0.0.1:${port}`;
    const agents = await fetch(`${base}/api/agents/`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(agents.status).toBe(200);
    const me = await fetch(`${base}/api/organizations/auth/me/`, {
      headers: { Authorization: `Token ${userToken}` },
    });
    expect(me.status).toBe(200);
    expect((await fetch(`${base}/openapi.json`)).status).toBe(200);

    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    const lines = run.output().stdout.trim().split("\n");
    expect(lines[0]).toBe(line);
    // then the line to paste into a shell, then the access log
    expect(lines[1]).toBe(
      `export BEDROCK_BASE_URL=${base} BEDROCK_API_KEY=${key} BEDROCK_TOKEN=${userToken}`,
    );
    expect(lines.slice(2).every((l) => / (GET|POST) \/\S* \d{3} /.test(l))).toBe(true);
    expect(run.output().stderr).toBe("");
  });

  it("starts empty with BEDROCK_STUB_SEED=0 and stops on SIGTERM", async () => {
    const port = await freePort();
    const run = start({ PORT: String(port), BEDROCK_STUB_SEED: "0" });
    const line = await run.firstLine;
    expect(line).toContain(`http://127.0.0.1:${port}`);
    expect(line).not.toMatch(/Bearer|Token [0-9a-f]/);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  it("throttles as BEDROCK_STUB_THROTTLE and BEDROCK_STUB_BURST say", async () => {
    const port = await freePort();
    // One request every ten seconds after a burst of two: the third and fourth are refused.
    const run = start({
      PORT: String(port),
      BEDROCK_STUB_THROTTLE: "0.1",
      BEDROCK_STUB_BURST: "2",
    });
    const key = /Bearer (\S+?)"/.exec(await run.firstLine)?.[1];
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/api/templates/`, {
        headers: { Authorization: `Bearer ${key}` },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it("does not throttle with BEDROCK_STUB_THROTTLE=0, even past the default burst", async () => {
    const port = await freePort();
    const run = start({ PORT: String(port), BEDROCK_STUB_THROTTLE: "0" });
    const line = await run.firstLine;
    expect(line).toContain("no throttling");
    const key = /Bearer (\S+?)"/.exec(line)?.[1];
    const statuses = new Set<number>();
    for (let batch = 0; batch < 6; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          fetch(`http://127.0.0.1:${port}/api/templates/`, {
            headers: { Authorization: `Bearer ${key}` },
          }),
        ),
      );
      for (const response of responses) statuses.add(response.status);
    }
    expect([...statuses]).toEqual([200]);
  });

  it("locks out failed authentication, unless BEDROCK_STUB_FAILED_AUTH=0", async () => {
    const statusesAfterGuesses = async (env: Record<string, string>) => {
      const port = await freePort();
      const run = start({ PORT: String(port), ...env });
      const key = /Bearer (\S+?)"/.exec(await run.firstLine)?.[1];
      const agents = (auth: string) =>
        fetch(`http://127.0.0.1:${port}/api/agents/`, { headers: { Authorization: auth } });
      for (let i = 0; i < 10; i++) await agents("Bearer guessed-key");
      const status = (await agents(`Bearer ${key}`)).status;
      run.child.kill("SIGTERM");
      return status;
    };
    expect(await statusesAfterGuesses({})).toBe(429);
    expect(await statusesAfterGuesses({ BEDROCK_STUB_FAILED_AUTH: "0" })).toBe(200);
  });

  it("allows the browser origins BEDROCK_STUB_CORS_ORIGINS lists, and no other", async () => {
    const port = await freePort();
    const run = start({ PORT: String(port), BEDROCK_STUB_CORS_ORIGINS: "http://localhost:5173" });
    await run.firstLine;
    const preflight = (origin: string) =>
      fetch(`http://127.0.0.1:${port}/api/templates/`, {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "GET" },
      });
    const allowed = await preflight("http://localhost:5173");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const other = await preflight("https://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(other.headers.get("vary")).toBe("Origin");
  });

  it.each([
    [{ BEDROCK_STUB_FAILED_AUTH: "no" }, "BEDROCK_STUB_FAILED_AUTH"],
    [{ BEDROCK_STUB_CORS_ORIGINS: "*" }, "BEDROCK_STUB_CORS_ORIGINS"],
    [{ BEDROCK_STUB_THROTTLE: "fast" }, "BEDROCK_STUB_THROTTLE"],
    [{ BEDROCK_STUB_THROTTLE: "-1" }, "BEDROCK_STUB_THROTTLE"],
    [{ BEDROCK_STUB_BURST: "0" }, "BEDROCK_STUB_BURST"],
    [{ BEDROCK_STUB_BURST: "2.5" }, "BEDROCK_STUB_BURST"],
  ])("refuses %j with one line naming the variable", async (env, name) => {
    const run = start({ PORT: String(await freePort()), ...env });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim().split("\n")).toEqual([expect.stringContaining(name)]);
  });

  it("fails with one line and a non-zero exit code when the port is in use", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    try {
      const run = start({ PORT: String(port) });
      const code = await run.exited;
      expect(code).not.toBe(0);
      expect(run.output().stderr.trim().split("\n")).toEqual([expect.stringContaining(`${port}`)]);
      expect(run.output().stderr).toContain("already in use");
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

describe("entry points", () => {
  it("the SDK's own modules never import the stub (Node only)", () => {
    const sdk = readdirSync("src", { recursive: true, encoding: "utf8" }).filter(
      // the conformance kit is a Node-only bin of its own, which shares the stub's formats
      (file) => /\.ts$/.test(file) && !/^(stub|generated|conformance)\b/.test(file),
    );
    for (const file of sdk)
      expect(readFileSync(`src/${file}`, "utf8"), file).not.toMatch(/from\s+["'][./]*stub/);
  });
});
