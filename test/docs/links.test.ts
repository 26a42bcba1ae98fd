// Every link of the built docs site (docs/site/, `npm run docs`) leads somewhere: each page a link
// names exists, and each `#anchor` is the id of an element on that page. The HTML is parsed, not
// searched with patterns: Redoc's and TypeDoc's pages hold the same text in scripts and attributes.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { headingIds, loadContract, SITE } from "../../scripts/docs.mjs";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** The attributes that name another page or an anchor, by element. */
const LINKS: Record<string, string> = { a: "href", link: "href", script: "src", img: "src" };

interface Page {
  ids: Set<string>;
  links: { element: string; target: string }[];
}

function readPage(file: string): Page {
  const page: Page = { ids: new Set(), links: [] };
  const visit = (node: Node) => {
    if ("attrs" in node) {
      for (const { name, value } of node.attrs) {
        if (name === "id" || (name === "name" && node.nodeName === "a")) page.ids.add(value);
        if (LINKS[node.nodeName] === name)
          page.links.push({ element: node.nodeName, target: value });
      }
    }
    const children =
      node.nodeName === "template" ? [] : "childNodes" in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(parse(readFileSync(file, "utf8")));
  return page;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** The page a link names: a file, or a directory's index.html. */
function pageFile(path: string) {
  return existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
}

const REFERENCE = join(SITE, "index.html");
/**
 * The routes of Redoc's page: it routes its own links, `/section/errors` to the element with id
 * `section/errors`, and `/agents` to the Agents tag it renders on demand (site.test.ts opens each).
 */
const tagRoutes = new Set(
  (loadContract().tags as { name: string }[]).map(({ name }) =>
    name.toLowerCase().replace(/\s+/g, "-"),
  ),
);

/** The dead links of the site, as `page → link (why)`. Links to other hosts are not followed. */
function deadLinks(): string[] {
  const pages = new Map(htmlFiles(SITE).map((file) => [file, readPage(file)]));
  const dead: string[] = [];
  for (const [file, { links }] of pages) {
    for (const { element, target } of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) continue;
      const routed = file === REFERENCE && target.startsWith("/");
      if (routed && tagRoutes.has(target.slice(1))) continue;
      const [path = "", anchor] = routed ? ["", target.slice(1)] : target.split("#", 2);
      const into = path ? pageFile(resolve(dirname(file), decodeURI(path))) : file;
      const where = `${relative(SITE, file)} → <${element}> ${target}`;
      if (!existsSync(into)) dead.push(`${where} (no page ${relative(SITE, into)})`);
      else if (anchor && element === "a" && into.endsWith(".html")) {
        const ids = pages.get(into)?.ids ?? readPage(into).ids;
        if (!ids.has(decodeURIComponent(anchor))) dead.push(`${where} (no id "${anchor}")`);
      }
    }
  }
  return dead;
}

describe("the built docs site", () => {
  it("is built", () => {
    expect(existsSync(REFERENCE), `${REFERENCE}: run \`npm run docs\``).toBe(true);
  });

  it("has no dead link: every page and every anchor a link names exists", () => {
    const files = htmlFiles(SITE);
    // the reference, the guides and their index, and TypeDoc's pages
    expect(files.length).toBeGreaterThan(20);
    expect(deadLinks()).toEqual([]);
  });

  it("gives every guide heading an id, as GitHub does, so links into the guides resolve", () => {
    const ids = (guide: string) => readPage(join(SITE, "guides", `${guide}.html`)).ids;
    for (const [guide, anchor] of [
      ["authentication", "invites"],
      ["authentication", "keys-in-browsers"],
      ["authentication", "several-organizations-x-organization-id"],
      ["errors-and-retries", "rate-limits"],
      ["key-lifecycle", "read-the-audit-trail"],
      ["pagination", "up-to-a-limit-toarray-limit-"],
      ["conformance", "in-ci"],
      ["conformance", "reading-a-failure"],
    ])
      expect(ids(guide ?? ""), `${guide}.html#${anchor}`).toContain(anchor);
  });
});

describe("heading ids", () => {
  it("are GitHub's: lower case, punctuation dropped, spaces as hyphens, repeats numbered", () => {
    const idOf = headingIds();
    expect(
      [
        "Rate limits",
        "Several organizations: X-Organization-Id",
        "Up to a limit: toArray({ limit })",
        "Rate limits",
        "Rate limits",
        "Ünïcode & more",
      ].map(idOf),
    ).toEqual([
      "rate-limits",
      "several-organizations-x-organization-id",
      "up-to-a-limit-toarray-limit-",
      "rate-limits-1",
      "rate-limits-2",
      "ünïcode--more",
    ]);
  });
});
