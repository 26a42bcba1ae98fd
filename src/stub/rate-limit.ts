// Throttling: a token bucket per credential, announced on every answer with the IETF
// `RateLimit-Policy` and `RateLimit` fields (draft-ietf-httpapi-ratelimit-headers).

/** A token bucket: `burst` requests at once, regaining `rate` per second. */
export interface ThrottleOptions {
  /** Requests per second a credential regains. */
  rate: number;
  /** Requests a credential may send at once: the bucket's size, full at the start. */
  burst: number;
}

/** What the throttle says about one request. */
export interface ThrottleVerdict {
  /** 0 when the request may go ahead; else the whole seconds to wait (`Retry-After`). */
  wait: number;
  /** `RateLimit-Policy` and `RateLimit`, for the answer whatever it is. */
  headers: Record<string, string>;
}

const POLICY = "default";
/** Buckets kept at most: beyond it the least recently used goes (most likely full, like a new one). */
const MAX_BUCKETS = 10_000;

/**
 * Token buckets by credential. `take(credential)` spends one token if there is one and says
 * so, with the fields that tell the caller its quota: `q` (the burst) per window of `w`
 * seconds (the time an empty bucket takes to fill), `r` tokens left and `t` seconds until the
 * bucket is full again.
 */
export function tokenBuckets(
  { rate, burst }: ThrottleOptions = { rate: 100, burst: 200 },
  maxBuckets = MAX_BUCKETS,
) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const policy = `"${POLICY}";q=${burst};w=${Math.max(1, Math.ceil(burst / rate))}`;
  return function take(credential: string): ThrottleVerdict {
    const now = performance.now() / 1000;
    const bucket = buckets.get(credential) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    buckets.delete(credential); // re-inserted last: the least recently used is first
    buckets.set(credential, bucket);
    for (const oldest of buckets.keys()) {
      if (buckets.size <= maxBuckets) break;
      buckets.delete(oldest);
    }
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const remaining = Math.floor(bucket.tokens);
    const full = Math.ceil((burst - bucket.tokens) / rate);
    return {
      wait: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / rate)),
      headers: {
        "RateLimit-Policy": policy,
        RateLimit: `"${POLICY}";r=${remaining};t=${full}`,
      },
    };
  };
}
