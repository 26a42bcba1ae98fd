import { describe, expectTypeOf, test } from "vitest";
import {
  type Agent,
  type AgentRun,
  type APIError,
  type APIPromise,
  type ApiKeyCreated,
  type AuthSession,
  type AuthToken,
  Bedrock,
  type Contact,
  type components,
  type FieldErrors,
  type Me,
  type Member,
  type operations,
  type PagePromise,
  type PageWithResponse,
  type RateLimit,
  type Template,
  type TemplateRequest,
  type WithResponse,
} from "../../src/index";

// Checked by `tsc --noEmit` (the repository's tsconfig includes test/); at run time the calls
// go to a fetch that answers `{}`.
const bedrock = new Bedrock({
  apiKey: "bk_test_types",
  logLevel: "off",
  fetch: async () => Response.json({ results: [] }),
});
type Schemas = components["schemas"];

describe("results", () => {
  test("item methods resolve to the contract's schema", () => {
    expectTypeOf(bedrock.templates.get).returns.toEqualTypeOf<APIPromise<Template>>();
    expectTypeOf(bedrock.templates.create).returns.toEqualTypeOf<APIPromise<Template>>();
    expectTypeOf(bedrock.agents.update).returns.toEqualTypeOf<APIPromise<Agent>>();
    expectTypeOf(bedrock.agents.run).returns.toEqualTypeOf<APIPromise<AgentRun>>();
    expectTypeOf(bedrock.agents.stop).returns.toEqualTypeOf<APIPromise<Agent>>();
    expectTypeOf(bedrock.agents.tag).returns.toEqualTypeOf<APIPromise<Agent>>();
    expectTypeOf(bedrock.auth.me).returns.toEqualTypeOf<APIPromise<Me>>();
    expectTypeOf(bedrock.members.get).returns.toEqualTypeOf<APIPromise<Member>>();
    expectTypeOf(bedrock.adapterState.contacts.replace).returns.toEqualTypeOf<
      APIPromise<Contact>
    >();
    expectTypeOf(bedrock.apiKeys.create).returns.toEqualTypeOf<APIPromise<ApiKeyCreated>>();
  });

  test("204s resolve to undefined", () => {
    expectTypeOf(bedrock.templates.delete).returns.toEqualTypeOf<APIPromise<undefined>>();
    expectTypeOf(bedrock.auth.logout).returns.toEqualTypeOf<APIPromise<undefined>>();
  });

  test("await and withResponse", async () => {
    expectTypeOf<Awaited<ReturnType<typeof bedrock.templates.get>>>().toEqualTypeOf<Template>();
    const call = bedrock.traces.get("t1");
    expectTypeOf(call.withResponse()).toEqualTypeOf<Promise<WithResponse<Schemas["Trace"]>>>();
    expectTypeOf<WithResponse<Template>>().toEqualTypeOf<{
      data: Template;
      response: Response;
      requestId: string | undefined;
      rateLimit: RateLimit | undefined;
    }>();
  });

  test("lists: the first page on await, items on for await", () => {
    const list = bedrock.templates.list();
    expectTypeOf(list).toEqualTypeOf<PagePromise<Schemas["PaginatedTemplateList"]>>();
    expectTypeOf<Awaited<typeof list>>().toEqualTypeOf<Schemas["PaginatedTemplateList"]>();
    expectTypeOf<Awaited<typeof list>>().toHaveProperty("next").toEqualTypeOf<string | null>();
    expectTypeOf(list).toExtend<AsyncIterable<Template>>();
    expectTypeOf(bedrock.adapterState.notifications.list()).toExtend<
      AsyncIterable<Schemas["Notification"]>
    >();
  });

  test("token flows", () => {
    expectTypeOf<Awaited<ReturnType<typeof Bedrock.signup>>>().toEqualTypeOf<
      AuthSession & { client: Bedrock }
    >();
    expectTypeOf<Awaited<ReturnType<typeof Bedrock.login>>>().toEqualTypeOf<
      AuthToken & { client: Bedrock }
    >();
    expectTypeOf<Awaited<ReturnType<typeof Bedrock.acceptInvite>>>().toHaveProperty("client");
  });
});

describe("arguments", () => {
  test("bodies are the contract's request schemas", () => {
    expectTypeOf(bedrock.templates.create).parameter(0).toEqualTypeOf<TemplateRequest>();
    expectTypeOf(bedrock.templates.replace).parameter(1).toEqualTypeOf<TemplateRequest>();
    expectTypeOf(bedrock.templates.update)
      .parameter(1)
      .toEqualTypeOf<Schemas["PatchedTemplateRequest"]>();
    expectTypeOf(bedrock.agents.run)
      .parameter(1)
      .toEqualTypeOf<Schemas["AgentRunRequest"] | undefined>();
    expectTypeOf(bedrock.agents.tag).parameter(1).toEqualTypeOf<string[]>();
    expectTypeOf(bedrock.invites.accept)
      .parameter(1)
      .toEqualTypeOf<Schemas["InviteAcceptRequest"]>();
    expectTypeOf(bedrock.templates.get).parameter(0).toEqualTypeOf<string>();
  });

  test("queries are the operation's query parameters", () => {
    type AgentQuery = NonNullable<operations["listAgents"]["parameters"]["query"]>;
    expectTypeOf(bedrock.agents.list).parameter(0).toEqualTypeOf<AgentQuery | undefined>();
    expectTypeOf<AgentQuery["status"]>().toEqualTypeOf<Schemas["AgentStatus"] | undefined>();
    expectTypeOf<AgentQuery["ordering"]>().toEqualTypeOf<
      "created_at" | "-created_at" | undefined
    >();
  });

  test("signup takes organizationName", () => {
    expectTypeOf(Bedrock.signup).parameter(0).toEqualTypeOf<{
      email: string;
      password: string;
      name: string;
      organizationName: string;
    }>();
  });

  test("list helpers: toArray with a limit, pages with their responses", () => {
    const list = bedrock.templates.list();
    expectTypeOf(list.toArray({ limit: 10 })).toEqualTypeOf<Promise<Template[]>>();
    expectTypeOf(list.toArray).parameter(0).toEqualTypeOf<{ limit: number }>();
    // Must-fail (never called): no list is loaded whole by accident.
    // @ts-expect-error toArray takes a limit
    expectTypeOf(() => list.toArray()).toBeFunction();
    // @ts-expect-error the limit is required
    expectTypeOf(() => list.toArray({})).toBeFunction();
    type Page = Schemas["PaginatedTemplateList"];
    expectTypeOf(list.pages()).toEqualTypeOf<
      AsyncGenerator<PageWithResponse<Page>, void, undefined>
    >();
    expectTypeOf<PageWithResponse<Page>["count"]>().toEqualTypeOf<number>();
    expectTypeOf<PageWithResponse<Page>["response"]>().toEqualTypeOf<Response>();
  });

  test("withOptions takes the options it may change, and gives a client", () => {
    expectTypeOf(
      bedrock.withOptions({ timeout: 5_000, organizationId: "o" }),
    ).toEqualTypeOf<Bedrock>();
    expectTypeOf(bedrock.withOptions).parameter(0).not.toHaveProperty("apiKey");
    expectTypeOf(bedrock.withOptions).parameter(0).not.toHaveProperty("baseUrl");
  });

  test("per-request options", () => {
    expectTypeOf(bedrock.templates.get).parameter(1).toEqualTypeOf<
      | {
          signal?: AbortSignal | undefined;
          headers?: Record<string, string> | undefined;
          timeout?: number | undefined;
          maxRetries?: number | undefined;
          idempotent?: boolean | undefined;
          idempotencyKey?: string | undefined;
        }
      | undefined
    >();
  });
});

describe("resources have only their contract's methods", () => {
  test("method sets", () => {
    type Crud = "list" | "create" | "get" | "update" | "replace" | "delete";
    expectTypeOf<keyof Bedrock["templates"]>().toEqualTypeOf<Crud>();
    expectTypeOf<keyof Bedrock["agents"]>().toEqualTypeOf<Crud | "run" | "stop" | "tag">();
    expectTypeOf<keyof Bedrock["traces"]>().toEqualTypeOf<"list" | "create" | "get" | "update">();
    expectTypeOf<keyof Bedrock["adapters"]>().toEqualTypeOf<"list" | "create" | "get" | "delete">();
    expectTypeOf<keyof Bedrock["members"]>().toEqualTypeOf<"list" | "get" | "update" | "delete">();
    expectTypeOf<keyof Bedrock["organizations"]>().toEqualTypeOf<
      Exclude<Crud, "replace"> | "keyPolicy"
    >();
    expectTypeOf<keyof Bedrock["organizations"]["keyPolicy"]>().toEqualTypeOf<
      "get" | "update" | "replace"
    >();
    expectTypeOf<keyof Bedrock["apiKeys"]>().toEqualTypeOf<Exclude<Crud, "replace"> | "rotate">();
    expectTypeOf<keyof Bedrock["auditEvents"]>().toEqualTypeOf<"list" | "get">();
    expectTypeOf<keyof Bedrock["invites"]>().toEqualTypeOf<
      "list" | "create" | "get" | "delete" | "accept"
    >();
    expectTypeOf<keyof Bedrock["auth"]>().toEqualTypeOf<"me" | "logout">();
    expectTypeOf<keyof Bedrock["adapterState"]>().toEqualTypeOf<
      "contacts" | "messages" | "documents" | "projects" | "notifications"
    >();
  });
});

describe("key lifecycle", () => {
  test("rotate takes camelCase options and resolves to the new key with its secret", async () => {
    const next = await bedrock.apiKeys.rotate("k1", { graceSeconds: 600 });
    expectTypeOf(next.key).toEqualTypeOf<string>();
    expectTypeOf(next.kind).toEqualTypeOf<"long_term" | "short_term">();
    // @ts-expect-error the body's snake_case names are not the options'
    await bedrock.apiKeys.rotate("k1", { grace_seconds: 600 });
  });

  test("key policy and audit events are typed from the contract", async () => {
    // Changing the policy takes a user token.
    const user = new Bedrock({ token: "t", logLevel: "off", fetch: async () => Response.json({}) });
    const policy = await user.organizations.keyPolicy.update("o1", {
      max_key_lifetime_days: 30,
    });
    expectTypeOf(policy.max_key_lifetime_days).toEqualTypeOf<number | null>();
    // @ts-expect-error the policy's fields only
    await user.organizations.keyPolicy.update("o1", { max_lifetime: 30 });
    const page = await bedrock.auditEvents.list({ action: "api_key.created", actor_type: "user" });
    expectTypeOf(page.results[0]?.target.type).toEqualTypeOf<string | undefined>();
    // @ts-expect-error actor_type is user or api_key
    await bedrock.auditEvents.list({ actor_type: "robot" });
  });
});

describe("errors", () => {
  test("APIError fields", () => {
    expectTypeOf<APIError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<APIError["detail"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<APIError["fieldErrors"]>().toEqualTypeOf<FieldErrors | undefined>();
    expectTypeOf<APIError["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<APIError["headers"]>().toEqualTypeOf<Headers>();
    expectTypeOf<APIError["body"]>().toEqualTypeOf<unknown>();
  });
});

describe("the raw client", () => {
  test("is openapi-fetch typed by paths", async () => {
    const { data } = await bedrock.raw.GET("/api/agents/{id}/", { params: { path: { id: "a1" } } });
    expectTypeOf(data).toEqualTypeOf<Agent | undefined>();
  });
});
