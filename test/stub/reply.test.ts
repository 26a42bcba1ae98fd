// The reply step counts an answer's bytes itself (Content-Length, without encoding the JSON
// twice): the count must be what a UTF-8 encoder writes, lone surrogates included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Length } from "../../src/stub/pipeline/reply";
import { codeUnitStrings } from "./helpers";

const encoder = new TextEncoder();

describe("utf8Length", () => {
  it("counts what TextEncoder writes, for any string of UTF-16 code units", () => {
    fc.assert(
      fc.property(codeUnitStrings, fc.string({ unit: "grapheme" }), (a, b) => {
        expect(utf8Length(a)).toBe(encoder.encode(a).byteLength);
        expect(utf8Length(b + a)).toBe(encoder.encode(b + a).byteLength);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts each width, a pair, and a surrogate left alone at either end", () => {
    for (const text of [
      "",
      "a",
      "é",
      "€",
      "😀",
      "a😀b",
      "\ud800",
      "x\udc00",
      "\ud83d",
      "\ud800\ud800",
    ])
      expect(utf8Length(text), JSON.stringify(text)).toBe(encoder.encode(text).byteLength);
  });
});
