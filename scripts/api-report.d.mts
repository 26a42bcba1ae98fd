// Types of scripts/api-report.mjs, for the API report test.
export const ENTRIES: { entry: string; report: string }[];
export const REPORT_FOLDER: string;

/** Emits the declarations of src/ into `out`; returns the folder that mirrors src/. */
export function emitDeclarations(out: string): string;
/** Runs API Extractor; returns the report files that differ (`check`) or changed. */
export function apiReport(options: {
  dts: string;
  check: boolean;
  reportFolder?: string;
  temp?: string;
}): string[];
