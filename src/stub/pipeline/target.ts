// The request URL's path and query, as the core routes and reads them. Most request URLs are
// plain (`http://host/api/templates/?page=2`): their path and query are split off the string as
// they are, which is what the URL parser would give. Anything it might rewrite (dot segments,
// percent-escapes, characters it escapes, a fragment) goes through `new URL`.

/** Scheme and host, then a path of characters the parser keeps as they are, then a query. */
const PLAIN = /^https?:\/\/[^/?#\\]+(\/[\w\-~!$&'()*+,;=:@/]*)(\?[\x21\x22\x24-\x7e]*)?$/;

/** `url`'s path (as `URL.pathname`) and query (as `URL.search`, or the same parameters). */
export function pathAndQuery(url: string): { path: string; query: string } {
  const plain = PLAIN.exec(url);
  if (plain) return { path: plain[1] as string, query: plain[2] ?? "" };
  const parsed = new URL(url);
  return { path: parsed.pathname, query: parsed.search };
}
