// Which SDK method sends which operation, read off the SDK itself: every resource method is
// called once against a recording Api, so the map follows src/resources.ts with no hand list.
import { type OperationId, operations } from "../../src/generated/operations";
import { APIPromise } from "../../src/promise";
import { type Api, createResources } from "../../src/resources";

export interface SdkMethod {
  /** Dotted path from the client, e.g. `adapterState.contacts.list`. */
  name: string;
  operationId: OperationId;
  /** How the method takes its arguments (by the method's name, the SDK's one convention). */
  args: "query" | "body" | "id" | "id+body" | "id+tags" | "id+rotation" | "none";
}

const ARGS: Record<string, SdkMethod["args"]> = {
  list: "query",
  create: "body",
  get: "id",
  delete: "id",
  stop: "id",
  update: "id+body",
  replace: "id+body",
  run: "id+body",
  accept: "id+body",
  tag: "id+tags",
  rotate: "id+rotation",
  me: "none",
  logout: "none",
};

export function sdkMethods(): SdkMethod[] {
  let sent: OperationId | undefined;
  // The contract's operationId of the route a method sends, by its method and path.
  // It answers nothing: a method is only called, never awaited.
  const recorder: Api = ({ method, path }) => {
    sent = (Object.keys(operations) as OperationId[]).find(
      (id) => operations[id].method === method && operations[id].path === path,
    );
    return new APIPromise(new Promise(() => {}));
  };
  const found: SdkMethod[] = [];
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "function") {
        const args = ARGS[key];
        if (!args) throw new Error(`No argument convention for SDK method ${prefix}${key}`);
        sent = undefined;
        value("00000000-0000-4000-8000-000000000000", {}, {});
        if (!sent) throw new Error(`${prefix}${key} sent no operation`);
        found.push({ name: `${prefix}${key}`, operationId: sent, args });
      } else if (value && typeof value === "object") {
        walk(value, `${prefix}${key}.`);
      }
    }
  };
  walk(createResources(recorder), "");
  return found;
}

/** Calls `name` (e.g. `agents.run`) on a client with arguments in its convention. */
export function callSdk(
  client: object,
  { name, args }: SdkMethod,
  input: { id?: string; body?: unknown; query?: object },
  options?: object,
): PromiseLike<unknown> {
  const parts = name.split(".");
  const method = parts.pop() as string;
  const target = parts.reduce<Record<string, unknown>>(
    (node, part) => node[part] as Record<string, unknown>,
    client as Record<string, unknown>,
  );
  const fn = target[method] as (...a: unknown[]) => PromiseLike<unknown>;
  const { id, body, query } = input;
  switch (args) {
    case "query":
      return fn.call(target, query, options);
    case "body":
      return fn.call(target, body, options);
    case "id":
      return fn.call(target, id, options);
    case "id+body":
      return fn.call(target, id, body, options);
    case "id+tags":
      return fn.call(target, id, (body as { tags: string[] }).tags, options);
    case "id+rotation": {
      // The SDK takes the rotation body's fields as camelCase options.
      const { grace_seconds, expires_at } = (body ?? {}) as Record<string, unknown>;
      return fn.call(target, id, { graceSeconds: grace_seconds, expiresAt: expires_at }, options);
    }
    case "none":
      return fn.call(target, options);
  }
}
