// The SDK's named types and method documentation, generated from the contract into
// src/generated/sdk.ts (types only: nothing of it reaches a bundle):
//   - every schema as a named type (`Agent`, `TemplateRequest`, …), with its description;
//   - every resource method's parameters (`AgentCreateParams`, `AgentListParams`, …);
//   - every resource as an interface (`AgentsResource`) whose methods carry TSDoc: the
//     operation's summary and description, the errors it may throw by status, an example;
//   - the static methods that start a session (`Bedrock.login`, …) as `SessionMethods`, whose
//     signatures the client's static methods take, so they carry the same TSDoc.
// A hover over `await bedrock.agents.create(…)` then shows `Agent`, and a type error names it.
import { codeSamples, operationsOf, sdkMethod } from "./docs.mjs";

/** The SDK's error class for each status an operation documents. */
const ERROR_CLASSES = {
  400: "BadRequestError",
  401: "AuthenticationError",
  403: "PermissionDeniedError",
  404: "NotFoundError",
  409: "ConflictError",
  422: "UnprocessableEntityError",
  429: "RateLimitError",
};
const errorClass = (status) =>
  ERROR_CLASSES[status] ?? (Number(status) >= 500 ? "InternalServerError" : "APIError");

const pascal = (name) => name.replace(/^\w/, (letter) => letter.toUpperCase());
const refName = (holder) => holder?.$ref?.split("/").pop();

/** `text` as the lines of a TSDoc comment at `indent`. */
function tsdoc(lines, indent = "") {
  const body = lines
    .join("\n")
    .replaceAll("*/", "*\\/")
    .split("\n")
    .map((line) => `${indent} *${line ? ` ${line}` : ""}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */`;
}

function deref(contract, value) {
  let node = value;
  while (node?.$ref)
    node = node.$ref
      .slice(2)
      .split("/")
      .reduce((at, key) => at[key], contract);
  return node;
}

/** The schema name of an operation's JSON success body, `undefined` for none (204). */
function resultSchema(contract, operation) {
  const status = Object.keys(operation.responses)
    .filter((code) => code.startsWith("2"))
    .sort()[0];
  return refName(
    deref(contract, operation.responses[status])?.content?.["application/json"]?.schema,
  );
}

/**
 * An object schema's properties, through its `allOf` parts: each with whether it is required
 * and read-only, as openapi-typescript types them. `undefined` for anything but plain objects.
 */
function propertiesOf(contract, schema) {
  const node = deref(contract, schema);
  if (node.oneOf || node.anyOf || node.additionalProperties) return undefined;
  if (node.allOf) {
    const parts = node.allOf.map((part) => propertiesOf(contract, part));
    return parts.includes(undefined) ? undefined : parts.flat();
  }
  if (node.type !== "object") return undefined;
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, property]) => ({
    name,
    required: required.has(name),
    readOnly: Boolean(property.readOnly ?? deref(contract, property).readOnly),
    description: property.description ?? deref(contract, property).description,
  }));
}

/**
 * An interface of `properties`, each typed as the property of `source` (a type expression),
 * so that a hover and a type error name the interface instead of printing the object type.
 * A property with `as` is named so (`organizationName` for `organization_name`).
 */
function interfaceOf(name, doc, properties, source) {
  const key = (property) =>
    /^[A-Za-z_$][\w$]*$/.test(property) ? property : JSON.stringify(property);
  const members = properties.map((property) => {
    const type = `${source}[${JSON.stringify(property.name)}]`;
    const lines = property.description
      ? `${tsdoc(property.description.trim().split("\n"), "  ")}\n`
      : "";
    const readonly = property.readOnly ? "readonly " : "";
    return property.required
      ? `${lines}  ${readonly}${key(property.as ?? property.name)}: ${type};`
      : `${lines}  ${readonly}${key(property.as ?? property.name)}?: Exclude<${type}, undefined>;`;
  });
  return `${tsdoc(doc)}\nexport interface ${name} {\n${members.join("\n")}\n}`;
}

/** Named types of every schema: interfaces for objects (so hovers show the name), aliases else. */
function modelTypes(contract) {
  const out = [];
  for (const [name, schema] of Object.entries(contract.components.schemas)) {
    if (/^Paginated\w+List$/.test(name)) continue; // every page is a `Page<Item>`
    const doc = (schema.description ?? `The contract's \`${name}\`.`).trim().split("\n");
    const properties = propertiesOf(contract, schema);
    out.push(
      properties
        ? interfaceOf(name, doc, properties, `Schema<"${name}">`)
        : `${tsdoc(doc)}\nexport type ${name} = Schema<"${name}">;`,
    );
  }
  return out;
}

/** How the SDK exposes an operation on a resource, or nothing (the static session flows). */
function resourceMethod(entry) {
  const call = sdkMethod(entry);
  const { operation } = entry;
  if (!call.session) return call;
  // Accepting an invite is also a method of a signed-in user's client.
  if (!operation.security?.some((scheme) => "TokenAuth" in scheme)) return undefined;
  const tag = operation.tags[0].toLowerCase();
  return { receiver: `bedrock.${tag}`, method: operation.operationId.match(/^[a-z]+/)[0] };
}

/** The method's TSDoc: summary, description, errors by status, an example. */
function methodDoc(contract, operation, sample) {
  const lines = [operation.summary.replace(/\.?$/, ".")];
  if (operation.description) lines.push("", ...operation.description.trim().split("\n"));
  for (const [status, response] of Object.entries(operation.responses)) {
    if (/^[23]/.test(status)) continue;
    const { description = "" } = deref(contract, response);
    lines.push(`@throws ${status} {@link ${errorClass(status)}}: ${description.trim()}`);
  }
  lines.push("@example", "```ts", ...sample.trim().split("\n"), "```");
  return lines;
}

/**
 * One method's declaration. `noun` names its parameter types (`Agent` → `AgentCreateParams`);
 * the types it declares go to `params`.
 */
function methodDeclaration(contract, entry, call, noun, params) {
  const { path, operation } = entry;
  const id = operation.operationId;
  const verb = pascal(call.method);
  const args = [];
  if (path.includes("{id}")) {
    // A sub-resource of another collection's item takes that item's id (`organizationId`).
    const [collection] = path.slice(0, path.indexOf("/{id}")).split("/").slice(-1);
    const own = call.receiver.split(".").at(-1);
    const singular = collection.replace(/s$/, "");
    args.push(
      own.toLowerCase() === collection.replace(/-/g, "") ? "id: string" : `${singular}Id: string`,
    );
  }
  const media = deref(contract, operation.requestBody)?.content?.["application/json"];
  const optional = operation.requestBody?.required ? "" : "?";
  const type = `${noun}${verb}Params`;
  let options = "options?: RequestOptions";
  if (call.method === "list") {
    const query = (operation.parameters ?? [])
      .map((parameter) => deref(contract, parameter))
      .filter((parameter) => parameter.in === "query")
      .map(({ name, required, description }) => ({ name, required, readOnly: false, description }));
    params.push(
      interfaceOf(type, [`The query of \`${call.receiver}.list\`.`], query, `Query<"${id}">`),
    );
    args.push(`query?: ${type}`);
  } else if (media && call.camelBody) {
    params.push(camelParams(contract, media, type, id));
    args.push(`${camelName(call.method)}?: ${type}`);
    options = "request?: RequestOptions";
  } else if (media) {
    const doc = [`The body of \`${call.receiver}.${call.method}\`.`];
    const properties = propertiesOf(contract, media.schema);
    params.push(
      properties
        ? interfaceOf(type, doc, properties, `Body<"${id}">`)
        : `${tsdoc(doc)}\nexport type ${type} = Body<"${id}">;`,
    );
    args.push(
      call.argument ? `${call.argument}: ${type}["${call.argument}"]` : `body${optional}: ${type}`,
    );
  }
  args.push(options);
  const result = resultSchema(contract, operation);
  const item = result?.replace(/^Paginated(\w+)List$/, "$1");
  const returns =
    call.method === "list" ? `PagePromise<Page<${item}>>` : `APIPromise<${result ?? "undefined"}>`;
  return `${call.method}(${args.join(", ")}): ${returns};`;
}

const camelName = (method) => (method === "rotate" ? "options" : "body");

/** A body taken as camelCase options: each property of the schema, renamed, with its description. */
function camelParams(contract, media, type, id) {
  const schema = deref(contract, media.schema);
  const name = refName(media.schema);
  const fields = Object.entries(schema.properties ?? {}).map(([key, property]) => {
    const camel = key.replace(/_(\w)/g, (_, letter) => letter.toUpperCase());
    const doc = property.description ? `${tsdoc([property.description.trim()], "  ")}\n` : "";
    return `${doc}  ${camel}?: ${name}["${key}"];`;
  });
  return `/** The options of ${id}, its body's fields in camelCase. */\nexport interface ${type} {\n${fields.join("\n")}\n}`;
}

/** The `@param` lines of a static session method: its path id, its options and the call's. */
function sessionParamsDoc(contract, { path, operation }) {
  const lines = [];
  if (path.includes("{id}")) {
    const id = [...(contract.paths[path].parameters ?? []), ...(operation.parameters ?? [])]
      .map((parameter) => deref(contract, parameter))
      .find((parameter) => parameter.in === "path" && parameter.name === "id");
    lines.push(`@param id - ${id.description.trim()}`);
  }
  const takesToken = operation.security?.some((scheme) => "TokenAuth" in scheme);
  lines.push(
    "@param body - The request body, its fields in camelCase.",
    `@param options - The options of the client it resolves to (\`baseUrl\`, \`fetch\`, …), which uses the new token. ${
      takesToken
        ? "A `token` here is sent with this call, as the signed-in user's (an existing account accepting)."
        : "No credential is sent with this call."
    }`,
    "@param request - This call's options (`signal`, `timeout`, `idempotencyKey`, …).",
  );
  return lines;
}

/**
 * The static methods that start a session (the operations that take no credentials), as the
 * interface `SessionMethods<Options, Sessions>`: the client's own types come in as its type
 * parameters (this file imports nothing of src/client.ts). Their bodies are taken in camelCase,
 * as the samples pass them; their parameter types go to `params`.
 */
function sessionMethods(contract, samples, params) {
  const members = [];
  const ids = [];
  for (const entry of operationsOf(contract)) {
    if (!sdkMethod(entry).session) continue;
    const { path, operation } = entry;
    const id = operation.operationId;
    const type = `${pascal(id)}Params`;
    const media = deref(contract, operation.requestBody)?.content?.["application/json"];
    const properties = (propertiesOf(contract, media.schema) ?? []).map((property) => ({
      ...property,
      as: property.name.replace(/_(\w)/g, (_, letter) => letter.toUpperCase()),
    }));
    const bodyDoc = [`The body of \`Bedrock.${id}\`: the contract's fields, named in camelCase.`];
    params.push(interfaceOf(type, bodyDoc, properties, `Body<"${id}">`));
    const optional = operation.requestBody?.required ? "" : "?";
    const args = [
      ...(path.includes("{id}") ? ["id: string"] : []),
      `body${optional}: ${type}`,
      "options?: Options",
      "request?: RequestOptions",
    ];
    const doc = methodDoc(contract, operation, samples[id].typescript);
    doc.splice(
      doc.findIndex((line) => line.startsWith("@")),
      0,
      ...sessionParamsDoc(contract, entry),
    );
    members.push(tsdoc(doc, "  "));
    members.push(`  ${id}(${args.join(", ")}): Promise<Sessions["${id}"]>;`);
    ids.push(JSON.stringify(id));
  }
  const doc = [
    "The static methods of `Bedrock` that start a session: each resolves to the API's answer and",
    "a client that uses its token. `Options` are the client's options, `Sessions` what each resolves to.",
  ];
  return `${tsdoc(doc)}\nexport interface SessionMethods<Options, Sessions extends Record<${ids.join(" | ")}, unknown>> {\n${members.join("\n")}\n}`;
}

/**
 * The resources as a tree of receivers (`organizations.keyPolicy`), each with its methods and
 * their samples (`samples`: the contract's, by operationId).
 */
function resourceTree(contract, samples) {
  const tree = { children: {}, methods: [], nouns: [] };
  for (const entry of operationsOf(contract)) {
    const call = resourceMethod(entry);
    if (!call) continue;
    let node = tree;
    for (const part of call.receiver.split(".").slice(1)) {
      node.children[part] ??= { children: {}, methods: [], nouns: [], tag: undefined };
      node = node.children[part];
    }
    node.tag ??= entry.operation.tags[0];
    node.methods.push({ entry, call, sample: samples[entry.operation.operationId].typescript });
  }
  return tree;
}

/** The noun of a resource's parameter types: its item operations' (`getAgent` → `Agent`). */
function nounOf(methods) {
  const ids = methods.map(({ entry }) => entry.operation.operationId);
  const single = ids.find((id) => /^(get|create|delete|update|replace)[A-Z]/.test(id)) ?? ids[0];
  return single.replace(/^[a-z]+/, "");
}

function interfaces(contract, node, name, doc, params, out) {
  const members = [];
  const noun = node.methods.length ? nounOf(node.methods) : "";
  for (const { entry, call, sample } of node.methods) {
    members.push(tsdoc(methodDoc(contract, entry.operation, sample), "  "));
    members.push(`  ${methodDeclaration(contract, entry, call, noun, params)}`);
  }
  for (const [key, child] of Object.entries(node.children)) {
    const childName = `${pascal(key)}Resource`;
    const tag = contract.tags?.find((t) => t.name === child.tag);
    const childDoc =
      child.methods.length && tag?.description
        ? tag.description.trim().split("\n")
        : [
            `${Object.keys(child.children)
              .map((k) => `\`${k}\``)
              .join(", ")}.`,
          ];
    interfaces(contract, child, childName, childDoc, params, out);
    members.push(tsdoc(childDoc, "  "), `  readonly ${key}: ${childName};`);
  }
  out.push(`${tsdoc(doc)}\nexport interface ${name} {\n${members.join("\n")}\n}`);
}

/** src/generated/sdk.ts: the named types and documented resource interfaces. */
export function sdkTypes(contract, banner) {
  const params = [];
  const resources = [];
  const doc = [
    "Every resource of a client: `bedrock.templates`, `bedrock.adapterState.contacts`, …",
  ];
  const samples = codeSamples(contract);
  interfaces(contract, resourceTree(contract, samples), "Resources", doc, params, resources);
  resources.push(sessionMethods(contract, samples, params));
  const page = Object.keys(contract.components.schemas).find((n) => /^Paginated\w+List$/.test(n));
  return `// ${banner}
// Types only: the SDK's named types and its documented resource methods, from the contract.
import type {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../errors";
import type { PagePromise } from "../pagination";
import type { APIPromise } from "../promise";
import type { RequestOptions } from "../transport";
import type { components, operations } from "./schema";

/** Any schema of the contract by name: \`Schema<"Template">\`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
type Json<R> = R extends { content: { "application/json": infer T } } ? T : never;
type Body<Id extends keyof operations> = Json<NonNullable<operations[Id]["requestBody"]>>;
type Query<Id extends keyof operations> = NonNullable<operations[Id]["parameters"]["query"]>;

/** A page of a list (DRF page-number pagination): \`{ count, next, previous, results }\`. */
export interface Page<Item> extends Omit<Schema<"${page}">, "results"> {
  /** The page's items. */
  results: Item[];
}

${modelTypes(contract).join("\n\n")}

${params.join("\n\n")}

${resources.join("\n\n")}
`;
}

/**
 * src/generated/routes.ts: what the client needs of each operation at run time, as compact
 * text (operations.ts, with tags and types, is the stub's and the tests'): one line per
 * operation, `operationId METHOD path schemes`, schemes being `k` (API key), `t` (token) and
 * `a` (also without credentials).
 */
export function routesTable(contract, banner) {
  const lines = [];
  let path = "";
  let base = "";
  let object = "";
  for (const entry of operationsOf(contract)) {
    const { operation } = entry;
    const requirements = operation.security ?? contract.security ?? [];
    const schemes = requirements.flatMap((requirement) => Object.keys(requirement));
    const anonymous = !schemes.length || requirements.some((r) => !Object.keys(r).length);
    const flags = [
      schemes.includes("ApiKeyAuth") ? "k" : "",
      schemes.includes("TokenAuth") ? "t" : "",
      anonymous ? "a" : "",
    ].join("");
    // A session flow that is also a method of a signed-in client goes by the method's name.
    const call = resourceMethod(entry) ?? sdkMethod(entry);
    const receiver = call.receiver.replace(/^bedrock\./, "");
    const body = !operation.requestBody
      ? ""
      : call.camelBody
        ? " c"
        : call.argument
          ? ` .${call.argument}`
          : " b";
    if (entry.path !== path || receiver !== object) {
      const relative = base && entry.path.startsWith(base);
      if (!relative) base = entry.path;
      const where = relative ? entry.path.slice(base.length) : entry.path;
      lines.push(receiver === object ? where : `${where} ${receiver}`);
      path = entry.path;
      object = receiver;
    }
    lines.push(` ${entry.method.toUpperCase()} ${flags} ${call.method}${body}`);
  }
  return `// ${banner}

/**
 * Every operation of the contract, under its path (after the last path starting with \`/\`
 * when it does not) and the client object that has its method (\`Bedrock\`: a static session
 * flow; none: the object before), as \`METHOD schemes method body\`. Schemes: \`k\` API key,
 * \`t\` token, \`a\` also none. Body: \`b\` as given, \`c\` as camelCase options, \`.field\` as
 * that field's value alone, none for none. A method takes the id first when the path has
 * \`{id}\`, then the body; a \`list\` the query.
 */
export const routes = \`${lines.join("\n")}\`;

/** The contract's \`info.version\`: the API version this SDK was generated from (it equals the package version). */
export const apiVersion = "${contract.info.version}";
`;
}
