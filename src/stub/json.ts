// Request bodies read as strictly as DRF reads them: UTF-8 or a 400, nesting and the number of
// values bounded before anything is built from them (a 1 MiB `[{},{},…]` would be 350,000
// objects, 22 MB of heap and a second of garbage collection), and no value a real database or
// a later `JSON.stringify` would choke on (non-finite numbers, NUL characters, unpaired
// surrogates) — each a field error.
import { type FieldErrors, LIMITS } from "./contract";

export type JsonCheck = { value: unknown } | { detail: string } | { errors: FieldErrors };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");
const NON_FIELD = "non_field_errors";
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A name fit to key an error map with: no NUL, no unpaired surrogate. */
const printableName = (name: string) => !name.includes("\0") && !LONE_SURROGATE.test(name);

/**
 * The JSON value of `data`, or why it is refused: a parse error, or errors by top-level field
 * (nested deeper than `maxDepth`, more than `maxValues` values, a value no store could keep).
 */
export function checkJson(
  data: Uint8Array,
  maxDepth = LIMITS.maxJsonDepth,
  maxValues = LIMITS.maxJsonValues,
): JsonCheck {
  let text: string;
  let validUtf8 = true;
  try {
    text = utf8.decode(data);
  } catch {
    // Read leniently to say which fields hold the bytes that are not UTF-8 (now U+FFFD).
    text = lenientUtf8.decode(data);
    validUtf8 = false;
  }
  const oversized = tooBig(text, maxDepth, maxValues);
  if (oversized) return { errors: { [oversized.field]: [oversized.message] } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (!validUtf8) return { detail: "JSON parse error - the body is not valid UTF-8." };
    // V8 quotes a piece of the body (`Unexpected token 'h', …"hunter2"… is not valid JSON`):
    // it may be a password
    const reason = (error as Error).message
      .replace(/, .*is not valid JSON$/s, "")
      .replace(/^Unexpected token .*$/s, "Unexpected token");
    return { detail: `JSON parse error - ${reason}` };
  }
  const errors: FieldErrors = {};
  const fields: [string, unknown][] =
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.entries(value)
      : [[NON_FIELD, value]];
  for (const [field, item] of fields) {
    // a field whose own name is bad cannot name its error
    const named = field === NON_FIELD ? undefined : badString(field, validUtf8);
    const problem = named ?? badValue(item, validUtf8);
    if (problem) errors[named ? NON_FIELD : field] ??= [problem];
  }
  if (!validUtf8 && Object.keys(errors).length === 0)
    errors[NON_FIELD] = ["The body is not valid UTF-8."];
  return Object.keys(errors).length ? { errors } : { value };
}

/**
 * Where `text` nests objects and arrays deeper than `maxDepth`, or holds more than `maxValues`
 * values, if it does: the top-level field (or `non_field_errors`) and why. Found by one scan
 * that never recurses and builds nothing, before `JSON.parse` builds anything.
 */
function tooBig(
  text: string,
  maxDepth: number,
  maxValues: number,
): { field: string; message: string } | undefined {
  // every value takes a character at least
  if (text.length <= Math.min(maxDepth, maxValues)) return undefined;
  let depth = 0;
  // Each value but the root follows a comma or opens a non-empty object or array.
  let values = 1;
  let opened = false;
  let inString = false;
  let start = 0;
  let rootIsObject = false;
  let expectKey = false;
  let key: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // an escape: skip the escaped character
      else if (c === 0x22) {
        inString = false;
        if (depth === 1 && expectKey) {
          key = text.slice(start, i);
          expectKey = false;
        }
      }
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (opened && c !== 0x7d && c !== 0x5d) values++;
    opened = false;
    if (c === 0x22) {
      inString = true;
      start = i + 1;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      opened = true;
      if (depth > maxDepth)
        return {
          field: fieldName(key),
          message: `Nested too deeply: at most ${maxDepth} levels of objects and arrays.`,
        };
      if (depth === 1) rootIsObject = expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    } else if (c === 0x2c) {
      values++;
      if (depth === 1) expectKey = rootIsObject;
    }
    if (values > maxValues)
      return {
        field: fieldName(depth <= 1 ? undefined : key),
        message: `Too many values: a body holds at most ${maxValues.toLocaleString("en-US")} (objects, arrays, strings, numbers, booleans and nulls).`,
      };
  }
  return undefined;
}

function fieldName(raw: string | undefined) {
  if (raw === undefined) return NON_FIELD;
  try {
    const name = JSON.parse(`"${raw}"`) as string;
    return printableName(name) ? name : NON_FIELD;
  } catch {
    return NON_FIELD;
  }
}

/** What is wrong with a string, if anything. */
function badString(value: string, validUtf8: boolean): string | undefined {
  if (value.includes("\0")) return "Null characters are not allowed.";
  if (LONE_SURROGATE.test(value)) return "Unpaired surrogate characters are not allowed.";
  if (!validUtf8 && value.includes("\ufffd")) return "Not valid UTF-8.";
  return undefined;
}

/** The first thing wrong in a (depth-bounded) JSON value, walked without recursion. */
function badValue(root: unknown, validUtf8: boolean): string | undefined {
  const stack = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === "string") {
      const problem = badString(value, validUtf8);
      if (problem) return problem;
    } else if (typeof value === "number") {
      if (!Number.isFinite(value)) return "Ensure this value is a finite number.";
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const problem = badString(key, validUtf8);
        if (problem) return problem;
        stack.push(item);
      }
    }
  }
  return undefined;
}
