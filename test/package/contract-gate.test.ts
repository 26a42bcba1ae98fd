import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  breakingChanges,
  breakingItems,
  gate,
  HELP,
  isBreakingStep,
  nextVersion,
  type PendingChangeset,
  RELEASED,
} from "../../scripts/contract-gate.mjs";
import { setContractVersion } from "../../scripts/release.mjs";

// The breaking-change gate (scripts/contract-gate.mjs): the contract against the last released
// one, etc/openapi.released.yaml. Each kind of breaking change is made on a copy of the released
// contract; the gate must fail on it until a pending changeset that takes the breaking step names
// it in a **Breaking** item.
const root = resolve(import.meta.dirname, "../..");
// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, mutated freely below
type Doc = any;
const released: Doc = parse(readFileSync(RELEASED, "utf8"));
const contract: Doc = JSON.parse(readFileSync(join(root, "src/generated/openapi.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const copy = (): Doc => structuredClone(released);
// The versions around the last release: the tests hold after any release, not only 0.1.0's.
const releasedVersion: string = released.info.version;
const [major = 0, minor = 0, patch = 0] = releasedVersion.split(".").map(Number);
/** The bump that takes the breaking step: minor before 1.0, major after. */
const breakingBump = major === 0 ? "minor" : "major";
const breakingStep = major === 0 ? `0.${minor + 1}.0` : `${major + 1}.0.0`;
const patchStep = `${major}.${minor}.${patch + 1}`;
const stable = (value: unknown) => JSON.stringify(value);
const kinds = (head: Doc) => breakingChanges(released, head).map(({ kind }) => kind);
const schemas = (doc: Doc) => doc.components.schemas;
const op = (doc: Doc, path: string, method: string) => doc.paths[path][method];

describe("the contract against the last released one", () => {
  test("has no breaking change a pending changeset does not name", async () => {
    const { current, next, changesets } = await nextVersion();
    const verdict = gate({ released, contract, packageVersion: current, next, changesets });
    expect(verdict.problems).toEqual([]);
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

// One mutation per kind of breaking change; `kind` is what the gate must report, `names` what a
// changeset's **Breaking** item names to acknowledge it.
const mutations: [string, string, string[], (doc: Doc) => void][] = [
  [
    "a removed operation",
    "operation-removed",
    ["POST /api/templates/"],
    (doc) => delete doc.paths["/api/templates/"].post,
  ],
  [
    "a removed response field",
    "field-removed",
    ["Template.description"],
    (doc) => delete schemas(doc).Template.properties.description,
  ],
  [
    "a removed request field",
    "field-removed",
    ["TemplateRequest.description"],
    (doc) => delete schemas(doc).TemplateRequest.properties.description,
  ],
  [
    "a removed query parameter",
    "field-removed",
    ["GET /api/templates/", "ordering"],
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
    ["POST /api/templates/", "X-Request-Id"],
    (doc) => delete op(doc, "/api/templates/", "post").responses["201"].headers["X-Request-Id"],
  ],
  [
    "a request field turned read-only",
    "field-removed",
    ["TemplateRequest.description"],
    (doc) => {
      schemas(doc).TemplateRequest.properties.description.readOnly = true;
    },
  ],
  [
    "a response field no longer required",
    "field-optional",
    ["Template.name"],
    (doc) => {
      schemas(doc).Template.required = schemas(doc).Template.required.filter(
        (name: string) => name !== "name",
      );
    },
  ],
  [
    "a removed enum value",
    "enum-value-removed",
    ["Role"],
    (doc) => {
      schemas(doc).Role.enum = schemas(doc).Role.enum.filter((role: string) => role !== "admin");
    },
  ],
  [
    "a new required request field",
    "required-added",
    ["TemplateRequest.description"],
    (doc) => {
      schemas(doc).TemplateRequest.required.push("description");
    },
  ],
  [
    "a new required request field that did not exist",
    "required-added",
    ["InviteAcceptRequest.captcha"],
    (doc) => {
      schemas(doc).InviteAcceptRequest.properties.captcha = { type: "string" };
      schemas(doc).InviteAcceptRequest.required.push("captcha");
    },
  ],
  [
    "a new required query parameter",
    "required-added",
    ["GET /api/templates/", "project"],
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
    ["POST /api/organizations/auth/logout/"],
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
    ["TemplateRequest.name"],
    (doc) => {
      schemas(doc).TemplateRequest.properties.name.type = "integer";
    },
  ],
  [
    "a request field that accepts null no more",
    "type-narrowed",
    ["ApiKeyRequest.expires_at"],
    (doc) => {
      schemas(doc).ApiKeyRequest.properties.expires_at.type = "string";
    },
  ],
  [
    "a request field restricted to a pattern",
    "type-narrowed",
    ["TemplateRequest.name"],
    (doc) => {
      schemas(doc).TemplateRequest.properties.name.pattern = "^[a-z]+$";
    },
  ],
  [
    "a response field that may now be null",
    "type-narrowed",
    ["Template.description"],
    (doc) => {
      schemas(doc).Template.properties.description.type = ["string", "null"];
    },
  ],
  [
    "a lowered maxLength on a request field",
    "bound-narrowed",
    ["TemplateRequest.name"],
    (doc) => {
      schemas(doc).TemplateRequest.properties.name.maxLength = 100;
    },
  ],
  [
    "a new maxItems on a request array",
    "bound-narrowed",
    ["AgentRequest.tags"],
    (doc) => {
      schemas(doc).AgentRequest.properties.tags.maxItems = 10;
    },
  ],
  [
    "a raised minLength on a request field",
    "bound-narrowed",
    ["TemplateRequest.name"],
    (doc) => {
      schemas(doc).TemplateRequest.properties.name.minLength = 3;
    },
  ],
  [
    "a lowered parameter bound (page_size maximum)",
    "bound-narrowed",
    ["page_size"],
    (doc) => {
      doc.components.parameters.PageSize.schema.maximum = 50;
    },
  ],
  [
    "a lowered limit on every request body (x-request-limits)",
    "bound-narrowed",
    ["x-request-limits.maxJsonDepth"],
    (doc) => {
      doc["x-request-limits"] = { maxJsonDepth: 16 };
    },
  ],
  [
    "a security scheme dropped from an operation",
    "security-dropped",
    ["POST /api/templates/", "ApiKeyAuth"],
    (doc) => {
      op(doc, "/api/templates/", "post").security = [{ TokenAuth: [] }];
    },
  ],
  [
    "credentials required where none were",
    "security-dropped",
    ["POST /api/organizations/auth/login/"],
    (doc) => {
      op(doc, "/api/organizations/auth/login/", "post").security = [{ TokenAuth: [] }];
    },
  ],
  [
    "a changed security scheme",
    "security-dropped",
    ["ApiKeyAuth"],
    (doc) => {
      doc.components.securitySchemes.ApiKeyAuth.scheme = "basic";
    },
  ],
  [
    "a changed success status (201 → 200)",
    "status-changed",
    ["POST /api/templates/", "201"],
    (doc) => {
      const responses = op(doc, "/api/templates/", "post").responses;
      responses["200"] = responses["201"];
      delete responses["201"];
    },
  ],
  [
    "a removed response media type",
    "media-removed",
    ["POST /api/templates/", "application/json"],
    (doc) => {
      const content = op(doc, "/api/templates/", "post").responses["201"].content;
      content["application/hal+json"] = content["application/json"];
      delete content["application/json"];
    },
  ],
  [
    "a changed oneOf, which the gate cannot judge",
    "unsupported-change",
    ["TemplateRequest"],
    (doc) => {
      schemas(doc).TemplateRequest.oneOf = [{ required: ["name"] }];
    },
  ],
];

/** A pending changeset of this package. */
const changeset = (bump: PendingChangeset["bump"], summary: string, id = "change") => ({
  id,
  bump,
  summary,
});
/** A changeset's **Breaking** list item giving `names` in backticks. */
const breakingLine = (names: string[]) =>
  `- **Breaking:** ${names.map((name) => `\`${name}\``).join(" and ")} changed: do this instead.`;
/** A new feature's changeset: minor, with a **Breaking** line about something else. */
const feature = changeset(
  breakingBump,
  "**Templates can be archived** (`templates.archive(id)`).\n\n" +
    "- **Breaking:** `ApiKeyRequest.name` takes at most 100 characters.\n",
  "feature",
);

/** The gate over `head`, as the release after the last one, with `changesets` pending. */
const verdict = (head: Doc, changesets: PendingChangeset[], next = breakingStep) =>
  gate({
    released,
    contract: { ...head, info: { ...head.info, version: releasedVersion } },
    packageVersion: releasedVersion,
    next,
    changesets,
  });

describe("each kind of breaking change fails the gate until a minor changeset names it", () => {
  test.each(mutations)("%s (%s, named %j)", (_title, kind, names, mutate) => {
    const head = copy();
    mutate(head);
    expect(kinds(head)).toContain(kind);

    const named = changeset(breakingBump, `What changed.\n\n${breakingLine(names)}\n`, "named");
    expect(verdict(head, [named]).problems).toEqual([]);
    expect(verdict(head, [feature, named]).changes.every((c) => c.namedIn === "named")).toBe(true);

    // Not named: a minor changeset for something else, or none, lets nothing through.
    for (const pending of [[feature], []]) {
      const [problem, ...others] = verdict(
        head,
        pending,
        pending.length ? breakingStep : releasedVersion,
      ).problems;
      expect(problem).toContain(`no pending ${breakingBump} changeset names`);
      expect(problem).toContain(kind);
      expect(problem).toContain(`\`${names[0]}\``);
      expect(others.length).toBe(pending.length ? 0 : 1); // no step either
    }
    // Named, but in a patch changeset: not the breaking step.
    const patch = changeset("patch", breakingLine(names), "patch-one");
    const [problem] = verdict(head, [patch], patchStep).problems;
    expect(problem).toContain(`named only in .changeset/patch-one.md, not a ${breakingBump} one`);
    // Named only in part (the operation without the scheme, say) or outside a Breaking item.
    if (names.length > 1) {
      for (const part of names) {
        expect(
          verdict(head, [changeset(breakingBump, breakingLine([part]))]).problems,
        ).toHaveLength(1);
      }
    }
    const prose = changeset(
      breakingBump,
      `Also ${names.map((n) => `\`${n}\``).join(" and ")} changed.`,
    );
    expect(verdict(head, [prose]).problems).toHaveLength(1);
  });
});

describe("the names a changeset gives", () => {
  const removeDelete = (doc: Doc) => delete doc.paths["/api/templates/{id}/"].delete;
  const dropApiKey = (doc: Doc) => {
    op(doc, "/api/templates/{id}/", "delete").security = [{ TokenAuth: [] }];
  };
  const mutated = (...mutations: ((doc: Doc) => void)[]) => {
    const head = copy();
    for (const mutate of mutations) mutate(head);
    return head;
  };

  test("removing DELETE /api/templates/{id}/ passes only once a minor changeset names it", () => {
    const head = mutated(removeDelete);
    const [problem] = verdict(head, [feature]).problems;
    expect(problem).toMatch(/`DELETE \/api\/templates\/\{id\}\/`\s+← operation-removed/);
    const by = (text: string) =>
      verdict(head, [feature, changeset(breakingBump, text, "x")]).problems;
    expect(by("**Breaking:** `DELETE /api/templates/{id}/` is removed: archive them.")).toEqual([]);
    expect(by("**Breaking:** `deleteTemplate` is removed: archive them.")).toEqual([]); // operationId
    expect(by("**Breaking:** `delete  /api/templates/{id}/` is removed.")).toEqual([]); // spelling
    expect(by("**Breaking:** `DELETE /api/templates/` is removed.")).toHaveLength(1);
    expect(by("**Breaking:** templates can no longer be deleted.")).toHaveLength(1);
  });

  test("dropping ApiKeyAuth from an operation takes the operation and the scheme in one item", () => {
    const head = mutated(dropApiKey);
    const [problem] = verdict(head, []).problems;
    expect(problem).toContain(
      "`DELETE /api/templates/{id}/` + `ApiKeyAuth`  ← security-dropped DELETE /api/templates/{id}/: no longer accepts ApiKeyAuth",
    );
    const by = (text: string) => verdict(head, [changeset(breakingBump, text)]).problems;
    expect(
      by(
        "**Breaking:** `DELETE /api/templates/{id}/` no longer accepts `ApiKeyAuth`: use a token.",
      ),
    ).toEqual([]);
    // The scheme in one item and the operation in another: two other changes, not this one.
    expect(
      by(
        "- **Breaking:** `ApiKeyAuth` keys expire.\n- **Breaking:** `DELETE /api/templates/{id}/` answers 409.",
      ),
    ).toHaveLength(1);
  });

  test("each change needs its own name: one named break lets no other through", () => {
    const head = mutated(removeDelete, (doc) => {
      op(doc, "/api/templates/", "post").security = [{ TokenAuth: [] }];
      schemas(doc).AgentRequest.properties.tags.maxItems = 10;
    });
    const text = "**Breaking:** `DELETE /api/templates/{id}/` is removed.";
    const [problem] = verdict(head, [changeset(breakingBump, text)]).problems;
    expect(problem).toContain("3 breaking change(s)");
    expect(problem).toContain("`POST /api/templates/` + `ApiKeyAuth`  ← security-dropped");
    expect(problem).toContain("`AgentRequest.tags`  ← bound-narrowed POST /api/agents/ body.tags");
    expect(problem).not.toContain("operation-removed");
  });

  test("a PATCH body's property is named as its schema's (PatchedAgentRequest.tags as AgentRequest.tags)", () => {
    const head = mutated((doc) => {
      schemas(doc).AgentRequest.properties.tags.maxItems = 10;
      schemas(doc).PatchedAgentRequest.properties.tags.maxItems = 10;
    });
    expect(breakingChanges(released, head).flatMap((c) => c.names.flat())).toEqual([
      "AgentRequest.tags",
      "AgentRequest.tags",
      "PatchedAgentRequest.tags",
    ]);
    const text = "**Breaking:** an agent takes at most 10 tags (`AgentRequest.tags`).";
    expect(verdict(head, [changeset(breakingBump, text)]).problems).toEqual([]);
  });

  test("a shared parameter's own change is named alone; losing it on one operation, with the operation", () => {
    const narrowed = mutated((doc) => {
      doc.components.parameters.PageSize.schema.maximum = 50;
    });
    expect(
      breakingChanges(released, narrowed).every((c) => stable(c.names) === '[["page_size"]]'),
    ).toBe(true);
    const lost = mutated((doc) => {
      const list = op(doc, "/api/agents/", "get");
      list.parameters = list.parameters.filter((p: Doc) => !p.$ref?.endsWith("/PageSize"));
    });
    expect(breakingChanges(released, lost).map((c) => c.names)).toEqual([
      [["GET /api/agents/", "page_size"]],
    ]);
    expect(
      verdict(lost, [changeset(breakingBump, "**Breaking:** `page_size` is capped.")]).problems,
    ).toHaveLength(1);
  });

  test("a lowered x-request-limits value is narrowing, named by the limit", () => {
    const base = { ...copy(), "x-request-limits": { maxBodyBytes: 1048576, maxJsonDepth: 32 } };
    const head = { ...copy(), "x-request-limits": { maxBodyBytes: 1048576, maxJsonDepth: 16 } };
    const changes = breakingChanges(base, head);
    expect(changes).toEqual([
      {
        kind: "bound-narrowed",
        where: "x-request-limits.maxJsonDepth",
        message: "32 → 16",
        names: [["x-request-limits.maxJsonDepth"]],
      },
    ]);
    const at = (summary: string) =>
      gate({
        released: base,
        contract: head,
        packageVersion: releasedVersion,
        next: breakingStep,
        changesets: [changeset(breakingBump, summary)],
      }).problems;
    expect(
      at("**Breaking:** JSON nests at most 16 deep (`x-request-limits.maxJsonDepth`)."),
    ).toEqual([]);
    expect(at("**Breaking:** bodies are smaller (`x-request-limits.maxBodyBytes`).")).toHaveLength(
      1,
    );
  });

  test("--help shows the syntax, with the examples these tests hold it to", () => {
    expect(HELP).toContain("**Breaking**");
    expect(HELP).toContain("- **Breaking:** `DELETE /api/templates/{id}/` is removed");
    expect(HELP).toContain("`POST /api/templates/` no longer accepts `ApiKeyAuth`");
  });
});

describe("a changeset's **Breaking** items", () => {
  test.each([
    ["a paragraph", "Intro.\n\n**Breaking:** `a` and\n`b`.\n\nAfter `c`.", ["`a`", "`b`"], ["`c`"]],
    [
      "list items",
      "- **Breaking:** `a`.\n- New: `c`.\n- **Breaking:** `b`\n  wrapped.",
      ["`a`", "`b`"],
      ["`c`"],
    ],
    [
      "a bold lead in the same paragraph",
      "**Breaking (contract):** `a`.\n**Also** `c`.\n**Breaking:** `b`.",
      ["`a`", "`b`"],
      ["`c`"],
    ],
    [
      "a nested list, blank lines included",
      "- **Breaking:** these:\n  - `a`\n\n  - `b`\n- `c`",
      ["`a`", "`b`"],
      ["`c`"],
    ],
    [
      "a list right under a paragraph",
      "**Breaking:** these:\n- `a`\n- `b`\n\n- `c`",
      ["`a`", "`b`"],
      ["`c`"],
    ],
  ])("%s", (_title, summary, inside, outside) => {
    const items = breakingItems(summary).join("\n");
    for (const name of inside) expect(items).toContain(name);
    for (const name of outside) expect(items).not.toContain(name);
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
