// The stub's cryptography on web APIs only (globalThis.crypto, TextEncoder), so it runs the same
// in Node, Bun, Deno, a worker and a page: random secrets and ids, SHA-256 of keys and tokens,
// password hashes, and comparisons that take as long whatever the bytes.
import { pbkdf2Async } from "@noble/hashes/pbkdf2.js";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** A password's hash and the salt it was made with. */
export interface PasswordHash {
  salt: Uint8Array;
  hash: Uint8Array;
}

/**
 * PBKDF2-HMAC-SHA256 rounds: about 18 ms a hash with WebCrypto on a 2-core machine, so a login
 * stays quick in tests while a password still costs what a real hash costs to try.
 */
const PBKDF2_ROUNDS = 100_000;
const HASH_BYTES = 32;

/** `length` random bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** SHA-256 of a string's UTF-8 in JavaScript, in any runtime. */
export const portableSha256 = (text: string): Uint8Array => nobleSha256(utf8ToBytes(text));

type OneShotHash = (algorithm: string, data: string, encoding: "buffer") => Uint8Array;

/**
 * The runtime's own one-shot SHA-256 where it offers one without an import (Node ≥ 20.16:
 * `process.getBuiltinModule("node:crypto").hash`, a few times faster than JavaScript's on the
 * short secrets of every request); `undefined` elsewhere, or if it disagrees with JavaScript's.
 */
function runtimeSha256(): ((text: string) => Uint8Array) | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  const crypto = runtime?.getBuiltinModule?.("node:crypto") as { hash?: OneShotHash } | undefined;
  const hash = crypto?.hash;
  if (typeof hash !== "function") return undefined;
  // a plain Uint8Array over the Buffer's bytes: its slice() copies, as everywhere else
  const native = (text: string) => {
    const digest = hash("sha256", text, "buffer");
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
  };
  try {
    const probe = "bedrock \ud800 key";
    return equalBytes(native(probe), portableSha256(probe)) ? native : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-256 of a string's UTF-8, at once: key and token lookups stay synchronous. */
export const sha256: (text: string) => Uint8Array = runtimeSha256() ?? portableSha256;

/** Bytes as lowercase hex. */
export const hex = (bytes: Uint8Array): string => bytesToHex(bytes);

/** Bytes as unpadded base64url, as in a URL or a header without escaping. */
export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * Whether two byte strings are equal, in a time that depends on their length only (never on
 * where they first differ), so a comparison with a secret's hash reveals nothing of it.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

/**
 * A password's PBKDF2-HMAC-SHA256 hash with `salt` (a new random one unless given). WebCrypto
 * derives it natively; where a page has no `crypto.subtle` (plain http on another host than
 * localhost), the same derivation runs in JavaScript, slower.
 */
export async function hashPassword(
  password: string,
  salt: Uint8Array = randomBytes(16),
): Promise<PasswordHash> {
  const subtle = globalThis.crypto.subtle as SubtleCrypto | undefined;
  const options = { c: PBKDF2_ROUNDS, dkLen: HASH_BYTES };
  if (!subtle) return { salt, hash: await pbkdf2Async(nobleSha256, password, salt, options) };
  const key = await subtle.importKey("raw", utf8ToBytes(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await subtle.deriveBits(
    // a copy: WebCrypto takes no view of a shared buffer
    { name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(salt), iterations: PBKDF2_ROUNDS },
    key,
    HASH_BYTES * 8,
  );
  return { salt, hash: new Uint8Array(bits) };
}

/** A random (version 4) UUID; built from random bytes where `crypto.randomUUID` is missing. */
export function randomUuid(): string {
  if (typeof globalThis.crypto.randomUUID === "function") return globalThis.crypto.randomUUID();
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const digits = bytesToHex(bytes);
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}
