// The Markdown guides in docs/: what they claim about the API matches the contract, and every
// code block is one the docs tests check (```ts blocks are type-checked by samples.test.ts).
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadContract, operationsOf, readGuides } from "../../scripts/docs.mjs";

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
  it("each has a title and only ts, sh and json code blocks", () => {
    for (const { name, markdown } of guides) {
      expect(markdown, name).toMatch(/^# \S/);
      // a word may follow the language: ```ts bun is a block for Bun (run by the runtime matrix)
      const fences = [...markdown.matchAll(/^```(\w*)(?: \w+)?$/gm)].map(([, lang]) => lang);
      const languages = fences.filter((_, index) => index % 2 === 0);
      expect(
        languages.filter((lang) => !["ts", "sh", "json"].includes(lang ?? "")),
        name,
      ).toEqual([]);
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
