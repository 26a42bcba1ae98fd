// Users and their tokens: signup, login, me, logout, and accepting an invite with its secret
// (which signs a new user up, or adds the membership to the signed-in user the invite is for).
import { emailKey } from "../formats";
import { type Data, newId, type Store } from "../store";
import { compose } from "./crud";
import { refreshInvite } from "./invite-status";
import { forbidden, type Handlers, HttpError, invalid, notFound, type Role } from "./types";

const sameEmail = (a: string, b: string) => emailKey(a) === emailKey(b);

/** Whether the user with this email (in any case) is a member of `org`. */
export const isMember = (store: Store, org: string, email: string) => {
  const user = store.userByEmail(email);
  return user !== undefined && store.membershipsOf(user.data.id).some((m) => m.org === org);
};

/** Creates a user with a hashed password; 400 if the email is taken. */
export async function createUser(
  store: Store,
  { email, name, password }: { email: string; name: string; password: string },
) {
  if (store.userByEmail(email))
    throw invalid({ email: ["A user with this email already exists."] });
  const user = store.insert(
    "User",
    null,
    compose("User", {}, { id: newId(), email, name }, store.now()),
  );
  await store.setPassword(user.data.id, password);
  return user.data;
}

export function addMember(store: Store, org: string, user: Data<"User">, role: Role) {
  const data = compose(
    "Membership",
    {},
    { id: newId(), user, organization: org, role },
    store.now(),
  );
  return store.insert("Membership", org, data).data;
}

/** A new organization with `owner` as its owner. */
export function foundOrganization(store: Store, name: string, owner: Data<"User">) {
  const id = newId();
  const organization = store.insert(
    "Organization",
    id,
    compose("Organization", {}, { id, name }, store.now()),
  ).data;
  return { organization, membership: addMember(store, id, owner, "owner") };
}

export const authHandlers = {
  signup: async ({ body, store }) => {
    const user = await createUser(store, body);
    const { organization, membership } = foundOrganization(store, body.organization_name, user);
    return {
      status: 201,
      body: { token: store.issueToken(user.id), user, organization, membership },
    };
  },

  login: async ({ body, store, attempts }) => {
    attempts.check(body.email);
    const user = store.userByEmail(body.email);
    if (!(await store.checkPassword(user?.data.id, body.password)) || !user) {
      attempts.fail(body.email);
      throw invalid({ non_field_errors: ["Unable to log in with provided credentials."] });
    }
    return { status: 200, body: { token: store.issueToken(user.data.id), user: user.data } };
  },

  getMe: ({ caller, store }) => {
    const user = caller.user?.data;
    if (!user) throw notFound();
    const memberships = store.membershipsOf(user.id).map((m) => m.data);
    return { status: 200, body: { ...user, memberships } };
  },

  logout: ({ caller, store }) => {
    if (caller.token) store.revokeToken(caller.token);
    return { status: 204 };
  },

  acceptInvite: async ({ params, body, caller, store, attempts }) => {
    attempts.check();
    // An unknown invite and a wrong secret get the same answer: nothing tells them apart.
    if (!store.checkInviteSecret(params.id, body.token) || !store.table("Invite").get(params.id)) {
      attempts.fail();
      throw invalid({ token: ["Invalid invite token."] });
    }
    const { invite } = acceptable(store, params.id);
    const account = store.userByEmail(invite.email);
    const signedIn = caller.user?.data;
    if (account && !signedIn)
      throw new HttpError(
        401,
        {
          detail:
            "An account with this email already exists: log in first, then accept the invite with its token (Authorization: Token …).",
        },
        { "WWW-Authenticate": "Token" },
      );
    if (signedIn && !sameEmail(signedIn.email, invite.email))
      throw forbidden("This invite is for another email address than the signed-in user's.");
    if (account) return join(store, params.id, account.data);
    const user = await createUser(store, { ...newAccount(body), email: invite.email });
    // Hashing the password took a while: the invite may have been revoked, or its organization
    // deleted, meanwhile. Then the new account goes too.
    try {
      return join(store, params.id, user);
    } catch (error) {
      store.delete("User", user.id);
      throw error;
    }
  },
} satisfies Partial<Handlers>;

/**
 * The invite, and its organization, if it can be accepted now: pending, of an organization that
 * exists (404 once deleted, the invite with it); 400 otherwise.
 */
function acceptable(store: Store, id: string) {
  const row = store.table("Invite").get(id);
  if (!row) throw notFound();
  const invite = refreshInvite(row, store.clock()).data;
  if (invite.status !== "pending")
    throw invalid({ non_field_errors: [`This invite is ${invite.status}, not pending.`] });
  const organization = store.table("Organization").get(invite.organization)?.data;
  if (!organization) throw notFound();
  return { invite, organization };
}

/**
 * Accepts the invite for `user`, checking it again in the same step as the writes: still
 * acceptable, and `user` not a member already (accepting never changes a member's role).
 */
function join(store: Store, inviteId: string, user: Data<"User">) {
  const { invite, organization } = acceptable(store, inviteId);
  if (isMember(store, organization.id, user.email))
    throw invalid({
      non_field_errors: [
        "You are already a member of this organization: accepting an invite does not change your role.",
      ],
    });
  invite.status = "accepted";
  const membership = addMember(store, organization.id, user, invite.role);
  return {
    status: 201 as const,
    body: { token: store.issueToken(user.id), user, organization, membership },
  };
}

/** The name and password a new account needs (an existing account's are never set here). */
function newAccount({
  name,
  password,
}: {
  name?: string | undefined;
  password?: string | undefined;
}) {
  const missing = Object.entries({ name, password }).filter(([, value]) => value === undefined);
  if (missing.length)
    throw invalid(
      Object.fromEntries(missing.map(([field]) => [field, ["This field is required."]])),
    );
  return { name: name as string, password: password as string };
}
