// The stub's counted words: one of a thing reads singular, any other count plural (the
// messages built with them: references.test.ts).
import { describe, expect, it } from "vitest";
import { counted, plural } from "../../src/stub/words";

describe("counted words", () => {
  it("are singular for one only", () => {
    expect([0, 1, 2, 21].map((n) => counted(n, "adapter config"))).toEqual([
      "0 adapter configs",
      "1 adapter config",
      "2 adapter configs",
      "21 adapter configs",
    ]);
    expect(counted(1, "entry", "entries")).toBe("1 entry");
    expect(counted(2, "entry", "entries")).toBe("2 entries");
    expect([plural(1, "refers", "refer"), plural(3, "refers", "refer")]).toEqual([
      "refers",
      "refer",
    ]);
  });
});
