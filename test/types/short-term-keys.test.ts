import { describe, expectTypeOf, test } from "vitest";
import {
  Bedrock,
  type Credential,
  type CredentialProvider,
  type ShortTermKeys,
  shortTermKeys,
} from "../../src/index";

// Checked by `tsc --noEmit`; nothing here sends a request (providers are made, never asked).
const user = new Bedrock({
  token: "tok",
  logLevel: "off",
  fetch: async () => Response.json({}, { status: 500 }),
});

describe("shortTermKeys", () => {
  test("is an apiKey provider that the client takes, with invalidate and revoke", () => {
    const keys = shortTermKeys(user, { name: "nightly-export", lifetimeSeconds: 3600 });
    expectTypeOf(keys).toEqualTypeOf<ShortTermKeys>();
    expectTypeOf(keys).toExtend<CredentialProvider>();
    expectTypeOf(keys).toExtend<Credential>();
    expectTypeOf(keys).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(keys.revoke).returns.toEqualTypeOf<Promise<void>>();
    new Bedrock({ apiKey: keys, logLevel: "off" });
  });

  test("must-fail: unknown options, a client without apiKeys, a provider's invalidate taking no key", () => {
    // @ts-expect-error the lifetime option is `lifetimeSeconds`
    shortTermKeys(user, { lifetime: 3600 });
    // @ts-expect-error keys are made with a client that has `apiKeys`
    shortTermKeys({ templates: user.templates });
    const provider = Object.assign(async () => "key", { invalidate: (refused: number) => refused });
    // @ts-expect-error invalidate is told the refused credential, a string
    new Bedrock({ apiKey: provider, logLevel: "off" });
  });
});
