// Types of scripts/bundle-size.mjs, for the size test.
export const SIZE_BUDGET: number;

export interface BrowserBundle {
  /** Bytes of the minified bundle. */
  minified: number;
  /** Bytes of the minified bundle, gzipped. */
  gzip: number;
  /** Files in the bundle with their minified bytes, largest first (repository-relative paths). */
  inputs: { path: string; bytes: number }[];
  /** Node builtins the bundle imports (left out of it). */
  nodeImports: string[];
}

export function browserBundle(source: string): Promise<BrowserBundle>;
export function packageOf(path: string): string | undefined;
export function mainEntryProblems(bundle: BrowserBundle): string[];
