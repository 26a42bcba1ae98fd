// `npm run contract:gate`: the breaking-change gate. Compares the contract (the bundle of
// openapi/, src/generated/openapi.json) with the last released one (etc/openapi.released.yaml)
// and fails on a change that breaks apps built against the released contract unless a pending
// changeset (.changeset/*.md) that takes the breaking step (a major one, or a minor one before
// 1.0: 0.1.x → 0.2.0) names it, in backticks, in a paragraph or list item starting **Breaking**
// (`HELP` below, `npm run contract:gate -- --help`). A changeset naming nothing acknowledges
// nothing: a feature's minor changeset never lets an accidental removal through.
//
// What breaks (each is a `kind` below; requests are what apps send, responses what they read):
//   operation-removed     a path + method of the released contract is gone
//   security-dropped      an operation no longer accepts a scheme it accepted (or now needs
//                         credentials where it needed none); a security scheme changed
//   status-changed        a success (2xx) status an operation answered is gone
//   media-removed         a request or response content type is gone
//   field-removed         a property, parameter or response header is gone (or, in a request,
//                         became read-only; in a response, write-only)
//   field-optional        a response property or header that was always there may now be absent
//   required-added        a new required request property or parameter, or a body now required
//   enum-value-removed    an enum lost a value
//   type-narrowed         a request accepts fewer types (integer for number, no null, a new
//                         enum/const/format/pattern) or a response may carry new types
//   bound-narrowed        a request bound tightened: maxLength, maxItems, maximum, … lowered,
//                         minLength, minItems, minimum, … raised, or newly set; the same for
//                         the limits on every request body (x-request-limits)
//   unsupported-change    a oneOf/anyOf/not changed: the gate cannot tell, so it counts as breaking
// Not breaking: new operations, optional request fields, response properties or statuses; in a
// response, a tighter bound or a new enum value (apps must tolerate unknown enum values, as
// with Stripe's and OpenAI's APIs); removing an error response.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";

const root = resolve(import.meta.dirname, "..");
export const RELEASED = join(root, "etc/openapi.released.yaml");
const METHODS = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];
const UPPER_BOUNDS = ["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"];
const LOWER_BOUNDS = ["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"];
/** What a lower bound is when it is not set (a new `minLength: 0` narrows nothing). */
const NATURAL_MINIMUM = { minLength: 0, minItems: 0, minProperties: 0 };
const RESTRICTIONS = ["pattern", "format", "const", "multipleOf"];
const UNSUPPORTED = ["oneOf", "anyOf", "not", "if", "then", "else"];

/** Follows local `$ref`s (`#/components/...`) within `doc`. */
function deref(doc, node) {
  let seen = 0;
  while (node && typeof node.$ref === "string") {
    if (++seen > 50) throw new Error(`$ref cycle at ${node.$ref}`);
    node = node.$ref
      .slice(2)
      .split("/")
      .reduce((at, key) => at?.[key.replaceAll("~1", "/").replaceAll("~0", "~")], doc);
  }
  return node;
}

/** A schema with its `allOf` parts merged in (properties, required, the rest). */
function flatten(doc, schema) {
  schema = deref(doc, schema) ?? {};
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  const merged = {
    ...rest,
    properties: { ...rest.properties },
    required: [...(rest.required ?? [])],
  };
  for (const part of allOf.map((item) => flatten(doc, item))) {
    const { properties, required, ...others } = part;
    Object.assign(merged.properties, properties);
    merged.required.push(...(required ?? []));
    for (const [key, value] of Object.entries(others)) merged[key] ??= value;
  }
  return merged;
}

const typesOf = (schema) => (schema.type === undefined ? undefined : new Set([schema.type].flat()));
/** Whether every type in `inner` is allowed by `outer` (an integer is a number). */
const coversTypes = (outer, inner) =>
  [...inner].every((type) => outer.has(type) || (type === "integer" && outer.has("number")));
const stable = (value) => JSON.stringify(value ?? null);

/** The name of the component schema `schema` refers to (`AgentRequest`), if it is one. */
const componentOf = (schema) => /^#\/components\/schemas\/([^/]+)$/.exec(schema?.$ref ?? "")?.[1];

/**
 * Where a change is, for people (`where`: `POST /api/agents/ body.tags`), and the names a changeset
 * gives it (`names`, see `acknowledgedBy`): a component schema's property by its path alone
 * (`AgentRequest.tags`); anything of an operation's own together with the operation.
 */
const at = (where, scope, path = "") => ({ where, scope, path });
const namesAt = ({ scope, path }) => [[...scope, path].filter(Boolean)];
const propertyAt = (parent, name) =>
  at(`${parent.where}.${name}`, parent.scope, [parent.path, name].filter(Boolean).join("."));

/** What a request accepts less of: types, enums, patterns, bounds, other properties. */
function compareRequestRestrictions(base, head, report) {
  if (head.enum && !base.enum) report("type-narrowed", "now restricted to an enum");
  for (const keyword of RESTRICTIONS) {
    if (head[keyword] !== undefined && stable(head[keyword]) !== stable(base[keyword])) {
      report(
        "type-narrowed",
        `\`${keyword}\` ${base[keyword] === undefined ? "added" : "changed"}: ${stable(head[keyword])}`,
      );
    }
  }
  for (const bound of UPPER_BOUNDS) {
    if (head[bound] < (base[bound] ?? Number.POSITIVE_INFINITY)) {
      report("bound-narrowed", `${bound} ${base[bound] ?? "(none)"} → ${head[bound]}`);
    }
  }
  for (const bound of LOWER_BOUNDS) {
    if (head[bound] > (base[bound] ?? NATURAL_MINIMUM[bound] ?? Number.NEGATIVE_INFINITY)) {
      report("bound-narrowed", `${bound} ${base[bound] ?? "(none)"} → ${head[bound]}`);
    }
  }
  if (head.additionalProperties === false && base.additionalProperties !== false) {
    report("type-narrowed", "no longer accepts other properties");
  }
}

/** The schema's own keywords: combinators, types, enums and (in requests) restrictions. */
function compareKeywords(base, head, direction, report) {
  for (const keyword of UNSUPPORTED) {
    if (stable(base[keyword]) !== stable(head[keyword])) {
      report("unsupported-change", `\`${keyword}\` changed`);
    }
  }
  const [baseTypes, headTypes] = [typesOf(base), typesOf(head)];
  if (direction === "request" && headTypes && !(baseTypes && coversTypes(headTypes, baseTypes))) {
    report(
      "type-narrowed",
      `accepts ${[...headTypes]} instead of ${baseTypes ? [...baseTypes] : "any type"}`,
    );
  }
  if (direction === "response" && baseTypes && !(headTypes && coversTypes(baseTypes, headTypes))) {
    report(
      "type-narrowed",
      `may now be ${headTypes ? [...headTypes] : "any type"}, not only ${[...baseTypes]}`,
    );
  }
  if (base.enum) {
    const lost = base.enum.filter((value) => head.enum && !head.enum.includes(value));
    if (lost.length) report("enum-value-removed", `enum lost ${lost.map(stable).join(", ")}`);
  }
  if (direction === "request") compareRequestRestrictions(base, head, report);
}

/** The properties: removed, no longer always present, newly required, or changed. */
function compareProperties(ctx, base, head, direction, parent, seen) {
  // Which properties a side sends (requests skip read-only, responses write-only).
  const hidden = direction === "request" ? "readOnly" : "writeOnly";
  const props = (doc, schema) =>
    Object.fromEntries(
      Object.entries(schema.properties ?? {}).filter(([, value]) => !deref(doc, value)?.[hidden]),
    );
  const baseProps = props(ctx.base, base);
  const headProps = props(ctx.head, head);
  const baseRequired = new Set(base.required ?? []);
  const headRequired = new Set(head.required ?? []);
  const push = (kind, property, message) => {
    const where = propertyAt(parent, property);
    ctx.changes.push({ kind, where: where.where, message, names: namesAt(where) });
  };
  for (const [name, schema] of Object.entries(baseProps)) {
    if (!(name in headProps)) {
      push("field-removed", name, "property removed");
      continue;
    }
    if (direction === "response" && baseRequired.has(name) && !headRequired.has(name)) {
      push("field-optional", name, "no longer always present");
    }
    compareSchema(ctx, schema, headProps[name], direction, propertyAt(parent, name), seen);
  }
  if (direction !== "request") return;
  for (const name of headRequired) {
    if (name in headProps && !(baseRequired.has(name) && name in baseProps)) {
      push("required-added", name, "new required property");
    }
  }
}

/**
 * Compares a schema of the released contract with its counterpart in the new one and reports
 * what breaks. `direction`: "request" (the new schema must accept all the old one accepted) or
 * "response" (apps must be able to read whatever the new one allows). `parent`: where it is
 * (`at`); a component schema names its changes itself (`Role`, `AgentRequest.tags`).
 */
function compareSchema(ctx, baseSchema, headSchema, direction, parent, seen = new Set()) {
  const base = flatten(ctx.base, baseSchema);
  const head = flatten(ctx.head, headSchema);
  const key = `${direction}|${stable(baseSchema)}|${stable(headSchema)}`;
  if (seen.has(key)) return;
  seen.add(key);
  const component = componentOf(baseSchema) ?? componentOf(headSchema);
  const here = component ? at(parent.where, [], component) : parent;
  const report = (kind, message) =>
    ctx.changes.push({ kind, where: here.where, message, names: namesAt(here) });

  compareKeywords(base, head, direction, report);
  compareProperties(ctx, base, head, direction, here, seen);
  if (base.items && head.items) {
    compareSchema(
      ctx,
      base.items,
      head.items,
      direction,
      { ...here, where: `${here.where}[]` },
      seen,
    );
  }
  if (
    typeof base.additionalProperties === "object" &&
    typeof head.additionalProperties === "object"
  ) {
    const values = { ...here, where: `${here.where}{}` };
    compareSchema(
      ctx,
      base.additionalProperties,
      head.additionalProperties,
      direction,
      values,
      seen,
    );
  }
}

/** An operation's accepted security alternatives as strings (`ApiKeyAuth`, `A+B`; "" = none). */
function securityOf(doc, operation) {
  const requirements = operation.security ?? doc.security ?? [];
  if (requirements.length === 0) return [""];
  return requirements.map((requirement) => Object.keys(requirement).sort().join("+"));
}

/** An operation's parameters by `in name`, each with the `$ref` it came from (`ref`), if any. */
const parametersOf = (doc, pathItem, operation) => {
  const all = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => ({
    ...deref(doc, p),
    ref: p.$ref,
  }));
  return new Map(
    all.map((p) => [`${p.in} ${p.in === "header" ? p.name.toLowerCase() : p.name}`, p]),
  );
};

/** Security schemes removed or changed (what a client sends, not the prose about it). */
function compareSecuritySchemes(ctx) {
  const { base, head } = ctx;
  const wire = (doc, node) => {
    const { description: _, ...rest } = deref(doc, node) ?? {};
    return stable(rest);
  };
  for (const [name, scheme] of Object.entries(base.components?.securitySchemes ?? {})) {
    const now = head.components?.securitySchemes?.[name];
    if (!now || wire(base, scheme) !== wire(head, now)) {
      ctx.push(
        "security-dropped",
        `securitySchemes.${name}`,
        now ? "scheme changed" : "scheme removed",
        [[name]],
      );
    }
  }
}

/** Limits on every request body (x-request-limits: maxBodyBytes, maxJsonDepth): lower is narrower. */
function compareRequestLimits(ctx) {
  for (const [name, value] of Object.entries(ctx.head["x-request-limits"] ?? {})) {
    const was = ctx.base["x-request-limits"]?.[name];
    if (value < (was ?? Number.POSITIVE_INFINITY)) {
      const where = `x-request-limits.${name}`;
      ctx.push("bound-narrowed", where, `${was ?? "(none)"} → ${value}`, [[where]]);
    }
  }
}

/** Security schemes an operation no longer accepts, and credentials it now requires. */
function compareOperationSecurity(ctx, op, now, where) {
  const accepted = new Set(securityOf(ctx.head, now));
  for (const alternative of securityOf(ctx.base, op)) {
    if (accepted.has(alternative)) continue;
    if (alternative) {
      const message = `no longer accepts ${alternative}`;
      ctx.push("security-dropped", where, message, [[where, ...alternative.split("+")]]);
    } else ctx.push("security-dropped", where, "now requires credentials", [[where]]);
  }
}

/**
 * The names of a shared parameter or header (`$ref` to components) that one operation lost: with
 * the operation, or alone (`page_size`) when the component itself is gone, from every operation.
 */
const lostNames = (ctx, ref, where, name) =>
  typeof ref === "string" && deref(ctx.head, { $ref: ref }) === undefined
    ? [[where, name], [name]]
    : [[where, name]];

/** Parameters removed, newly required, or accepting less. */
function compareParameters(ctx, [baseItem, op], [headItem, now], where) {
  const baseParams = parametersOf(ctx.base, baseItem, op);
  const headParams = parametersOf(ctx.head, headItem, now);
  // A shared parameter's own changes are named by it alone (`page_size`), not with each operation.
  const scopeOf = (param) => (param.ref ? [] : [where]);
  for (const [id, param] of baseParams) {
    const next = headParams.get(id);
    const place = at(`${where} ${id}`, scopeOf(param), param.name);
    if (!next) {
      const names = lostNames(ctx, param.ref, where, param.name);
      ctx.push("field-removed", place.where, "parameter removed", names);
    } else compareSchema(ctx, param.schema, next.schema, "request", place);
  }
  for (const [id, param] of headParams) {
    if (param.required && !baseParams.get(id)?.required) {
      const place = at(`${where} ${id}`, scopeOf(param), param.name);
      const message = baseParams.has(id) ? "parameter now required" : "new required parameter";
      ctx.push("required-added", place.where, message, namesAt(place));
    }
  }
}

/** The request body: now required, a content type gone, or accepting less. */
function compareRequestBody(ctx, op, now, where) {
  const baseBody = deref(ctx.base, op.requestBody);
  const headBody = deref(ctx.head, now.requestBody);
  if (headBody?.required && !baseBody?.required)
    ctx.push("required-added", `${where} body`, "request body now required", [[where]]);
  for (const [media, content] of Object.entries(baseBody?.content ?? {})) {
    const next = headBody?.content?.[media];
    if (!next) {
      ctx.push("media-removed", `${where} body`, `no longer accepts ${media}`, [[where, media]]);
    } else {
      compareSchema(ctx, content.schema, next.schema, "request", at(`${where} body`, [where]));
    }
  }
}

/** A response's headers: removed, or no longer always sent. */
function compareResponseHeaders(ctx, was, is, place) {
  for (const [name, header] of Object.entries(was.headers ?? {})) {
    const nextHeader = Object.entries(is.headers ?? {}).find(
      ([n]) => n.toLowerCase() === name.toLowerCase(),
    )?.[1];
    const where = `${place.where} header ${name}`;
    const op = place.scope[0];
    if (!nextHeader) {
      const names = lostNames(ctx, header.$ref, op, name);
      ctx.push("field-removed", where, "response header removed", names);
    } else if (deref(ctx.base, header).required && !deref(ctx.head, nextHeader).required) {
      // A shared header (components/headers) is named alone: `X-Request-Id`.
      const names = [typeof nextHeader.$ref === "string" ? [name] : [op, name]];
      ctx.push("field-optional", where, "no longer always sent", names);
    }
  }
}

/** Success statuses gone, and each response's headers and content. */
function compareResponses(ctx, op, now, where) {
  const successes = Object.keys(now.responses ?? {}).filter((s) => s.startsWith("2"));
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const next = now.responses?.[status];
    const place = at(`${where} ${status}`, [where]);
    if (!next) {
      if (status.startsWith("2")) {
        const message = `no longer answers ${status} (now ${successes.join(", ") || "no success status"})`;
        ctx.push("status-changed", place.where, message, [[where, status]]);
      }
      continue;
    }
    const [was, is] = [deref(ctx.base, response), deref(ctx.head, next)];
    compareResponseHeaders(ctx, was, is, place);
    for (const [media, content] of Object.entries(was.content ?? {})) {
      const nextContent = is.content?.[media];
      if (!nextContent) {
        ctx.push("media-removed", place.where, `no longer answers ${media}`, [[where, media]]);
      } else compareSchema(ctx, content.schema, nextContent.schema, "response", place);
    }
  }
}

/**
 * Every change from `base` (the released contract) to `head` that breaks apps built on `base`:
 * `{ kind, where, message, names }`, `names` being what a pending changeset must name to
 * acknowledge it (alternatives, each a list of names one **Breaking** item must all give).
 */
export function breakingChanges(base, head) {
  const ctx = { base, head, changes: [] };
  ctx.push = (kind, where, message, names) => ctx.changes.push({ kind, where, message, names });
  compareSecuritySchemes(ctx);
  compareRequestLimits(ctx);
  for (const [path, baseItem] of Object.entries(base.paths ?? {})) {
    for (const method of METHODS) {
      const op = baseItem[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const headItem = head.paths?.[path];
      const now = headItem?.[method];
      if (!now) {
        ctx.push("operation-removed", where, `operation ${op.operationId ?? ""} removed`, [
          [where],
        ]);
        continue;
      }
      compareOperationSecurity(ctx, op, now, where);
      compareParameters(ctx, [baseItem, op], [headItem, now], where);
      compareRequestBody(ctx, op, now, where);
      compareResponses(ctx, op, now, where);
    }
  }
  return ctx.changes;
}

const parseVersion = (version) => {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-[\w.-]+)?$/.exec(version ?? "");
  if (!match) throw new Error(`not a semver version: ${version}`);
  return match.slice(1, 4).map(Number);
};

/** Whether going from `released` to `next` is a breaking step: a major one, or a minor one before 1.0. */
export function isBreakingStep(released, next) {
  const [a, b] = [parseVersion(released), parseVersion(next)];
  if (b[0] !== a[0]) return b[0] > a[0];
  return a[0] === 0 && b[1] > a[1];
}

/**
 * The version the next release gets (package.json's, raised by the pending changesets) and
 * those changesets that release this package: `{ id, bump, summary }`.
 */
export async function nextVersion(cwd = root) {
  const { default: getReleasePlan } = await import("@changesets/get-release-plan");
  const manifest = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
  const plan = await getReleasePlan(cwd);
  const release = plan.releases.find((r) => r.name === manifest.name && r.type !== "none");
  const changesets = plan.changesets.flatMap(({ id, summary, releases }) => {
    const bump = releases.find((r) => r.name === manifest.name)?.type;
    return bump && bump !== "none" ? [{ id, bump, summary }] : [];
  });
  return {
    current: manifest.version,
    next: release?.newVersion ?? manifest.version,
    bump: release?.type,
    changesets,
  };
}

const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s/;
const indentOf = (line) => /^\s*/.exec(line)[0].length;

/**
 * The **Breaking** items of a changeset's text, each as the lines it spans: the paragraph or
 * list item that starts with `**Breaking`, with the lines and nested list under it, up to a blank
 * line followed by something not indented under it, or the next entry at its level (a sibling
 * list item or a line starting with `**`).
 */
export function breakingItems(summary) {
  const lines = summary.split("\n");
  const items = [];
  let item = null;
  for (const [index, line] of lines.entries()) {
    const lead = line.replace(LIST_ITEM, "$1").trimStart();
    if (lead.startsWith("**Breaking")) {
      item = { indent: indentOf(line), list: LIST_ITEM.test(line), lines: [line] };
      items.push(item);
      continue;
    }
    if (!item) continue;
    const next = lines.slice(index).find((l) => l.trim() !== "");
    const sibling =
      indentOf(line) <= item.indent &&
      (lead.startsWith("**") || (item.list && LIST_ITEM.test(line)));
    if (sibling || (line.trim() === "" && !(next && indentOf(next) > item.indent))) item = null;
    else item.lines.push(line);
  }
  return items.map(({ lines }) => lines.join("\n"));
}

/** The names an item gives: its code spans (`` `DELETE /api/templates/{id}/` ``). */
const codeSpans = (text) =>
  [...text.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map((m) => m[2]);

/**
 * One spelling per name: whitespace collapsed, case ignored, an operation by its method and
 * path (`deleteTemplate` → `delete /api/templates/{id}/`), `PatchedX` as `X` (a PATCH body is its
 * schema with every field optional, so `AgentRequest.tags` covers `PatchedAgentRequest.tags`).
 */
function canonicalizer(...docs) {
  const operations = new Map();
  for (const doc of docs) {
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const method of METHODS) {
        const id = item[method]?.operationId;
        if (id) operations.set(id.toLowerCase(), `${method} ${path}`);
      }
    }
  }
  return (name) => {
    const spelled = name
      .trim()
      .replace(/\s+/g, " ")
      .replace(/^Patched(?=[A-Z])/, "")
      .toLowerCase();
    return operations.get(spelled) ?? spelled;
  };
}

/** The step a bump takes from `released`: whether it is the breaking one. */
const bumpBreaks = (released, bump) =>
  bump === "major" || (bump === "minor" && parseVersion(released)[0] === 0);

/**
 * Marks each change with the pending changeset that acknowledges it (`namedIn`): one whose own
 * bump is the breaking step and one of whose **Breaking** items names it, giving in backticks
 * every name of one of its `names` alternatives. `namedOnlyIn`: changesets that name it but
 * take a smaller step.
 */
export function acknowledge(changes, changesets, { released, contract }) {
  const canonical = canonicalizer(released, contract);
  const named = changesets.map(({ id, bump, summary }) => ({
    id,
    breaks: bumpBreaks(released.info.version, bump),
    items: breakingItems(summary).map((item) => new Set(codeSpans(item).map(canonical))),
  }));
  const names = (change, changeset) =>
    changeset.items.some((item) =>
      change.names.some((alternative) => alternative.every((n) => item.has(canonical(n)))),
    );
  return changes.map((change) => {
    const naming = named.filter((changeset) => names(change, changeset));
    const namedIn = naming.find((changeset) => changeset.breaks)?.id;
    const namedOnlyIn = naming.map(({ id }) => id);
    return { ...change, namedIn, ...(namedIn ? {} : { namedOnlyIn }) };
  });
}

/** How a change reads in the gate's output: what to name, what broke, where. */
export const describe = ({ kind, where, message, names }) =>
  `${names[0].map((n) => `\`${n}\``).join(" + ")}  ← ${kind} ${where}: ${message}`;

/**
 * The gate's verdict: the problems (empty = pass) and the breaking changes it found, each with
 * the changeset that names it (`namedIn`). `released` and `contract` are parsed documents;
 * versions are strings; `changesets` are the pending ones (`nextVersion`).
 */
export function gate({ released, contract, packageVersion, next, changesets = [] }) {
  const problems = [];
  if (contract.info.version !== packageVersion) {
    problems.push(
      `info.version (${contract.info.version}) must equal the package version (${packageVersion}): they move together (\`npm run release\`).`,
    );
  }
  const from = released.info.version;
  const step = parseVersion(from)[0] === 0 ? "minor" : "major";
  const changes = acknowledge(breakingChanges(released, contract), changesets, {
    released,
    contract,
  });
  const unnamed = changes.filter((change) => !change.namedIn);
  if (unnamed.length) {
    const lines = unnamed.map((change) => {
      const only = change.namedOnlyIn.length
        ? ` (named only in ${change.namedOnlyIn.map((id) => `.changeset/${id}.md`).join(", ")}, not a ${step} one)`
        : "";
      return `\n    ${describe(change)}${only}`;
    });
    problems.push(
      `${unnamed.length} breaking change(s) against the released contract ${from} that no pending ${step} changeset names. ` +
        `If they are meant, say so in a changeset (\`npx changeset\`, bump ${step}) with a line starting **Breaking** ` +
        `that names each in backticks, as below (\`npm run contract:gate -- --help\`); if not, undo them:${lines.join("")}`,
    );
  }
  if (changes.length && !isBreakingStep(from, next)) {
    problems.push(
      `${changes.length} breaking change(s) against the released contract ${from}, but the next version is ${next}: ` +
        `declare them with a changeset (\`npx changeset\`, bump ${step}).`,
    );
  }
  return { problems, changes };
}

export const HELP = `npm run contract:gate: the breaking-change gate.

Compares the contract (src/generated/openapi.json, bundled from openapi/) with the last released
one (etc/openapi.released.yaml) and lists every change that breaks apps built on it. It fails
unless each is named by a pending changeset (.changeset/*.md) that takes the breaking step
(minor before 1.0, major after), and unless info.version equals the package version.

Name a breaking change in a paragraph or list item that starts with **Breaking**, giving in
backticks the names the gate prints for it (all of them, in the same item):
  - an operation (removed, now requiring credentials or a body):
      \`DELETE /api/templates/{id}/\`  or its operationId  \`deleteTemplate\`
  - a property of a component schema (removed, newly required, narrowed, no longer always present):
      \`AgentRequest.tags\`  (an inline object's: \`Schema.outer.inner\`; it also covers PatchedAgentRequest)
  - a component schema itself (an enum value gone, a type changed):  \`Role\`
  - a shared parameter's or response header's own change:  \`page_size\`, \`X-Request-Id\`
      (one operation no longer taking or sending it: the operation and it)
  - an operation's own parameter, inline property, status or media type: the operation and it,
      \`GET /api/templates/\` + \`ordering\`;  \`POST /api/templates/\` + \`201\`
  - a security scheme changed or removed:  \`ApiKeyAuth\`
  - a scheme an operation no longer accepts: the operation and the scheme,
      \`POST /api/templates/\` + \`ApiKeyAuth\`
  - a lowered limit on every request body:  \`x-request-limits.maxBodyBytes\`

For example, in .changeset/archive-templates.md:
  ---
  "@bedrock/sdk": minor
  ---

  Templates are archived, not deleted.
  - **Breaking:** \`DELETE /api/templates/{id}/\` is removed: call \`templates.archive(id)\`.
  - **Breaking:** \`POST /api/templates/\` no longer accepts \`ApiKeyAuth\`: create templates
    with a user's token.

A changeset that names nothing acknowledges nothing: a feature's minor changeset never lets an
accidental removal through. The kinds of change and the rules are at the top of
scripts/contract-gate.mjs; CONTRIBUTING.md has the release process.
`;

/** The gate's report: the versions, and the breaking changes a changeset names (the others are problems). */
function report({ released, current, next, bump, changes }) {
  const named = changes.filter((change) => change.namedIn);
  const lines = named.map(
    (change) => `  ✔ ${describe(change)}  (.changeset/${change.namedIn}.md)\n`,
  );
  return (
    `Released contract ${released.info.version}; package ${current}, next release ${next}${bump ? ` (${bump} from changesets)` : ""}.\n` +
    `${changes.length} breaking change(s), ${named.length} named by a pending changeset${named.length ? ":" : "."}\n${lines.join("")}`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const released = parse(readFileSync(RELEASED, "utf8"));
  const contract = JSON.parse(readFileSync(join(root, "src/generated/openapi.json"), "utf8"));
  const { current, next, bump, changesets } = await nextVersion();
  const verdict = gate({ released, contract, packageVersion: current, next, changesets });
  process.stdout.write(report({ released, current, next, bump, changes: verdict.changes }));
  for (const problem of verdict.problems) process.stderr.write(`✘ ${problem}\n`);
  if (verdict.problems.length) process.exitCode = 1;
}
