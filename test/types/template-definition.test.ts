// A template's `definition` is typed from the contract: a misspelt or unknown field is a type
// error (and a 400 from the API, test/stub/template-definition.test.ts); `metadata` is free-form.
import { describe, expectTypeOf, test } from "vitest";
import { Bedrock, type Schema, type Template } from "../../src/index";

// Checked by `tsc --noEmit` (the repository's tsconfig includes test/); the calls are never sent.
const bedrock = new Bedrock({
  apiKey: "bk_test_types",
  logLevel: "off",
  fetch: async () => Response.json({}),
});
const name = "Support triage";

describe("a template's definition", () => {
  test("takes the fields the contract names", () => {
    void bedrock.templates.create({
      name,
      definition: {
        model: "bedrock-large",
        instructions: "Classify the message.",
        tools: ["adapter-state.contacts"],
        temperature: 0.2,
        metadata: { team: "support", anything: [1, { nested: true }] },
      },
    });
    expectTypeOf<Template["definition"]>().toEqualTypeOf<Schema<"TemplateDefinition">>();
    expectTypeOf<Template["definition"]["model"]>().toEqualTypeOf<string | undefined>();
  });

  test("refuses a misspelt or unknown field, and a wrong type", () => {
    const id = "9b2f6a1e-4c3d-4e5f-8a7b-2c1d0e9f8a7b";
    // @ts-expect-error `modle` is not a field of a definition
    void bedrock.templates.create({ name, definition: { modle: "x" } });
    // @ts-expect-error nor on replace
    void bedrock.templates.replace(id, { name, definition: { prompt: "x" } });
    // @ts-expect-error nor on update
    void bedrock.templates.update(id, { definition: { tool: [] } });
    // @ts-expect-error tools are names
    void bedrock.templates.create({ name, definition: { tools: [{ name: "search" }] } });
  });
});
