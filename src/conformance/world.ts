// What the kit makes on the server to check it, made once on first use and shared by the checks:
// organizations of its own (each with the user's token and an API key), people who joined them
// by invite, and objects of every kind. It remembers what it made, to remove it at the end.
import { randomBytes } from "node:crypto";
import { expectStatus } from "./check";
import type { OperationId } from "./contract";
import type { Credential, Exchange, Http } from "./http";
import { creatorOf, referenceFields, sampleBody } from "./samples";

export interface Org {
  id: string;
  label: string;
  /** The kit's user (owner), acting in this organization. */
  owner: Credential;
  /** An API key of this organization. */
  key: Credential;
  keyId: string;
}

export interface Person {
  label: string;
  email: string;
  password: string;
  userId: string;
  /** The person's token, acting in `org`. */
  as(org: Org): Credential;
  token: string;
}

export interface WorldOptions {
  /** The user's token (without `Token `); without it, the kit signs a new user up. */
  token?: string | undefined;
}

export class World {
  readonly run = randomBytes(4).toString("hex");
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Organizations the run made, and who may delete each (default: the kit's user). */
  private readonly createdOrgs: { id: string; authorization?: string | undefined }[] = [];
  private readonly tokens: string[] = [];
  private counter = 0;

  constructor(
    readonly http: Http,
    private readonly options: WorldOptions,
  ) {
    http.secrets.add(options.token);
  }

  /** A name or email part unique to this run. */
  unique(label: string) {
    return `conformance-${this.run}-${label}-${++this.counter}`;
  }

  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let made = this.memo.get(key) as Promise<T> | undefined;
    if (!made) {
      made = make();
      this.memo.set(key, made);
    }
    return made;
  }

  /** The kit's user: the one whose token was given, or one it signs up. */
  user(): Promise<{ id: string; authorization: string }> {
    return this.once("user", async () => {
      let token = this.options.token;
      if (!token) {
        const password = this.password();
        const x = await this.http.call("signup", {
          body: {
            email: `${this.unique("owner")}@example.com`,
            password,
            name: "Conformance owner",
            organization_name: this.unique("signup"),
          },
        });
        expectStatus(x, 201, "setup: signup makes the kit's user");
        token = x.body.token as string;
        this.tokens.push(token);
        this.createdOrgs.push({ id: x.body.organization.id });
      }
      const me = await this.http.call("getMe", {
        as: { label: "the kit's user", authorization: `Token ${token}` },
      });
      expectStatus(me, 200, "setup: the given token reads its user (auth/me)");
      return { id: me.body.id as string, authorization: `Token ${token}` };
    });
  }

  password() {
    const password = `cf-${randomBytes(12).toString("base64url")}`;
    this.http.secrets.add(password);
    return password;
  }

  /** An organization of the kit's own, with an API key; `label` names it in failures. */
  org(label: string): Promise<Org> {
    return this.once(`org:${label}`, async () => {
      const user = await this.user();
      const as = { label: "the kit's user", authorization: user.authorization };
      const made = await this.http.call("createOrganization", {
        as,
        body: { name: this.unique(`org-${label}`) },
      });
      expectStatus(made, 201, "setup: the kit's user creates an organization");
      const id = made.body.id as string;
      const owner = { label: `owner of org ${label}`, authorization: user.authorization, org: id };
      const org = { id, label, owner } as Org;
      this.createdOrgs.push(org);
      const key = await this.http.call("createApiKey", {
        as: owner,
        body: { name: "conformance" },
      });
      expectStatus(key, 201, "setup: the owner creates an API key");
      org.key = { label: `key of org ${label}`, authorization: `Bearer ${key.body.key}` };
      org.keyId = key.body.id;
      return org;
    });
  }

  /** A new account that joined `org` with `role` by accepting an invite. */
  person(label: string, org: Org, role: string): Promise<Person> {
    return this.once(`person:${label}`, async () => {
      const email = `${this.unique(label)}@example.com`;
      const secret = await this.invite(org, email, role);
      const password = this.password();
      const accepted = await this.http.call("acceptInvite", {
        id: secret.id,
        body: { token: secret.token, name: `Conformance ${label}`, password },
      });
      expectStatus(accepted, 201, "setup: an invitee accepts with a new account");
      const token = accepted.body.token as string;
      this.tokens.push(token);
      return {
        label,
        email,
        password,
        token,
        userId: accepted.body.user.id as string,
        as: (o: Org) => ({
          label: `${label} in org ${o.label}`,
          authorization: `Token ${token}`,
          org: o.id,
        }),
      };
    });
  }

  /** Invites `email` to `org` as its owner; the invite's id and secret. */
  async invite(org: Org, email: string, role: string) {
    const x = await this.http.call("createInvite", { as: org.owner, body: { email, role } });
    expectStatus(x, 201, "setup: the owner invites someone");
    return { id: x.body.id as string, token: x.body.token as string };
  }

  /** Adds an existing account to `org` with `role`: an invite it accepts with its own token. */
  async join(person: Person, org: Org, role: string): Promise<void> {
    const { id, token } = await this.invite(org, person.email, role);
    const x = await this.http.call("acceptInvite", {
      id,
      as: { label: person.label, authorization: `Token ${person.token}` },
      body: { token },
    });
    expectStatus(x, 201, "setup: an existing account accepts an invite with its token");
  }

  /** A valid body for `op`, the objects it names first created as `as` (unless in `refs`). */
  async bodyFor(
    op: OperationId,
    as: Credential,
    refs: Record<string, string> = {},
  ): Promise<Record<string, unknown>> {
    const filled = { ...refs };
    for (const [field, target] of Object.entries(referenceFields(op))) {
      if (filled[field]) continue;
      const maker = creatorOf(target);
      if (maker) filled[field] = (await this.create(maker, as)).body.id;
    }
    return sampleBody(op, this.unique(op), filled);
  }

  /** Creates an object with `create` as `as`, first creating the objects its body names. */
  async create(
    create: OperationId,
    as: Credential,
    refs: Record<string, string> = {},
    extra: Record<string, unknown> = {},
  ): Promise<Exchange> {
    const body = { ...(await this.bodyFor(create, as, refs)), ...extra };
    return expectStatus(
      await this.http.call(create, { as, body }),
      201,
      `setup: ${create} with a valid body creates the object`,
    );
  }

  /** A token of an account and an organization the run made elsewhere, to remove at the end. */
  adopt(token: string | undefined, org?: string) {
    if (token) this.tokens.push(token);
    if (org) this.createdOrgs.push({ id: org, authorization: token && `Token ${token}` });
  }

  /** Removes what the run made: its organizations (and all in them), its users' sessions. */
  async cleanup(): Promise<void> {
    const user = await this.user().catch(() => undefined);
    for (const org of this.createdOrgs.reverse()) {
      const authorization = org.authorization ?? user?.authorization;
      if (authorization)
        await this.http.call("deleteOrganization", {
          id: org.id,
          as: { label: "the kit's user", authorization },
        });
    }
    for (const token of this.tokens)
      await this.http.call("logout", {
        as: { label: "a user the kit made", authorization: `Token ${token}` },
      });
  }
}
