// `npm run docs`: builds the docs site in docs/site/ from the bundled contract, offline:
//   index.html  the API reference (Redoc, inlined), every operation with generated SDK and curl
//               samples (`x-codeSamples`) and links to the guides and the SDK reference;
//   guides/     the Markdown guides of docs/ as HTML;
//   sdk/        the SDK's API reference (TypeDoc), failing on any undocumented export.
// It also writes every TypeScript sample and every ```ts block of the guides to .cache/docs/ts/
// for the docs tests to type-check (test/docs/tsconfig.json) and run.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Marked } from "marked";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (path) => join(root, path);
export const CONTRACT = at("src/generated/openapi.json");
export const SITE = at("docs/site");
export const BUILD = at(".cache/docs");
export const TS_OUT = join(BUILD, "ts");

/** The guides in docs/, in reading order; each is rendered to guides/<name>.html. */
export const GUIDES = [
  "getting-started",
  "authentication",
  "errors-and-retries",
  "pagination",
  "key-lifecycle",
  "testing-with-the-stub",
  "conformance",
];

/**
 * The languages a guide's code blocks may name (```yaml; a word may follow: ```ts bun), each
 * shown as escaped code. Only ```ts blocks are type-checked and run (the docs tests, and `ts bun`
 * or `ts deno` in the runtime matrix); the others are shown as they are. Any other language, or
 * none, fails the build: a ```typescript block would be shown without ever being checked.
 */
export const CODE_LANGUAGES = ["ts", "sh", "json", "yaml", "text"];

const METHODS = ["get", "post", "put", "patch", "delete"];
/** The samples each operation shows, in this order; Redoc shows only the languages it is told. */
const SAMPLE_LANGUAGES = {
  typescript: { lang: "TypeScript", label: "TypeScript SDK" },
  curl: { lang: "curl", label: "curl" },
};
/** operationId prefixes that name a collection method of the same name (`getTemplate` → `get`). */
const CRUD = /^(list|create|get|replace|update|delete)[A-Z]/;
/** Path namespaces the SDK nests resources under (`/api/adapter-state/contacts/` → `adapterState.contacts`). */
const NAMESPACES = { "/api/adapter-state/": "adapterState" };
/**
 * Where the SDK departs from the rules: a method named otherwise, a body field passed alone, a
 * resource nested elsewhere, or a body taken as camelCase options.
 */
const SDK_EXCEPTIONS = {
  getMe: { method: "me" },
  tagAgent: { argument: "tags" },
  rotateApiKey: { camelBody: true },
  ...Object.fromEntries(
    ["getKeyPolicy", "replaceKeyPolicy", "updateKeyPolicy"].map((id) => [
      id,
      { resource: "organizations.keyPolicy" },
    ]),
  ),
};

export function loadContract() {
  return JSON.parse(readFileSync(CONTRACT, "utf8"));
}

/** Every operation of the contract, in contract order. */
export function operationsOf(contract) {
  return Object.entries(contract.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      path,
      method,
      operation: item[method],
    })),
  );
}

/** Follows `$ref`s to `#/components/...` until a real object. */
function deref(contract, value) {
  let node = value;
  while (node?.$ref) {
    node = node.$ref
      .slice(2)
      .split("/")
      .reduce((parent, key) => parent[key], contract);
  }
  return node;
}

function jsonMedia(contract, holder) {
  return deref(contract, holder)?.content?.["application/json"];
}

/** A media object's example value (its `example`, else its first named example). */
function exampleOf(contract, media) {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const [first] = Object.values(media.examples ?? {});
  return first && deref(contract, first).value;
}

function successResponse(contract, operation) {
  const status = Object.keys(operation.responses)
    .filter((code) => code.startsWith("2"))
    .sort()[0];
  return jsonMedia(contract, operation.responses[status]);
}

/**
 * The id used for `{id}`: the `id` of the example the item's GET returns; for a delete, of
 * `Unused<Schema>Example` when there is one: the demo object is in use (a delete gets 409), the
 * unused one (seeded by the stub too) is not.
 */
function exampleId(contract, path, method) {
  const itemPath = path.slice(0, path.indexOf("{id}/") + "{id}/".length);
  const get = contract.paths[itemPath]?.get;
  const media = get && successResponse(contract, get);
  const schema = media?.schema?.$ref?.split("/").pop();
  const unused = method === "delete" && contract.components.examples[`Unused${schema}Example`];
  const id = unused ? unused.value.id : exampleOf(contract, media)?.id;
  if (!id) throw new Error(`No example id for ${path}: add an example to GET ${itemPath}`);
  return id;
}

const camel = (words) =>
  words
    .toLowerCase()
    .replace(/[\s_-]+(\w)/g, (_, letter) => letter.toUpperCase())
    .replace(/^\w/, (letter) => letter.toLowerCase());
const lowerFirst = (name) =>
  name.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (head) => head.toLowerCase());

/** Whether an operation takes no credentials (accepting an invite also takes a token). */
const anonymous = (operation) =>
  !operation.security?.length || operation.security.some((scheme) => !Object.keys(scheme).length);

/** `bedrock.templates.get`, `Bedrock.login`, …: how the SDK exposes an operation. */
export function sdkMethod({ path, operation }) {
  const id = operation.operationId;
  const exception = SDK_EXCEPTIONS[id] ?? {};
  // Operations that take no credentials hand out a token: the SDK's static session flows.
  if (anonymous(operation)) return { receiver: "Bedrock", method: id, session: true };
  const namespace = Object.entries(NAMESPACES).find(([prefix]) => path.startsWith(prefix))?.[1];
  const resource = exception.resource ?? camel(operation.tags[0]);
  const method = exception.method ?? (CRUD.exec(id)?.[1] || id.match(/^[a-z]+/)[0]);
  return {
    receiver: ["bedrock", namespace, resource].filter(Boolean).join("."),
    method,
    argument: exception.argument,
    camelBody: exception.camelBody,
  };
}

/** Line width samples are laid out for. */
const WIDTH = 80;

/** A JSON value as a TypeScript literal: on one line when it fits in `room`, else one entry a line. */
function literal(value, room = WIDTH, indent = "") {
  const flat = flatLiteral(value);
  if (value === null || typeof value !== "object" || flat.length <= room) return flat;
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((item) => inner + literal(item, WIDTH - inner.length - 1, inner))
    : Object.entries(value).map(([key, item]) => {
        const head = `${inner}${property(key)}: `;
        return head + literal(item, WIDTH - head.length - 1, inner);
      });
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${entries.join(",\n")},\n${indent}${close}`;
}

function flatLiteral(value) {
  if (Array.isArray(value)) return `[${value.map(flatLiteral).join(", ")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value).map(
    ([key, item]) => `${property(key)}: ${flatLiteral(item)}`,
  );
  return entries.length ? `{ ${entries.join(", ")} }` : "{}";
}

const property = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));
const camelKeys = (object) =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [camel(key), value]));

/** The SDK call's statements, without the import: what both the site and the tests use. */
function typescriptBody(contract, entry) {
  const { path, method, operation } = entry;
  const call = sdkMethod(entry);
  const schema = successResponse(contract, operation)?.schema?.$ref?.split("/").pop();
  const result = call.session ? "session" : schema && lowerFirst(schema);
  const assign = result ? `const ${result} = await ` : "await ";

  const args = [];
  if (path.includes("{id}")) args.push(JSON.stringify(exampleId(contract, path, method)));
  const body = exampleOf(contract, jsonMedia(contract, operation.requestBody));
  if (body !== undefined) {
    const value = call.argument
      ? body[call.argument]
      : call.session || call.camelBody
        ? camelKeys(body)
        : body;
    // On one line when the whole statement fits.
    const head = `${assign}${call.receiver}.${call.method}(${args.map((arg) => `${arg}, `).join("")}`;
    args.push(literal(value, WIDTH - head.length - 2));
  }
  const invocation = `${call.receiver}.${call.method}(${args.join(", ")})`;

  if (call.session) {
    return [
      "// Resolves to the API's answer and `client`, a Bedrock client that uses the new token.",
      `${assign}${invocation};`,
      "console.log(session.user);",
    ].join("\n");
  }
  const client = operation.security.some((scheme) => "ApiKeyAuth" in scheme)
    ? "const bedrock = new Bedrock(); // reads BEDROCK_API_KEY"
    : "const bedrock = new Bedrock(); // reads BEDROCK_TOKEN: this takes a user token";
  if (call.method === "list") {
    const item = lowerFirst(schema.replace(/^Paginated(\w+)List$/, "$1"));
    return [
      client,
      `for await (const ${item} of ${invocation}) {`,
      `  console.log(${item});`,
      "}",
    ].join("\n");
  }
  return [client, `${assign}${invocation};`, ...(result ? [`console.log(${result});`] : [])].join(
    "\n",
  );
}

const sdkImport = (sdk) => `import { Bedrock } from ${JSON.stringify(sdk)};`;

function curlSample(contract, { path, method, operation }, baseUrl) {
  const url = `${baseUrl}${path.replace("{id}", () => exampleId(contract, path, method))}`;
  const lines = [method === "get" ? `curl ${url}` : `curl -X ${method.toUpperCase()} ${url}`];
  const schemes = anonymous(operation)
    ? []
    : operation.security.flatMap((scheme) => Object.keys(scheme));
  if (schemes.includes("ApiKeyAuth")) lines.push('-H "Authorization: Bearer $BEDROCK_API_KEY"');
  else if (schemes.includes("TokenAuth")) lines.push('-H "Authorization: Token $BEDROCK_TOKEN"');
  const body = exampleOf(contract, jsonMedia(contract, operation.requestBody));
  if (body !== undefined) {
    const flat = JSON.stringify(body);
    const json = (flat.length <= 60 ? flat : JSON.stringify(body, null, 2)).replaceAll(
      "'",
      "'\\''",
    );
    lines.push('-H "Content-Type: application/json"', `-d '${json}'`);
  }
  return lines.join(" \\\n  ");
}

/**
 * Every operation's samples, by operationId: `typescript` and `curl`, as the site shows them.
 * Both read the API root from BEDROCK_BASE_URL (the SDK falls back to production), so they
 * run as they are against any stub, whatever its port.
 */
export function codeSamples(contract) {
  const baseUrl = "$BEDROCK_BASE_URL";
  return Object.fromEntries(
    operationsOf(contract).map((entry) => [
      entry.operation.operationId,
      {
        typescript: `${sdkImport("@bedrock/sdk")}\n\n${typescriptBody(contract, entry)}\n`,
        curl: `${curlSample(contract, entry, baseUrl)}\n`,
      },
    ]),
  );
}

/**
 * Every TypeScript sample in one module: `export const samples = { getTemplate() {…}, … }`,
 * importing the SDK from `sdk` (the package name to type-check, a path to run against src/).
 */
export function samplesModule(contract, { sdk = "@bedrock/sdk" } = {}) {
  const functions = operationsOf(contract).map((entry) => {
    const body = typescriptBody(contract, entry).replace(/^(?=.)/gm, "    ");
    return `  async ${entry.operation.operationId}() {\n${body}\n  },`;
  });
  return [
    "// Generated by scripts/docs.mjs from the contract: the SDK sample of every operation.",
    sdkImport(sdk),
    "",
    "export const samples = {",
    ...functions,
    "};",
    "",
  ].join("\n");
}

/** The contract with `x-codeSamples` on every operation and links to the guides and SDK reference. */
export function enrichContract(contract, guides) {
  const enriched = structuredClone(contract);
  const samples = codeSamples(contract);
  for (const { operation } of operationsOf(enriched)) {
    const { typescript, curl } = samples[operation.operationId];
    operation["x-codeSamples"] = [
      { ...SAMPLE_LANGUAGES.typescript, source: typescript },
      { ...SAMPLE_LANGUAGES.curl, source: curl },
    ];
  }
  const links = guides.map(({ name, title }) => `- [${title}](guides/${name}.html)`);
  enriched.info.description += [
    "",
    "# Samples",
    "",
    "The samples read the API root from `BEDROCK_BASE_URL` and the credentials from",
    "`BEDROCK_API_KEY` or `BEDROCK_TOKEN`: export those `npm start` printed (its URL,",
    "`http://127.0.0.1:8000` unless `PORT` or `HOST` say otherwise) to run them as they are",
    "against the stub. Without `BEDROCK_BASE_URL` the SDK calls production. The ids are the",
    "stub's demo objects'; a delete sample deletes one that nothing refers to (deleting a template",
    "an agent uses, say, is refused with 409), and signup signs up a new user.",
    "",
    "# Guides",
    "",
    ...links,
    "- [SDK reference](sdk/index.html): every class, method and type of `@bedrock/sdk`",
    "",
  ].join("\n");
  return enriched;
}

/** The guides with their Markdown, title (first heading) and ```ts blocks. */
export function readGuides() {
  return GUIDES.map((name) => {
    const markdown = readFileSync(at(`docs/${name}.md`), "utf8");
    const title = markdown.match(/^# (.+)$/m)?.[1] ?? name;
    return { name, title, markdown, blocks: tsBlocks(markdown) };
  });
}

/** The ```ts code blocks of a Markdown text. */
function tsBlocks(markdown) {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

/**
 * Writes the samples module and each guide block (a module of its own) under .cache/docs/ts/,
 * the package README's blocks with them: every TypeScript a reader is shown gets type-checked.
 */
export function writeTypeScript(contract = loadContract(), guides = readGuides()) {
  rmSync(TS_OUT, { recursive: true, force: true });
  mkdirSync(join(TS_OUT, "guides"), { recursive: true });
  writeFileSync(join(TS_OUT, "samples.ts"), samplesModule(contract));
  const readme = {
    file: "README-package.md",
    blocks: tsBlocks(readFileSync(at("README-package.md"), "utf8")),
  };
  for (const { file, blocks } of [
    ...guides.map((g) => ({ ...g, file: `docs/${g.name}.md` })),
    readme,
  ]) {
    blocks.forEach((block, index) => {
      const out = join(TS_OUT, "guides", `${basename(file, ".md")}.${index + 1}.ts`);
      writeFileSync(out, `// ${file}, block ${index + 1}\n${block}export {};\n`);
    });
  }
}

/** A heading's text without its Markdown: "Several organizations: `X-Organization-Id`" → "Several organizations: X-Organization-Id". */
const plainText = (tokens) =>
  tokens.map((token) => (token.tokens ? plainText(token.tokens) : (token.text ?? ""))).join("");

/**
 * Ids for a page's headings as GitHub gives them (so `guide.md#rate-limits` works there and on
 * the site alike): lower case, punctuation dropped, spaces as hyphens, `-1`, `-2`, … on repeats.
 */
export function headingIds() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);

/**
 * Markdown as HTML, headings with ids, links between guides to their .html pages, code blocks as
 * escaped code in one of {@link CODE_LANGUAGES}.
 */
export function renderMarkdown(markdown, source = "A guide") {
  const idOf = headingIds();
  const renderer = {
    heading({ tokens, depth }) {
      const id = idOf(plainText(tokens));
      return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
    code({ text, lang }) {
      return `<pre><code class="language-${lang.split(/\s/)[0]}">${escapeHtml(text)}\n</code></pre>\n`;
    },
  };
  const marked = new Marked({ renderer });
  const tokens = marked.lexer(markdown);
  marked.walkTokens(tokens, (token) => {
    // Links between guides point at the .md files (readable on GitHub); the site has .html.
    if (token.type === "link" && !/^[a-z]+:/.test(token.href))
      token.href = token.href.replace(/\.md(?=$|#)/, ".html");
    const [language = ""] = token.type === "code" ? (token.lang ?? "").split(/\s/) : [];
    if (token.type === "code" && !CODE_LANGUAGES.includes(language))
      throw new Error(
        `${source} has a code block in ${language ? `\`${language}\`` : "no language"}: a guide's blocks are ${CODE_LANGUAGES.join(", ")}.`,
      );
  });
  return marked.parser(tokens);
}

function guidePage({ name, title, markdown }, guides) {
  const nav = [
    '<a href="../index.html">API reference</a>',
    ...guides.map((guide) =>
      guide.name === name
        ? `<strong>${guide.title}</strong>`
        : `<a href="${guide.name}.html">${guide.title}</a>`,
    ),
    '<a href="../sdk/index.html">SDK reference</a>',
  ].join("\n");
  const content = renderMarkdown(markdown, `docs/${name}.md`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Bedrock docs</title>
<style>
body { margin: 0; display: flex; font: 16px/1.6 system-ui, sans-serif; color: #222; }
nav { flex: 0 0 220px; padding: 24px 16px; background: #fafafa; border-right: 1px solid #eee; }
nav a, nav strong { display: block; padding: 4px 0; color: #32329f; text-decoration: none; }
nav strong { color: #222; }
main { flex: 1; max-width: 820px; padding: 24px 40px; }
pre { background: #263238; color: #eee; padding: 12px 16px; border-radius: 4px; overflow-x: auto; }
code { font: 14px/1.5 ui-monospace, monospace; }
:not(pre) > code { background: #f2f2f2; padding: 1px 4px; border-radius: 3px; }
table { border-collapse: collapse; } th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; }
</style>
</head>
<body>
<nav>
${nav}
</nav>
<main>
${content}</main>
</body>
</html>
`;
}

/** The guides' index (guides/index.html): each guide with its opening paragraph. */
function guidesIndex(guides) {
  const opening = (markdown) =>
    markdown
      .split(/\n\s*\n/)
      .find((block) => !/^(#|```|\||- )/.test(block.trim()))
      ?.replace(/\s+/g, " ")
      .trim();
  const markdown = [
    "# Guides",
    "",
    ...guides.map(({ name, title, markdown }) => `- [${title}](${name}.md): ${opening(markdown)}`),
    "",
  ].join("\n");
  return guidePage({ name: "index", title: "Guides", markdown }, guides);
}

/** Redoc's "API docs by Redocly" badge logo (and its mini form), drawn here instead of fetched. */
const BADGE_LOGOS = {
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg": "Redocly",
  "https://cdn.redoc.ly/redoc/logo-mini.svg": "R",
};
const badgeLogo = (text) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${text.length * 8 + 4}" height="16"><text x="2" y="13" font-family="system-ui,sans-serif" font-size="13" font-weight="600" fill="#32329f">${text}</text></svg>`,
  )}`;
/** Code in Redoc's tables breaks at spaces, never inside a word ("ApiKeyAu|th"). */
const TABLE_CODE_STYLE =
  "<style>td code, th code { word-break: normal !important; overflow-wrap: normal !important; }</style>";

/**
 * Redoc's page, made to load nothing from another host and to show the stub's own URL: served
 * from a stub's /docs, the contract's local server becomes the page's origin (whatever PORT and
 * HOST are).
 */
function finishReferencePage(html, contract) {
  const stubUrl = contract.servers.find((server) =>
    /^http:\/\/127\.0\.0\.1[:/]/.test(server.url),
  )?.url;
  const hydrate = "hydrate(__redoc_definition, __redoc_options";
  if (!html.includes(hydrate) || !html.includes("</head>"))
    throw new Error("Redoc's page has changed: update finishReferencePage in scripts/docs.mjs");
  // Before hydration, in the definition and in the pre-rendered page alike: a page that differs
  // from its definition is rendered again from scratch, links and all.
  const servedByStub = `if (/^https?:$/.test(location.protocol) && location.pathname.startsWith("/docs")) {
        const stubUrl = ${JSON.stringify(stubUrl)};
        for (const server of __redoc_definition.servers ?? [])
          if (server.url === stubUrl) server.url = location.origin;
        const texts = document.createTreeWalker(document.getElementById("redoc"), NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode())
          if (node.nodeValue.startsWith(stubUrl) && !node.parentElement.closest("code"))
            node.nodeValue = location.origin + node.nodeValue.slice(stubUrl.length);
      }
      `;
  let page = html
    .replace("</head>", `${TABLE_CODE_STYLE}\n</head>`)
    .replace(hydrate, servedByStub + hydrate);
  for (const [url, text] of Object.entries(BADGE_LOGOS))
    page = page.replaceAll(url, badgeLogo(text));
  return page;
}

/**
 * TypeDoc links each type's "Hierarchy" to its entry on hierarchy.html, also when the summary
 * leaves the type out (`Bedrock`, whose parent `Resources` is a type alias, not a class or
 * interface): such a link leads nowhere, so those pages keep the heading without it.
 */
function dropDeadHierarchyLinks(dir) {
  const summary = readFileSync(join(dir, "hierarchy.html"), "utf8");
  const listed = new Set([...summary.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id));
  const files = readdirSync(dir, { recursive: true }).filter((file) => file.endsWith(".html"));
  for (const file of files) {
    const path = join(dir, file);
    const html = readFileSync(path, "utf8");
    const fixed = html.replace(
      / \(<a href="(?:\.\.\/)?hierarchy\.html#([^"]+)">View Summary<\/a>\)/g,
      (link, id) => (listed.has(id) ? link : ""),
    );
    if (fixed !== html) writeFileSync(path, fixed);
  }
}

function run(command, args) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${status})`);
}

export function buildSite() {
  const contract = loadContract();
  const guides = readGuides();
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(join(SITE, "guides"), { recursive: true });
  writeTypeScript(contract, guides);

  const enriched = join(BUILD, "openapi.json");
  writeFileSync(enriched, JSON.stringify(enrichContract(contract, guides), null, 2));
  const output = join(SITE, "index.html");
  const options = { codeSamples: { languages: Object.values(SAMPLE_LANGUAGES) } };
  run(process.execPath, [
    ...["scripts/redocly.mjs", "build-docs", enriched, "--inlineBundle", "-o", output],
    ...["--openapi", JSON.stringify(options)],
  ]);

  writeFileSync(output, finishReferencePage(readFileSync(output, "utf8"), contract));
  for (const guide of guides) {
    writeFileSync(join(SITE, "guides", `${guide.name}.html`), guidePage(guide, guides));
  }
  writeFileSync(join(SITE, "guides", "index.html"), guidesIndex(guides));

  // The raw contract types (src/generated/schema.d.ts) are left to the API reference: their
  // thousands of nested members carry the contract's descriptions, not TSDoc. The named types
  // generated from them (src/generated/sdk.ts) carry TSDoc and are documented here.
  run("npx", [
    "--no-install",
    "typedoc",
    ...["--entryPoints", "src/index.ts", "--entryPoints", "src/stub/index.ts"],
    ...["--tsconfig", "scripts/tsconfig.typedoc.json", "--out", join(SITE, "sdk")],
    ...["--name", "@bedrock/sdk", "--readme", "none", "--disableSources"],
    ...["--externalPattern", "**/src/generated/schema.d.ts", "--excludeExternals"],
    ...["--validation.notDocumented", "--validation.notExported", "false"],
    "--treatWarningsAsErrors",
  ]);
  dropDeadHierarchyLinks(join(SITE, "sdk"));
  console.log(`Docs site built in ${SITE}: index.html, guides/, sdk/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    buildSite();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
