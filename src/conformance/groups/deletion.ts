// The delete rule, from each reference the contract marks (`x-references`, `x-on-delete`):
// deleting an object another still refers to is a 409 naming the referrer when the rule is
// `protect`; with `cascade` the referrer goes with it. Either way no object refers to one that is gone.
import { expect, expectStatus, Skip } from "../check";
import type { Check, Kit } from "../context";
import { operations, type Reference, references } from "../contract";
import { creatorOf } from "../samples";
import { credentialFor, itemOperation } from "./common";

const group = "delete";
/** "a Template", "an Agent". */
const a = (schema: string) => `${/^[AEIOU]/.test(schema) ? "an" : "a"} ${schema}`;

/** The operations to make, read and delete objects of a schema (those the contract has). */
function opsOf(schema: string) {
  const create = creatorOf(schema);
  const collection = create && operations[create].path;
  return {
    create,
    get: collection ? itemOperation(collection, "GET") : undefined,
    remove: collection ? itemOperation(collection, "DELETE") : undefined,
  };
}

/** What a check does with the referrer after deleting the target: undo (protect) or read (cascade). */
const REFERRER_STEP = {
  protect: { op: "remove", verb: "delete" },
  cascade: { op: "get", verb: "read" },
} as const;

/**
 * A target and an object referring to it, made in the kit's organization for this group, with the
 * operations the check goes on with: the target's delete (and read, if any), and the referrer's
 * delete (protect) or read (cascade). A skip names the operation the contract lacks.
 */
async function pair(kit: Kit, ref: Reference, rule: keyof typeof REFERRER_STEP) {
  const target = opsOf(ref.target);
  const referrer = opsOf(ref.schema);
  const step = REFERRER_STEP[rule];
  const referrerOp = referrer[step.op];
  if (!target.create || !target.remove)
    throw new Skip(`the contract has no operation to make and delete ${a(ref.target)}`);
  if (!referrer.create || !referrerOp)
    throw new Skip(`the contract has no operation to make and ${step.verb} ${a(ref.schema)}`);
  const org = await kit.world.org("delete");
  const made = await kit.world.create(target.create, credentialFor(target.create, org));
  const referring = await kit.world.create(referrer.create, credentialFor(referrer.create, org), {
    [ref.field]: made.body.id,
  });
  return {
    org,
    id: made.body.id as string,
    by: referring.body.id as string,
    remove: target.remove,
    get: target.get,
    referrerOp,
  };
}

function protectCheck(ref: Reference): Check {
  return {
    group,
    name: `deleting ${a(ref.target)} that ${a(ref.schema)} refers to (${ref.field}, protect) → 409 naming it`,
    async run(kit) {
      const { org, id, by, remove, get, referrerOp } = await pair(kit, ref, "protect");
      const as = credentialFor(remove, org);
      const refused = expectStatus(
        await kit.http.call(remove, { as, id }),
        409,
        `x-on-delete protect: deleting ${a(ref.target)} ${a(ref.schema)} refers to is a 409`,
      );
      expect(
        refused.text.includes(by),
        `the 409 names the referring ${ref.schema} (${by})`,
        refused,
      );
      if (get)
        expectStatus(
          await kit.http.call(get, { as, id }),
          200,
          "a refused delete leaves the object",
        );
      expectStatus(
        await kit.http.call(referrerOp, { as: credentialFor(referrerOp, org), id: by }),
        204,
        `${a(ref.schema)} can be deleted`,
      );
      expectStatus(
        await kit.http.call(remove, { as, id }),
        204,
        `once nothing refers to it, the ${ref.target} can be deleted`,
      );
    },
  };
}

function cascadeCheck(ref: Reference): Check {
  return {
    group,
    name: `deleting ${a(ref.target)} deletes the ${ref.schema} that refers to it (${ref.field}, cascade)`,
    async run(kit) {
      const { org, id, by, remove, referrerOp } = await pair(kit, ref, "cascade");
      expectStatus(
        await kit.http.call(remove, { as: credentialFor(remove, org), id }),
        204,
        `${a(ref.target)} can be deleted`,
      );
      const gone = await kit.http.call(referrerOp, { as: credentialFor(referrerOp, org), id: by });
      expectStatus(gone, 404, `x-on-delete cascade: the ${ref.schema} goes with its ${ref.target}`);
    },
  };
}

export function deleteChecks(): Check[] {
  return references().map((ref) =>
    ref.onDelete === "protect"
      ? protectCheck(ref)
      : ref.onDelete === "cascade"
        ? cascadeCheck(ref)
        : {
            group,
            name: `${ref.schema}.${ref.field} → ${ref.target}`,
            run: () => Promise.reject(new Skip(`the kit knows no x-on-delete "${ref.onDelete}"`)),
          },
  );
}
