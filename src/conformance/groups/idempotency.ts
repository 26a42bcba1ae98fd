// Idempotency keys: a repeat under the same key replays the first answer (marked
// `Idempotent-Replayed: true`) without acting twice; the key reused for another request or by
// another caller is a 422; requests racing under one key act once (409 while in flight); the key
// is scoped per organization.
import { expect, expectStatus } from "../check";
import type { Check, Kit } from "../context";
import type { Credential, Exchange } from "../http";
import type { Org } from "../world";

const group = "idempotency";
const REPLAYED = "idempotent-replayed";
const idemOrg = (kit: Kit) => kit.world.org("idempotency");

function post(
  kit: Kit,
  as: Credential,
  key: string,
  body: Record<string, unknown>,
  op: "createTemplate" | "createContact" = "createTemplate",
) {
  return kit.http.call(op, { as, body, headers: { "idempotency-key": key } });
}

/** How many templates of the organization carry `name`. */
async function countNamed(kit: Kit, org: Org, name: string) {
  const x = await kit.http.call("listTemplates", {
    as: org.key,
    query: { page_size: 100, ordering: "-created_at" },
  });
  expectStatus(x, 200, "templates can be listed");
  return (x.body.results as { name: string }[]).filter((t) => t.name === name).length;
}

function expectReplay(first: Exchange, again: Exchange, rule: string) {
  expectStatus(again, first.status, rule);
  expect(
    again.headers.get(REPLAYED) === "true",
    `${rule}: the replay is marked Idempotent-Replayed: true`,
    again,
  );
  expect(
    JSON.stringify(again.body) === JSON.stringify(first.body),
    `${rule}: the replay is the first answer`,
    again,
  );
}

function check(name: string, run: (kit: Kit, org: Org, key: string) => Promise<void>): Check {
  return {
    group,
    name,
    run: async (kit) => run(kit, await idemOrg(kit), `conformance-${crypto.randomUUID()}`),
  };
}

const SAME_CALLER = "the same request again under its Idempotency-Key replays the first answer";
const OTHER = "the same key with another method, path, body or caller is a 422";

/** The idempotency group, a table of its checks (each with a fresh Idempotency-Key). */
const IDEMPOTENCY_CHECKS: readonly Check[] = [
  check("a POST repeated under its key is replayed and acts once", async (kit, org, key) => {
    const name = kit.world.unique("idem");
    const first = expectStatus(
      await post(kit, org.key, key, { name }),
      201,
      "a create answers 201",
    );
    expect(first.headers.get(REPLAYED) === null, "a first answer is not marked as replayed", first);
    expectReplay(first, await post(kit, org.key, key, { name }), SAME_CALLER);
    expect(
      (await countNamed(kit, org, name)) === 1,
      "a replay does not act again: one template was made",
    );
  }),
  check("a PATCH repeated under its key is replayed", async (kit, org, key) => {
    const made = await kit.world.create("createTemplate", org.key);
    const send = () =>
      kit.http.call("updateTemplate", {
        as: org.key,
        id: made.body.id,
        body: { description: "patched" },
        headers: { "idempotency-key": key },
      });
    const first = expectStatus(await send(), 200, "a PATCH answers 200");
    expectReplay(first, await send(), SAME_CALLER);
  }),
  check("the key reused with another body → 422", async (kit, org, key) => {
    expectStatus(
      await post(kit, org.key, key, { name: kit.world.unique("idem") }),
      201,
      "a create answers 201",
    );
    expectStatus(await post(kit, org.key, key, { name: kit.world.unique("other") }), 422, OTHER);
  }),
  check("the key reused on another path → 422", async (kit, org, key) => {
    expectStatus(
      await post(kit, org.key, key, { name: kit.world.unique("idem") }),
      201,
      "a create answers 201",
    );
    expectStatus(
      await post(kit, org.key, key, { name: kit.world.unique("idem") }, "createContact"),
      422,
      OTHER,
    );
  }),
  check(
    "the key reused by another user of the organization → 422, not the first answer",
    async (kit, org, key) => {
      const admin = await kit.world.person("admin", await kit.world.org("A"), "admin");
      await kit.world.once("idempotency:admin", () => kit.world.join(admin, org, "admin"));
      const body = { name: kit.world.unique("idem") };
      expectStatus(await post(kit, org.owner, key, body), 201, "a create answers 201");
      expectStatus(
        await post(kit, admin.as(org), key, body),
        422,
        `idempotent replays go to the same caller only: ${OTHER}`,
      );
    },
  ),
  check(
    "the key reused by another API key of the organization → 422, not the first answer",
    async (kit, org, key) => {
      const other = await kit.http.call("createApiKey", {
        as: org.owner,
        body: { name: "second" },
      });
      expectStatus(other, 201, "an owner creates a second key");
      const body = { name: kit.world.unique("idem") };
      expectStatus(await post(kit, org.key, key, body), 201, "a create answers 201");
      const second = {
        label: "another key of the organization",
        authorization: `Bearer ${other.body.key}`,
      };
      expectStatus(
        await post(kit, second, key, body),
        422,
        `idempotent replays go to the same caller only (the same API key): ${OTHER}`,
      );
    },
  ),
  check("the same key in another organization acts there, on its own", async (kit, org, key) => {
    const b = await kit.world.org("B");
    const body = { name: kit.world.unique("idem") };
    const mine = expectStatus(await post(kit, org.key, key, body), 201, "a create answers 201");
    const theirs = expectStatus(
      await post(kit, b.key, key, body),
      201,
      "keys are kept per organization: another organization's request under the same key is its own",
    );
    expect(
      theirs.headers.get(REPLAYED) === null && theirs.body.id !== mine.body.id,
      "another organization never gets the first answer",
      theirs,
    );
  }),
  check(
    "requests racing under one key act once (409 while the first is in flight)",
    async (kit, org, key) => {
      const name = kit.world.unique("race");
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => post(kit, org.key, key, { name })),
      );
      for (const x of answers)
        expectStatus(
          x,
          [201, 409],
          "while the first request is still being processed a 409, after it the replay",
        );
      const ids = new Set(answers.filter((x) => x.status === 201).map((x) => x.body.id));
      expect(ids.size === 1, `every 201 is the same object (got ${ids.size})`);
      expect((await countNamed(kit, org, name)) === 1, "racing requests under one key act once");
    },
  ),
];

export function idempotencyChecks(): Check[] {
  return [...IDEMPOTENCY_CHECKS];
}
