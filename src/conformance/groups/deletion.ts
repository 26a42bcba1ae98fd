// The delete rule, from each reference the contract marks (`x-references`, `x-on-delete`):
// deleting an object another still refers to is a 409 naming the referrer when the rule is
// `protect`; with `cascade` the referrer goes with it. Either way no object refers to one that is gone.
import { expect, expectStatus, Skip } from "../check";
import type { Check, Kit } from "../context";
import { type OperationId, operations, type Reference, references } from "../contract";
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

/** A target and an object referring to it, in the kit's organization for this group. */
async function pair(kit: Kit, ref: Reference, create: OperationId, referrer: OperationId) {
  const org = await kit.world.org("delete");
  const target = await kit.world.create(create, credentialFor(create, org));
  const made = await kit.world.create(referrer, credentialFor(referrer, org), {
    [ref.field]: target.body.id,
  });
  return { org, target: target.body.id as string, referrer: made.body.id as string };
}

function protectCheck(ref: Reference): Check {
  return {
    group,
    name: `deleting ${a(ref.target)} that ${a(ref.schema)} refers to (${ref.field}, protect) → 409 naming it`,
    async run(kit) {
      const target = opsOf(ref.target);
      const referrer = opsOf(ref.schema);
      if (!target.create || !target.remove)
        throw new Skip(`the contract has no operation to make and delete ${a(ref.target)}`);
      if (!referrer.create || !referrer.remove)
        throw new Skip(`the contract has no operation to make and delete ${a(ref.schema)}`);
      const {
        org,
        target: id,
        referrer: by,
      } = await pair(kit, ref, target.create, referrer.create);
      const as = credentialFor(target.remove, org);
      const refused = expectStatus(
        await kit.http.call(target.remove, { as, id }),
        409,
        `x-on-delete protect: deleting ${a(ref.target)} ${a(ref.schema)} refers to is a 409`,
      );
      expect(
        refused.text.includes(by),
        `the 409 names the referring ${ref.schema} (${by})`,
        refused,
      );
      if (target.get)
        expectStatus(
          await kit.http.call(target.get, { as, id }),
          200,
          "a refused delete leaves the object",
        );
      expectStatus(
        await kit.http.call(referrer.remove, { as: credentialFor(referrer.remove, org), id: by }),
        204,
        `${a(ref.schema)} can be deleted`,
      );
      expectStatus(
        await kit.http.call(target.remove, { as, id }),
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
      const target = opsOf(ref.target);
      const referrer = opsOf(ref.schema);
      if (!target.create || !target.remove)
        throw new Skip(`the contract has no operation to make and delete ${a(ref.target)}`);
      if (!referrer.create || !referrer.get)
        throw new Skip(`the contract has no operation to make and read ${a(ref.schema)}`);
      const {
        org,
        target: id,
        referrer: by,
      } = await pair(kit, ref, target.create, referrer.create);
      expectStatus(
        await kit.http.call(target.remove, { as: credentialFor(target.remove, org), id }),
        204,
        `${a(ref.target)} can be deleted`,
      );
      const gone = await kit.http.call(referrer.get, {
        as: credentialFor(referrer.get, org),
        id: by,
      });
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
