// Lists read from per-organization indexes in creation order, so a page costs about a page:
// the pages must still be exactly the caller's rows, oldest (or newest) first, whatever the
// order rows were inserted in and however an organization's rows interleave with shared ones.
import { describe, expect, it } from "vitest";
import { createStubServer } from "../../src/stub";
import { type Data, type Row, rowId } from "../../src/stub/store";
import { type Call, newOrganization, stubFor } from "./helpers";

const { call } = await stubFor();

/** Every page of a list, `size` at a time, as ids, following `next`. */
async function walk(call: Call, auth: string, path: string, size: number) {
  const ids: string[] = [];
  let url: string | null = `${path}${path.includes("?") ? "&" : "?"}page_size=${size}`;
  while (url) {
    const page = await call("GET", url.replace(/^https?:\/\/[^/]+/, ""), { auth });
    expect(page.status).toBe(200);
    ids.push(...page.body.results.map((row: { id: string }) => row.id));
    url = page.body.next;
  }
  return ids;
}

describe("lists from per-organization indexes", () => {
  it("pages through exactly the caller's rows, oldest or newest first, while other organizations write", async () => {
    const [mine, theirs] = [await newOrganization(call), await newOrganization(call)];
    const created: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await call("POST", "/api/adapter-state/notifications/", {
        auth: mine.key,
        body: { title: `n${i}` },
      });
      created.push(res.body.id);
      await call("POST", "/api/adapter-state/notifications/", {
        auth: theirs.key,
        body: { title: `theirs ${i}` },
      });
    }
    // a deleted row leaves no gap
    await call("DELETE", `/api/adapter-state/notifications/${created[5]}/`, { auth: mine.key });
    const expected = created.filter((_, i) => i !== 5);
    for (const size of [1, 5, 11, 100]) {
      expect(await walk(call, mine.key, "/api/adapter-state/notifications/", size)).toEqual(
        expected,
      );
      expect(
        await walk(call, mine.key, "/api/adapter-state/notifications/?ordering=-created_at", size),
      ).toEqual([...expected].reverse());
    }
  });

  it("merges shared rows (built-in adapters) with the organization's own, in creation order", async () => {
    const { key } = await newOrganization(call);
    const builtins = await walk(call, key, "/api/adapters/", 100);
    const own: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call("POST", "/api/adapters/", {
        auth: key,
        body: { name: `a${i}`, kind: "http" },
      });
      own.push(res.body.id);
    }
    for (const size of [1, 2, 3, 7])
      expect(await walk(call, key, "/api/adapters/", size)).toEqual([...builtins, ...own]);
    expect(await walk(call, key, "/api/adapters/?ordering=-created_at", 2)).toEqual(
      [...builtins, ...own].reverse(),
    );
  });

  it("slices a merge of interleaved organizations exactly as a full sort would", async () => {
    const { store } = await createStubServer({ seed: false });
    const org = "00000000-0000-4000-8000-00000000000a";
    // rows inserted out of creation order, an organization's interleaved with shared ones
    const times = [5, 1, 9, 3, 3, 7, 0, 8, 2, 6, 4, 10, 1];
    times.forEach((second, i) => {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
      const data = { id, name: `p${i}`, created_at: at, updated_at: at } as Data<"Project">;
      store.insert("Project", i % 3 === 0 ? null : org, data);
    });
    store.delete("Project", "00000000-0000-4000-8000-000000000004");
    const everything = store.rows("Project").filter((row) => row.org === org || row.org === null);
    const order = (rows: Row[]) => rows.map(rowId);
    const sorted = [...everything].sort(
      (a, b) => Date.parse(a.data.created_at) - Date.parse(b.data.created_at) || a.seq - b.seq,
    );
    expect(order(everything)).toEqual(order(sorted));
    for (const newestFirst of [false, true]) {
      const view = store.view("Project", { orgs: [org, null], newestFirst });
      const expected = newestFirst ? [...sorted].reverse() : sorted;
      expect(view.count).toBe(expected.length);
      for (let start = 0; start <= expected.length; start++)
        for (const length of [1, 2, 5])
          expect(order(view.slice(start, start + length)), `${start}+${length}`).toEqual(
            order(expected.slice(start, start + length)),
          );
    }
  });
});
