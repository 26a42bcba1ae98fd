import { requestIdOf } from "./errors";
import { type RateLimit, readRateLimit } from "./rate-limit";

/** A call's data together with the HTTP response it came from. */
export interface WithResponse<T> {
  /** What awaiting the call resolves to: the parsed body (`undefined` for a 204). */
  data: T;
  /** The final response (after retries); its body has been read. */
  response: Response;
  /** The `X-Request-Id` header: quote it when reporting a problem. */
  requestId: string | undefined;
  /** The quota the response announced (`RateLimit`, `RateLimit-Policy`), when it did. */
  rateLimit: RateLimit | undefined;
}

/** A {@link WithResponse} whose header-derived fields are read only when asked for. */
export class ResponseInfo<T> implements WithResponse<T> {
  declare readonly data: T;
  declare readonly response: Response;

  constructor(data: T, response: Response) {
    this.data = data;
    this.response = response;
  }

  get requestId(): string | undefined {
    return requestIdOf(this.response.headers);
  }

  get rateLimit(): RateLimit | undefined {
    return readRateLimit(this.response.headers);
  }
}

/**
 * What every SDK method returns: `await` it for the data, or call {@link APIPromise.withResponse}
 * for the data with its `Response` and request id. The request starts at once, like any promise.
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  /** The data with its `Response` and request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  // biome-ignore lint/suspicious/noThenProperty: it is a promise-like by design.
  then<R1 = T, R2 = never>(
    onfulfilled?: ((data: T) => R1 | PromiseLike<R1>) | null,
    // biome-ignore lint/suspicious/noExplicitAny: as Promise's, so `(error: APIError) => …` handlers fit.
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result.then(
      (result) => (onfulfilled ? onfulfilled(result.data) : (result.data as unknown as R1)),
      onrejected,
    );
  }

  /** As `Promise.catch`; `onrejected` gets a {@link BedrockError} (an {@link APIUserAbortError} when the call's `signal` aborted it). */
  catch<R = never>(
    // biome-ignore lint/suspicious/noExplicitAny: as Promise's, so `(error: APIError) => …` fits.
    onrejected?: ((reason: any) => R | PromiseLike<R>) | null,
  ): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  /** As `Promise.finally`: runs `onfinally` once the call settles, either way. */
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** `"APIPromise"`, so `Object.prototype.toString` tells it from a native `Promise`. */
  get [Symbol.toStringTag](): string {
    return "APIPromise";
  }
}
