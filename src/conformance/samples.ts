// Valid request bodies made from the contract's schemas: the required fields, with the smallest
// value each schema allows, and the fields that name another object (`x-references`), which
// the caller fills in with an object of its own organization.
import {
  componentSchema,
  OPERATION_IDS,
  type OperationId,
  operations,
  references,
  requestSchemaOf,
  resolve,
  resultSchemaName,
  type Schema,
} from "./contract";

/** The operation that creates an object of a schema: a POST to a collection answering with it. */
export function creatorOf(schema: string): OperationId | undefined {
  return OPERATION_IDS.find(
    (id) =>
      operations[id].method === "POST" &&
      !operations[id].path.includes("{id}") &&
      resultSchemaName(id) === schema,
  );
}

/** The fields of a create body that name another object: field → the schema it names. */
export function referenceFields(create: OperationId): Record<string, string> {
  const schema = resultSchemaName(create) ?? "";
  const body = requestSchemaOf(create)?.properties as Record<string, Schema> | undefined;
  return Object.fromEntries(
    references()
      .filter((r) => r.schema === schema && body?.[r.field] && creatorOf(r.target))
      .map((r) => [r.field, r.target]),
  );
}

/** The smallest value a schema allows (`unique` makes strings and emails distinct). */
export function sampleValue(node: Schema, unique: string): unknown {
  const schema = { ...resolve<Schema>(node), ...node };
  if ("default" in schema && schema.default !== null) return structuredClone(schema.default);
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = [schema.type].flat().find((t) => t !== "null");
  if (type === "string") {
    if (schema.format === "email") return `${unique}@example.com`;
    if (schema.format === "date-time") return new Date(Date.now() + 86_400_000 * 2).toISOString();
    if (schema.format === "uuid") return "00000000-0000-4000-8000-000000000000";
    const max = typeof schema.maxLength === "number" ? schema.maxLength : 200;
    const text = `cf ${unique}`.slice(0, max);
    if (typeof schema.pattern !== "string") return text;
    // a value the pattern accepts: the text made a slug, or a short one
    const pattern = new RegExp(schema.pattern);
    const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    return (
      [slug, slug.replaceAll("-", "_"), slug.replaceAll("-", ""), "cf", "a", "0"].find((c) =>
        pattern.test(c),
      ) ?? text
    );
  }
  if (type === "integer" || type === "number")
    return typeof schema.minimum === "number" ? schema.minimum : 0;
  if (type === "boolean") return false;
  if (type === "array") {
    const count = typeof schema.minItems === "number" ? schema.minItems : 0;
    return Array.from({ length: count }, (_, i) =>
      sampleValue((schema.items as Schema) ?? {}, `${unique}-${i}`),
    );
  }
  if (type === "object") return {};
  return null;
}

/** A valid body for `create`, its references taken from `refs` (field → id). */
export function sampleBody(
  create: OperationId,
  unique: string,
  refs: Record<string, string> = {},
): Record<string, unknown> {
  const schema = requestSchemaOf(create);
  const properties = (schema?.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  const body: Record<string, unknown> = {};
  for (const [field, property] of Object.entries(properties)) {
    if (field in refs) body[field] = refs[field];
    else if (required.has(field)) body[field] = sampleValue(property, unique);
  }
  return body;
}

/** The string fields of a request body with a `maxLength`, and the lists with `maxItems`. */
export function boundedFields(create: OperationId) {
  const properties = (requestSchemaOf(create)?.properties ?? {}) as Record<string, Schema>;
  return Object.entries(properties).flatMap(([field, node]) => {
    const schema = { ...resolve<Schema>(node), ...node };
    const bounds: {
      field: string;
      kind: "maxLength" | "maxItems";
      limit: number;
      item?: Schema;
    }[] = [];
    if (typeof schema.maxLength === "number" && schema.format !== "email")
      bounds.push({ field, kind: "maxLength", limit: schema.maxLength });
    if (typeof schema.maxItems === "number")
      bounds.push({
        field,
        kind: "maxItems",
        limit: schema.maxItems,
        item: schema.items as Schema,
      });
    return bounds;
  });
}

export { componentSchema };
