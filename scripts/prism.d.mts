// Types of scripts/prism.mjs, for the contract tests.

/** The bundled contract (src/generated/openapi.json), the path Prism reads. */
export const CONTRACT: string;

export interface Prism {
  url: string;
  /** The pinned Prism CLI's version. */
  version: string;
  /** Everything Prism printed, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

/** A loopback port free at the time of asking. */
export function freePort(): Promise<number>;
/** `startPrism(["mock", CONTRACT])` or `startPrism(["proxy", CONTRACT, upstream, "--errors"])`. */
export function startPrism(args: string[], timeoutMs?: number): Promise<Prism>;
