// The groups of checks, in the order they run; `--only` picks some by name.
import type { Check, Kit } from "../context";
import { auditChecks } from "./audit";
import { authChecks } from "./auth";
import { credentialChecks } from "./credentials";
import { deleteChecks } from "./deletion";
import { errorChecks } from "./errors";
import { fuzzChecks } from "./fuzz";
import { idempotencyChecks } from "./idempotency";
import { inviteChecks } from "./invites";
import { isolationChecks } from "./isolation";
import { keyChecks } from "./keys";
import { limitChecks } from "./limits";
import { paginationChecks } from "./pagination";
import { roleChecks } from "./roles";

export const GROUPS: Record<string, (kit: Kit) => Check[]> = {
  auth: authChecks,
  isolation: isolationChecks,
  roles: roleChecks,
  invites: inviteChecks,
  keys: keyChecks,
  audit: auditChecks,
  idempotency: idempotencyChecks,
  pagination: paginationChecks,
  delete: deleteChecks,
  limits: limitChecks,
  errors: errorChecks,
  fuzz: fuzzChecks,
  credentials: credentialChecks,
};
