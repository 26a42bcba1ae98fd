// Drift between layers: the stub's handlers, the routes it serves and the SDK's resource
// methods must cover exactly the contract's operations, no more and no fewer.
import { describe, expect, it } from "vitest";
import contract from "../../src/generated/openapi.json" with { type: "json" };
import { operations } from "../../src/generated/operations";
import { routeTable } from "../../src/stub/contract";
import { handlers } from "../../src/stub/handlers";
import { sdkMethods } from "./sdk-map";

const inContract = Object.values(
  contract.paths as Record<string, Record<string, { operationId: string }>>,
)
  .flatMap((item) => Object.values(item).map((op) => op.operationId))
  .sort();

describe("the stub and the contract", () => {
  it("has a handler for every operation and none for an operation the contract lacks", () => {
    expect(Object.keys(handlers).sort()).toEqual(inContract);
  });

  it("routes each operation's method and path to that operation, and unknown paths nowhere", () => {
    const match = routeTable();
    for (const [id, { method, path }] of Object.entries(operations)) {
      const found = match(method, path.replace("{id}", "0f8fad5b-d9cb-469f-a165-70867728950e"));
      expect(found && "route" in found ? found.route.operationId : found, id).toBe(id);
    }
    expect(match("GET", "/api/workflows/")).toBeUndefined();
  });
});

describe("the SDK and the contract", () => {
  it("sends only operations of the contract, each from exactly one resource method", () => {
    const sent = sdkMethods().map((m) => m.operationId);
    expect(new Set(sent).size).toBe(sent.length);
    for (const id of sent) expect(inContract).toContain(id);
  });
});
