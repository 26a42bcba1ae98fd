// Found by the fuzz (test/contract/fuzz.test.ts): a user's key was scoped by the user's default
// organization, which the keyed request itself can change, so a user with no organization who
// created one (or accepted an invite) and repeated the request under the same key got it acted on
// again. Keys of requests not made in an organization are now the user's.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newOrganization, stubFor } from "./helpers";

const { call } = await stubFor();
const idem = () => ({ "Idempotency-Key": randomUUID() });

/** A user who belongs to no organization: one who signed up, then deleted theirs. */
async function userWithoutOrganization() {
  const user = await newOrganization(call);
  const me = await call("GET", "/api/organizations/auth/me/", { auth: user.token });
  const org = me.body.memberships[0].organization as string;
  const gone = await call("DELETE", `/api/organizations/organizations/${org}/`, {
    auth: user.token,
  });
  expect(gone.status).toBe(204);
  return user;
}

describe("Idempotency-Key of a user with no organization", () => {
  it("replays creating their first organization instead of creating a second", async () => {
    const user = await userWithoutOrganization();
    const headers = idem();
    const body = { name: "First" };
    const first = await call("POST", "/api/organizations/organizations/", {
      auth: user.token,
      body,
      headers,
    });
    const again = await call("POST", "/api/organizations/organizations/", {
      auth: user.token,
      body,
      headers,
    });
    expect(first.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.id).toBe(first.body.id);
    const list = await call("GET", "/api/organizations/organizations/", { auth: user.token });
    expect(list.body.count).toBe(1);
  });

  it("replays accepting an invite instead of refusing the repeat", async () => {
    const user = await userWithoutOrganization();
    const owner = await newOrganization(call);
    const invite = await call("POST", "/api/organizations/invites/", {
      auth: owner.token,
      body: { email: user.email, role: "member" },
    });
    const path = `/api/organizations/invites/${invite.body.id}/accept/`;
    const headers = idem();
    const body = { token: invite.body.token };
    const first = await call("POST", path, { auth: user.token, body, headers });
    const again = await call("POST", path, { auth: user.token, body, headers });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });
});
