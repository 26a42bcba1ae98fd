// The role table is data (src/stub/roles.ts): the contract's description prints exactly it, so
// the two cannot drift; the stub enforces it (test/stub/trust.test.ts walks every cell).
import { expect, it } from "vitest";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { ROLE_TABLE, ROLES, roleTableMarkdown } from "../../src/stub/roles";

it("the contract's description prints the role table the stub enforces", () => {
  expect(
    contract.info.description,
    `paste this under "# Roles" in openapi/openapi.yaml:\n${roleTableMarkdown()}`,
  ).toContain(roleTableMarkdown());
});

it("nobody may grant, change or remove a role above their own", () => {
  const rank = (role: string) => ROLES.indexOf(role as (typeof ROLES)[number]);
  for (const [action, rule] of Object.entries(ROLE_TABLE))
    for (const role of ROLES) {
      const cell = rule[role];
      if (typeof cell !== "boolean")
        for (const target of cell)
          expect(rank(target), `${role} ${action} ${target}`).toBeGreaterThanOrEqual(rank(role));
    }
});
