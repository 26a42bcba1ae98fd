// A stateful property-based run: a seeded random walk of operations (create, read, change,
// delete, list) over the organization resources the contract lets a key make, in an organization
// of the kit's own, checked step by step against a model of what must be there: a read finds
// what was made and not deleted, with what was last written; a list counts what the model holds;
// a delete of something still referred to (`x-on-delete: protect`) is a 409, else a 204; every
// answer is declared by the contract and matches its schema. A failure names the seed and steps.
import { expect, expectStatus, Violation } from "../check";
import type { Check, Kit } from "../context";
import {
  OPERATION_IDS,
  type OperationId,
  operations,
  type Reference,
  references,
  requestSchemaOf,
  resultSchemaName,
} from "../contract";
import type { Exchange } from "../http";
import { referenceFields } from "../samples";
import type { Org } from "../world";
import { collectionOperation, itemOperation } from "./common";

const group = "fuzz";
const STEPS = 150;

/** A small seeded generator (mulberry32): the same seed walks the same steps. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

interface Kind {
  schema: string;
  collection: string;
  create: OperationId;
  get: OperationId;
  list: OperationId;
  update: OperationId | undefined;
  remove: OperationId | undefined;
  /** The text field a change rewrites. */
  field: string | undefined;
}

/** The kinds a key makes, reads and lists (and maybe changes and deletes), from the contract. */
function kinds(): Kind[] {
  return OPERATION_IDS.flatMap((create) => {
    const collection = operations[create].path;
    const schema = resultSchemaName(create);
    const get = itemOperation(collection, "GET");
    const list = collectionOperation(collection, "GET");
    const byKey = (operations[create].security as readonly string[]).includes("ApiKeyAuth");
    if (collectionOperation(collection, "POST") !== create || !schema || !get || !list || !byKey)
      return [];
    const required = (requestSchemaOf(create)?.required as string[] | undefined) ?? [];
    const field = ["name", "title"].find((f) => required.includes(f));
    const update = itemOperation(collection, "PATCH");
    return [
      {
        schema,
        collection,
        create,
        get,
        list,
        update,
        remove: itemOperation(collection, "DELETE"),
        field,
      },
    ];
  });
}

/** What must be on the server: per kind, the objects made and not deleted, with their last text. */
type Model = Map<string, Map<string, { text: string | undefined; refs: Record<string, string> }>>;
/** Per kind, the objects its list showed before the walk (built-in adapters, say). */
type Baseline = Map<string, number>;

/** The objects of the model that refer to `id` under a `protect` rule. */
function referrers(model: Model, rules: Reference[], schema: string, id: string): string[] {
  return rules
    .filter((r) => r.target === schema && r.onDelete === "protect")
    .flatMap((r) =>
      [...(model.get(r.schema) ?? new Map())]
        .filter(([, o]) => o.refs[r.field] === id)
        .map(([by]) => by),
    );
}

interface Walk {
  kit: Kit;
  org: Org;
  model: Model;
  baseline: Baseline;
  rnd: ReturnType<typeof random>;
  history: string[];
}

const say = (walk: Walk, x: Exchange) => walk.history.push(`${x.method} ${x.path} → ${x.status}`);
const objectsOf = (walk: Walk, schema: string) => {
  const objects = walk.model.get(schema) ?? new Map();
  walk.model.set(schema, objects);
  return objects;
};

/** Creates an object of `kind`, naming objects of the model (made first where there are none). */
async function create(walk: Walk, kind: Kind, all: Kind[]): Promise<string> {
  const refs: Record<string, string> = {};
  for (const [field, target] of Object.entries(referenceFields(kind.create))) {
    const candidates = [...objectsOf(walk, target).keys()];
    const maker = all.find((k) => k.schema === target);
    if (candidates.length) refs[field] = walk.rnd.pick(candidates);
    else if (maker) refs[field] = await create(walk, maker, all);
  }
  const body = await walk.kit.world.bodyFor(kind.create, walk.org.key, refs);
  const x = await walk.kit.http.call(kind.create, { as: walk.org.key, body });
  say(walk, x);
  expectStatus(x, 201, `${kind.create} with a valid body creates the object`);
  const text = kind.field ? (x.body[kind.field] as string) : undefined;
  objectsOf(walk, kind.schema).set(x.body.id, { text, refs: pickRefs(x.body, kind.create) });
  return x.body.id;
}

async function read(walk: Walk, kind: Kind, id: string) {
  const x = await walk.kit.http.call(kind.get, { as: walk.org.key, id });
  say(walk, x);
  expectStatus(x, 200, "an object made and not deleted can be read");
  const text = objectsOf(walk, kind.schema).get(id)?.text;
  if (kind.field && text !== undefined)
    expect(x.body[kind.field] === text, `a read shows what was last written (${kind.field})`, x);
}

async function change(walk: Walk, kind: Kind & { update: OperationId; field: string }, id: string) {
  const text = walk.kit.world.unique("changed");
  const x = await walk.kit.http.call(kind.update, {
    as: walk.org.key,
    id,
    body: { [kind.field]: text },
  });
  say(walk, x);
  expectStatus(x, 200, "a PATCH of an object answers 200");
  expect(x.body[kind.field] === text, `a PATCH answers the object as changed (${kind.field})`, x);
  const object = objectsOf(walk, kind.schema).get(id);
  if (object) object.text = text;
}

async function remove(walk: Walk, kind: Kind & { remove: OperationId }, id: string) {
  const by = referrers(walk.model, references(), kind.schema, id);
  const x = await walk.kit.http.call(kind.remove, { as: walk.org.key, id });
  say(walk, x);
  if (by.length) {
    expectStatus(
      x,
      409,
      `x-on-delete protect: a ${kind.schema} still referred to (by ${by.join(", ")}) cannot be deleted`,
    );
    return;
  }
  expectStatus(x, 204, "a delete answers 204");
  forget(walk, kind.schema, id);
  const gone = await walk.kit.http.call(kind.get, { as: walk.org.key, id });
  say(walk, gone);
  expectStatus(gone, 404, "a deleted object is gone");
}

/** Drops an object from the model, with what goes with it (`x-on-delete: cascade`). */
function forget(walk: Walk, schema: string, id: string) {
  objectsOf(walk, schema).delete(id);
  for (const r of references().filter((r) => r.target === schema && r.onDelete === "cascade"))
    for (const [by, object] of objectsOf(walk, r.schema))
      if (object.refs[r.field] === id) forget(walk, r.schema, by);
}

async function list(walk: Walk, kind: Kind) {
  const x = await walk.kit.http.call(kind.list, { as: walk.org.key, query: { page_size: 1 } });
  say(walk, x);
  expectStatus(x, 200, "a list answers 200");
  const expected = objectsOf(walk, kind.schema).size + (walk.baseline.get(kind.schema) ?? 0);
  expect(
    x.body.count === expected,
    `the list counts every object made and not deleted (${expected})`,
    x,
  );
}

async function step(walk: Walk, kind: Kind, all: Kind[]) {
  const ids = [...objectsOf(walk, kind.schema).keys()];
  const roll = walk.rnd.next();
  if (roll < 0.35 || ids.length === 0) {
    await create(walk, kind, all);
    return;
  }
  const id = walk.rnd.pick(ids);
  const { update, field, remove: deletes } = kind;
  if (roll < 0.55) return read(walk, kind, id);
  if (roll < 0.7 && update && field) return change(walk, { ...kind, update, field }, id);
  if (roll < 0.85 && deletes) return remove(walk, { ...kind, remove: deletes }, id);
  return list(walk, kind);
}

function pickRefs(body: Record<string, unknown>, create: OperationId): Record<string, string> {
  return Object.fromEntries(
    Object.keys(referenceFields(create)).map((field) => [field, String(body[field])]),
  );
}

export function fuzzChecks(kit: Kit): Check[] {
  return [
    {
      group,
      name: `a seeded random walk of ${STEPS} operations keeps to a model of the server (seed ${kit.seed})`,
      async run() {
        const org = await kit.world.org("fuzz");
        const all = kinds();
        const baseline: Baseline = new Map();
        for (const kind of all) {
          const x = await kit.http.call(kind.list, { as: org.key, query: { page_size: 1 } });
          baseline.set(kind.schema, expectStatus(x, 200, "a list answers 200").body.count);
        }
        const walk: Walk = {
          kit,
          org,
          model: new Map(),
          baseline,
          rnd: random(kit.seed),
          history: [],
        };
        for (let i = 0; i < STEPS; i++) {
          try {
            await step(walk, walk.rnd.pick(all), all);
          } catch (error) {
            if (!(error instanceof Violation)) throw error;
            const steps = walk.history.slice(-5).join("\n  ");
            const detail = `step ${i + 1} of the walk (replay with --seed ${kit.seed}); the last requests:\n  ${steps}`;
            throw new Violation(error.rule, error.exchange, detail);
          }
        }
      },
    },
  ];
}
