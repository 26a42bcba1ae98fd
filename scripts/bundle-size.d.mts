// Types of scripts/bundle-size.mjs, for the size test.
export const SIZE_BUDGET: number;
export const EXPORTS_BUDGET: number;
export const OPT_IN_EXPORTS: string[];

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
export function mainEntryApp(entry: string): Promise<string>;
export function moduleShares(source: string): Promise<{ path: string; gzip: number }[]>;
export function mainEntryProblems(bundle: BrowserBundle, budget?: number): string[];
