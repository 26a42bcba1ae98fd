// The stub's cryptography on web APIs (src/stub/secrets.ts), checked against Node's own
// implementations, and its fallbacks where a page lacks crypto.subtle or crypto.randomUUID.
import { createHash, pbkdf2Sync } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  base64url,
  equalBytes,
  hashPassword,
  hex,
  randomBytes,
  randomUuid,
  sha256,
} from "../../src/stub/secrets";
import { Store } from "../../src/stub/store";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The platform's crypto without some of its members, as in a page on plain http. */
function cryptoWithout(...missing: ("subtle" | "randomUUID")[]) {
  const real = globalThis.crypto;
  vi.stubGlobal("crypto", {
    getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes),
    ...(!missing.includes("subtle") && { subtle: real.subtle }),
    ...(!missing.includes("randomUUID") && { randomUUID: () => real.randomUUID() }),
  });
}
afterEach(() => vi.unstubAllGlobals());

describe("hashes and encodings", () => {
  test("sha256 and hex match node:crypto for ASCII and non-ASCII secrets", () => {
    for (const text of ["", "bk_demo", "pässwörd 🔑", "x".repeat(1000)])
      expect(hex(sha256(text))).toBe(createHash("sha256").update(text).digest("hex"));
  });

  test("base64url matches Buffer's, unpadded, for every length mod 3", () => {
    for (const length of [0, 1, 2, 3, 20, 24, 31]) {
      const bytes = randomBytes(length);
      expect(base64url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
    }
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe("-__-");
  });

  test("equalBytes is true only for the same bytes of the same length", () => {
    const a = sha256("a");
    expect(equalBytes(a, sha256("a"))).toBe(true);
    expect(equalBytes(a, sha256("b"))).toBe(false);
    expect(equalBytes(a, a.slice(0, 31))).toBe(false);
    const lastDiffers = a.slice();
    lastDiffers[31] = (lastDiffers[31] as number) ^ 1;
    expect(equalBytes(a, lastDiffers)).toBe(false);
    expect(equalBytes(new Uint8Array(), new Uint8Array())).toBe(true);
  });
});

describe("password hashes", () => {
  test("are PBKDF2-HMAC-SHA256 with 100,000 rounds and a fresh 16-byte salt", async () => {
    const first = await hashPassword("correct horse");
    const second = await hashPassword("correct horse");
    expect(first.salt).toHaveLength(16);
    expect(equalBytes(first.salt, second.salt)).toBe(false);
    const expected = pbkdf2Sync("correct horse", first.salt, 100_000, 32, "sha256");
    expect(hex(first.hash)).toBe(expected.toString("hex"));
  });

  test("without crypto.subtle the JavaScript derivation gives the same hash", async () => {
    const salt = randomBytes(16);
    const native = await hashPassword("pässwörd", salt);
    cryptoWithout("subtle");
    const fallback = await hashPassword("pässwörd", salt);
    expect(hex(fallback.hash)).toBe(hex(native.hash));
  });

  test("a store checks a password set before, and refuses another or an unknown user", async () => {
    const store = new Store();
    await store.setPassword("u1", "s3cret-password");
    expect(await store.checkPassword("u1", "s3cret-password")).toBe(true);
    expect(await store.checkPassword("u1", "s3cret-passwore")).toBe(false);
    expect(await store.checkPassword("u2", "s3cret-password")).toBe(false);
    expect(await store.checkPassword(undefined, "s3cret-password")).toBe(false);
  });
});

describe("ids and secrets", () => {
  test("randomUuid gives version 4 UUIDs, with crypto.randomUUID or without it", () => {
    expect(randomUuid()).toMatch(UUID_V4);
    cryptoWithout("randomUUID");
    const made = Array.from({ length: 200 }, randomUuid);
    for (const id of made) expect(id).toMatch(UUID_V4);
    expect(new Set(made).size).toBe(made.length);
  });

  test("generated API keys, invite secrets and tokens keep their shapes", () => {
    const store = new Store();
    const { key, prefix } = store.addApiKeySecret("k1");
    expect(key).toMatch(/^bk_[0-9a-f]{8}[\w-]{32}$/);
    expect(prefix).toBe(key.slice(0, 11));
    expect(store.addInviteSecret("i1")).toMatch(/^inv_[\w-]{32}$/);
    expect(store.issueToken("u1")).toMatch(/^[0-9a-f]{40}$/);
  });
});
