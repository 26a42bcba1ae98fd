// Pagination, DRF's PageNumberPagination: `count` counts them all, `next`/`previous` are absolute
// URLs walking the pages, oldest first unless `ordering=-created_at`, `page_size` defaults and is
// bounded as the contract's parameter says, a page past the end is a 404. Every list keeps the bounds.
import { expect, expectStatus } from "../check";
import type { Check, Kit } from "../context";
import {
  OPERATION_IDS,
  type OperationId,
  operations,
  parametersOf,
  type Schema,
} from "../contract";
import type { Exchange } from "../http";
import type { Org } from "../world";
import { credentialFor, hasId } from "./common";

const group = "pagination";
const SMALL = 5;

function pageSizeOf(op: OperationId) {
  const schema = (parametersOf(op).find((p) => p.name === "page_size")?.schema ?? {}) as Schema;
  return {
    min: typeof schema.minimum === "number" ? schema.minimum : 1,
    max: typeof schema.maximum === "number" ? schema.maximum : undefined,
    fallback: typeof schema.default === "number" ? schema.default : undefined,
  };
}

/** An organization with `SMALL` templates, made one after the other, and their ids in that order. */
function paged(kit: Kit) {
  return kit.world.once("pagination", async () => {
    const org = await kit.world.org("pagination");
    const ids: string[] = [];
    for (let i = 0; i < SMALL; i++)
      ids.push((await kit.world.create("createTemplate", org.key)).body.id);
    return { org, ids };
  });
}

/** Follows a `next`/`previous` link: an absolute URL, on the server's base. */
function follow(kit: Kit, org: Org, link: string): Promise<Exchange> {
  const url = new URL(link);
  const base = kit.http.baseUrl.replace(/\/$/, "");
  const path = link.startsWith(base) ? link.slice(base.length) : url.pathname + url.search;
  return kit.http.send("GET", path, { as: org.key }, "listTemplates");
}

const idsOf = (x: Exchange) => (x.body?.results ?? []).map((r: { id: string }) => r.id) as string[];

function check(name: string, run: (kit: Kit, org: Org, ids: string[]) => Promise<void>): Check {
  return {
    group,
    name,
    run: async (kit) => {
      const { org, ids } = await paged(kit);
      await run(kit, org, ids);
    },
  };
}

const walk: Check[] = [
  check(
    `count counts every object; next and previous walk ${SMALL} objects 2 a page`,
    async (kit, org, ids) => {
      const pages: Exchange[] = [];
      let x = expectStatus(
        await kit.http.call("listTemplates", { as: org.key, query: { page_size: 2 } }),
        200,
        "a list answers 200",
      );
      expect(x.body.previous === null, "the first page has no previous", x);
      for (;;) {
        pages.push(x);
        expect(
          x.body.count === SMALL,
          `count is the number of objects in the whole list (${SMALL})`,
          x,
        );
        if (x.body.next === null) break;
        expect(/^https?:\/\//.test(x.body.next), "next is an absolute URL", x);
        expect(pages.length < 10, "next ends (null on the last page)", x);
        x = expectStatus(await follow(kit, org, x.body.next), 200, "next leads to the next page");
      }
      expect(
        pages.length === Math.ceil(SMALL / 2),
        `${SMALL} objects 2 a page make ${Math.ceil(SMALL / 2)} pages`,
        x,
      );
      expect(
        JSON.stringify(pages.flatMap(idsOf)) === JSON.stringify(ids),
        "the pages hold every object once, oldest first",
        x,
      );
      expect(/^https?:\/\//.test(x.body.previous ?? ""), "previous is an absolute URL", x);
      const back = expectStatus(
        await follow(kit, org, x.body.previous),
        200,
        "previous leads to the page before",
      );
      expect(
        JSON.stringify(idsOf(back)) === JSON.stringify(idsOf(pages.at(-2) as Exchange)),
        "previous is the page before",
        back,
      );
    },
  ),
  check("ordering=-created_at lists newest first", async (kit, org, ids) => {
    const x = await kit.http.call("listTemplates", {
      as: org.key,
      query: { ordering: "-created_at" },
    });
    expect(
      JSON.stringify(idsOf(expectStatus(x, 200, "a list answers 200"))) ===
        JSON.stringify([...ids].reverse()),
      "ordering=-created_at gives newest first",
      x,
    );
  }),
  check("a page past the end → 404", async (kit, org) => {
    expectStatus(
      await kit.http.call("listTemplates", { as: org.key, query: { page: 99, page_size: 100 } }),
      404,
      "a page that does not exist is a 404",
    );
  }),
  check("page_size defaults as the contract says", async (kit, org) => {
    const { fallback } = pageSizeOf("listTemplates");
    if (fallback === undefined) return;
    const { ids } = await paged(kit);
    for (let i = ids.length; i <= fallback; i++) await kit.world.create("createTemplate", org.key);
    const x = expectStatus(
      await kit.http.call("listTemplates", { as: org.key }),
      200,
      "a list answers 200",
    );
    expect(
      x.body.results.length === fallback && x.body.next !== null,
      `without page_size a page holds ${fallback} objects`,
      x,
    );
  }),
];

function bounds(op: OperationId): Check {
  const { min, max } = pageSizeOf(op);
  return {
    group,
    name: `${op}: page_size ${min} gives one page of at most ${min}${max ? `, ${max + 1} → 400` : ""}`,
    async run(kit) {
      const as = credentialFor(op, await kit.world.org("A"));
      const x = expectStatus(
        await kit.http.call(op, { as, query: { page_size: min } }),
        200,
        "a list answers 200",
      );
      expect(x.body.results.length <= min, `a page holds at most page_size (${min}) objects`, x);
      expect(x.body.count >= x.body.results.length, "count is at least the objects on the page", x);
      const below = await kit.http.call(op, { as, query: { page_size: min - 1 } });
      expectStatus(below, 400, `page_size is at least ${min}`);
      if (max === undefined) return;
      const above = await kit.http.call(op, { as, query: { page_size: max + 1 } });
      expectStatus(above, 400, `page_size is at most ${max}`);
      expect(Array.isArray(above.body?.page_size), "the 400 names page_size", above);
    },
  };
}

export function paginationChecks(): Check[] {
  const lists = OPERATION_IDS.filter(
    (op) =>
      operations[op].method === "GET" &&
      !hasId(op) &&
      parametersOf(op).some((p) => p.name === "page_size"),
  );
  return [...walk, ...lists.map(bounds)];
}
