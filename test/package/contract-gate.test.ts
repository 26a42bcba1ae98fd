import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  breakingChanges,
  gate,
  isBreakingStep,
  nextVersion,
  RELEASED,
} from "../../scripts/contract-gate.mjs";
import { setContractVersion } from "../../scripts/release.mjs";

// The breaking-change gate (scripts/contract-gate.mjs): the contract against the last released
// one, etc/openapi.released.yaml. Each kind of breaking change is made on a copy of the released
// contract; the gate must fail on it until the next version takes the breaking step.
const root = resolve(import.meta.dirname, "../..");
// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, mutated freely below
type Doc = any;
const released: Doc = parse(readFileSync(RELEASED, "utf8"));
const contract: Doc = JSON.parse(readFileSync(join(root, "src/generated/openapi.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const copy = (): Doc => structuredClone(released);
const kinds = (head: Doc) => breakingChanges(released, head).map(({ kind }) => kind);
const schemas = (doc: Doc) => doc.components.schemas;
const op = (doc: Doc, path: string, method: string) => doc.paths[path][method];

describe("the contract against the last released one", () => {
  test("has no breaking change the next version does not declare", async () => {
    const { current, next } = await nextVersion();
    const { problems, changes } = gate({ released, contract, packageVersion: current, next });
    expect(problems, JSON.stringify(changes, null, 2)).toEqual([]);
  });

  test("info.version equals the package version, and the SDK reports it", async () => {
    expect(contract.info.version).toBe(manifest.version);
    const { API_VERSION } = await import("../../src/index");
    expect(API_VERSION).toBe(contract.info.version);
  });

  test("the released contract is a contract this gate can read", () => {
    expect(released.openapi).toBe("3.1.0");
    expect(Object.keys(released.paths).length).toBeGreaterThan(30);
    expect(breakingChanges(released, released)).toEqual([]);
  });
});

// One mutation per kind of breaking change; `kind` is what the gate must report.
const mutations: [string, string, (doc: Doc) => void][] = [
  ["a removed operation", "operation-removed", (doc) => delete doc.paths["/api/templates/"].post],
  [
    "a removed response field",
    "field-removed",
    (doc) => delete schemas(doc).Template.properties.description,
  ],
  [
    "a removed request field",
    "field-removed",
    (doc) => delete schemas(doc).TemplateRequest.properties.description,
  ],
  [
    "a removed query parameter",
    "field-removed",
    (doc) => {
      const list = op(doc, "/api/templates/", "get");
      list.parameters = list.parameters.filter(
        (p: Doc) => p.$ref !== "#/components/parameters/Ordering",
      );
    },
  ],
  [
    "a removed response header",
    "field-removed",
    (doc) => delete op(doc, "/api/templates/", "post").responses["201"].headers["X-Request-Id"],
  ],
  [
    "a request field turned read-only",
    "field-removed",
    (doc) => {
      schemas(doc).TemplateRequest.properties.description.readOnly = true;
    },
  ],
  [
    "a response field no longer required",
    "field-optional",
    (doc) => {
      schemas(doc).Template.required = schemas(doc).Template.required.filter(
        (name: string) => name !== "name",
      );
    },
  ],
  [
    "a removed enum value",
    "enum-value-removed",
    (doc) => {
      schemas(doc).Role.enum = schemas(doc).Role.enum.filter((role: string) => role !== "admin");
    },
  ],
  [
    "a new required request field",
    "required-added",
    (doc) => {
      schemas(doc).TemplateRequest.required.push("description");
    },
  ],
  [
    "a new required request field that did not exist",
    "required-added",
    (doc) => {
      schemas(doc).InviteAcceptRequest.properties.token = { type: "string" };
      schemas(doc).InviteAcceptRequest.required.push("token");
    },
  ],
  [
    "a new required query parameter",
    "required-added",
    (doc) => {
      op(doc, "/api/templates/", "get").parameters.push({
        name: "project",
        in: "query",
        required: true,
        schema: { type: "string" },
      });
    },
  ],
  [
    "a request body that becomes required",
    "required-added",
    (doc) => {
      op(doc, "/api/organizations/auth/logout/", "post").requestBody = {
        required: true,
        content: { "application/json": { schema: { type: "object" } } },
      };
    },
  ],
  [
    "a changed request type (string → integer)",
    "type-narrowed",
    (doc) => {
      schemas(doc).TemplateRequest.properties.name.type = "integer";
    },
  ],
  [
    "a request field that accepts null no more",
    "type-narrowed",
    (doc) => {
      schemas(doc).ApiKeyRequest.properties.expires_at.type = "string";
    },
  ],
  [
    "a request field restricted to a pattern",
    "type-narrowed",
    (doc) => {
      schemas(doc).TemplateRequest.properties.name.pattern = "^[a-z]+$";
    },
  ],
  [
    "a response field that may now be null",
    "type-narrowed",
    (doc) => {
      schemas(doc).Template.properties.description.type = ["string", "null"];
    },
  ],
  [
    "a lowered maxLength on a request field",
    "bound-narrowed",
    (doc) => {
      schemas(doc).TemplateRequest.properties.name.maxLength = 100;
    },
  ],
  [
    "a new maxItems on a request array",
    "bound-narrowed",
    (doc) => {
      schemas(doc).AgentRequest.properties.tags.maxItems = 10;
    },
  ],
  [
    "a raised minLength on a request field",
    "bound-narrowed",
    (doc) => {
      schemas(doc).TemplateRequest.properties.name.minLength = 3;
    },
  ],
  [
    "a lowered parameter bound (page_size maximum)",
    "bound-narrowed",
    (doc) => {
      doc.components.parameters.PageSize.schema.maximum = 50;
    },
  ],
  [
    "a lowered limit on every request body (x-request-limits)",
    "bound-narrowed",
    (doc) => {
      doc["x-request-limits"] = { maxJsonDepth: 16 };
    },
  ],
  [
    "a security scheme dropped from an operation",
    "security-dropped",
    (doc) => {
      op(doc, "/api/templates/", "post").security = [{ TokenAuth: [] }];
    },
  ],
  [
    "credentials required where none were",
    "security-dropped",
    (doc) => {
      op(doc, "/api/organizations/auth/login/", "post").security = [{ TokenAuth: [] }];
    },
  ],
  [
    "a changed security scheme",
    "security-dropped",
    (doc) => {
      doc.components.securitySchemes.ApiKeyAuth.scheme = "basic";
    },
  ],
  [
    "a changed success status (201 → 200)",
    "status-changed",
    (doc) => {
      const responses = op(doc, "/api/templates/", "post").responses;
      responses["200"] = responses["201"];
      delete responses["201"];
    },
  ],
  [
    "a removed response media type",
    "media-removed",
    (doc) => {
      const content = op(doc, "/api/templates/", "post").responses["201"].content;
      content["application/hal+json"] = content["application/json"];
      delete content["application/json"];
    },
  ],
  [
    "a changed oneOf, which the gate cannot judge",
    "unsupported-change",
    (doc) => {
      schemas(doc).TemplateRequest.oneOf = [{ required: ["name"] }];
    },
  ],
];

describe("each kind of breaking change fails the gate until the version takes the breaking step", () => {
  test.each(mutations)("%s (%s)", (_title, kind, mutate) => {
    const head = copy();
    mutate(head);
    head.info.version = "0.1.0";
    expect(kinds(head)).toContain(kind);

    const at = (version: string, next = version) =>
      gate({
        released,
        contract: { ...head, info: { ...head.info, version } },
        packageVersion: version,
        next,
      }).problems;
    expect(at("0.1.0")).toHaveLength(1); // unreleased, undeclared
    expect(at("0.1.1")).toHaveLength(1); // a patch step
    expect(at("0.1.0", "0.1.1")).toHaveLength(1); // a patch changeset
    expect(at("0.1.0", "0.2.0")).toEqual([]); // a minor changeset: declared, pre-1.0
    expect(at("0.2.0")).toEqual([]); // the release itself
    expect(at("1.0.0")).toEqual([]);
  });
});

describe("what does not break apps passes without a version step", () => {
  const safe: [string, (doc: Doc) => void][] = [
    [
      "a new operation",
      (doc) => {
        doc.paths["/api/templates/{id}/archive/"] = {
          post: { ...op(doc, "/api/templates/", "post"), operationId: "archiveTemplate" },
        };
      },
    ],
    [
      "a new optional request field",
      (doc) => {
        schemas(doc).TemplateRequest.properties.color = { type: "string" };
      },
    ],
    [
      "a new response field",
      (doc) => {
        schemas(doc).Template.properties.color = { type: "string", readOnly: true };
      },
    ],
    [
      "a raised maxLength on a request field",
      (doc) => {
        schemas(doc).TemplateRequest.properties.name.maxLength = 400;
      },
    ],
    [
      "a request field that now also accepts null",
      (doc) => {
        schemas(doc).TemplateRequest.properties.description.type = ["string", "null"];
      },
    ],
    [
      "a new enum value in a request",
      (doc) => {
        schemas(doc).Role.enum.push("viewer");
      },
    ],
    [
      "a tighter bound on a response field",
      (doc) => {
        schemas(doc).Template.properties.name.maxLength = 100;
      },
    ],
    [
      "a removed error response",
      (doc) => {
        delete op(doc, "/api/templates/", "post").responses["415"];
      },
    ],
    [
      "an operation that accepts one more scheme",
      (doc) => {
        op(doc, "/api/agents/", "get").security.push({ TokenAuth: [] });
      },
    ],
    [
      "a reworded security scheme",
      (doc) => {
        doc.components.securitySchemes.ApiKeyAuth.description = "Reworded.";
      },
    ],
    [
      "a response header that becomes required",
      (doc) => {
        doc.components.headers.XRequestId.required = true;
      },
    ],
  ];
  test.each(safe)("%s", (_title, mutate) => {
    const head = copy();
    mutate(head);
    expect(breakingChanges(released, head)).toEqual([]);
  });

  test("a raised limit on every request body", () => {
    const [base, head] = [copy(), copy()];
    base["x-request-limits"] = { maxBodyBytes: 1024, maxJsonDepth: 8 };
    head["x-request-limits"] = { maxBodyBytes: 2048, maxJsonDepth: 8 };
    expect(breakingChanges(base, head)).toEqual([]);
  });
});

describe("the version policy", () => {
  test.each([
    ["0.1.0", "0.2.0", true],
    ["0.1.3", "0.2.0", true],
    ["0.1.0", "1.0.0", true],
    ["0.1.0", "0.1.1", false],
    ["0.1.0", "0.1.0", false],
    ["1.4.2", "2.0.0", true],
    ["1.4.2", "1.5.0", false],
    ["1.4.2", "1.4.3", false],
  ])("%s → %s is a breaking step: %s", (from, to, breaking) => {
    expect(isBreakingStep(from, to)).toBe(breaking);
  });

  test("a pending minor changeset raises the next version to the breaking step", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bedrock-changesets-"));
    try {
      mkdirSync(join(dir, ".changeset"));
      writeFileSync(
        join(dir, "package.json"),
        JSON.stringify({ name: manifest.name, version: "0.1.0" }),
      );
      writeFileSync(
        join(dir, ".changeset/config.json"),
        readFileSync(join(root, ".changeset/config.json")),
      );
      expect(await nextVersion(dir)).toMatchObject({ current: "0.1.0", next: "0.1.0" });
      writeFileSync(
        join(dir, ".changeset/fix.md"),
        `---\n"${manifest.name}": patch\n---\n\nA fix.\n`,
      );
      expect(await nextVersion(dir)).toMatchObject({ next: "0.1.1", bump: "patch" });
      writeFileSync(
        join(dir, ".changeset/break.md"),
        `---\n"${manifest.name}": minor\n---\n\nA break.\n`,
      );
      expect(await nextVersion(dir)).toMatchObject({ next: "0.2.0", bump: "minor" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the release moves info.version and nothing else in the contract's root file", () => {
    const yaml = readFileSync(join(root, "openapi/openapi.yaml"), "utf8");
    const moved = setContractVersion(yaml, "0.2.0");
    expect(parse(moved).info.version).toBe("0.2.0");
    expect(moved.replace("version: 0.2.0", `version: ${parse(yaml).info.version}`)).toBe(yaml);
  });
});
