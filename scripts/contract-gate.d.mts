// Types of scripts/contract-gate.mjs, for the gate's tests.
export const RELEASED: string;

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
}

/** Every change from `base` (the released contract) to `head` that breaks apps built on `base`. */
export function breakingChanges(base: unknown, head: unknown): BreakingChange[];
/** Whether `released` → `next` is a breaking step: a major one, or a minor one before 1.0. */
export function isBreakingStep(released: string, next: string): boolean;
/** package.json's version, and the next release's as the pending changesets make it. */
export function nextVersion(
  cwd?: string,
): Promise<{ current: string; next: string; bump: string | undefined }>;
/** The gate's verdict: problems (empty = pass) and the breaking changes found. */
export function gate(options: {
  released: { info: { version: string } };
  contract: { info: { version: string } };
  packageVersion: string;
  next: string;
}): { problems: string[]; changes: BreakingChange[] };
