// The CLI's work, apart from the process: `main(argv, io)` parses the arguments, runs the kit,
// writes one line per check and the summary, and resolves to the exit code (0 all passed,
// 1 any failure, 2 a usage error or a server that does not answer). ./cli.ts runs it on the
// process; tests run it on a stub.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { GROUPS } from "./groups";
import { type KitOptions, runConformance, type Summary } from "./kit";
import { junitXml, resultLine, summaryLine } from "./report";

const USAGE = `Usage: bedrock-conformance --base-url URL [--token T] [--api-key K] [--junit FILE]
                           [--only GROUP…] [--destructive] [--seed N]

Checks a Bedrock server against the API contract. It creates its own organizations, members,
keys and invites (with the user of --token, or a user it signs up) and removes them afterwards.

  --base-url URL   the server, e.g. https://bedrock.example.com
  --token T        a user token (Authorization: Token T); default: sign a new user up
  --api-key K      an API key of one of that user's organizations (read-only checks)
  --junit FILE     also write the results as JUnit XML
  --only GROUP…    run only these groups: ${Object.keys(GROUPS).join(", ")}
  --destructive    also act on what the kit did not create (revokes --api-key at the end)
  --seed N         the property-based run's seed (printed with it), to replay a failure

Environment: BEDROCK_TOKEN and BEDROCK_API_KEY stand in for --token and --api-key, so that
secrets need not appear on a command line.`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
  /** The fetch to send requests with (default: the global one). */
  fetch?: typeof fetch;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const env = io.env ?? {};
  const args = argsOf(argv, env);
  if ("help" in args) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if ("error" in args) {
    io.stderr(`${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  let summary: Summary;
  try {
    summary = await runConformance({
      ...args.options,
      fetch: io.fetch,
      onResult: (result) => io.stdout(`${resultLine(result)}\n`),
    });
  } catch (error) {
    // the server does not answer at all: no check could run
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  io.stdout(`\n${summaryLine(summary)}\n`);
  const waited = summary.throttled
    ? ` (${summary.throttled.toFixed(1)} s waiting for the rate limit)`
    : "";
  io.stdout(`${summary.requests} requests in ${summary.seconds.toFixed(1)} s${waited}\n`);
  if (args.junit) writeFileSync(args.junit, junitXml(summary));
  return summary.failed > 0 ? 1 : 0;
}

type Args = { help: true } | { error: string } | { options: KitOptions; junit: string | undefined };

/**
 * The kit's options from the command line (and BEDROCK_BASE_URL, BEDROCK_TOKEN, BEDROCK_API_KEY),
 * or what is wrong with it.
 */
function argsOf(argv: string[], env: Record<string, string | undefined>): Args {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const baseUrl = values["base-url"] ?? env.BEDROCK_BASE_URL;
  if (!baseUrl) return { error: "--base-url is required." };
  if (!/^https?:\/\/[^/]/.test(baseUrl))
    return { error: `--base-url must be an http(s) URL: ${baseUrl}` };
  // --only takes the words after it too: --only roles keys
  if (!values.only?.length && positionals.length)
    return { error: `Unexpected argument ${positionals[0]}.` };
  const only = values.only?.length ? [...values.only, ...positionals] : undefined;
  const unknown = only?.filter((group) => !(group in GROUPS)) ?? [];
  if (unknown.length)
    return {
      error: `Unknown group ${unknown.join(", ")}; the groups are: ${Object.keys(GROUPS).join(", ")}`,
    };
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed))
    return { error: `--seed must be an integer: ${values.seed}` };
  const options: KitOptions = {
    baseUrl,
    token: values.token ?? env.BEDROCK_TOKEN,
    apiKey: values["api-key"] ?? env.BEDROCK_API_KEY,
    only,
    destructive: values.destructive,
    seed,
  };
  return { options, junit: values.junit };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "base-url": { type: "string" },
      token: { type: "string" },
      "api-key": { type: "string" },
      junit: { type: "string" },
      only: { type: "string", multiple: true },
      destructive: { type: "boolean" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
