// The credentials the kit was given: the API key acts for its one organization (read-only), and
// with --destructive, revoking it ends it at once. Last, so no other check depends on the key.
import { expect, expectStatus, Skip } from "../check";
import type { Check, Kit } from "../context";
import type { Credential } from "../http";

const group = "credentials";

function givenKey(kit: Kit): Credential {
  if (!kit.options.apiKey) throw new Skip("needs --api-key");
  return { label: "the given API key", authorization: `Bearer ${kit.options.apiKey}` };
}

export function credentialChecks(): Check[] {
  return [
    {
      group,
      name: "the given API key acts for its one organization",
      async run(kit) {
        const as = givenKey(kit);
        const x = expectStatus(
          await kit.http.call("listOrganizations", { as }),
          200,
          "an API key lists organizations",
        );
        expect(
          x.body.count === 1 && x.body.results.length === 1,
          "an API key's list of organizations is its own one",
          x,
        );
        const org = x.body.results[0].id as string;
        expectStatus(
          await kit.http.call("getOrganization", { as, id: org }),
          200,
          "an API key reads its own organization",
        );
      },
    },
    {
      group,
      name: "revoking the given API key ends it at once",
      async run(kit) {
        const as = givenKey(kit);
        if (!kit.options.destructive)
          throw new Skip("acts on a key the kit did not create: needs --destructive");
        const list = expectStatus(
          await kit.http.call("listApiKeys", { as, query: { page_size: 100 } }),
          200,
          "an API key lists its organization's keys",
        );
        const own = (list.body.results as { id: string; prefix: string }[]).find((k) =>
          kit.options.apiKey?.startsWith(k.prefix),
        );
        expect(own, "the organization's keys include the given one (by its prefix)", list);
        expectStatus(
          await kit.http.call("deleteApiKey", { as, id: own?.id }),
          204,
          "a key may revoke itself",
        );
        expectStatus(
          await kit.http.call("listTemplates", { as }),
          401,
          "a revoked key stops working at once",
        );
      },
    },
  ];
}
