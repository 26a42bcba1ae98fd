// The groups of checks, in the order they run; `--only` picks some by name.
import type { Check } from "../check";
import type { Kit } from "../kit";
import { authChecks } from "./auth";
import { errorChecks } from "./errors";
import { isolationChecks } from "./isolation";
import { roleChecks } from "./roles";

export const GROUPS: Record<string, (kit: Kit) => Check[]> = {
  auth: authChecks,
  isolation: isolationChecks,
  roles: roleChecks,
  errors: errorChecks,
};
