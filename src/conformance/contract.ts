// What the kit knows of the contract, all read from the bundled contract (src/generated/openapi.json):
// the operations and the security each accepts, the responses each declares (status, required
// headers, body schema), the role table its description prints, the references between
// schemas (`x-references`, `x-on-delete`) and the request limits (`x-request-limits`).
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import bundled from "../generated/openapi.json" with { type: "json" };
import { type OperationId, operations } from "../generated/operations";
import { addContractFormats } from "../stub/formats";

export type { OperationId };
export type Schema = { [keyword: string]: unknown };
type Ref = { $ref?: string };
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Header {
  required?: boolean;
  schema?: Schema;
}
interface Response {
  headers?: Record<string, Header & Ref>;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter & Ref)[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, Response & Ref>;
}
interface Document {
  info: { description: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
  "x-request-limits": { maxBodyBytes: number; maxJsonDepth: number };
}

export const contract = bundled as unknown as Document;
export const LIMITS = contract["x-request-limits"];
export const OPERATION_IDS = Object.keys(operations) as OperationId[];
export { operations };

/** Follows local `$ref`s to what they name. */
export function resolve<T>(node: T | Ref): T {
  let at: unknown = node;
  while (at && typeof at === "object" && typeof (at as Ref).$ref === "string") {
    at = ((at as Ref).$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>(
        (into, key) => (into as Record<string, unknown> | undefined)?.[key],
        contract,
      );
  }
  return at as T;
}

export function operationOf(id: OperationId): Operation {
  const { method, path } = operations[id];
  return contract.paths[path]?.[method.toLowerCase()] as Operation;
}

/** An operation's parameters, resolved. */
export function parametersOf(id: OperationId): Parameter[] {
  return (operationOf(id).parameters ?? []).map((p) => resolve<Parameter>(p));
}

/** The schema of an operation's JSON request body, resolved (undefined without one). */
export function requestSchemaOf(id: OperationId): Schema | undefined {
  const schema = operationOf(id).requestBody?.content["application/json"]?.schema;
  return schema && resolve<Schema>(schema);
}

/** The component schema an operation's first 2xx answer carries, by name (`Template`). */
export function resultSchemaName(id: OperationId): string | undefined {
  const entry = Object.entries(operationOf(id).responses).find(([s]) => s.startsWith("2"));
  const response = entry && resolve<Response>(entry[1]);
  const ref = (response?.content?.["application/json"]?.schema as Ref | undefined)?.$ref;
  return ref?.split("/").pop();
}

export function componentSchema(name: string): Schema & { properties?: Record<string, Schema> } {
  return resolve<Schema & { properties?: Record<string, Schema> }>(
    contract.components.schemas[name] ?? {},
  );
}

const ajv = new Ajv2020({ strict: false, allErrors: false, logger: false });
addFormats(ajv);
addContractFormats(ajv);
ajv.addSchema(contract as object, "contract");
const compiled = new Map<string, ValidateFunction>();
function validatorFor(pointer: string, schema: Schema): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv.compile(
      (schema as Ref).$ref ? { $ref: `contract${(schema as Ref).$ref}` } : schema,
    );
    compiled.set(pointer, validate);
  }
  return validate;
}

/** What an answer breaks of what the contract declares for it; empty when it keeps it all. */
export function responseProblems(
  id: OperationId,
  status: number,
  headers: Headers,
  body: unknown,
  text: string,
): string[] {
  const declared = operationOf(id).responses[String(status)];
  if (!declared)
    return [
      `${id} declares no ${status} answer (it declares ${Object.keys(operationOf(id).responses).join(", ")})`,
    ];
  const response = resolve<Response>(declared);
  const problems: string[] = [];
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const spec = resolve<Header>(header);
    const value = headers.get(name);
    if (value === null) {
      if (spec.required) problems.push(`the ${status} answer of ${id} must carry ${name}`);
      continue;
    }
    const pattern = spec.schema?.pattern;
    if (typeof pattern === "string" && !new RegExp(pattern).test(value))
      problems.push(`header ${name} must match ${pattern}`);
  }
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) {
    if (text !== "") problems.push(`the ${status} answer of ${id} has no body in the contract`);
    return problems;
  }
  const validate = validatorFor(`${id} ${status}`, schema);
  if (!validate(body))
    problems.push(
      `the ${status} body of ${id} breaks its schema: ${ajv.errorsText(validate.errors, { dataVar: "body" })}`,
    );
  return problems;
}

/** One row of the role table the contract's description prints. */
export interface RoleRule {
  /** The rule's name, e.g. `keys.manage`. */
  rule: string;
  action: string;
  /** Per role: `true`/`false`, or the roles the action may touch. */
  cells: Record<string, boolean | string[]>;
}

/** The role table, parsed from the contract's description (under "# Roles"). */
export function roleTable(): { roles: string[]; rules: RoleRule[] } {
  const lines = contract.info.description.split("\n");
  const header = lines.findIndex((line) => /^\|\s*rule\s*\|\s*action\s*\|/.test(line));
  if (header < 0) return { roles: [], rules: [] };
  const cellsOf = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((cell) => cell.trim());
  const roles = cellsOf(lines[header] ?? "").slice(2);
  const rules: RoleRule[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    const [rule = "", action = "", ...cells] = cellsOf(line);
    rules.push({
      rule: rule.replaceAll("`", ""),
      action,
      cells: Object.fromEntries(
        roles.map((role, i) => {
          const cell = cells[i] ?? "no";
          if (cell === "yes" || cell === "no") return [role, cell === "yes"];
          return [role, [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "")];
        }),
      ),
    });
  }
  return { roles, rules };
}

/** A reference the contract declares: `schema.field` names a `target`, with its delete rule. */
export interface Reference {
  schema: string;
  field: string;
  target: string;
  onDelete: string;
}

export function references(): Reference[] {
  return Object.entries(contract.components.schemas).flatMap(([schema, node]) =>
    Object.entries((node.properties ?? {}) as Record<string, Schema>).flatMap(([field, p]) => {
      const target = p["x-references"];
      return typeof target === "string"
        ? [{ schema, field, target, onDelete: String(p["x-on-delete"] ?? "") }]
        : [];
    }),
  );
}

/** The scheme keyword a credential uses in `Authorization`, per security scheme. */
export const SCHEME_KEYWORD: Record<string, string> = { ApiKeyAuth: "Bearer", TokenAuth: "Token" };
