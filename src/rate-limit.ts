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
  const current = headers.get("ratelimit");
  const first = current ? items(current)[0] : undefined;
  if (!first || first.params.r === undefined) return undefined;
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
