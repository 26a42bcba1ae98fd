// The audit trail: every write operation of the contract, done once, leaves an event with the
// answer's request id, the right kind of actor and the object as target; no event holds a secret
// (every answer is checked for the run's secrets); reads leave none; refused uses of a revoked key
// and failed logins are recorded.
import { expect, expectStatus, Skip } from "../check";
import type { Check, Kit } from "../context";
import { OPERATION_IDS, type OperationId, operations } from "../contract";
import type { Credential, Exchange } from "../http";
import type { Org } from "../world";
import { collectionOf, credentialFor, hasId, objectIn } from "./common";
import { revokedKeyUse } from "./keys";

const group = "audit";
const auditOrg = (kit: Kit) => kit.world.org("audit");

/** A write done for the check: the answer, who sent it, the trail it lands in, the object it names. */
interface Write {
  x: Exchange;
  as: Credential;
  /** A credential that reads the trail the event lands in. */
  reader: Credential;
  targets: string[];
}

/** Writes the generic way cannot do: the account, organization and membership operations. */
const SPECIAL: Partial<Record<OperationId, (kit: Kit, org: Org) => Promise<Write>>> = {
  async signup(kit) {
    const x = await kit.http.call("signup", {
      body: {
        email: `${kit.world.unique("signup")}@example.com`,
        password: kit.world.password(),
        name: "Audit",
        organization_name: kit.world.unique("signup"),
      },
    });
    expectStatus(x, 201, "setup: signup answers 201");
    kit.world.adopt(x.body.token, x.body.organization?.id);
    const reader = {
      label: "the new user",
      authorization: `Token ${x.body.token}`,
      org: x.body.organization?.id,
    };
    return { x, as: reader, reader, targets: [x.body.user?.id] };
  },
  async login(kit, org) {
    const person = await member(kit, org);
    const x = await kit.http.call("login", {
      body: { email: person.email, password: person.password },
    });
    kit.world.adopt(expectStatus(x, 200, "setup: login answers 200").body.token);
    return { x, as: { label: "a user logging in" }, reader: org.owner, targets: [person.userId] };
  },
  async logout(kit, org) {
    const person = await member(kit, org);
    const login = await kit.http.call("login", {
      body: { email: person.email, password: person.password },
    });
    const as = {
      label: "a fresh session",
      authorization: `Token ${expectStatus(login, 200, "setup: login").body.token}`,
    };
    return {
      x: await kit.http.call("logout", { as }),
      as,
      reader: org.owner,
      targets: [person.userId],
    };
  },
  async createOrganization(kit, org) {
    const x = await kit.http.call("createOrganization", {
      as: { ...org.owner, org: undefined },
      body: { name: kit.world.unique("audit-new") },
    });
    kit.world.adopt(undefined, expectStatus(x, 201, "setup: an organization is created").body.id);
    return { x, as: org.owner, reader: { ...org.owner, org: x.body.id }, targets: [x.body.id] };
  },
  async acceptInvite(kit, org) {
    const invited = await kit.world.invite(
      org,
      `${kit.world.unique("accept")}@example.com`,
      "member",
    );
    const x = await kit.http.call("acceptInvite", {
      id: invited.id,
      body: { token: invited.token, name: "Audit", password: kit.world.password() },
    });
    kit.world.adopt(expectStatus(x, 201, "setup: an invite is accepted").body.token);
    return {
      x,
      as: { label: "the invitee" },
      reader: org.owner,
      targets: [invited.id, x.body.membership?.id, x.body.user?.id],
    };
  },
  async updateMember(kit, org) {
    const id = await membershipOf(kit, org);
    const x = await kit.http.call("updateMember", { as: org.owner, id, body: { role: "admin" } });
    return { x, as: org.owner, reader: org.owner, targets: [id] };
  },
  async deleteMember(kit, org) {
    const id = await membershipOf(kit, org);
    return {
      x: await kit.http.call("deleteMember", { as: org.owner, id }),
      as: org.owner,
      reader: org.owner,
      targets: [id],
    };
  },
};

/** A person of the kit's (the member of org A), in the audit organization too. */
async function member(kit: Kit, org: Org) {
  const person = await kit.world.person("member", await kit.world.org("A"), "member");
  await kit.world.once(`audit:joined:${person.label}`, () => kit.world.join(person, org, "member"));
  return person;
}

/** The membership of a person the kit made in the audit organization (who joins it if need be). */
async function membershipOf(kit: Kit, org: Org): Promise<string> {
  const person = await kit.world.person("target", await kit.world.org("A"), "member");
  const find = async () => {
    const list = await kit.http.call("listMembers", { as: org.owner, query: { page_size: 100 } });
    expectStatus(list, 200, "setup: the owner lists the members");
    return list.body.results.find((m: { user?: { id?: string } }) => m.user?.id === person.userId)
      ?.id as string | undefined;
  };
  const found = await find();
  if (found) return found;
  await kit.world.join(person, org, "member");
  const joined = await find();
  expect(joined, "setup: a member who joined is listed");
  return joined as string;
}

/** Any other write: on a fresh object of its collection where it acts on one, with a valid body. */
async function genericWrite(kit: Kit, org: Org, op: OperationId): Promise<Write> {
  const as = credentialFor(op, org);
  const id = hasId(op) ? await objectIn(kit, org, collectionOf(op), `audit-${op}`) : undefined;
  const policy = op === "updateKeyPolicy" || op === "replaceKeyPolicy";
  const body = ["POST", "PUT", "PATCH"].includes(operations[op].method)
    ? policy
      ? { api_keys_enabled: true }
      : await kit.world.bodyFor(op, as)
    : undefined;
  const x = await kit.http.call(op, { as, id, body });
  return { x, as, reader: org.owner, targets: [id, x.body?.id].filter(Boolean) as string[] };
}

/** The event with `requestId` in the trail `reader` reads (the newest 500 events). */
async function eventOf(kit: Kit, reader: Credential, requestId: string) {
  for (let page = 1; page <= 5; page++) {
    const x = await kit.http.call("listAuditEvents", {
      as: reader,
      query: { ordering: "-created_at", page_size: 100, page },
    });
    expectStatus(x, 200, "the trail can be read by its organization's owner");
    const event = x.body.results.find((e: { request_id?: string }) => e.request_id === requestId);
    if (event || x.body.next === null) return { event, x };
  }
  return { event: undefined, x: undefined };
}

function writeCheck(op: OperationId): Check {
  return {
    group,
    name: `${op} leaves an event with its request id`,
    async run(kit) {
      if (op === "deleteOrganization") throw new Skip("an organization's trail goes with it");
      const org = await auditOrg(kit);
      const write = await (SPECIAL[op] ?? ((k: Kit, o: Org) => genericWrite(k, o, op)))(kit, org);
      const { x } = write;
      expect(x.status >= 200 && x.status < 300, `setup: ${op} succeeds (got ${x.status})`, x);
      const requestId = x.headers.get("x-request-id") ?? "";
      const { event, x: trail } = await eventOf(kit, write.reader, requestId);
      expect(
        event,
        "every successful write is recorded in the audit trail with the request id",
        trail,
        `the write's answer had X-Request-Id ${requestId}`,
      );
      const keyed = write.as.authorization?.startsWith("Bearer");
      if (write.as.authorization)
        expect(
          event.actor?.type === (keyed ? "api_key" : "user"),
          `the event's actor is the ${keyed ? "API key" : "user"} that wrote`,
          trail,
        );
      if (keyed)
        expect(
          typeof event.actor?.prefix === "string",
          "a key appears in the trail by its prefix",
          trail,
        );
      if (write.targets.length)
        expect(
          write.targets.includes(event.target?.id),
          `the event's target is the object written (${write.targets.join(" or ")})`,
          trail,
        );
    },
  };
}

const around: Check[] = [
  {
    group,
    name: "a read leaves no event",
    async run(kit) {
      const org = await auditOrg(kit);
      const x = await kit.http.call("listTemplates", { as: org.key });
      const { event, x: trail } = await eventOf(
        kit,
        org.owner,
        x.headers.get("x-request-id") ?? "",
      );
      expect(!event, "reads are not recorded", trail);
    },
  },
  {
    group,
    name: "a revoked key's use is recorded as api_key.revoked_use",
    async run(kit) {
      const { org, used } = await revokedKeyUse(kit);
      const { event, x: trail } = await eventOf(
        kit,
        org.owner,
        used.headers.get("x-request-id") ?? "",
      );
      expect(
        event?.action === "api_key.revoked_use",
        "every refused use of a revoked key is recorded (api_key.revoked_use)",
        trail,
      );
    },
  },
  {
    group,
    name: "a failed login is recorded as auth.login_failed with no actor",
    async run(kit) {
      const org = await auditOrg(kit);
      const person = await member(kit, org);
      const x = await kit.http.call("login", {
        body: { email: person.email, password: "not-the-password" },
      });
      expectStatus(x, 400, "a wrong password is a 400");
      const { event, x: trail } = await eventOf(
        kit,
        org.owner,
        x.headers.get("x-request-id") ?? "",
      );
      expect(
        event?.action === "auth.login_failed" && event.actor === null,
        "a failed login is recorded (auth.login_failed, actor null)",
        trail,
      );
    },
  },
];

/** Every event of the trails of the organizations the audit and keys checks wrote in. */
const noSecret: Check = {
  group,
  name: "no event holds a key, token, password or invite secret",
  async run(kit) {
    for (const org of [await auditOrg(kit), await kit.world.org("keys")]) {
      for (let page = 1; page <= 20; page++) {
        const query = { page_size: 100, page };
        const x = expectStatus(
          await kit.http.call("listAuditEvents", { as: org.owner, query }),
          200,
          "the trail can be read",
        );
        expect(
          !kit.secrets.leaks(x.text),
          "no event, field or changes entry holds a secret; a key appears only as its prefix",
          x,
        );
        if (x.body.next === null) break;
      }
    }
  },
};

export function auditChecks(): Check[] {
  const writes = OPERATION_IDS.filter((op) => operations[op].method !== "GET");
  return [...writes.map(writeCheck), ...around, noSecret];
}
