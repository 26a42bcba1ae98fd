// The Markdown guides in docs/: what they claim about the API matches the contract, and every
// code block is in a language the site shows (```ts blocks are type-checked by samples.test.ts
// and run by guide-runs.test.ts; the others are shown as they are).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CODE_LANGUAGES,
  GUIDES,
  loadContract,
  operationsOf,
  readGuides,
  renderMarkdown,
} from "../../scripts/docs.mjs";

const guides = readGuides();
const contract = loadContract();

/** Scheme lists as the authentication guide words them. */
const ACCEPTS: Record<string, string[]> = {
  "no credentials": [],
  "no credentials or token": ["TokenAuth"],
  token: ["TokenAuth"],
  "API key or token": ["ApiKeyAuth", "TokenAuth"],
  "API key": ["ApiKeyAuth"],
};

/** The rows of the guide's "Which operations take which" table. */
function securityTable() {
  const markdown = guides.find(({ name }) => name === "authentication")?.markdown ?? "";
  const section = markdown.split("## Which operations take which")[1]?.split("\n## ")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [paths = "", methods = "", accepts = ""] = line.split("|").slice(1, -1);
      const wording = accepts.replace(/\(.*\)/, "").trim();
      return {
        line,
        paths: [...paths.matchAll(/`([^`]+)`/g)].map(([, path = ""]) => pattern(path)),
        methods: methods.trim() === "all" ? undefined : methods.split(",").map((m) => m.trim()),
        schemes: ACCEPTS[wording],
      };
    });
}

/** `/api/agents/*` → a regex: `*` is the rest of the path, if any. */
const pattern = (path: string) =>
  new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace("*", ".*")}$`);

describe("the guides", () => {
  it("each has a title and only code blocks in the languages the site shows", () => {
    for (const { name, markdown } of guides) {
      expect(markdown, name).toMatch(/^# \S/);
      // a word may follow the language: ```ts bun is a block for Bun (run by the runtime matrix)
      const fences = [...markdown.matchAll(/^```(\w*)(?: \w+)?$/gm)].map(([, lang]) => lang);
      const languages = fences.filter((_, index) => index % 2 === 0);
      expect(
        languages.filter((lang) => !CODE_LANGUAGES.includes(lang ?? "")),
        name,
      ).toEqual([]);
    }
  });

  it("are all on the site: every guide the READMEs link to", () => {
    for (const readme of ["README.md", "README-package.md"]) {
      const linked = [...readFileSync(readme, "utf8").matchAll(/\]\(docs\/([\w-]+)\.md[)#]/g)];
      expect(linked.length, readme).toBeGreaterThan(0);
      for (const [, name = ""] of linked)
        expect(GUIDES, `${readme} → docs/${name}.md`).toContain(name);
    }
  });

  it("link only to guides that exist", () => {
    for (const { name, markdown } of guides) {
      for (const [, target = ""] of markdown.matchAll(/\]\(([^)#]+\.md)(#[^)]*)?\)/g))
        expect(existsSync(`docs/${target}`), `${name} → ${target}`).toBe(true);
    }
  });

  it("say which credentials each operation takes, as the contract does", () => {
    const rows = securityTable();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.schemes, row.line).toBeDefined();
    const used = new Set<string>();
    for (const { path, method, operation } of operationsOf(contract)) {
      const row = rows.find(
        (candidate) =>
          candidate.paths.some((regex) => regex.test(path)) &&
          (candidate.methods?.includes(method.toUpperCase()) ?? true),
      );
      expect(row, `${method.toUpperCase()} ${path} in the table`).toBeDefined();
      used.add(row?.line ?? "");
      const schemes = operation.security.flatMap((scheme: object) => Object.keys(scheme));
      expect(schemes.sort(), `${operation.operationId}: ${row?.line}`).toEqual(row?.schemes);
    }
    // No row describes operations the contract lacks.
    expect(rows.filter(({ line }) => !used.has(line)).map(({ line }) => line)).toEqual([]);
  });
});

describe("a guide's code blocks on the site", () => {
  it("are shown as escaped code, whatever their language", () => {
    const html = renderMarkdown(
      '```yaml\nrun: echo "<b>&</b>"\n```\n\n```ts bun\nconst a = 1 < 2;\n```\n',
    );
    expect(html).toContain(
      '<pre><code class="language-yaml">run: echo &quot;&lt;b&gt;&amp;&lt;/b&gt;&quot;\n</code></pre>',
    );
    expect(html).toContain('<pre><code class="language-ts">const a = 1 &lt; 2;\n</code></pre>');
  });

  it("fail the build in any other language, or none (such a block would never be checked)", () => {
    for (const fence of ["```typescript", "```yml", "```"])
      expect(() => renderMarkdown(`${fence}\nx\n\`\`\`\n`, "docs/x.md"), fence).toThrow(
        /^docs\/x\.md has a code block in (`\w+`|no language): a guide's blocks are ts, sh, json, yaml, text\.$/,
      );
  });
});

// package.json has no `repository` (the repository's URL is not settled), so the registry's page
// cannot resolve the package README's relative links: they lead to the files the package ships
// (its guides under docs/), as an installed copy and an editor's preview read them.
describe("the package README's links", () => {
  const { files } = JSON.parse(readFileSync("package.json", "utf8")) as { files: string[] };
  const shipped = (path: string) =>
    files.some((entry) =>
      entry.includes("*")
        ? new RegExp(`^${entry.replace(/\./g, "\\.").replace("*", "[^/]+")}$`).test(path)
        : path === entry || path.startsWith(`${entry}/`),
    );
  const links = [...readFileSync("README-package.md", "utf8").matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, href = ""]) => href)
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href));

  it("lead to files the package ships, and anchors to headings there", () => {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [path = "", anchor] = link.split("#", 2);
      expect(existsSync(path) && shipped(path), `${link}: a file the package ships`).toBe(true);
      if (anchor)
        expect(renderMarkdown(readFileSync(path, "utf8"), path), link).toContain(`id="${anchor}"`);
    }
  });
});
