import { BedrockError, throwIfAborted } from "./errors";
import { APIPromise, type WithResponse } from "./promise";

/** The part of a DRF page the walk needs: `{ count, next, previous, results }`. */
export interface PageShape {
  results: readonly unknown[];
  next?: string | null;
}

type Item<P extends PageShape> = P["results"][number];

/** A page as {@link PagePromise.pages} gives it: its fields, and the response it came in. */
export type PageWithResponse<P extends PageShape> = P & Omit<WithResponse<P>, "data">;

/** How many items {@link PagePromise.toArray} collects at most. */
export interface ToArrayOptions {
  /** At most this many items (a whole number ≥ 1): no list is loaded whole by accident. */
  limit: number;
}

/** A list query, as read back from a page's `next` URL. */
export type PageQuery = Record<string, string | string[]>;

/**
 * What `list()` returns. `await` it for the first page (`{ results, count, next, previous }`),
 * or walk every item of every page with `for await`, which follows `next` one request at a
 * time; {@link PagePromise.pages} walks the pages, {@link PagePromise.toArray} collects up to a
 * limit. Breaking out of a loop sends no further request; when the call's `signal` aborts,
 * the walk stops and throws an {@link APIUserAbortError} (the signal's reason as its `cause`).
 */
export class PagePromise<P extends PageShape>
  extends APIPromise<P>
  implements AsyncIterable<Item<P>>
{
  readonly #fetchPage: (query: PageQuery) => APIPromise<P>;
  readonly #signal: AbortSignal | undefined;

  constructor(
    first: APIPromise<P>,
    fetchPage: (query: PageQuery) => APIPromise<P>,
    signal?: AbortSignal,
  ) {
    super(first.withResponse());
    this.#fetchPage = fetchPage;
    this.#signal = signal;
  }

  /** Walks every item of every page, requesting a page only once the previous one is used up. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item<P>, void, undefined> {
    for await (const page of this.pages())
      for (const item of page.results as readonly Item<P>[]) {
        throwIfAborted(this.#signal);
        yield item;
      }
  }

  /** The pages from this one on, fetched as the loop asks for them. */
  async *pages(): AsyncGenerator<PageWithResponse<P>, void, undefined> {
    let result = await this.withResponse();
    for (;;) {
      const { data, response, requestId, rateLimit } = result;
      yield { ...data, response, requestId, rateLimit };
      if (!data.next) return;
      throwIfAborted(this.#signal);
      result = await this.#fetchPage(queryOf(data.next)).withResponse();
    }
  }

  /**
   * The items from this page on, following `next`, until `limit` items (requesting no page
   * beyond it) or the end of the list.
   *
   * ```ts
   * const recent = await bedrock.agents.list({ ordering: "-created_at" }).toArray({ limit: 50 });
   * ```
   */
  async toArray({ limit }: ToArrayOptions): Promise<Item<P>[]> {
    if (!(Number.isInteger(limit) && limit >= 1))
      throw new BedrockError(`\`limit\` must be a whole number ≥ 1, got ${String(limit)}.`);
    const items: Item<P>[] = [];
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}

function queryOf(url: string): PageQuery {
  const query: PageQuery = {};
  for (const [key, value] of new URL(url, "http://localhost").searchParams) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [seen, value].flat();
  }
  return query;
}
