// Cross-organization isolation on every resource kind: an object of organization B addressed in the
// path by a caller of organization A is a 403 (and is left as it was); A's lists never show B's
// objects; a body of A naming B's object is a 400 on that field.
import { expect, expectStatus } from "../check";
import type { Check, Kit } from "../context";
import { OPERATION_IDS, type OperationId, operations } from "../contract";
import type { Credential } from "../http";
import { creatorOf, referenceFields } from "../samples";
import type { Org } from "../world";
import {
  collectionOf,
  collectionOperation,
  credentialFor,
  hasId,
  itemOperation,
  objectIn,
} from "./common";

const group = "isolation";
/** Accepting an invite goes by its secret, not by organization. */
const BY_SECRET: OperationId[] = ["acceptInvite"];

/** A caller of organization A that `op` accepts and that is no member of B. */
async function callerOfA(kit: Kit, op: OperationId): Promise<Credential> {
  const a = await kit.world.org("A");
  const schemes = operations[op].security as readonly string[];
  if (schemes.includes("ApiKeyAuth")) return a.key;
  return (await kit.world.person("admin", a, "admin")).as(a);
}

const hasBody = (op: OperationId) => ["POST", "PUT", "PATCH"].includes(operations[op].method);

function pathCheck(op: OperationId): Check {
  const collection = collectionOf(op);
  return {
    group,
    name: `${op} on another organization's object → 403`,
    async run(kit) {
      const [a, b] = [await kit.world.org("A"), await kit.world.org("B")];
      const id = await objectIn(kit, b, collection, "isolation");
      const as = await callerOfA(kit, op);
      const body = hasBody(op) ? await kit.world.bodyFor(op, credentialFor(op, a)) : undefined;
      const x = await kit.http.call(op, { as, id, body });
      expectStatus(
        x,
        403,
        "a resource addressed in the path that belongs to another organization is a 403",
      );
      await stillThere(kit, b, collection, id);
    },
  };
}

/** B's object is still there (a refused request changed nothing that can be read). */
async function stillThere(kit: Kit, b: Org, collection: string, id: string) {
  const get = itemOperation(collection, "GET");
  if (!get) return;
  const x = await kit.http.call(get, { as: credentialFor(get, b), id });
  expectStatus(x, 200, "a refused request leaves the other organization's object as it was");
}

function listCheck(op: OperationId): Check {
  const collection = operations[op].path;
  return {
    group,
    name: `${op} shows none of another organization's objects`,
    async run(kit) {
      const b = await kit.world.org("B");
      const theirs = await objectIn(kit, b, collection, "isolation");
      const as = await callerOfA(kit, op);
      const x = expectStatus(
        await kit.http.call(op, { as, query: { page_size: 100 } }),
        200,
        `${op} lists`,
      );
      const ids = (x.body?.results ?? []).map((r: { id?: string }) => r.id);
      expect(!ids.includes(theirs), "a caller sees only its own organization's objects", x);
    },
  };
}

function referenceCheck(create: OperationId, field: string, target: string): Check {
  return {
    group,
    name: `${create} naming another organization's ${target} in ${field} → 400 on ${field}`,
    async run(kit) {
      const [a, b] = [await kit.world.org("A"), await kit.world.org("B")];
      const maker = creatorOf(target) as OperationId;
      const theirs = await objectIn(kit, b, operations[maker].path, "isolation");
      const as = credentialFor(create, a);
      const body = await kit.world.bodyFor(create, as, { [field]: theirs });
      const x = expectStatus(
        await kit.http.call(create, { as, body }),
        400,
        "a reference in a body to another organization's object is a 400 field error",
      );
      expect(Array.isArray(x.body?.[field]), `the 400 names the field ${field}`, x);
    },
  };
}

export function isolationChecks(): Check[] {
  const inPath = OPERATION_IDS.filter((op) => hasId(op) && !BY_SECRET.includes(op));
  // Every list of a collection whose objects belong to an organization.
  const lists = OPERATION_IDS.filter(
    (op) =>
      operations[op].method === "GET" &&
      !hasId(op) &&
      itemOperation(operations[op].path, "GET") !== undefined,
  );
  const creates = OPERATION_IDS.filter(
    (op) => collectionOperation(operations[op].path, "POST") === op,
  );
  return [
    ...inPath.map(pathCheck),
    ...lists.map(listCheck),
    ...creates.flatMap((create) =>
      Object.entries(referenceFields(create)).map(([field, target]) =>
        referenceCheck(create, field, target),
      ),
    ),
  ];
}
