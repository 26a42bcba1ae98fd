import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathAndQuery } from "../../src/stub/pipeline/target";

/** What the core read from `new URL` before: the path, and the query's parameters. */
function parsed(url: string) {
  const { pathname, searchParams } = new URL(url);
  return { path: pathname, params: [...searchParams] };
}

function split(url: string) {
  const { path, query } = pathAndQuery(url);
  return { path, params: [...new URLSearchParams(query)] };
}

describe("pathAndQuery", () => {
  it("splits a plain URL as it is", () => {
    expect(pathAndQuery("http://127.0.0.1:4010/api/templates/?page=2&page_size=5")).toEqual({
      path: "/api/templates/",
      query: "?page=2&page_size=5",
    });
  });

  it.each([
    "http://h/api/../openapi.json",
    "http://h/api/%2e%2E/templates/",
    "http://h/api/./templates/?a=1",
    "http://h/api/te mplates/",
    "http://h/api/t%C3%A9/?q=%C3%A9&r=a+b",
    "http://h/api/templates/#x?y",
    "http://h/api/templates/?a=b#c",
    "http://h/api\\templates/",
    "http://h/api/{x}/`y`/^z|?\"q\"='1'<>",
    "http://h/api/é/?q=é",
    "http://h",
    "http://h?x=1",
    "HTTP://H/API/",
    "http://h/p?",
  ])("reads %s as the URL parser does", (url) => {
    expect(split(url)).toEqual(parsed(url));
  });

  it("reads any URL as the URL parser does", () => {
    const part = fc.string({
      unit: fc.constantFrom(..."aZ09-_.~!$&'()*+,;=:@/%2eE?#\\ é\"<>{}^`|[]\t"),
      maxLength: 24,
    });
    fc.assert(
      fc.property(part, (rest) => {
        const url = `http://127.0.0.1:4010/${rest}`;
        expect(split(url)).toEqual(parsed(url));
      }),
      { numRuns: 2000 },
    );
  });
});
