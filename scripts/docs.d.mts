// Types of scripts/docs.mjs, for the docs tests.
export const CONTRACT: string;
export const SITE: string;
export const BUILD: string;
export const TS_OUT: string;
export const GUIDES: string[];
/** The languages a guide's code blocks may name; only `ts` blocks are type-checked and run. */
export const CODE_LANGUAGES: string[];

/** The bundled contract (src/generated/openapi.json), as parsed JSON. */
// biome-ignore lint/suspicious/noExplicitAny: the contract is untyped JSON here.
export type Contract = any;
export interface OperationEntry {
  path: string;
  method: "get" | "post" | "put" | "patch" | "delete";
  // biome-ignore lint/suspicious/noExplicitAny: an OpenAPI operation object.
  operation: any;
}
export interface Guide {
  name: string;
  title: string;
  markdown: string;
  blocks: string[];
}

export function loadContract(): Contract;
export function operationsOf(contract: Contract): OperationEntry[];
export function sdkMethod(entry: OperationEntry): {
  receiver: string;
  method: string;
  session?: boolean;
  argument?: string;
  camelBody?: boolean;
};
export function codeSamples(
  contract: Contract,
): Record<string, { typescript: string; curl: string }>;
export function samplesModule(contract: Contract, options?: { sdk?: string }): string;
export function enrichContract(contract: Contract, guides: Guide[]): Contract;
export function readGuides(): Guide[];
export function writeTypeScript(contract?: Contract, guides?: Guide[]): void;
export function buildSite(): void;
/** A guide's Markdown as HTML; throws on a code block in a language not in CODE_LANGUAGES. */
export function renderMarkdown(markdown: string, source?: string): string;
/** A page's heading ids as GitHub gives them: call the result with each heading's text in order. */
export function headingIds(): (text: string) => string;
