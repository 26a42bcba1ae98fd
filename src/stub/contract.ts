// Reads the bundled OpenAPI contract at runtime: the route table, the security each operation
// accepts, and the validators of its parameters and body, compiled ahead of time by
// `npm run generate` (ajv standalone code: nothing is compiled from strings at run time).
import type { ErrorObject } from "ajv";
import bundled from "../generated/openapi.json" with { type: "json" };
import { validators as bodyValidators } from "../generated/validate-bodies";
import { validators as paramValidators } from "../generated/validate-params";
import { counted } from "./words";

export type Schema = { [keyword: string]: unknown };
type Ref = { $ref: string };
interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | Ref)[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> } | Ref;
  security?: Record<string, string[]>[];
}
interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  "x-request-limits": {
    maxBodyBytes: number;
    maxJsonDepth: number;
    maxJsonValues: number;
    maxStorageBytesPerOrganization: number;
    maxOrganizationsPerUser: number;
    /** The status each limit is answered with. */
    statuses: Record<string, number>;
  };
  components: { examples: Record<string, { value: unknown }>; schemas: Record<string, Schema> };
  security?: Record<string, string[]>[];
}

/** The bundled contract (src/generated/openapi.json). */
export const contract = bundled as unknown as OpenApiDocument;

/** What a request body may be, as the contract declares it (`x-request-limits`). */
export const LIMITS = contract["x-request-limits"];

/** A field map in the shape DRF gives a 400: `{"field": ["message"]}`. */
export type FieldErrors = Record<string, string[]>;

export interface RequestInput {
  path: Record<string, string>;
  query: URLSearchParams;
  /** A header's value by its name in lowercase; `null` if absent. */
  header(name: string): string | null;
}

export interface Route {
  operationId: string;
  /** Security schemes of which any one is accepted; none (and `anonymous`) for public ones. */
  schemes: string[];
  anonymous: boolean;
  /** Header parameters the operation declares. */
  headers: string[];
  /** Whether the operation takes a JSON body, and its top-level fields (others are dropped). */
  body: { fields: string[] | undefined } | undefined;
  /** Coerces and validates path, query and header parameters, filling in their defaults. */
  parseParams(input: RequestInput): { params: Params } | { errors: FieldErrors; inPath: boolean };
  /** Validates a parsed JSON body. */
  checkBody(body: unknown): FieldErrors | undefined;
}
export interface Params {
  path: Record<string, string>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
}

export type Match =
  | { route: Route; path: Record<string, string> }
  | { allow: string[] }
  | undefined;

/** In the order DRF lists them in `Allow`. */
const METHODS = ["get", "post", "put", "patch", "delete"];

/** A generated validator: whether the data is valid; if not, why, in `errors`. */
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** A percent-decoded path segment; a malformed one stays as it is (and matches nothing). */
export function decodePart(part: string) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function resolve<T>(value: T | Ref): T {
  let node: unknown = value;
  while (node && typeof node === "object" && "$ref" in node && typeof node.$ref === "string") {
    node = node.$ref
      .replace(/^#\//, "")
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], contract);
  }
  return node as T;
}

let compiled: ((method: string, pathname: string) => Match) | undefined;

/**
 * The route table, compiled from the contract on first use: a function finding the operation
 * for a request: a route, the methods the path allows (405) or nothing (404).
 */
export function routeTable() {
  compiled ??= compileRoutes();
  return compiled;
}

function compileRoutes() {
  const byPath = Object.entries(contract.paths).map(([template, item]) => {
    const names: string[] = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{(.+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
        names.push(name);
        return "([^/]+)";
      })
      .join("");
    const routes = new Map(
      METHODS.filter((method) => item[method]).map((method) => [
        method.toUpperCase(),
        compileOperation(method, item),
      ]),
    );
    return { template, pattern: new RegExp(`^${source}$`), names, routes };
  });
  // A path without parameters that no earlier template matches is looked up, not scanned for.
  const exact = new Map(
    byPath
      .filter(({ template, names }, i) => {
        const earlier = byPath.slice(0, i);
        return names.length === 0 && !earlier.some(({ pattern }) => pattern.test(template));
      })
      .map((entry) => [entry.template, [entry]]),
  );

  return (method: string, pathname: string): Match => {
    for (const { pattern, names, routes } of exact.get(pathname) ?? byPath) {
      const found = pattern.exec(pathname);
      if (!found) continue;
      const route = routes.get(method);
      // every method that works: HEAD wherever GET does, OPTIONS (a CORS preflight) everywhere
      if (!route)
        return { allow: [...routes.keys(), ...(routes.has("GET") ? ["HEAD"] : []), "OPTIONS"] };
      const path: Record<string, string> = {};
      names.forEach((name, i) => {
        path[name] = decodePart(found[i + 1] ?? "");
      });
      return { route, path };
    }
    return undefined;
  };
}

function compileOperation(method: string, item: Record<string, unknown>): Route {
  const operation = item[method] as Operation;
  const declared = [
    ...((item.parameters as (Parameter | Ref)[]) ?? []),
    ...(operation.parameters ?? []),
  ].map((p) => resolve<Parameter>(p));
  // what each parameter is read as, worked out once, not per request
  const query = declared
    .filter((p) => p.in === "query")
    .map((p) => ({ name: p.name, many: isArraySchema(p.schema) }));
  const header = declared
    .filter((p) => p.in === "header")
    .map((p) => ({ name: p.name, field: p.name.toLowerCase() }));
  const validateParams = generated(paramValidators, operation.operationId, "parameter");

  const requestBody = operation.requestBody && resolve(operation.requestBody);
  const bodySchema = requestBody?.content["application/json"]?.schema;
  const validateBody = bodySchema && generated(bodyValidators, operation.operationId, "body");
  const bodyProperties = bodySchema && resolve<Schema>(bodySchema).properties;

  const security = operation.security ?? contract.security ?? [];
  return {
    operationId: operation.operationId,
    schemes: security.flatMap((requirement) => Object.keys(requirement)),
    anonymous: security.length === 0 || security.some((r) => Object.keys(r).length === 0),
    headers: header.map((p) => p.name),
    body: validateBody
      ? { fields: bodyProperties ? Object.keys(bodyProperties) : undefined }
      : undefined,
    parseParams(input) {
      const raw = { path: { ...input.path }, query: {}, header: {} } as Params;
      for (const { name, many } of query) {
        const values = input.query.getAll(name);
        // Django's QueryDict.get takes the last value; array parameters take all of them.
        if (values.length > 0) raw.query[name] = many ? values : values.at(-1);
      }
      for (const { name, field } of header) {
        const value = input.header(field);
        if (value !== null) raw.header[name] = value;
      }
      if (validateParams(raw)) return { params: raw };
      const errors = validateParams.errors ?? [];
      return {
        errors: drfErrors(errors, 1),
        inPath: errors.some((e) => e.instancePath.startsWith("/path")),
      };
    },
    checkBody(body) {
      if (!validateBody || validateBody(body)) return undefined;
      return drfErrors(validateBody.errors, 0);
    },
  };
}

/** The generated validator of an operation; missing only if src/generated is out of date. */
function generated(validators: Record<string, Validator>, operationId: string, what: string) {
  const validate = validators[operationId];
  if (!validate)
    throw new Error(
      `No ${what} validator for ${operationId} in src/generated: run \`npm run generate\``,
    );
  return validate;
}

function isArraySchema(schema: Schema | undefined) {
  const type = schema && resolve<Schema>(schema).type;
  return type === "array" || (Array.isArray(type) && type.includes("array"));
}

const TYPE_MESSAGES: Record<string, (value: unknown) => string> = {
  string: () => "Not a valid string.",
  integer: () => "A valid integer is required.",
  number: () => "A valid number is required.",
  boolean: () => "Must be a valid boolean.",
  object: (v) => `Expected a dictionary of items but got type "${jsonType(v)}".`,
  array: (v) => `Expected a list of items but got type "${jsonType(v)}".`,
};
const FORMAT_MESSAGES: Record<string, string> = {
  uuid: "Must be a valid UUID.",
  "date-time":
    "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
  email: "Enter a valid email address.",
  uri: "Enter a valid URL.",
};

function jsonType(value: unknown) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  return (
    { string: "str", number: "int", boolean: "bool", object: "dict" }[typeof value as string] ??
    typeof value
  );
}

/** DRF's wording for one ajv error, or undefined for errors that only echo another one. */
function message(error: ErrorObject): string | undefined {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return "This field is required.";
    case "type": {
      if (error.data === null) return "This field may not be null.";
      if (p.type === "null") return undefined;
      const expected =
        String(p.type)
          .split(",")
          .find((t) => t !== "null") ?? "";
      return TYPE_MESSAGES[expected]?.(error.data) ?? error.message;
    }
    case "enum":
      return `"${String(error.data)}" is not a valid choice.`;
    case "const":
      return `"${String(error.data)}" is not a valid choice.`;
    case "format":
      return FORMAT_MESSAGES[String(p.format)] ?? `Enter a valid ${String(p.format)}.`;
    case "minLength":
      return error.data === ""
        ? "This field may not be blank."
        : `Ensure this field has at least ${counted(Number(p.limit), "character")}.`;
    case "maxLength":
      return `Ensure this field has no more than ${counted(Number(p.limit), "character")}.`;
    case "minimum":
      return `Ensure this value is greater than or equal to ${p.limit}.`;
    case "maximum":
      return `Ensure this value is less than or equal to ${p.limit}.`;
    case "minItems":
      return p.limit === 1
        ? "This list may not be empty."
        : `Ensure this field has at least ${counted(Number(p.limit), "element")}.`;
    case "maxItems":
      return `Ensure this field has no more than ${counted(Number(p.limit), "element")}.`;
    case "anyOf":
    case "oneOf":
    case "allOf":
    case "if":
      return undefined;
    default:
      return error.message;
  }
}

/** `["definition", "tools", "0"]` → `definition.tools[0]`: where in a field an error is. */
function fieldPath(segments: string[]) {
  return segments
    .map((segment, i) => (/^\d+$/.test(segment) ? `[${segment}]` : i ? `.${segment}` : segment))
    .join("");
}

/**
 * The message for an error inside a field (an object's member, a list's item), naming where:
 * DRF nests such errors, which a flat field map cannot, so the message carries the path.
 */
function nestedMessage(error: ErrorObject, segments: string[]): string | undefined {
  if (error.keyword === "additionalProperties") {
    const sent = (error.params as { additionalProperty: string }).additionalProperty;
    const unknown = sent.length > 100 ? `${sent.slice(0, 100)}…` : sent;
    const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    return `Unknown field "${fieldPath([...segments, unknown])}"; the fields are ${known.join(", ")}.`;
  }
  const text = message(error);
  return text && segments.length > 1 ? `${fieldPath(segments)}: ${text}` : text;
}

/**
 * Ajv errors as a DRF field map: keyed by the top-level field (`skip` leading path segments
 * are the envelope: `/query/status` → `status`), first message per field, errors on the
 * object itself under `non_field_errors`.
 */
function drfErrors(errors: ErrorObject[] | null | undefined, skip: number): FieldErrors {
  const fields: FieldErrors = {};
  const fallback: FieldErrors = {};
  for (const error of errors ?? []) {
    const segments = error.instancePath
      .split("/")
      .slice(1 + skip)
      .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
    // a missing member is an error of the member, not of the object that lacks it
    if (error.keyword === "required")
      segments.push(String((error.params as { missingProperty: string }).missingProperty));
    const field = segments[0] ?? "non_field_errors";
    const text =
      segments.length === 0 && error.keyword === "type"
        ? `Invalid data. Expected a dictionary, but got ${jsonType(error.data)}.`
        : nestedMessage(error, segments);
    const into = text ? fields : fallback;
    if (!into[field]) into[field] = [text ?? error.message ?? "Invalid value."];
  }
  for (const [field, messages] of Object.entries(fallback)) fields[field] ??= messages;
  return fields;
}

/** A component schema of the contract by name, e.g. `componentSchema("Agent")`. */
export function componentSchema(name: string): Schema & { properties: Record<string, Schema> } {
  return resolve<Schema & { properties: Record<string, Schema> }>({
    $ref: `#/components/schemas/${name}`,
  });
}

const defaults = new Map<string, Record<string, (now: Date) => unknown>>();

/**
 * The fields of a component schema with the value each takes when a create leaves it out, the
 * DRF way: the schema's `default`, else `null` if nullable, else `now` for a date-time, else the
 * first choice of an enum, else `""`, `{}`, `[]`, `false` or `0` by type.
 */
export function defaultsFor(schemaName: string, now: Date): Record<string, unknown> {
  let makers = defaults.get(schemaName);
  if (!makers) {
    const schema = resolve<Schema>({ $ref: `#/components/schemas/${schemaName}` });
    const properties = (schema?.properties ?? {}) as Record<string, Schema>;
    makers = Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [name, defaultOf(property)]),
    );
    defaults.set(schemaName, makers);
  }
  return Object.fromEntries(Object.entries(makers).map(([name, make]) => [name, make(now)]));
}

function defaultOf(property: Schema): (now: Date) => unknown {
  const schema = { ...resolve<Schema>(property), ...property };
  if ("default" in schema) return () => structuredClone(schema.default);
  const types = [schema.type].flat();
  if (types.includes("null")) return () => null;
  if (schema.format === "date-time") return (now) => now.toISOString();
  if (Array.isArray(schema.enum)) return () => (schema.enum as unknown[])[0];
  const empty = { string: "", boolean: false, integer: 0, number: 0 }[String(types[0])];
  if (types[0] === "object") return () => ({});
  if (types[0] === "array") return () => [];
  return () => empty;
}
