// Keys and tokens are looked up by SHA-256; in Node the runtime's own one-shot hash does it (it
// is faster), elsewhere JavaScript's. Both must give the same bytes for any string, or a key
// made in one would not be found by the other.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portableSha256, sha256 } from "../../src/stub/secrets";
import { codeUnitStrings } from "./helpers";

describe("sha256", () => {
  it("is Node's one-shot hash here, not the JavaScript one", () => {
    expect(sha256).not.toBe(portableSha256);
  });

  it("gives JavaScript's bytes for any string, lone surrogates included", () => {
    fc.assert(
      fc.property(codeUnitStrings, (text) => {
        expect(Array.from(sha256(text))).toEqual(Array.from(portableSha256(text)));
      }),
      { numRuns: 1000 },
    );
    expect(Buffer.from(sha256("")).toString("hex")).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
});
