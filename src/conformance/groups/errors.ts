// Error shapes (DRF's) and the headers every answer carries: 404 `{"detail"}` for an object that
// exists nowhere, a 400 field map naming each missing required field, 405 with `Allow`, 415 for a
// body that is not JSON, 400 `{"detail"}` for JSON that does not parse, `X-Request-Id` the server's own.
import { expect, expectStatus } from "../check";
import type { Check, Kit } from "../context";
import {
  contract,
  OPERATION_IDS,
  type OperationId,
  operations,
  requestSchemaOf,
} from "../contract";
import { credentialFor, hasId, nowhere } from "./common";

const group = "errors";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const inOrgA = async (kit: Kit, op: OperationId) => credentialFor(op, await kit.world.org("A"));

function notFound(op: OperationId): Check {
  return {
    group,
    name: `${op}: an id that exists nowhere → 404 {"detail"}`,
    async run(kit) {
      const x = await kit.http.call(op, { as: await inOrgA(kit, op), id: nowhere() });
      expectStatus(x, 404, "no such resource anywhere is a 404");
      expect(typeof x.body?.detail === "string", 'a 404 body is {"detail": "..."}', x);
    },
  };
}

function missingFields(op: OperationId): Check {
  const required = (requestSchemaOf(op)?.required as string[] | undefined) ?? [];
  return {
    group,
    name: `${op}: an empty body → 400 naming ${required.join(", ")}`,
    async run(kit) {
      const anonymous = operations[op].anonymous && operations[op].security.length === 0;
      const as = anonymous ? undefined : await inOrgA(kit, op);
      const x = expectStatus(
        await kit.http.call(op, { as, body: {} }),
        400,
        "an invalid body is a 400 with DRF field errors",
      );
      for (const field of required)
        expect(
          Array.isArray(x.body?.[field]) &&
            x.body[field].every((m: unknown) => typeof m === "string"),
          `a 400 maps each invalid field to a list of messages: ${field} is required`,
          x,
        );
    },
  };
}

function methodNotAllowed(path: string, allowed: string[]): Check {
  const method = METHODS.find((m) => !allowed.includes(m)) ?? "DELETE";
  return {
    group,
    name: `${method} ${path} → 405 with Allow`,
    async run(kit) {
      const org = await kit.world.org("A");
      const x = await kit.http.send(method, path.replace("{id}", nowhere()), { as: org.owner });
      expectStatus(x, 405, `${path} declares only ${allowed.join(", ")}`);
      const allow = (x.headers.get("allow") ?? "").toUpperCase();
      for (const m of allowed) expect(allow.includes(m), `a 405 carries Allow naming ${m}`, x);
    },
  };
}

/** Bodies the server cannot read as JSON, and what it answers each with. */
const UNREADABLE_BODIES = [
  {
    name: "a body that is not JSON (text/plain) → 415",
    data: "name=x",
    type: "text/plain",
    status: 415,
    rule: "a request body is JSON",
  },
  {
    name: 'JSON that does not parse → 400 {"detail"}',
    data: '{"name": ',
    type: "application/json",
    status: 400,
    rule: "a body that is not valid JSON is a 400 with detail",
    detail: 'a malformed body gets {"detail": "..."}',
  },
];

function unreadableBody(c: (typeof UNREADABLE_BODIES)[number]): Check {
  return {
    group,
    name: c.name,
    async run(kit) {
      const org = await kit.world.org("A");
      const raw = { data: c.data, type: c.type, describe: `${c.data} (${c.type})` };
      const x = await kit.http.call("createTemplate", { as: org.key, raw });
      expectStatus(x, c.status, c.rule);
      if (c.detail) expect(typeof x.body?.detail === "string", c.detail, x);
    },
  };
}

const mediaAndSyntax: Check[] = [
  ...UNREADABLE_BODIES.map(unreadableBody),
  {
    group,
    name: "X-Request-Id is the server's own, never one the client sent",
    async run(kit) {
      const org = await kit.world.org("A");
      const id = `conformance-${kit.world.run}`;
      const x = await kit.http.call("listTemplates", {
        as: org.key,
        headers: { "x-request-id": id },
      });
      const served = x.headers.get("x-request-id");
      expect(
        served !== null && served !== "" && served !== id,
        "X-Request-Id is the id the server gave the request (the audit trail's), not the client's",
        x,
      );
    },
  },
];

export function errorChecks(): Check[] {
  const gets = OPERATION_IDS.filter((op) => operations[op].method === "GET" && hasId(op));
  const creates = OPERATION_IDS.filter(
    (op) =>
      operations[op].method === "POST" &&
      !hasId(op) &&
      ((requestSchemaOf(op)?.required as string[] | undefined) ?? []).length > 0,
  );
  const partial = Object.entries(contract.paths)
    .map(([path, item]) => [path, Object.keys(item).map((m) => m.toUpperCase())] as const)
    .filter(([, allowed]) => METHODS.some((m) => !allowed.includes(m)));
  return [
    ...gets.map(notFound),
    ...creates.map(missingFields),
    ...partial.map(([path, allowed]) => methodNotAllowed(path, allowed)),
    ...mediaAndSyntax,
  ];
}
