// fast-check arbitraries derived from the contract's JSON Schemas: valid values for any
// schema, and invalid variants of them, so the fuzz suite needs no hand-written generators.
import fc from "fast-check";

export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  readOnly?: boolean;
};

export interface SchemaArbitraries {
  valid(schema: Schema): fc.Arbitrary<unknown>;
  invalid(schema: Schema): fc.Arbitrary<unknown>;
  /** A body as a hostile client sends it: too deep, huge, not UTF-8, not JSON, mislabelled. */
  hostile(schema: Schema): fc.Arbitrary<RawBody>;
}

/** Bytes to send as they are, with their Content-Type. */
export interface RawBody {
  raw: string | Uint8Array;
  type: string;
}

const JSON_TYPE = "application/json";
const MiB = 1024 * 1024;
/** `depth` levels of arrays as JSON text (JSON.stringify would overflow the stack past ~5,000). */
const deepText = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** What the generators share: `$ref` and `allOf` resolved, and the ids a uuid may be. */
interface Context {
  resolve(schema: Schema): Schema;
  uuid: fc.Arbitrary<string>;
}

/** `ids`: existing object ids to use (besides random ones) wherever a uuid is expected. */
export function schemaArbitraries(
  components: { schemas: Record<string, Schema> },
  ids: () => string[],
): SchemaArbitraries {
  const resolve = (schema: Schema): Schema => resolveIn(components, schema, resolve);
  const cx: Context = { resolve, uuid: uuidAmong(ids) };
  return {
    valid: (schema) => validOf(cx, schema),
    invalid: (schema) => invalidOf(cx, schema),
    hostile: (schema) => hostileOf(cx, schema),
  };
}

/** `schema` with its `$ref` followed and its `allOf` merged into one object schema. */
function resolveIn(
  components: { schemas: Record<string, Schema> },
  schema: Schema,
  resolve: (schema: Schema) => Schema,
): Schema {
  if (schema.$ref) {
    const target = components.schemas[schema.$ref.split("/").pop() ?? ""];
    if (!target) throw new Error(`Unresolved ${schema.$ref}`);
    return resolve({ ...target, ...withoutRef(schema) });
  }
  if (schema.allOf) {
    const parts = schema.allOf.map(resolve);
    return {
      type: "object",
      properties: Object.assign({}, ...parts.map((p) => p.properties)),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  return schema;
}

/** A random v4 uuid, or one of `ids` (read when drawn, so ids made during the run count). */
function uuidAmong(ids: () => string[]) {
  return fc.oneof(
    fc.uuid({ version: 4 }),
    fc
      .constant(null)
      .chain(() =>
        fc.constantFrom(...(ids().length ? ids() : ["00000000-0000-4000-8000-000000000000"])),
      ),
  );
}

function validOf(cx: Context, raw: Schema): fc.Arbitrary<unknown> {
  const schema = cx.resolve(raw);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "object"];
  if (types.length > 1) return fc.oneof(...types.map((type) => validOf(cx, { ...schema, type })));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (types[0]) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return integerOf(schema);
    case "number":
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case "string":
      return stringOf(cx, schema);
    case "array":
      return fc.array(validOf(cx, schema.items ?? {}), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    default:
      return objectOf(cx, schema);
  }
}

function integerOf(schema: Schema): fc.Arbitrary<number> {
  const [min, max] = [schema.minimum ?? -1000, schema.maximum ?? 1000];
  // mostly near the bottom of a range (a page that exists), sometimes anywhere in it
  const low = fc.integer({ min, max: Math.min(max, min + 1) });
  return schema.minimum === undefined
    ? fc.integer({ min, max })
    : fc.oneof({ weight: 3, arbitrary: low }, fc.integer({ min, max }));
}

function stringOf(cx: Context, schema: Schema): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case "uuid":
      return cx.uuid;
    case "date-time":
      return fc
        .date({ min: new Date("2027-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "email":
      return fc.emailAddress();
    case "uri":
      return fc.webUrl();
  }
  if (schema.pattern)
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length <= (schema.maxLength ?? 50));
  return fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 40, 40),
  });
}

/** The properties a client sends (readOnly ones are the server's). */
const writable = (schema: Schema) =>
  Object.entries(schema.properties ?? {}).filter(([, s]) => !s.readOnly);

function objectOf(cx: Context, schema: Schema): fc.Arbitrary<unknown> {
  const properties = writable(schema);
  if (!properties.length)
    return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 3,
    });
  return fc.record(Object.fromEntries(properties.map(([name, s]) => [name, validOf(cx, s)])), {
    requiredKeys: (schema.required ?? []).filter((name) => properties.some(([p]) => p === name)),
  });
}

/** A value that breaks the schema in one way: a wrong type, a missing required field, a bad enum or format. */
function invalidOf(cx: Context, raw: Schema): fc.Arbitrary<unknown> {
  const schema = cx.resolve(raw);
  const broken: fc.Arbitrary<unknown>[] = [fc.constantFrom(42, "text", [], true)];
  const properties = writable(schema);
  if (properties.length) {
    const base = validOf(cx, schema) as fc.Arbitrary<Record<string, unknown>>;
    for (const required of schema.required ?? []) {
      broken.push(base.map(({ [required]: _, ...rest }) => rest));
    }
    for (const [name, prop] of properties) {
      const wrong = wrongValueFor(cx.resolve(prop));
      broken.push(base.map((value) => ({ ...value, [name]: wrong })));
    }
  }
  return fc.oneof(...broken);
}

/** A value a property's schema refuses: not one of its choices, not a uuid, not its type. */
function wrongValueFor(p: Schema) {
  if (p.enum) return "not-a-choice";
  if (p.format === "uuid") return "not-a-uuid";
  return p.type === "string" ? 12345 : "wrong-type";
}

const json = (text: fc.Arbitrary<string>) => text.map((raw) => ({ raw, type: JSON_TYPE }));

/** `text` as UTF-8 with `bad` bytes before its last quote (inside a string, if it has one). */
const withBadBytes = (text: fc.Arbitrary<string>, bad: number[]) =>
  text.map((body) => {
    const at = utf8(body.slice(0, Math.max(0, body.lastIndexOf('"')))).length;
    const encoded = utf8(body);
    const raw = new Uint8Array([...encoded.subarray(0, at), ...bad, ...encoded.subarray(at)]);
    return { raw, type: JSON_TYPE };
  });

function hostileOf(cx: Context, raw: Schema): fc.Arbitrary<RawBody> {
  const schema = cx.resolve(raw);
  const fields = Object.keys(schema.properties ?? {});
  const field = fields.length ? fc.constantFrom(...fields) : fc.constant("x");
  const base = validOf(cx, schema).map((value) =>
    value && typeof value === "object" && !Array.isArray(value) ? value : {},
  );
  /** A valid body with one field's value replaced by `text` (raw JSON). */
  const withField = (text: fc.Arbitrary<string>) =>
    fc
      .tuple(base, field, text)
      .map(([body, name, value]) =>
        JSON.stringify({ ...body, [name]: "\u0000HOLE" }).replace('"\\u0000HOLE"', value),
      );
  return fc.oneof(
    // nesting past the limit, a little or enormously, in a field or as the whole body
    json(withField(fc.integer({ min: 33, max: 5000 }).map(deepText))),
    json(fc.integer({ min: 33, max: 200_000 }).map(deepText)),
    // strings past any maxLength, and bodies past 1 MiB
    json(
      withField(
        fc.integer({ min: 100_001, max: 300_000 }).map((n) => JSON.stringify("x".repeat(n))),
      ),
    ),
    json(withField(fc.constant(JSON.stringify("x".repeat(MiB))))),
    // values JSON can spell but no database stores
    json(
      withField(
        fc.constantFrom(
          "1e400",
          "-1e999",
          '"a\\u0000b"',
          '"\\ud800"',
          '{"k":[1e400]}',
          '{"\\u0000":1}',
        ),
      ),
    ),
    // bytes that are not UTF-8, inside a string or between tokens
    withBadBytes(withField(fc.constant('"caf"')), [0xe9]),
    withBadBytes(
      base.map((body) => JSON.stringify(body)),
      [0xff, 0xfe],
    ),
    // not JSON, or not labelled as JSON
    json(fc.constantFrom("\ufeff{}", "{", '{"a":1}}', "[1,]", "nul", "{'a':1}", " ")),
    base.map((body) => ({ raw: JSON.stringify(body), type: "text/plain" })),
    base.map((body) => ({
      raw: new Uint8Array(Buffer.from(JSON.stringify(body), "utf16le")),
      type: "application/json; charset=utf-16",
    })),
  );
}

function withoutRef({ $ref: _, ...rest }: Schema): Schema {
  return rest;
}
