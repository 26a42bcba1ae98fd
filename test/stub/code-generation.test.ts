// The stub compiles no code from strings at run time (its validators are generated ahead by
// `npm run generate`), so it runs under `node --disallow-code-generation-from-strings`, as in a
// Cloudflare Worker or a page whose CSP has no 'unsafe-eval'. The scenario is bundled from src/
// and run in a child Node with the flag; a validator compiled at run time would throw there.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "bedrock-no-codegen-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the child runs: an in-process stub, the SDK on it, requests each validator refuses, HTTP. */
const scenario = `
import { BadRequestError, Bedrock } from "./src/index.ts";
import { createStub } from "./src/stub/index.ts";

const stub = await createStub();
const bedrock = stub.client();
const created = await bedrock.templates.create({ name: "no-eval" });
const page = await bedrock.templates.list({ page_size: 1 });
const refused = (promise) => promise.then(() => undefined, (error) => error instanceof BadRequestError ? error.fieldErrors : String(error));
const body = await refused(bedrock.templates.create({ name: "" }));
const params = await refused(bedrock.templates.list({ page_size: "many" }));
const http = { fetch: stub.fetch, baseUrl: stub.baseUrl };
const email = await refused(Bedrock.login({ email: "not-an-email", password: "x" }, http));
const session = await Bedrock.login({ email: stub.email, password: stub.password }, http);
const server = await stub.listen();
const overHttp = await fetch(server.url + "/api/templates/?page_size=x", { headers: { Authorization: "Bearer " + stub.apiKey } });
await server.close();
console.log(JSON.stringify({ created: created.name, listed: page.results.length, body, params, email, user: session.user.email === stub.email, overHttp: overHttp.status }));
`;

async function bundledScenario() {
  const file = join(work, "scenario.mjs");
  const { outputFiles } = await build({
    stdin: { contents: scenario, resolveDir: root, loader: "ts", sourcefile: "scenario.ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    // bundled CommonJS (yaml) calls require()
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
  });
  writeFileSync(file, outputFiles[0]?.text ?? "");
  return file;
}

test("a stub scenario runs under node --disallow-code-generation-from-strings", async () => {
  const file = await bundledScenario();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--disallow-code-generation-from-strings", file],
    { cwd: work, timeout: 60_000 },
  );
  expect(JSON.parse(stdout)).toEqual({
    created: "no-eval",
    listed: 1,
    body: { name: ["This field may not be blank."] },
    params: { page_size: ["A valid integer is required."] },
    email: { email: ["Enter a valid email address."] },
    user: true,
    overHttp: 400,
  });
}, 90_000);

test("the child refuses code generated from strings (the flag is in force)", async () => {
  const file = join(work, "eval.mjs");
  writeFileSync(file, 'new Function("return 1")();');
  const run = promisify(execFile)(process.execPath, [
    "--disallow-code-generation-from-strings",
    file,
  ]);
  await expect(run).rejects.toThrow(/Code generation from strings disallowed/);
});
