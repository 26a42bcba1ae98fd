// What several groups need: the credential an operation takes in an organization, the collection
// a path's `{id}` names, an object of each collection, made once per organization, and reading
// an object back.
import { expectStatus, Skip } from "../check";
import type { Kit } from "../context";
import { OPERATION_IDS, type OperationId, operations } from "../contract";
import type { Credential } from "../http";
import type { Org } from "../world";

/** The organization's key where the operation takes one, else its owner's token. */
export function credentialFor(op: OperationId, org: Org): Credential {
  const schemes = operations[op].security as readonly string[];
  return schemes.includes("ApiKeyAuth") ? org.key : org.owner;
}

export const hasId = (op: OperationId) => operations[op].path.includes("{id}");

/** The collection whose objects a path's `{id}` names: `/api/agents/{id}/run/` → `/api/agents/`. */
export function collectionOf(op: OperationId): string {
  return operations[op].path.replace(/\{id\}\/.*$/, "");
}

/** The operation of `method` on a collection (`POST` creates, `GET` lists). */
export function collectionOperation(collection: string, method: string): OperationId | undefined {
  return OPERATION_IDS.find(
    (id) => operations[id].path === collection && operations[id].method === method,
  );
}

/** The operation of `method` on one object of a collection (`GET` reads it). */
export function itemOperation(collection: string, method: string): OperationId | undefined {
  return OPERATION_IDS.find(
    (id) => operations[id].path === `${collection}{id}/` && operations[id].method === method,
  );
}

/**
 * The id of an object of `collection` in `org`, made for `purpose` (once): created where the
 * collection has a create operation, else the first the organization lists (its own
 * membership, an audit event), or the organization itself.
 */
export function objectIn(kit: Kit, org: Org, collection: string, purpose = "shared") {
  return kit.world.once(`object:${org.id}:${collection}:${purpose}`, async () => {
    const create = collectionOperation(collection, "POST");
    if (collection === operations.listOrganizations.path) return org.id;
    if (create) {
      const as = credentialFor(create, org);
      return (await kit.world.create(create, as)).body.id as string;
    }
    const list = collectionOperation(collection, "GET");
    if (!list) throw new Skip(`the contract has no way to make or list ${collection}`);
    const x = await kit.http.call(list, { as: credentialFor(list, org), query: { page_size: 1 } });
    expectStatus(x, 200, `setup: ${list} lists the organization's objects`);
    const id = x.body?.results?.[0]?.id;
    if (typeof id !== "string") throw new Skip(`org ${org.label} has no object in ${collection}`);
    return id;
  });
}

/**
 * Reads an object back, alone and in its list, each a 200. Every answer is checked for secrets,
 * so this is what shows a secret the create answer carried (a key, an invite's token) shown again.
 */
export async function readBack(
  kit: Kit,
  as: Credential,
  ops: { get: OperationId; list: OperationId },
  id: string,
  what: string,
) {
  expectStatus(await kit.http.call(ops.get, { as, id }), 200, `an owner reads the ${what}`);
  const list = await kit.http.call(ops.list, { as, query: { page_size: 100 } });
  expectStatus(list, 200, `an owner lists the ${what}s`);
}

/** A random v4 UUID, for an object that exists nowhere. */
export const nowhere = () => crypto.randomUUID();
