import { APIPromise } from "./promise";

/** The part of a DRF page the walk needs: `{ count, next, previous, results }`. */
export interface PageShape {
  results: readonly unknown[];
  next?: string | null;
}

type Item<P extends PageShape> = P["results"][number];

/** A list query, as read back from a page's `next` URL. */
export type PageQuery = Record<string, string | string[]>;

/**
 * What `list()` returns. `await` it for the first page (`{ results, count, next, previous }`),
 * or walk every item of every page with `for await`, which follows `next` one request at a
 * time. Breaking out of the loop sends no further request; when the call's `signal` aborts,
 * the walk stops and throws the signal's reason.
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
    let page: P = await this;
    for (;;) {
      for (const item of page.results as readonly Item<P>[]) {
        this.#signal?.throwIfAborted();
        yield item;
      }
      if (!page.next) return;
      this.#signal?.throwIfAborted();
      // The next URL's query, sent to the same operation: the client's base URL, credentials and retries apply.
      page = await this.#fetchPage(queryOf(page.next));
    }
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
