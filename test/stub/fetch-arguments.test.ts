// stub.fetch(url, { method, headers }) is answered without making a Request (the common call in
// tests); it must answer and refuse exactly as stub.fetch(new Request(url, init)) does.
import { describe, expect, it } from "vitest";
import { createStub } from "../../src/stub";
import { demo } from "./helpers";

const stub = await createStub({ cors: ["http://app.test"] });
const auth = { Authorization: `Bearer ${stub.apiKey}` };
const url = (path: string) => `${stub.baseUrl}${path}`;

/** Status, headers (but the request id) and body of an answer. */
async function seen(response: Response) {
  const headers = Object.fromEntries(response.headers);
  expect(headers["x-request-id"]).toMatch(/^req_/);
  delete headers["x-request-id"];
  return { status: response.status, headers, body: await response.text() };
}

describe("stub.fetch(url, init)", () => {
  const calls: [string, string | URL, RequestInit | undefined][] = [
    ["a list", url("/api/templates/?page_size=1"), { headers: auth }],
    [
      "a URL object, headers as pairs",
      new URL(url("/api/agents/")),
      { headers: Object.entries(auth) },
    ],
    ["a lowercase method", url(`/api/agents/${demo("Agent")}/`), { method: "get", headers: auth }],
    ["HEAD", url("/api/templates/"), { method: "HEAD", headers: auth }],
    ["DELETE of nothing", url("/api/agents/agt_missing/"), { method: "delete", headers: auth }],
    [
      "a preflight",
      url("/api/agents/"),
      { method: "OPTIONS", headers: { Origin: "http://app.test" } },
    ],
    ["no credentials", url("/api/templates/"), undefined],
    ["a fragment", url("/api/templates/#top"), { headers: auth }],
    [
      "a bad header from a page",
      url("/api/templates/"),
      { headers: { ...auth, Origin: "http://evil.test" } },
    ],
  ];
  for (const [name, input, init] of calls)
    it(`answers ${name} as the same Request would be answered`, async () => {
      const direct = await seen(await stub.fetch(input, init));
      const viaRequest = await seen(await stub.fetch(new Request(input, init)));
      expect(direct).toEqual(viaRequest);
    });

  const refused: [string, string, RequestInit | undefined][] = [
    ["a relative URL", "/api/templates/", undefined],
    ["a URL with credentials", "http://user:secret@stub.bedrock.test/api/templates/", undefined],
    ["a header no request can carry", url("/api/templates/"), { headers: { "X Bad": "1" } }],
    ["a forbidden method", url("/api/templates/"), { method: "TRACE" }],
    ["a body on GET", url("/api/templates/"), { body: "{}" }],
  ];
  for (const [name, input, init] of refused)
    it(`refuses ${name} as fetch does`, async () => {
      const error = await stub.fetch(input, init).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect(() => new Request(input, init)).toThrow(TypeError);
    });
});
