// The stub's request validators, compiled ahead of time: ajv's standalone code for each
// operation's parameters (coerced from strings, defaults filled in) and JSON body (as sent), so
// the stub compiles nothing at run time and runs where code generated from strings is refused
// (`node --disallow-code-generation-from-strings`, Cloudflare Workers, a page with a strict CSP).
// src/stub/contract.ts reads the parameter lists the same way from the contract at run time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { _, Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { buildSync } from "esbuild";

const METHODS = ["get", "post", "put", "patch", "delete"];
const CONTRACT_ID = "contract";
const ROOT_ID = "operations";
/**
 * What the standalone code `require`s, as the ES imports that replace it: ajv's runtime helpers
 * and ajv-formats' format checks, plain functions that compile nothing.
 */
const RUNTIME = {
  'require("ajv/dist/runtime/ucs2length").default': {
    name: "ucs2length",
    imports: [
      'import * as ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";',
      // the CommonJS module's `exports.default`, however the loader wraps it
      "const ucs2length = ucs2lengthModule.default.default ?? ucs2lengthModule.default;",
    ],
  },
  'require("ajv/dist/runtime/equal").default': {
    name: "deepEqual",
    imports: [
      'import * as equalModule from "ajv/dist/runtime/equal.js";',
      "const deepEqual = equalModule.default.default ?? equalModule.default;",
    ],
  },
  'require("../stub/formats").FORMATS': {
    name: "FORMATS",
    imports: ['import { FORMATS } from "../stub/formats";'],
  },
};

/**
 * The string formats as the stub checks them (src/stub/formats.ts: ajv-formats' own, with email
 * and date-time as the contract defines them), loaded from the TypeScript through esbuild: the
 * generated code imports the same module, so what `npm run generate` compiles and what the stub
 * runs cannot differ.
 */
async function stubFormats() {
  const dir = mkdtempSync(join(tmpdir(), "bedrock-formats-"));
  try {
    const outfile = join(dir, "formats.mjs");
    const entry = join(import.meta.dirname, "../src/stub/formats.ts");
    buildSync({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", outfile });
    return (await import(pathToFileURL(outfile).href)).FORMATS;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const FORMATS = await stubFormats();

function resolve(contract, value) {
  let node = value;
  while (node && typeof node === "object" && typeof node.$ref === "string") {
    node = node.$ref
      .replace(/^#\//, "")
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((at, key) => at?.[key], contract);
  }
  return node;
}

/** Points a schema's local `#/...` refs at the contract registered in ajv. */
function anchored(schema) {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (!schema || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? CONTRACT_ID + value
        : anchored(value),
    ]),
  );
}

/** Every operation: its id, the parameters it declares (path item's first), its body schema. */
function operations(contract) {
  return Object.values(contract.paths).flatMap((item) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method];
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => ({
        ...resolve(contract, p),
        ref: p.$ref,
      }));
      const requestBody = operation.requestBody && resolve(contract, operation.requestBody);
      const body = requestBody?.content["application/json"]?.schema;
      return { id: operation.operationId, parameters, body };
    }),
  );
}

/**
 * A parameter's schema: a shared parameter (`#/components/parameters/…`) by reference, so its
 * check is one function for every operation that takes it; its default beside the reference,
 * where ajv fills defaults in from.
 */
function parameterSchema({ ref, schema = {} }) {
  if (!ref) return anchored(schema);
  return {
    $ref: `${CONTRACT_ID}${ref}/schema`,
    ...("default" in schema && { default: schema.default }),
  };
}

/** The schema of an operation's parameters, as `{ path, query, header }` of strings. */
function parametersSchema(parameters) {
  const group = (place) => {
    const list = parameters.filter((p) => p.in === place);
    return {
      type: "object",
      properties: Object.fromEntries(list.map((p) => [p.name, parameterSchema(p)])),
      required: list.filter((p) => p.required || place === "path").map((p) => p.name),
    };
  };
  return {
    type: "object",
    properties: { path: group("path"), query: group("query"), header: group("header") },
  };
}

/** A TypeScript module of ajv standalone validators, one export per operation, and their map. */
function moduleOf(contract, schemas, { params }, banner) {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: false,
    logger: false,
    // Parameters arrive as strings: coerce them and fill in their defaults. Bodies stay as sent.
    coerceTypes: params ? "array" : false,
    useDefaults: params,
    // a referenced schema is a function of its own, not a copy in each operation's validator
    inlineRefs: false,
    // format checks that are functions are looked up in the stub's FORMATS, regexps inlined
    code: { source: true, esm: true, lines: true, formats: _`require("../stub/formats").FORMATS` },
  });
  addFormats(ajv);
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema(contract, CONTRACT_ID);
  // one root for all: ajv compiles a referenced schema once per root, so they share its function
  ajv.addSchema({ $defs: schemas }, ROOT_ID);
  const names = Object.keys(schemas);
  let code = standaloneCode(
    ajv,
    Object.fromEntries(names.map((id) => [id, `${ROOT_ID}#/$defs/${id}`])),
  );
  const imports = [];
  for (const [required, { name, imports: lines }] of Object.entries(RUNTIME)) {
    if (!code.includes(required)) continue;
    code = code.replaceAll(required, name);
    imports.push(...lines);
  }
  const unknown = /require\([^)]*\)/.exec(code);
  if (unknown)
    throw new Error(
      `ajv's standalone code needs ${unknown[0]}: add it to RUNTIME in ${import.meta.filename}`,
    );
  return [
    `// ${banner}`,
    "// @ts-nocheck: ajv's standalone output is plain JavaScript.",
    ...imports,
    code.replace(/^"use strict";/, ""),
    "",
    `/** The ${params ? "parameter" : "JSON body"} validator of each operation${params ? "" : " that takes a body"}, by operationId. */`,
    `export const validators = { ${names.join(", ")} };`,
    "",
  ].join("\n");
}

/**
 * The generated validator modules: `validate-params.ts` (every operation's path, query and header
 * parameters) and `validate-bodies.ts` (each JSON body), by file name.
 */
export function validatorModules(contract, banner) {
  const all = operations(contract);
  const params = Object.fromEntries(all.map((op) => [op.id, parametersSchema(op.parameters)]));
  const bodies = Object.fromEntries(
    all.filter((op) => op.body).map((op) => [op.id, anchored(op.body)]),
  );
  return {
    "validate-params.ts": moduleOf(contract, params, { params: true }, banner),
    "validate-bodies.ts": moduleOf(contract, bodies, { params: false }, banner),
  };
}
