// Request limits: a body over `x-request-limits.maxBodyBytes` is a 413, JSON nested deeper than
// `maxJsonDepth` a 400, and every text field and list of every create body is held to its
// `maxLength` / `maxItems` (emails to 254 characters): one more is a 400 naming the field.
import { expect, expectStatus } from "../check";
import type { Check, Kit } from "../context";
import {
  LIMITS,
  OPERATION_IDS,
  type OperationId,
  operations,
  requestSchemaOf,
  type Schema,
} from "../contract";
import { boundedFields, sampleValue } from "../samples";
import { credentialFor, hasId } from "./common";

const group = "limits";
const limitsOrg = (kit: Kit) => kit.world.org("limits");

/** JSON nested `depth` levels deep, counting the body itself: `{"metadata": {"a": {…}}}`. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 2; level < depth; level++) value = { a: value };
  return value;
}

const wholeBody: Check[] = [
  {
    group,
    name: `a body over ${LIMITS.maxBodyBytes} bytes → 413`,
    async run(kit) {
      const org = await limitsOrg(kit);
      const data = JSON.stringify({ name: "big", description: "x".repeat(LIMITS.maxBodyBytes) });
      const raw = {
        data,
        type: "application/json",
        describe: `a JSON body of ${data.length} bytes`,
      };
      expectStatus(
        await kit.http.call("createTemplate", { as: org.key, raw }),
        413,
        `x-request-limits: a body is at most ${LIMITS.maxBodyBytes} bytes`,
      );
    },
  },
  {
    group,
    name: `JSON nested ${LIMITS.maxJsonDepth} levels is accepted, ${LIMITS.maxJsonDepth + 1} → 400`,
    async run(kit) {
      const org = await limitsOrg(kit);
      const body = (depth: number) => ({ name: kit.world.unique("deep"), metadata: nested(depth) });
      const deepest = await kit.http.call("createContact", {
        as: org.key,
        body: body(LIMITS.maxJsonDepth),
      });
      expectStatus(
        deepest,
        201,
        `x-request-limits: JSON nested ${LIMITS.maxJsonDepth} levels deep is allowed`,
      );
      const deeper = await kit.http.call("createContact", {
        as: org.key,
        body: body(LIMITS.maxJsonDepth + 1),
      });
      expectStatus(
        deeper,
        400,
        `x-request-limits: JSON is nested at most ${LIMITS.maxJsonDepth} levels deep`,
      );
    },
  },
];

/** A valid email of `length` characters. */
function emailOf(length: number): string {
  const domain = "example.com";
  let local = "a".repeat(Math.min(64, length - domain.length - 1));
  let labels = "";
  while (local.length + 1 + labels.length + domain.length < length) {
    const room = length - (local.length + 1 + labels.length + domain.length) - 1;
    labels += `${"b".repeat(Math.max(1, Math.min(63, room)))}.`;
  }
  local = local.slice(0, length - 1 - labels.length - domain.length);
  return `${local}@${labels}${domain}`;
}

function tooLong(
  op: OperationId,
  field: string,
  kind: "maxLength" | "maxItems" | "email",
  limit: number,
  item?: Schema,
): Check {
  const what = kind === "maxItems" ? `${limit + 1} items` : `${limit + 1} characters`;
  return {
    group,
    name: `${op}: ${field} of ${what} → 400 on ${field}`,
    async run(kit) {
      const org = await limitsOrg(kit);
      const anonymous = operations[op].security.length === 0;
      const as = anonymous ? undefined : credentialFor(op, org);
      const base = as ? await kit.world.bodyFor(op, as) : await kit.world.bodyFor(op, org.key);
      const value =
        kind === "email"
          ? emailOf(limit + 1)
          : kind === "maxItems"
            ? Array.from({ length: limit + 1 }, (_, i) => sampleValue(item ?? {}, `i${i}`))
            : "x".repeat(limit + 1);
      const x = await kit.http.call(op, { as, body: { ...base, [field]: value } });
      expectStatus(
        x,
        400,
        `${op} declares ${kind === "email" ? "maxLength" : kind} ${limit} on ${field}`,
      );
      expect(Array.isArray(x.body?.[field]), `the 400 names ${field}`, x);
    },
  };
}

function fieldChecks(op: OperationId): Check[] {
  const emails = Object.entries((requestSchemaOf(op)?.properties ?? {}) as Record<string, Schema>)
    .filter(([, p]) => p.format === "email" && typeof p.maxLength === "number")
    .map(([field, p]) => tooLong(op, field, "email", p.maxLength as number));
  return [
    ...boundedFields(op).map((b) => tooLong(op, b.field, b.kind, b.limit, b.item)),
    ...emails,
  ];
}

export function limitChecks(): Check[] {
  // The bodies of the operations that take one on a collection (ones on an object need the object).
  const bodies = OPERATION_IDS.filter(
    (op) => operations[op].method === "POST" && !hasId(op) && requestSchemaOf(op) && op !== "login",
  );
  return [...wholeBody, ...bodies.flatMap(fieldChecks)];
}
