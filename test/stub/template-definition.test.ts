// A template's `definition` takes the fields the contract names (model, instructions, tools,
// temperature, metadata) and refuses any other with a 400 that says where: a misspelt field is
// never stored and silently ignored.
import { describe, expect, it } from "vitest";
import { bearer, demo, stubFor } from "./helpers";

const { stub, call } = await stubFor();
const key = bearer(stub.apiKey);

describe("a template's definition", () => {
  it("stores the fields it knows, metadata free-form", async () => {
    const definition = {
      model: "bedrock-large",
      instructions: "Classify the message.",
      tools: ["adapter-state.contacts"],
      temperature: 0.2,
      metadata: { team: "support", nested: { anything: [1, "two"] } },
    };
    const created = await call("POST", "/api/templates/", {
      auth: key,
      body: { name: "Typed", definition },
    });
    expect(created.status).toBe(201);
    expect(created.body.definition).toEqual(definition);
  });

  it("refuses a misspelt field with a 400 naming it, on create, replace and update", async () => {
    const body = { name: "Typo", definition: { modle: "bedrock-large" } };
    const expected = {
      definition: [
        'Unknown field "definition.modle"; the fields are model, instructions, tools, temperature, metadata.',
      ],
    };
    const path = `/api/templates/${demo("Template")}/`;
    for (const [method, url] of [
      ["POST", "/api/templates/"],
      ["PUT", path],
      ["PATCH", path],
    ] as const) {
      const refused = await call(method, url, { auth: key, body });
      expect(refused.status, method).toBe(400);
      expect(refused.body, method).toEqual(expected);
    }
    // nothing changed
    const template = await call("GET", path, { auth: key });
    expect(template.body.definition).not.toHaveProperty("modle");
    expect(template.body.name).not.toBe("Typo");
  });

  it("names the member of the definition that has the wrong type or value", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ model: 42 }, "definition.model: Not a valid string."],
      [{ model: "" }, "definition.model: This field may not be blank."],
      [{ tools: ["ok", 7] }, "definition.tools[1]: Not a valid string."],
      [{ temperature: 3 }, "definition.temperature: Ensure this value is less than or equal to 2."],
    ];
    for (const [definition, message] of cases) {
      const refused = await call("POST", "/api/templates/", {
        auth: key,
        body: { name: "Wrong", definition },
      });
      expect(refused.status, message).toBe(400);
      expect(refused.body, message).toEqual({ definition: [message] });
    }
  });

  it("shows a long unknown field name cut short", async () => {
    const long = "x".repeat(5000);
    const refused = await call("POST", "/api/templates/", {
      auth: key,
      body: { name: "Long", definition: { [long]: 1 } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.definition[0]).toContain(`"definition.${"x".repeat(100)}…"`);
    expect(refused.body.definition[0].length).toBeLessThan(300);
  });
});
