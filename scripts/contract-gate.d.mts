// Types of scripts/contract-gate.mjs, for the gate's tests.
export const RELEASED: string;
/** The gate's `--help`: how a changeset names a breaking change. */
export const HELP: string;

export type BreakingKind =
  | "operation-removed"
  | "security-dropped"
  | "status-changed"
  | "media-removed"
  | "field-removed"
  | "field-optional"
  | "required-added"
  | "enum-value-removed"
  | "type-narrowed"
  | "bound-narrowed"
  | "unsupported-change";

export interface BreakingChange {
  kind: BreakingKind;
  /** Where: `POST /api/templates/ body.name`, `securitySchemes.ApiKeyAuth`, … */
  where: string;
  message: string;
  /**
   * What a changeset names to acknowledge it: alternatives, each the names one **Breaking** item
   * must all give in backticks (`[["AgentRequest.tags"]]`, `[["POST /api/templates/", "ApiKeyAuth"]]`).
   */
  names: string[][];
}

/** A pending changeset that releases this package. */
export interface PendingChangeset {
  /** Its file name without `.md`. */
  id: string;
  bump: "major" | "minor" | "patch";
  /** Its text, the changelog entry. */
  summary: string;
}

export interface AcknowledgedChange extends BreakingChange {
  /** The changeset that names it and takes the breaking step; undefined when none does. */
  namedIn: string | undefined;
  /** When none does: the changesets that name it but take a smaller step. */
  namedOnlyIn?: string[];
}

/** Every change from `base` (the released contract) to `head` that breaks apps built on `base`. */
export function breakingChanges(base: unknown, head: unknown): BreakingChange[];
/** Whether `released` → `next` is a breaking step: a major one, or a minor one before 1.0. */
export function isBreakingStep(released: string, next: string): boolean;
/** package.json's version, the next release's as the pending changesets make it, and those changesets. */
export function nextVersion(cwd?: string): Promise<{
  current: string;
  next: string;
  bump: string | undefined;
  changesets: PendingChangeset[];
}>;
/** The **Breaking** items of a changeset's text, each as the text it spans. */
export function breakingItems(summary: string): string[];
/** Each change with the pending changeset that names it. */
export function acknowledge(
  changes: BreakingChange[],
  changesets: PendingChangeset[],
  contracts: { released: unknown; contract: unknown },
): AcknowledgedChange[];
/** How a change reads in the gate's output: what to name, what broke, where. */
export function describe(change: BreakingChange): string;
/** The gate's verdict: problems (empty = pass) and the breaking changes found. */
export function gate(options: {
  released: { info: { version: string } };
  contract: { info: { version: string } };
  packageVersion: string;
  next: string;
  changesets?: PendingChangeset[];
}): { problems: string[]; changes: AcknowledgedChange[] };
