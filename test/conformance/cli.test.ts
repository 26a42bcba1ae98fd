// The CLI's contract with a CI job: one line per check, the summary line, the exit code, the
// JUnit file, usage errors, and no secret in anything it prints.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { main } from "../../src/conformance/main";
import { type BedrockStub, createStub, type ListeningStub } from "../../src/stub";

let stub: BedrockStub<true> & { url: string };
let http: ListeningStub;
beforeAll(async () => {
  const created = await createStub({ throttle: true, failedAuth: true });
  http = await created.listen();
  stub = Object.assign(created, { url: http.url });
});
afterAll(() => http.close());

async function run(argv: string[], fetcher?: typeof fetch) {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env: {},
    ...(fetcher && { fetch: fetcher }),
  });
  return { code, out, err };
}

it("prints a line per check and the summary, writes JUnit, exits 0 when all pass", async () => {
  const junit = join(mkdtempSync(join(tmpdir(), "conformance-")), "results.xml");
  const { code, out } = await run([
    "--base-url",
    stub.url,
    "--token",
    stub.token,
    "--api-key",
    stub.apiKey,
    "--only",
    "errors",
    "--junit",
    junit,
  ]);
  expect(out).toMatch(/^✔ errors › getTemplate: an id that exists nowhere → 404 \{"detail"\}$/m);
  const summary = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(out);
  expect(summary?.slice(2)).toEqual(["0", "0"]);
  expect(code).toBe(0);
  const xml = readFileSync(junit, "utf8");
  expect(xml).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="bedrock-conformance" tests="\d+" failures="0"/,
  );
  expect(xml).toContain('<testsuite name="errors"');
  expect(xml).toContain(
    '<testcase classname="bedrock-conformance.errors" name="getTemplate: an id that exists nowhere → 404 {&quot;detail&quot;}"',
  );
  for (const secret of [stub.token, stub.apiKey]) expect(out + xml).not.toContain(secret);
});

it("exits 1 on a failure, saying what was sent and what came back, secrets redacted", async () => {
  // a proxy that answers every 404 with a 200 echoing the request's Authorization header
  const lying: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    if (response.status !== 404) return response;
    return Response.json(
      { detail: request.headers.get("authorization") },
      { status: 200, headers: response.headers },
    );
  };
  const junit = join(mkdtempSync(join(tmpdir(), "conformance-")), "results.xml");
  const { code, out } = await run(
    ["--base-url", stub.url, "--token", stub.token, "--only", "errors", "--junit", junit],
    lying,
  );
  expect(code).toBe(1);
  expect(out).toMatch(
    /^✘ errors › getTemplate: an id that exists nowhere → 404 \{"detail"\}\n {4}rule: no such resource anywhere is a 404 \(expected 404, got 200\)\n {4}sent: GET \/api\/templates\/[\w-]+\/ as key of org A\n {4}got: {2}200 \{"detail":"Bearer \[redacted\]"\}/m,
  );
  expect(out).toMatch(/^\d+ passed, [1-9]\d* failed, 0 skipped$/m);
  const xml = readFileSync(junit, "utf8");
  expect(xml).toMatch(
    /<failure message="no such resource anywhere is a 404 \(expected 404, got 200\)">sent: GET/,
  );
  expect(out + xml).not.toContain(stub.token);
  expect(out + xml).not.toMatch(/Bearer (?!\[redacted\])/);
});

it("refuses a missing --base-url or an unknown group with exit 2 and the usage", async () => {
  const missing = await run([]);
  expect(missing.code).toBe(2);
  expect(missing.err).toContain("--base-url is required");
  const unknown = await run(["--base-url", stub.url, "--only", "nonsense"]);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toMatch(/Unknown group nonsense; the groups are: auth, /);
  const seed = await run(["--base-url", stub.url, "--seed", "x"]);
  expect(seed.code).toBe(2);
  expect(seed.err).toContain("--seed must be an integer: x");
  const url = await run(["--base-url", "localhost:8000"]);
  expect(url.code).toBe(2);
  expect(url.err).toContain("--base-url must be an http(s) URL");
  const help = await run(["--help"]);
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/^Usage: bedrock-conformance --base-url URL/);
});

it("stops at once, saying so, when the server does not answer", async () => {
  const refused: typeof fetch = () =>
    Promise.reject(
      new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") }),
    );
  const { code, out, err } = await run(["--base-url", "http://127.0.0.1:9"], refused);
  expect(code).toBe(2);
  expect(out).toBe("");
  expect(err).toBe("http://127.0.0.1:9 does not answer: connect ECONNREFUSED 127.0.0.1:9\n");
});
