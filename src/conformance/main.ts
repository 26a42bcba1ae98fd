// The CLI's work, apart from the process: `main(argv, io)` parses the arguments, runs the kit,
// writes one line per check and the summary, and resolves to the exit code (0 all passed,
// 1 any failure, 2 a usage error). ./cli.ts runs it on the process; tests run it on a stub.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { GROUPS } from "./groups";
import { runConformance } from "./kit";
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
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const env = io.env ?? {};
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const baseUrl = values["base-url"] ?? env.BEDROCK_BASE_URL;
  if (!baseUrl) {
    io.stderr(`--base-url is required.\n\n${USAGE}\n`);
    return 2;
  }
  // --only takes the words after it too: --only roles keys
  const only = values.only?.length ? [...values.only, ...positionals] : undefined;
  if (!values.only?.length && positionals.length) {
    io.stderr(`Unexpected argument ${positionals[0]}.\n\n${USAGE}\n`);
    return 2;
  }
  const unknown = only?.filter((group) => !(group in GROUPS)) ?? [];
  if (unknown.length) {
    io.stderr(
      `Unknown group ${unknown.join(", ")}; the groups are: ${Object.keys(GROUPS).join(", ")}\n`,
    );
    return 2;
  }
  const summary = await runConformance({
    baseUrl,
    token: values.token ?? env.BEDROCK_TOKEN,
    apiKey: values["api-key"] ?? env.BEDROCK_API_KEY,
    only,
    destructive: values.destructive,
    seed: values.seed === undefined ? undefined : Number(values.seed),
    fetch: io.fetch,
    onResult: (result) => io.stdout(`${resultLine(result)}\n`),
  });
  io.stdout(`\n${summaryLine(summary)}\n`);
  io.stdout(
    `${summary.requests} requests in ${summary.seconds.toFixed(1)} s` +
      (summary.throttled ? ` (${summary.throttled.toFixed(1)} s waiting for the rate limit)` : "") +
      "\n",
  );
  if (values.junit) writeFileSync(values.junit, junitXml(summary));
  return summary.failed > 0 ? 1 : 0;
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
