// The role table the contract prints, every cell of it: each role tries each action (on each role
// the action may touch) in an organization of the kit's own, and gets the success the operation
// declares where the table says yes, 403 where it says no. Then the rules around it: the last
// owner stays, and nobody raises their own role.
import { expect, expectStatus, Skip } from "../check";
import type { Check, Kit } from "../context";
import { type OperationId, roleTable } from "../contract";
import type { Credential, Exchange } from "../http";
import type { Org, Person } from "../world";

const group = "roles";

interface Env {
  org: Org;
  /** Each role's caller in the organization. */
  actors: Record<string, Credential>;
  /** A member whose role the probes change (never one of the actors). */
  target: Person;
}

/** The organization the roles are walked in: its owner (the kit's user), an admin, a member, a target. */
function env(kit: Kit): Promise<Env> {
  return kit.world.once("roles", async () => {
    const a = await kit.world.org("A");
    const org = await kit.world.org("roles");
    const admin = await kit.world.person("admin", a, "admin");
    const member = await kit.world.person("member", a, "member");
    const target = await kit.world.person("target", a, "member");
    await kit.world.join(admin, org, "admin");
    await kit.world.join(member, org, "member");
    await kit.world.join(target, org, "member");
    return {
      org,
      actors: { owner: org.owner, admin: admin.as(org), member: member.as(org) },
      target,
    };
  });
}

/** The target's membership in the roles organization, with the role `role` (it rejoins if removed). */
async function targetAs(kit: Kit, e: Env, role: string): Promise<string> {
  const list = await kit.http.call("listMembers", { as: e.org.owner, query: { page_size: 100 } });
  expectStatus(list, 200, "setup: the owner lists the members");
  const userOf = (m: { user?: { id?: string } | string }) =>
    typeof m.user === "string" ? m.user : m.user?.id;
  let row = list.body.results.find(
    (m: { user?: { id?: string } }) => userOf(m) === e.target.userId,
  );
  if (!row) {
    await kit.world.join(e.target, e.org, role);
    return targetAs(kit, e, role);
  }
  if (row.role !== role) {
    const x = await kit.http.call("updateMember", { as: e.org.owner, id: row.id, body: { role } });
    row = expectStatus(x, 200, `setup: the owner makes a member ${role}`).body;
  }
  return row.id as string;
}

interface Probe {
  /** What the action is on: nothing, one role, or a role changed from one to another. */
  on: "none" | "role" | "pair";
  does: string;
  success: number;
  run(
    kit: Kit,
    e: Env,
    actor: Credential,
    role: string,
    target?: string,
    to?: string,
  ): Promise<Exchange>;
}

const newKey = async (kit: Kit, e: Env) =>
  expectStatus(
    await kit.http.call("createApiKey", { as: e.org.owner, body: { name: "roles" } }),
    201,
    "setup: the owner creates a key",
  ).body.id as string;

/** A probe of `op` on the roles organization itself (its id in the path), with `body` if given. */
function onTheOrganization(
  does: string,
  success: number,
  op: OperationId,
  body?: (kit: Kit) => Record<string, unknown>,
): Probe {
  return {
    on: "none",
    does,
    success,
    run: (kit, e, as) => kit.http.call(op, { as, id: e.org.id, ...(body && { body: body(kit) }) }),
  };
}

/** How to try each rule of the table; a rule the kit does not know is skipped. */
const PROBES: Record<string, Probe[]> = {
  "organization.read": [onTheOrganization("read the organization", 200, "getOrganization")],
  "organization.update": [
    onTheOrganization("rename the organization", 200, "updateOrganization", (kit) => ({
      name: kit.world.unique("renamed"),
    })),
  ],
  "organization.delete": [
    {
      on: "none",
      does: "delete an organization",
      success: 204,
      async run(kit, _e, as, role) {
        // An organization of its own for each try, the actor in it with its role.
        const doomed = await kit.world.org(`doomed-${role}`);
        if (role !== "owner") {
          const who = await kit.world.person(role, await kit.world.org("A"), role);
          await kit.world.join(who, doomed, role);
        }
        return kit.http.call("deleteOrganization", {
          as: { ...as, org: doomed.id },
          id: doomed.id,
        });
      },
    },
  ],
  "invites.read": [
    {
      on: "none",
      does: "list invites",
      success: 200,
      run: (kit, _e, as) => kit.http.call("listInvites", { as }),
    },
  ],
  "invites.create": [
    {
      on: "role",
      does: "invite as",
      success: 201,
      run: (kit, _e, as, _r, role) =>
        kit.http.call("createInvite", {
          as,
          body: { email: `${kit.world.unique("invitee")}@example.com`, role },
        }),
    },
  ],
  "invites.revoke": [
    {
      on: "role",
      does: "revoke an invite as",
      success: 204,
      async run(kit, e, as, _r, role) {
        const { id } = await kit.world.invite(
          e.org,
          `${kit.world.unique("revoked")}@example.com`,
          role ?? "member",
        );
        return kit.http.call("deleteInvite", { as, id });
      },
    },
  ],
  "members.update": [
    {
      on: "pair",
      does: "change a member's role",
      success: 200,
      run: async (kit, e, as, _r, from, to) =>
        kit.http.call("updateMember", {
          as,
          id: await targetAs(kit, e, from ?? ""),
          body: { role: to },
        }),
    },
  ],
  "members.remove": [
    {
      on: "role",
      does: "remove a member who is",
      success: 204,
      run: async (kit, e, as, _r, role) =>
        kit.http.call("deleteMember", { as, id: await targetAs(kit, e, role ?? "") }),
    },
  ],
  "members.leave": [
    {
      on: "none",
      does: "leave the organization",
      success: 204,
      // the target takes the role and leaves (so the actors stay)
      run: async (kit, e, _as, role) =>
        kit.http.call("deleteMember", { as: e.target.as(e.org), id: await targetAs(kit, e, role) }),
    },
  ],
  "keys.read": [
    {
      on: "none",
      does: "list API keys",
      success: 200,
      run: (kit, _e, as) => kit.http.call("listApiKeys", { as }),
    },
  ],
  "keys.manage": [
    {
      on: "none",
      does: "create an API key",
      success: 201,
      run: (kit, _e, as) => kit.http.call("createApiKey", { as, body: { name: "roles" } }),
    },
    {
      on: "none",
      does: "rotate an API key",
      success: 201,
      run: async (kit, e, as) =>
        kit.http.call("rotateApiKey", { as, id: await newKey(kit, e), body: {} }),
    },
    {
      on: "none",
      does: "revoke an API key",
      success: 204,
      run: async (kit, e, as) => kit.http.call("deleteApiKey", { as, id: await newKey(kit, e) }),
    },
  ],
  "key_policy.read": [onTheOrganization("read the key policy", 200, "getKeyPolicy")],
  "key_policy.update": [
    onTheOrganization("change the key policy", 200, "updateKeyPolicy", () => ({
      api_keys_enabled: true,
    })),
  ],
  "audit.read": [
    {
      on: "none",
      does: "read the audit trail",
      success: 200,
      run: (kit, _e, as) => kit.http.call("listAuditEvents", { as }),
    },
  ],
};

function cellCheck(
  rule: string,
  cell: boolean | string[],
  role: string,
  probe: Probe,
  target?: string,
  to?: string,
): Check {
  const allowed =
    typeof cell === "boolean"
      ? cell
      : target !== undefined && cell.includes(target) && (to === undefined || cell.includes(to));
  const on = to !== undefined ? ` ${target} → ${to}` : target !== undefined ? ` ${target}` : "";
  return {
    group,
    name: `${role}: ${probe.does}${on} → ${allowed ? probe.success : 403}`,
    async run(kit) {
      const e = await env(kit);
      const actor = e.actors[role];
      if (!actor) throw new Skip(`the kit has no ${role} to act as`);
      const x = await probe.run(kit, e, actor, role, target, to);
      expectStatus(
        x,
        allowed ? probe.success : 403,
        `roles table \`${rule}\`: ${role} → ${allowed ? "yes" : "no"}`,
      );
    },
  };
}

function ruleChecks(
  rule: string,
  cells: Record<string, boolean | string[]>,
  roles: string[],
): Check[] {
  const probes = PROBES[rule];
  if (!probes)
    return [
      {
        group,
        name: `rule ${rule}`,
        run: () => Promise.reject(new Skip(`the kit has no probe for the rule ${rule}`)),
      },
    ];
  return probes.flatMap((probe) =>
    roles.flatMap((role) => {
      const cell = cells[role] ?? false;
      if (probe.on === "none") return [cellCheck(rule, cell, role, probe)];
      if (probe.on === "role") return roles.map((t) => cellCheck(rule, cell, role, probe, t));
      return roles.flatMap((from) =>
        roles.filter((to) => to !== from).map((to) => cellCheck(rule, cell, role, probe, from, to)),
      );
    }),
  );
}

const LAST_OWNER =
  "an organization always keeps an owner: demoting or removing the last one is a 400";

const ruleAround: Check[] = [
  {
    group,
    name: "the last owner cannot demote themselves → 400",
    async run(kit) {
      const e = await env(kit);
      await targetAs(kit, e, "member");
      const mine = await ownMembership(kit, e);
      const x = await kit.http.call("updateMember", {
        as: e.org.owner,
        id: mine,
        body: { role: "admin" },
      });
      expectStatus(x, 400, LAST_OWNER);
    },
  },
  {
    group,
    name: "the last owner cannot leave → 400",
    async run(kit) {
      const e = await env(kit);
      await targetAs(kit, e, "member");
      const x = await kit.http.call("deleteMember", {
        as: e.org.owner,
        id: await ownMembership(kit, e),
      });
      expectStatus(x, 400, LAST_OWNER);
    },
  },
  {
    group,
    name: "an admin cannot raise their own role to owner → 403",
    async run(kit) {
      const e = await env(kit);
      const id = await targetAs(kit, e, "admin");
      const x = await kit.http.call("updateMember", {
        as: e.target.as(e.org),
        id,
        body: { role: "owner" },
      });
      expectStatus(x, 403, "nobody grants a role above their own");
      const after = await kit.http.call("getMember", { as: e.org.owner, id });
      expect(after.body?.role === "admin", "a refused change leaves the role as it was", after);
    },
  },
];

async function ownMembership(kit: Kit, e: Env): Promise<string> {
  const me = await kit.world.user();
  const list = await kit.http.call("listMembers", { as: e.org.owner, query: { page_size: 100 } });
  const row = list.body?.results?.find((m: { user?: { id?: string } }) => m.user?.id === me.id);
  expect(row, "setup: the owner's own membership is listed", list);
  return row.id;
}

export function roleChecks(): Check[] {
  const { roles, rules } = roleTable();
  if (!rules.length)
    return [
      {
        group,
        name: "the role table",
        run: () => Promise.reject(new Skip("the contract prints no role table")),
      },
    ];
  return [...rules.flatMap(({ rule, cells }) => ruleChecks(rule, cells, roles)), ...ruleAround];
}
