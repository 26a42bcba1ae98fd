/**
 * The server's quota as its IETF `RateLimit` and `RateLimit-Policy` fields state it
 * (draft-ietf-httpapi-ratelimit-headers), for the policy `RateLimit` names first.
 */
export interface RateLimit {
  /** The policy's name, e.g. `"default"`. */
  policy: string;
  /** Requests left under the policy (`r`). */
  remaining: number;
  /** Seconds until the quota is whole again (`t`), when the server says. */
  resetSeconds: number | undefined;
  /** The policy's quota (`q` of the `RateLimit-Policy` item of the same name), when stated. */
  limit: number | undefined;
  /** The policy's window in seconds (`w`), when stated. */
  windowSeconds: number | undefined;
}

/** `RateLimit` and `RateLimit-Policy` read from `headers`; `undefined` without a usable `RateLimit`. */
export function readRateLimit(headers: Headers): RateLimit | undefined {
  const first = items(headers.get("ratelimit") ?? "")[0];
  if (first?.params.r === undefined) return undefined;
  const policy = items(headers.get("ratelimit-policy") ?? "").find((p) => p.name === first.name);
  return {
    policy: first.name,
    remaining: first.params.r,
    resetSeconds: first.params.t,
    limit: policy?.params.q,
    windowSeconds: policy?.params.w,
  };
}

/** A structured-field list of `name;key=integer;…` items (other parameters are skipped). */
function items(field: string) {
  return field.split(",").flatMap((item) => {
    const [name = "", ...params] = item.split(";").map((part) => part.trim());
    if (!name) return [];
    const values: Record<string, number> = {};
    for (const param of params) {
      const [key = "", value = ""] = param.split("=");
      if (/^\d{1,15}$/.test(value)) values[key] = Number(value);
    }
    return [{ name: name.replace(/^"(.*)"$/, "$1"), params: values }];
  });
}

const day = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
/** RFC 9110's HTTP-date (§5.6.7): IMF-fixdate, or the obsolete RFC 850 and asctime forms. */
const httpDate = new RegExp(
  `^(?:${day}, \\d\\d ${month} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT|` +
    `(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \\d\\d-${month}-\\d\\d \\d\\d:\\d\\d:\\d\\d GMT|` +
    `${day} ${month} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4})$`,
);

/**
 * How long the server asks to wait, in ms: `retry-after-ms` (non-negative milliseconds), else
 * `Retry-After` exactly as RFC 9110 defines it, delta-seconds (digits only) or an HTTP-date
 * (counted from now, at least 0). Anything else (`1.5`, `-1`, `1e3`, an ISO date) is ignored.
 */
export function retryAfterMs(headers: Headers): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim() ?? "";
  if (/^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after")?.trim() ?? "";
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!httpDate.test(value)) return undefined;
  // The asctime form has no zone: it is GMT too.
  const date = Date.parse(value.endsWith("GMT") ? value : `${value} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
