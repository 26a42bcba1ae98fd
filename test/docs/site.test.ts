import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.mjs";
import {
  BUILD,
  codeSamples,
  enrichContract,
  GUIDES,
  loadContract,
  operationsOf,
  readGuides,
  SITE,
} from "../../scripts/docs.mjs";
import { type Stub, startStub } from "../../src/stub";

const SCREENSHOTS = "test-results/docs";

const contract = loadContract();
const samples = codeSamples(contract);
const tags: { name: string }[] = contract.tags;

let stub: Stub;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  // The site is built by `npm run docs` (before the tests in `npm test`), from the contract as enriched here.
  const built = join(BUILD, "openapi.json");
  const current = JSON.stringify(enrichContract(contract, readGuides()), null, 2);
  const fresh = existsSync(built) && readFileSync(built, "utf8") === current;
  if (!existsSync(join(SITE, "index.html")) || !fresh)
    throw new Error(
      `${SITE} is missing or older than the contract or guides: run \`npm run docs\`.`,
    );
  stub = await startStub({ seed: false, throttle: false, docsDir: SITE });
  browser = await launchChromium();
  page = await openDocs();
}, 60_000);

/** A tab on /docs in a context of its own (Redoc keeps sidebar state in storage), offline. */
async function openDocs(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === stub.url || url.protocol === "data:") return route.continue();
    outside.push(url.href);
    return route.abort("blockedbyclient");
  });
  const tab = await context.newPage();
  tab.on("pageerror", (error) => pageErrors.push(error.message));
  // As a reader would: /docs redirects to /docs/, the Redoc page.
  await tab.goto(`${stub.url}/docs`);
  await tab.getByText("Search Ctrl+K").waitFor();
  return tab;
}

/** Back on the API reference's home from wherever the tests before left the tab. */
async function backToReference() {
  await page.goto(`${stub.url}/docs/`);
  await page.getByText("Search Ctrl+K").waitFor();
}

afterAll(async () => {
  await browser?.close();
  await stub?.close();
});

const SDK_CALL = /(bedrock|Bedrock)\.[\w.]+\(/;

/** Whether an operation's heading shows, and a samples panel with its SDK call in TypeScript. */
function rendered({ summary, call }: { summary: string; call: string }) {
  const headings = [...document.querySelectorAll("h2")].map((h2) => h2.textContent);
  const panels = [...document.querySelectorAll(".panel-request-samples")].map(
    (panel) => panel.textContent ?? "",
  );
  return (
    headings.includes(summary) &&
    panels.some((panel) => panel.includes(call) && panel.includes("TypeScript SDK"))
  );
}

/** Opens a tag from the sidebar; resolves to its entries there once they include `expected`. */
async function openTag(page: Page, tag: string, expected: string[]): Promise<Map<string, string>> {
  const entry = page.locator("a", { has: page.locator(`span[data-text="${tag}"]`) }).first();
  const route = await entry.getAttribute("href"); // "/agents"
  await entry.click();
  await page.locator("h2", { hasText: tag }).first().waitFor();
  const links = page.locator(`a[href^="#${route}/"]`);
  let entries = new Map<string, string>();
  await expect
    .poll(
      async () => {
        const found = await links.evaluateAll((anchors) =>
          anchors.map((a) => [a.textContent ?? "", a.getAttribute("href") ?? ""] as const),
        );
        entries = new Map(found);
        return expected.filter((label) => !entries.has(label));
      },
      { timeout: 10_000 },
    )
    .toEqual([]);
  return entries;
}

/** A tag opens from the sidebar, which lists its operations; each renders with its samples. */
async function checkTag(page: Page, tag: string) {
  const operations = operationsOf(contract).filter(({ operation }) => operation.tags[0] === tag);
  // A sidebar entry reads "<summary><method>", e.g. "Run an agentpost".
  const label = ({ method, operation }: (typeof operations)[number]) =>
    `${operation.summary}${method}`;
  const links = await openTag(page, tag, operations.map(label));
  for (const entry of operations) {
    const { operationId, summary } = entry.operation;
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      links.get(label(entry)) ?? "",
    );
    // Its heading, and its samples panel showing the SDK call (e.g. `bedrock.agents.run(`).
    const call = samples[operationId]?.typescript.match(SDK_CALL)?.[0] ?? "";
    const shown = await page.waitForFunction(rendered, { summary, call }, { timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    expect(shown, `${operationId}: heading and samples`).toBe(true);
  }
}

describe("the docs site", () => {
  it("opens on the API reference, linking every guide and the SDK reference", async () => {
    expect(await page.title()).toBe(contract.info.title);
    await page.screenshot({ path: screenshot("home.png") });
    for (const href of [...GUIDES.map((guide) => `guides/${guide}.html`), "sdk/index.html"])
      expect(await page.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0);
  });

  it("renders every tag, and every operation with its TypeScript and curl samples", async () => {
    // Two tabs share the tags: Redoc takes a while to render each operation (minutes on a loaded
    // machine, so the generous timeout).
    const second = await openDocs();
    await Promise.all(
      [page, second].map(async (tab, index) => {
        for (const { name } of tags.filter((_, i) => i % 2 === index)) await checkTag(tab, name);
      }),
    );
    await second.context().close();
    await page.screenshot({ path: screenshot("operation.png") });
  }, 180_000);

  it("finds an operation by its summary", async () => {
    const { summary } = contract.paths["/api/agents/{id}/run/"].post;
    await page.getByText("Search Ctrl+K").click();
    await page.locator('input[placeholder="Search docs..."]').fill(summary);
    const result = page.getByText(summary, { exact: true }).first();
    await result.waitFor();
    await page.screenshot({ path: screenshot("search.png") });
    await result.click();
    await page.locator("h2", { hasText: summary }).first().waitFor();
    expect(new URL(page.url()).hash).toBe("#/agents/runagent");
  });

  it("serves the guides", async () => {
    await page.evaluate(() => {
      location.hash = "#/";
    });
    // The first guide from the API reference, the others from the guides' navigation.
    await page.locator(`a[href="guides/${GUIDES[0]}.html"]`).first().click();
    for (const [index, { name, title }] of readGuides().entries()) {
      if (index > 0) await page.locator(`nav a[href="${name}.html"]`).click();
      expect(await page.locator("main h1").textContent()).toBe(title);
      expect(await page.title()).toBe(`${title} · Bedrock docs`);
    }
    await page.screenshot({ path: screenshot("guide.png") });
  });

  it("serves the SDK reference", async () => {
    // TypeDoc writes nothing when an export lacks documentation (`npm run docs` then fails).
    expect(existsSync(join(SITE, "sdk", "index.html")), "docs/site/sdk/index.html").toBe(true);
    await page.locator('nav a[href="../sdk/index.html"]').click();
    await page.getByRole("heading", { name: "@bedrock/sdk" }).waitFor();
    expect(await page.title()).toMatch(/@bedrock\/sdk/);
    await page.screenshot({ path: screenshot("sdk.png") });
  });

  it("shows the URL the stub is served on, whatever its port, and curl samples that read BEDROCK_BASE_URL", async () => {
    // The stub listens on a free port, not the contract's 127.0.0.1:8000.
    await backToReference();
    await page.getByText(stub.url, { exact: true }).first().waitFor({ state: "attached" });
    const hardCoded = await page.evaluate(() => {
      const page = document.getElementById("redoc") ?? document.body;
      const texts = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = texts.nextNode(); node; node = texts.nextNode())
        if (node.nodeValue?.includes("127.0.0.1:8000") && !node.parentElement?.closest("code"))
          found.push(node.nodeValue.slice(0, 200));
      return found;
    });
    expect(hardCoded).toEqual([]);
    expect(samples.listTemplates?.curl).toMatch(/^curl \$BEDROCK_BASE_URL\/api\/templates\//);
  }, 60_000);

  it("shows server descriptions as plain text (Redoc renders no Markdown there)", () => {
    for (const { description = "" } of contract.servers as { description?: string }[])
      expect(description).not.toMatch(/[`*_[\]<>]/);
  });

  it("wraps code in tables only between words", async () => {
    await backToReference();
    await page.locator("td code").first().waitFor();
    // Narrow, as on a laptop with the sidebar open: the tables' columns get tight.
    await page.setViewportSize({ width: 900, height: 900 });
    // A wrapped inline element has one box per line: a word on two lines is a mid-word break.
    const broken = await page
      .locator("td code")
      .evaluateAll((codes) =>
        codes
          .filter((code) => !/\s/.test(code.textContent ?? "") && code.getClientRects().length > 1)
          .map((code) => code.textContent),
      );
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(broken).toEqual([]);
  }, 60_000);

  it("lists the guides at /docs/guides/", async () => {
    const response = await fetch(`${stub.url}/docs/guides/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const { name, title } of readGuides())
      expect(html).toContain(`<a href="${name}.html">${title}</a>`);
  });

  it("loaded nothing from another host and threw no error", () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

function screenshot(name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}
