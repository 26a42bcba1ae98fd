// The string formats the contract uses, as the stub checks them: JSON Schema's own definitions,
// each with the one addition a server needs — a date-time it accepts is one it can read.
import type { Format } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats.js";

const ATOM = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+";
/** RFC 5321's Quoted-string: printable ASCII in double quotes, `"` and `\` escaped by `\`. */
const QUOTED = '"(?:[ !#-\\[\\]-~]|\\\\[ -~])*"';
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const MAILBOX = new RegExp(
  `^(?<local>${ATOM}(?:\\.${ATOM})*|${QUOTED})@(?:${LABEL}(?:\\.${LABEL})*|\\[(?<literal>[^\\]]*)\\])$`,
);
const ipv4 = fullFormats.ipv4 as RegExp;
const ipv6 = fullFormats.ipv6 as RegExp;

/**
 * JSON Schema's `email`: RFC 5321's `Mailbox` — a dot-atom or quoted local part (at most 64
 * characters) and a domain name (a single label such as `localhost` included) or an address
 * literal (`[192.0.2.1]`, `[IPv6:2001:db8::1]`). So `ops@localhost` and `"john doe"@example.com`
 * are addresses; `john doe@example.com` is not.
 */
export function isEmail(value: string): boolean {
  const found = MAILBOX.exec(value);
  if (!found?.groups || (found.groups.local ?? "").length > 64) return false;
  const literal = found.groups.literal;
  if (literal === undefined) return true;
  return literal.startsWith("IPv6:") ? ipv6.test(literal.slice(5)) : ipv4.test(literal);
}

/**
 * What the stub tells addresses apart by: the whole address, case aside, so `Ops@Example.com`
 * logs in as, and cannot sign up beside, `ops@example.com`. Two addresses are the same account's
 * when their keys are equal.
 */
export const emailKey = (email: string) => email.toLowerCase();

const rfc3339 = fullFormats["date-time"] as { validate: (value: string) => boolean };

/**
 * JSON Schema's `date-time` (RFC 3339: `2030-12-31T23:59:59Z`, an offset or `Z`), as far as
 * `Date` reads it: a leap second (`23:59:60Z`), which `Date` cannot hold, is refused.
 */
export function isDateTime(value: string): boolean {
  return rfc3339.validate(value) && Number.isFinite(Date.parse(value));
}

/** Every format check the generated validators use: ajv-formats' own, with email and date-time ours. */
export const FORMATS = { ...fullFormats, email: isEmail, "date-time": isDateTime };

/**
 * Gives an ajv instance the contract's formats (after `addFormats(ajv)`), so that whatever else
 * validates against the contract — the conformance kit, the tests — reads them as the stub does.
 */
export function addContractFormats<A extends { addFormat(name: string, format: Format): unknown }>(
  ajv: A,
): A {
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format as Format);
  return ajv;
}
