import { describe, expect, test } from "vitest";
import { client, page } from "./mock-fetch";

const next = (n: number) => `http://internal:8000/api/agents/?page=${n}&page_size=2&status=idle`;
const agent = (id: number) => ({ id: `a${id}` });
const threePages = () => [
  page([agent(1), agent(2)], next(2)),
  page([agent(3), agent(4)], next(3)),
  page([agent(5)]),
];

describe("list()", () => {
  test("await gives the first page", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    const first = await bedrock.agents.list({ page_size: 2, status: "idle" });
    expect(first).toEqual({
      count: 2,
      next: next(2),
      previous: null,
      results: [agent(1), agent(2)],
    });
    expect(fetch).toHaveBeenCalledOnce();
  });

  test("withResponse on a list", async () => {
    const { bedrock } = client({}, ...threePages());
    const { data, response } = await bedrock.agents.list().withResponse();
    expect(data.results).toHaveLength(2);
    expect(response.ok).toBe(true);
  });

  test("for await walks every item of every page, following next's query on the client's base URL", async () => {
    const { bedrock, requests } = client({}, ...threePages());
    const ids: string[] = [];
    for await (const item of bedrock.agents.list({ page_size: 2, status: "idle" }))
      ids.push(item.id);
    expect(ids).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    expect(requests.map((r) => r.request.url)).toEqual([
      "https://bedrock.test/api/agents/?page_size=2&status=idle",
      "https://bedrock.test/api/agents/?page=2&page_size=2&status=idle",
      "https://bedrock.test/api/agents/?page=3&page_size=2&status=idle",
    ]);
    expect(requests.every((r) => r.request.headers.has("authorization"))).toBe(true);
  });

  test("awaiting first and walking after reuses the first page", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    const list = bedrock.agents.list();
    await list;
    let n = 0;
    for await (const _ of list) n++;
    expect(n).toBe(5);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test("breaking out of the loop sends no further request", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    for await (const item of bedrock.agents.list()) {
      if (item.id === "a2") break;
    }
    expect(fetch).toHaveBeenCalledOnce();
  });

  test("an abort mid-walk stops it with the signal's reason, without further requests", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    const controller = new AbortController();
    const ids: string[] = [];
    const walk = async () => {
      for await (const item of bedrock.agents.list({}, { signal: controller.signal })) {
        ids.push(item.id);
        if (item.id === "a3") controller.abort(new Error("enough"));
      }
    };
    await expect(walk()).rejects.toThrow("enough");
    expect(ids).toEqual(["a1", "a2", "a3"]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("an abort at a page boundary sends no request for the next page", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    const controller = new AbortController();
    const walk = async () => {
      for await (const item of bedrock.agents.list({}, { signal: controller.signal })) {
        if (item.id === "a2") controller.abort();
      }
    };
    await expect(walk()).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch).toHaveBeenCalledOnce();
  });

  test("repeated query keys survive the next URL", async () => {
    const { bedrock, requests } = client(
      {},
      page([agent(1)], "https://bedrock.test/api/agents/?tag=a&tag=b&page=2"),
      page([]),
    );
    for await (const _ of bedrock.agents.list()) {
    }
    expect(requests[1]?.request.url).toBe("https://bedrock.test/api/agents/?tag=a&tag=b&page=2");
  });
});
