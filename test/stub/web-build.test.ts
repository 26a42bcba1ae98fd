// The stub as pages and workers get it (the `browser` export, built like dist/stub/web.js):
// bundled for the browser platform, where any `node:` import fails the build, then run in a V8
// context that has a browser's globals and nothing of Node's (no Buffer, process or require)
// and refuses code generated from strings, as a strict CSP or a Cloudflare Worker does.
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { expect, test } from "vitest";
import { withoutNodeAdapter } from "../../scripts/web-stub.mjs";

/** What a page or a worker has, taken from Node's implementations of the same web APIs. */
const WEB_GLOBALS = [
  "crypto",
  "TextEncoder",
  "TextDecoder",
  "URL",
  "URLSearchParams",
  "Request",
  "Response",
  "Headers",
  "FormData",
  "Blob",
  "ReadableStream",
  "AbortController",
  "AbortSignal",
  "DOMException",
  "structuredClone",
  "atob",
  "btoa",
  "setTimeout",
  "clearTimeout",
  "queueMicrotask",
  "performance",
  "console",
] as const;

async function webBundle() {
  const { outputFiles, metafile } = await build({
    stdin: {
      contents:
        'export { Bedrock } from "./src/index.ts"; export { createStub } from "./src/stub/index.ts";',
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "bedrockStub",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [withoutNodeAdapter],
  });
  return { code: outputFiles[0]?.text ?? "", inputs: Object.keys(metafile.inputs) };
}

/** Runs a scenario against the bundled stub in a context with web globals only. */
async function runInWebContext(code: string, scenario: string) {
  const globals = Object.fromEntries(WEB_GLOBALS.map((name) => [name, globalThis[name]]));
  const context = {
    ...globals,
    fetch: () => Promise.reject(new Error("no network here")),
    window: { document: {} }, // a page, where the SDK refuses an API key unless told otherwise
  };
  return runInNewContext(`${code}\n(async () => { ${scenario} })()`, context, {
    contextCodeGeneration: { strings: false, wasm: false },
  });
}

test("the web build has no Node adapter and no node: import", async () => {
  const { inputs } = await webBundle();
  expect(inputs).toContain("src/stub/node-unavailable.ts");
  expect(inputs.filter((path) => /(^|\/)src\/stub\/(node|static-files)\.ts$/.test(path))).toEqual(
    [],
  );
});

test("createStub runs in a context with web APIs only and no code generation", async () => {
  const { code } = await webBundle();
  const result = await runInWebContext(
    code,
    `
    if (typeof Buffer !== "undefined" || typeof process !== "undefined" || typeof require !== "undefined")
      throw new Error("the context leaks Node globals");
    try { new Function("return 1"); throw new Error("code generation is allowed"); } catch (e) {
      if (!(e instanceof EvalError)) throw e;
    }
    const stub = await bedrockStub.createStub();
    const bedrock = stub.client();
    const template = await bedrock.templates.create({ name: "In a page" });
    const agent = await bedrock.agents.create({ name: "Bot", template: template.id });
    const listed = await bedrock.agents.list({ page_size: 100 });
    const invalid = await bedrock.templates.create({ name: "" }).catch((e) => e.fieldErrors);
    const session = await bedrockStub.Bedrock.login(
      { email: stub.email, password: stub.password },
      { fetch: stub.fetch, baseUrl: stub.baseUrl },
    );
    stub.reset();
    const afterReset = (await bedrock.agents.list({ page_size: 100 })).results.map((a) => a.id);
    const listen = await stub.listen().then(() => "listened", (e) => e.message);
    return {
      created: listed.results.some((a) => a.id === agent.id),
      invalid,
      loggedIn: session.user.email === stub.email,
      goneAfterReset: !afterReset.includes(agent.id),
      listen,
    };
    `,
  );
  expect(result).toEqual({
    created: true,
    invalid: { name: ["This field may not be blank."] },
    loggedIn: true,
    goneAfterReset: true,
    listen: expect.stringMatching(/only in Node\.js, Bun or Deno; .*use stub\.fetch/),
  });
}, 60_000);
