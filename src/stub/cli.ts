// The stub as a command: `npx bedrock-stub [--port N] [--host H]` (./bin.ts) and `npm start`
// (scripts/start.mjs) both run `main`: the seeded stub over HTTP, throttled and with the
// failed-authentication lock on, the docs site at /docs when `docsDir` holds it, one line
// saying where and how to authenticate, then the line to paste into a shell, then the access
// log. Settings come from the environment (PORT, HOST, BEDROCK_STUB_*), flags win.
import { parseArgs } from "node:util";
import type { FailedAuthLimit } from "./failed-auth";
import type { ThrottleOptions } from "./rate-limit";
import { corsOrigin, createStub } from "./stub";

export interface CliSettings {
  port: number;
  host: string;
  seed: boolean;
  throttle: ThrottleOptions | false;
  failedAuth: FailedAuthLimit | boolean;
  cors: string[];
}

/** A setting that cannot be used, said in one line naming the variable or flag. */
export class SettingError extends Error {}

const USAGE = "Usage: bedrock-stub [--port N] [--host H]";

/** The throttle from the environment: BEDROCK_STUB_THROTTLE per second (0: none), BEDROCK_STUB_BURST. */
function throttleFrom({
  BEDROCK_STUB_THROTTLE: rate = "100",
  BEDROCK_STUB_BURST: burst,
}: NodeJS.ProcessEnv) {
  const perSecond = Number(rate);
  if (rate.trim() === "" || !Number.isFinite(perSecond) || perSecond < 0)
    throw new SettingError(
      `BEDROCK_STUB_THROTTLE must be requests per second (0 for no throttling), not "${rate}".`,
    );
  if (perSecond === 0) return false;
  const size = burst === undefined ? Math.max(1, Math.ceil(perSecond * 2)) : Number(burst);
  if (!Number.isInteger(size) || size < 1)
    throw new SettingError(
      `BEDROCK_STUB_BURST must be a whole number of requests, 1 or more, not "${burst}".`,
    );
  return { rate: perSecond, burst: size };
}

/** Origins from BEDROCK_STUB_CORS_ORIGINS (comma-separated), each an http(s) origin, never `*`. */
function corsFrom({ BEDROCK_STUB_CORS_ORIGINS: list = "" }: NodeJS.ProcessEnv) {
  const origins = list
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  return origins.map((origin) => {
    try {
      return corsOrigin(origin);
    } catch {
      throw new SettingError(
        `BEDROCK_STUB_CORS_ORIGINS must list origins such as http://localhost:5173, not "${origin}".`,
      );
    }
  });
}

/** The command's settings from its arguments and environment; throws a {@link SettingError}. */
export function settingsFrom(argv: string[], env: NodeJS.ProcessEnv): CliSettings {
  let values: { port?: string | undefined; host?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: "string" }, host: { type: "string" } },
    }));
  } catch (error) {
    throw new SettingError(`${(error as Error).message}\n${USAGE}`);
  }
  const portText = values.port ?? (env.PORT || "8000");
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new SettingError(`The port must be a whole number from 0 to 65535, not "${portText}".`);
  const failedAuth = env.BEDROCK_STUB_FAILED_AUTH ?? "1";
  if (failedAuth !== "0" && failedAuth !== "1")
    throw new SettingError(
      `BEDROCK_STUB_FAILED_AUTH must be 1 (on) or 0 (off), not "${failedAuth}".`,
    );
  return {
    port,
    host: values.host ?? (env.HOST || "127.0.0.1"),
    seed: env.BEDROCK_STUB_SEED !== "0",
    throttle: throttleFrom(env),
    failedAuth: failedAuth === "1",
    cors: corsFrom(env),
  };
}

/** The first line: where the stub is and how to authenticate. */
function banner(
  url: string,
  settings: CliSettings,
  demo: { apiKey?: string | undefined; token?: string | undefined; email?: string | undefined },
) {
  const { throttle } = settings;
  const limit = throttle
    ? `${throttle.rate} requests/s per caller, bursts of ${throttle.burst} (BEDROCK_STUB_THROTTLE=0 for none)`
    : "no throttling";
  return demo.apiKey
    ? `Bedrock stub on ${url} (docs at /docs, ${limit}) — authenticate with "Authorization: Bearer ${demo.apiKey}" (API key) or "Authorization: Token ${demo.token}" (user ${demo.email}).`
    : `Bedrock stub on ${url} (docs at /docs, ${limit}), empty — get a token with POST /api/organizations/auth/signup/, then create an API key.`;
}

/**
 * Serves the stub as `settingsFrom(argv, env)` says, printing the banner and the export line
 * once it listens, and the access log after; stops on SIGINT/SIGTERM. Exits 1 with one line on
 * stderr when a setting is wrong or the port is taken. Resolves once it listens.
 */
export async function main({
  argv = process.argv.slice(2),
  env = process.env,
  docsDir,
}: {
  argv?: string[];
  env?: NodeJS.ProcessEnv;
  docsDir?: string | undefined;
} = {}) {
  let settings: CliSettings;
  try {
    settings = settingsFrom(argv, env);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const { port, host, seed, throttle, failedAuth, cors } = settings;
  const log = (line: string) => console.log(line);
  const stub = await createStub({ seed, throttle, failedAuth, cors, log });
  let server: Awaited<ReturnType<typeof stub.listen>>;
  try {
    server = await stub.listen({ port, host, docsDir, log });
  } catch (error) {
    const taken = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    console.error(
      taken
        ? `Port ${port} on ${host} is already in use: stop what is using it, or pass --port <another port> (PORT=… npm start).`
        : `Could not start the stub on ${host}:${port}: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  // Handlers first: whoever reads the lines below may signal at once.
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  console.log(banner(server.url, settings, stub));
  console.log(exportLine(server.url, stub));
  return server;
}

/**
 * What the SDK, the docs' samples and curl read, as a line to paste into the shell that runs
 * them: `export BEDROCK_BASE_URL=… BEDROCK_API_KEY=… BEDROCK_TOKEN=…` (the URL alone when empty).
 */
export function exportLine(
  url: string,
  demo: { apiKey?: string | undefined; token?: string | undefined },
) {
  const credentials = demo.apiKey
    ? ` BEDROCK_API_KEY=${demo.apiKey} BEDROCK_TOKEN=${demo.token}`
    : "";
  return `export BEDROCK_BASE_URL=${url}${credentials}`;
}
