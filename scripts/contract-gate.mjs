// `npm run contract:gate`: the breaking-change gate. Compares the contract (the bundle of
// openapi/, src/generated/openapi.json) with the last released one (etc/openapi.released.yaml)
// and fails on a change that breaks apps built against the released contract, unless the next
// version takes the breaking step: a major one, or a minor one before 1.0 (0.1.x → 0.2.0).
// The next version is package.json's, raised by the pending changesets (.changeset/*.md).
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

/**
 * Compares a schema of the released contract with its counterpart in the new one and reports
 * what breaks. `direction`: "request" (the new schema must accept all the old one accepted) or
 * "response" (apps must be able to read whatever the new one allows).
 */
function compareSchema(ctx, baseSchema, headSchema, direction, where, seen = new Set()) {
  const base = flatten(ctx.base, baseSchema);
  const head = flatten(ctx.head, headSchema);
  const key = `${direction}|${stable(baseSchema)}|${stable(headSchema)}`;
  if (seen.has(key)) return;
  seen.add(key);
  const report = (kind, message) => ctx.changes.push({ kind, where, message });

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
  if (direction === "request") {
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

  // Properties: which ones a side sends (requests skip read-only, responses write-only).
  const hidden = direction === "request" ? "readOnly" : "writeOnly";
  const props = (doc, schema) =>
    Object.fromEntries(
      Object.entries(schema.properties ?? {}).filter(([, value]) => !deref(doc, value)?.[hidden]),
    );
  const baseProps = props(ctx.base, base);
  const headProps = props(ctx.head, head);
  const baseRequired = new Set(base.required ?? []);
  const headRequired = new Set(head.required ?? []);
  for (const [name, schema] of Object.entries(baseProps)) {
    const at = `${where}.${name}`;
    if (!(name in headProps)) {
      ctx.changes.push({ kind: "field-removed", where: at, message: "property removed" });
      continue;
    }
    if (direction === "response" && baseRequired.has(name) && !headRequired.has(name)) {
      ctx.changes.push({ kind: "field-optional", where: at, message: "no longer always present" });
    }
    compareSchema(ctx, schema, headProps[name], direction, at, seen);
  }
  if (direction === "request") {
    for (const name of headRequired) {
      if (name in headProps && !(baseRequired.has(name) && name in baseProps)) {
        ctx.changes.push({
          kind: "required-added",
          where: `${where}.${name}`,
          message: "new required property",
        });
      }
    }
  }
  if (base.items && head.items)
    compareSchema(ctx, base.items, head.items, direction, `${where}[]`, seen);
  if (
    typeof base.additionalProperties === "object" &&
    typeof head.additionalProperties === "object"
  ) {
    compareSchema(
      ctx,
      base.additionalProperties,
      head.additionalProperties,
      direction,
      `${where}{}`,
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

const parametersOf = (doc, pathItem, operation) => {
  const all = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
    deref(doc, p),
  );
  return new Map(
    all.map((p) => [`${p.in} ${p.in === "header" ? p.name.toLowerCase() : p.name}`, p]),
  );
};

/** Every change from `base` (the released contract) to `head` that breaks apps built on `base`. */
export function breakingChanges(base, head) {
  const ctx = { base, head, changes: [] };
  const push = (kind, where, message) => ctx.changes.push({ kind, where, message });

  for (const [name, scheme] of Object.entries(base.components?.securitySchemes ?? {})) {
    const now = head.components?.securitySchemes?.[name];
    // What a client sends (type, scheme, header name, flows), not the prose about it.
    const wire = (doc, node) => {
      const { description: _, ...rest } = deref(doc, node) ?? {};
      return stable(rest);
    };
    if (!now || wire(base, scheme) !== wire(head, now)) {
      push(
        "security-dropped",
        `securitySchemes.${name}`,
        now ? "scheme changed" : "scheme removed",
      );
    }
  }
  // Limits on every request body (x-request-limits: maxBodyBytes, maxJsonDepth): lower is narrower.
  for (const [name, value] of Object.entries(head["x-request-limits"] ?? {})) {
    const was = base["x-request-limits"]?.[name];
    if (value < (was ?? Number.POSITIVE_INFINITY)) {
      push("bound-narrowed", `x-request-limits.${name}`, `${was ?? "(none)"} → ${value}`);
    }
  }
  for (const [path, baseItem] of Object.entries(base.paths ?? {})) {
    for (const method of METHODS) {
      const op = baseItem[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const headItem = head.paths?.[path];
      const now = headItem?.[method];
      if (!now) {
        push("operation-removed", where, `operation ${op.operationId ?? ""} removed`);
        continue;
      }
      const accepted = new Set(securityOf(head, now));
      for (const alternative of securityOf(base, op)) {
        if (!accepted.has(alternative)) {
          push(
            "security-dropped",
            where,
            alternative ? `no longer accepts ${alternative}` : "now requires credentials",
          );
        }
      }

      const baseParams = parametersOf(base, baseItem, op);
      const headParams = parametersOf(head, headItem, now);
      for (const [id, param] of baseParams) {
        const next = headParams.get(id);
        if (!next) push("field-removed", `${where} ${id}`, "parameter removed");
        else compareSchema(ctx, param.schema, next.schema, "request", `${where} ${id}`);
      }
      for (const [id, param] of headParams) {
        if (param.required && !baseParams.get(id)?.required) {
          push(
            "required-added",
            `${where} ${id}`,
            baseParams.has(id) ? "parameter now required" : "new required parameter",
          );
        }
      }

      const baseBody = deref(base, op.requestBody);
      const headBody = deref(head, now.requestBody);
      if (headBody?.required && !baseBody?.required)
        push("required-added", `${where} body`, "request body now required");
      for (const [media, content] of Object.entries(baseBody?.content ?? {})) {
        const next = headBody?.content?.[media];
        if (!next) push("media-removed", `${where} body`, `no longer accepts ${media}`);
        else compareSchema(ctx, content.schema, next.schema, "request", `${where} body`);
      }

      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const next = now.responses?.[status];
        const at = `${where} ${status}`;
        if (!next) {
          if (status.startsWith("2"))
            push(
              "status-changed",
              at,
              `no longer answers ${status} (now ${
                Object.keys(now.responses ?? {})
                  .filter((s) => s.startsWith("2"))
                  .join(", ") || "no success status"
              })`,
            );
          continue;
        }
        const [was, is] = [deref(base, response), deref(head, next)];
        for (const [name, header] of Object.entries(was.headers ?? {})) {
          const nextHeader = Object.entries(is.headers ?? {}).find(
            ([n]) => n.toLowerCase() === name.toLowerCase(),
          )?.[1];
          if (!nextHeader) push("field-removed", `${at} header ${name}`, "response header removed");
          else if (deref(base, header).required && !deref(head, nextHeader).required)
            push("field-optional", `${at} header ${name}`, "no longer always sent");
        }
        for (const [media, content] of Object.entries(was.content ?? {})) {
          const nextContent = is.content?.[media];
          if (!nextContent) push("media-removed", at, `no longer answers ${media}`);
          else compareSchema(ctx, content.schema, nextContent.schema, "response", at);
        }
      }
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

/** The version the next release gets: package.json's, raised by the pending changesets. */
export async function nextVersion(cwd = root) {
  const { default: getReleasePlan } = await import("@changesets/get-release-plan");
  const manifest = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
  const plan = await getReleasePlan(cwd);
  const release = plan.releases.find((r) => r.name === manifest.name && r.type !== "none");
  return {
    current: manifest.version,
    next: release?.newVersion ?? manifest.version,
    bump: release?.type,
  };
}

/**
 * The gate's verdict: the problems (empty = pass) and the breaking changes it found.
 * `released` and `contract` are parsed documents; versions are strings.
 */
export function gate({ released, contract, packageVersion, next }) {
  const problems = [];
  if (contract.info.version !== packageVersion) {
    problems.push(
      `info.version (${contract.info.version}) must equal the package version (${packageVersion}): they move together (\`npm run release\`).`,
    );
  }
  const changes = breakingChanges(released, contract);
  const from = released.info.version;
  if (changes.length && !isBreakingStep(from, next)) {
    problems.push(
      `${changes.length} breaking change(s) against the released contract ${from}, but the next version is ${next}: ` +
        `declare them with a changeset (\`npx changeset\`, bump ${parseVersion(from)[0] === 0 ? "minor" : "major"}).`,
    );
  }
  return { problems, changes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const released = parse(readFileSync(RELEASED, "utf8"));
  const contract = JSON.parse(readFileSync(join(root, "src/generated/openapi.json"), "utf8"));
  const { current, next, bump } = await nextVersion();
  const { problems, changes } = gate({ released, contract, packageVersion: current, next });
  const lines = changes.map(
    ({ kind, where, message }) => `  ${kind.padEnd(19)} ${where}: ${message}`,
  );
  process.stdout.write(
    `Released contract ${released.info.version}; package ${current}, next release ${next}${bump ? ` (${bump} from changesets)` : ""}.\n` +
      `${changes.length} breaking change(s)${changes.length ? ":" : "."}\n${lines.join("\n")}${lines.length ? "\n" : ""}`,
  );
  for (const problem of problems) process.stderr.write(`✘ ${problem}\n`);
  if (problems.length) process.exitCode = 1;
}
