// Runs docs code as a reader runs it: a TypeScript program of its own (`node sample.mjs`, the
// package's imports pointed at its source) in the environment the stub prints, which must exit
// by itself. Shared by the reference samples' and the guides' runs.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { createStub } from "../../src/stub";
import { exportLine, settingsFrom } from "../../src/stub/cli";

/** The package's entry points, as their source. */
export const SOURCES = {
  "@bedrock/sdk": resolve("src/index.ts"),
  "@bedrock/sdk/stub": resolve("src/stub/index.ts"),
};

/** How long a program may take in all: a loaded machine is slow. */
export const PROGRAM_SECONDS = 120;
/** How soon a program must exit once its code has run: nothing may keep it alive. */
const EXIT_SECONDS = 5;
/** Printed after a program's last statement, to tell a slow program from one that never ends. */
const FINISHED = "<the program's code has run>";

/** A running stub and the variables its export line sets. */
export interface PrintedStub {
  printed: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A fresh stub as `npm start` and `npx bedrock-stub` serve it (their settings with no variable
 * set: seeded, throttled), on a free port, and the variables of the export line they print.
 */
export async function startPrintedStub(): Promise<PrintedStub> {
  const { seed, throttle, failedAuth, cors, host } = settingsFrom([], {});
  const stub = await createStub({ seed, throttle, failedAuth, cors });
  const server = await stub.listen({ port: 0, host });
  const line = exportLine(server.url, stub);
  const printed = Object.fromEntries(
    line
      .replace(/^export /, "")
      .split(" ")
      .map((setting) => setting.split("=", 2) as [string, string]),
  );
  return { printed, close: () => server.close() };
}

/** The environment a reader has: theirs, with the variables the stub printed. */
export function readerEnvironment(stub: PrintedStub): NodeJS.ProcessEnv {
  const theirs = Object.entries(process.env).filter(([name]) => !name.startsWith("BEDROCK_"));
  return { ...Object.fromEntries(theirs), ...stub.printed };
}

/**
 * Writes each `{ name: code }` as `dir/<name>.ts` and bundles it to `dir/<name>.mjs`: the SDK
 * from source, its dependencies as installed. Resolves to the programs' paths by name.
 */
export async function buildPrograms(dir: string, programs: Record<string, string>) {
  const sources = Object.entries(programs).map(([name, code]) => {
    const source = join(dir, `${name}.ts`);
    writeFileSync(source, `${code}\nconsole.log(${JSON.stringify(FINISHED)});\nexport {};\n`);
    return source;
  });
  await build({
    entryPoints: sources,
    outdir: dir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    alias: SOURCES,
    packages: "external",
    logLevel: "silent",
  });
  return Object.fromEntries(Object.keys(programs).map((name) => [name, join(dir, `${name}.mjs`)]));
}

/**
 * Runs a built program: its output (without the end marker), or an error saying how it failed
 * (`what` names it): an exit code, or still running `EXIT_SECONDS` after its code has run.
 */
export function runProgram(program: string, env: NodeJS.ProcessEnv, what: string) {
  return new Promise<{ stdout: string; stderr: string }>((done, failed) => {
    const child = spawn(process.execPath, [program], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let problem = "";
    const stop = (why: string) => {
      problem ||= why;
      child.kill("SIGKILL");
    };
    const limit = setTimeout(
      () => stop(`not done after ${PROGRAM_SECONDS} s`),
      PROGRAM_SECONDS * 1000,
    );
    let exitLimit: NodeJS.Timeout | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (!exitLimit && stdout.includes(FINISHED))
        exitLimit = setTimeout(
          () =>
            stop(
              `still running ${EXIT_SECONDS} s after its code ran: something keeps the process alive`,
            ),
          EXIT_SECONDS * 1000,
        );
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on("close", (code) => {
      clearTimeout(limit);
      clearTimeout(exitLimit);
      if (!problem && code !== 0) problem = `exit code ${code}`;
      if (problem) failed(new Error(`${what}: ${problem}\n${stderr}${stdout}`));
      else done({ stdout: stdout.replace(`${FINISHED}\n`, ""), stderr });
    });
  });
}
