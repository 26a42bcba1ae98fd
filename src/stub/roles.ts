// Who may do what in an organization: ONE table. The stub enforces it, the contract's
// description prints it (test/spec/roles.test.ts checks the two agree) and the tests walk it.
import { type Caller, forbidden, type Role } from "./handlers/types";

export const ROLES = ["owner", "admin", "member"] as const satisfies readonly Role[];

/**
 * A cell: `true`/`false` for an action on the organization as a whole, or the roles an action
 * on a role may touch: the role granted by an invite, the roles a membership may change from
 * and to, the role of the membership removed or of the invite revoked (`[]`: none).
 */
export type Permission = boolean | readonly Role[];

interface Rule {
  /** How the contract's table names the action. */
  action: string;
  owner: Permission;
  admin: Permission;
  member: Permission;
}

const anyRole = ROLES;
const belowOwner = ["admin", "member"] as const;

export const ROLE_TABLE = {
  "organization.read": {
    action: "read the organization, its members and resources",
    owner: true,
    admin: true,
    member: true,
  },
  "organization.update": {
    action: "change the organization",
    owner: true,
    admin: true,
    member: false,
  },
  "organization.delete": {
    action: "delete the organization",
    owner: true,
    admin: false,
    member: false,
  },
  "invites.read": { action: "list and read invites", owner: true, admin: true, member: false },
  "invites.create": {
    action: "invite with the role",
    owner: anyRole,
    admin: belowOwner,
    member: [],
  },
  "invites.revoke": {
    action: "revoke an invite with the role",
    owner: anyRole,
    admin: belowOwner,
    member: [],
  },
  "members.update": {
    action: "change a member's role from or to the role",
    owner: anyRole,
    admin: belowOwner,
    member: [],
  },
  "members.remove": {
    action: "remove a member with the role",
    owner: anyRole,
    admin: belowOwner,
    member: [],
  },
  "members.leave": {
    action: "leave: remove their own membership",
    owner: true,
    admin: true,
    member: true,
  },
  "keys.read": { action: "list and read API keys", owner: true, admin: true, member: true },
  "keys.manage": {
    action: "create, rotate and revoke API keys",
    owner: true,
    admin: true,
    member: false,
  },
  "key_policy.read": { action: "read the key policy", owner: true, admin: true, member: true },
  "key_policy.update": {
    action: "change the key policy",
    owner: true,
    admin: true,
    member: false,
  },
  "audit.read": { action: "read the audit trail", owner: true, admin: true, member: false },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof ROLE_TABLE;

/** Whether `role` may do `action` (to something with the role `target`, for actions on a role). */
export function allows(role: Role | undefined, action: Action, target?: Role): boolean {
  if (!role) return false;
  const cell: Permission = ROLE_TABLE[action][role];
  if (typeof cell === "boolean") return cell;
  return target !== undefined && cell.includes(target);
}

/**
 * Throws 403 unless the caller may do `action` in `org` (to `target`): a user by their role
 * there; an API key, which acts for its own organization, on what the operation lets it reach.
 */
export function authorize(
  caller: Caller,
  org: string | null | undefined,
  action: Action,
  target?: Role,
) {
  const member = org ? caller.orgs.has(org) : false;
  if (caller.kind === "key" && member) return;
  const role = org ? caller.orgs.get(org) : undefined;
  if (allows(role, action, target)) return;
  const what = `${ROLE_TABLE[action].action}${target ? ` ${target}` : ""}`;
  throw forbidden(
    role
      ? `You do not have permission to perform this action: as ${role} you may not ${what}.`
      : undefined,
  );
}

/** The rule every role change keeps, said where it is refused. */
export const LAST_OWNER =
  "An organization needs an owner: promote someone else to owner first, then demote or remove this one.";

const cellText = (cell: Permission) =>
  typeof cell === "boolean"
    ? cell
      ? "yes"
      : "no"
    : cell.length
      ? cell.map((role) => `\`${role}\``).join(", ")
      : "no";

/** The table as Markdown, as the contract's description prints it. */
export function roleTableMarkdown(): string {
  const rows = Object.entries(ROLE_TABLE).map(
    ([key, rule]) =>
      `| \`${key}\` | ${rule.action} | ${ROLES.map((role) => cellText(rule[role])).join(" | ")} |`,
  );
  return [
    `| rule | action | ${ROLES.join(" | ")} |`,
    `|---|---|${ROLES.map(() => "---|").join("")}`,
    ...rows,
  ]
    .join("\n")
    .concat("\n");
}
