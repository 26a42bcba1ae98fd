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

  test("an abort mid-walk stops it with an APIUserAbortError, without further requests", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    const controller = new AbortController();
    const ids: string[] = [];
    const walk = async () => {
      for await (const item of bedrock.agents.list({}, { signal: controller.signal })) {
        ids.push(item.id);
        if (item.id === "a3") controller.abort(new Error("enough"));
      }
    };
    await expect(walk()).rejects.toMatchObject({
      name: "APIUserAbortError",
      cause: new Error("enough"),
    });
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
    await expect(walk()).rejects.toMatchObject({
      name: "APIUserAbortError",
      cause: { name: "AbortError" },
    });
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

describe("toArray({ limit })", () => {
  test("collects items across pages up to the limit, requesting no page beyond it", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    const items = await bedrock.agents.list({ page_size: 2 }).toArray({ limit: 3 });
    expect(items.map((a) => a.id)).toEqual(["a1", "a2", "a3"]);
    expect(fetch).toHaveBeenCalledTimes(2);
    const exact = client({}, ...threePages());
    expect(await exact.bedrock.agents.list().toArray({ limit: 2 })).toHaveLength(2);
    expect(exact.fetch).toHaveBeenCalledTimes(1);
  });

  test("stops at the end of the list under the limit", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    expect(await bedrock.agents.list().toArray({ limit: 100 })).toHaveLength(5);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, undefined])(
    "refuses limit %s with a BedrockError naming it",
    async (limit) => {
      const { bedrock } = client({}, ...threePages());
      await expect(bedrock.agents.list().toArray({ limit: limit as number })).rejects.toThrow(
        /^`limit` must be a whole number ≥ 1, got /,
      );
    },
  );
});

describe("pages()", () => {
  test("walks the pages with count, results, the response, its request id and quota", async () => {
    const headers = {
      "X-Request-Id": "req_p",
      RateLimit: '"default";r=7;t=1',
      "RateLimit-Policy": '"default";q=10;w=1',
    };
    const pages = threePages().map(
      (reply, n) =>
        new Response(reply.body, { headers: { ...headers, "X-Request-Id": `req_${n + 1}` } }),
    );
    const { bedrock, fetch } = client({}, ...pages);
    const seen = [];
    for await (const page of bedrock.agents.list({ page_size: 2 }).pages()) {
      seen.push([page.count, page.results.map((a) => a.id), page.response.status, page.requestId]);
      expect(page.rateLimit).toEqual({
        policy: "default",
        remaining: 7,
        resetSeconds: 1,
        limit: 10,
        windowSeconds: 1,
      });
    }
    expect(seen).toEqual([
      [2, ["a1", "a2"], 200, "req_1"],
      [2, ["a3", "a4"], 200, "req_2"],
      [1, ["a5"], 200, "req_3"],
    ]);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test("breaking out sends no further request; an abort stops the walk", async () => {
    const { bedrock, fetch } = client({}, ...threePages());
    for await (const _ of bedrock.agents.list().pages()) break;
    expect(fetch).toHaveBeenCalledTimes(1);
    const controller = new AbortController();
    const aborted = client({}, ...threePages());
    const walk = async () => {
      for await (const _ of aborted.bedrock.agents.list({}, { signal: controller.signal }).pages())
        controller.abort(new Error("enough"));
    };
    await expect(walk()).rejects.toMatchObject({
      name: "APIUserAbortError",
      cause: new Error("enough"),
    });
    expect(aborted.fetch).toHaveBeenCalledTimes(1);
  });
});

describe("rate-limit information", () => {
  test("withResponse() gives the announced quota, and none when the server sends none", async () => {
    const headers = { RateLimit: '"default";r=199;t=1', "RateLimit-Policy": '"default";q=200;w=2' };
    const { bedrock } = client({}, new Response('{"id":"a1"}', { headers }), page([]));
    const { rateLimit } = await bedrock.agents.get("a1").withResponse();
    expect(rateLimit).toEqual({
      policy: "default",
      remaining: 199,
      resetSeconds: 1,
      limit: 200,
      windowSeconds: 2,
    });
    expect((await bedrock.agents.list().withResponse()).rateLimit).toBeUndefined();
  });
});
