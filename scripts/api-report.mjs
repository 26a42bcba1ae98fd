// `npm run api:report`: the API report of the package's public TypeScript surface, one file per
// entry under etc/ (API Extractor). `--check` writes nothing and fails when what src/ exports
// differs from the committed report: every change to what apps compile against shows in review.
// Declarations come from `tsc --emitDeclarationOnly` into .cache/api/ (no dist/ needed, so this
// never races the package build).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

const root = resolve(import.meta.dirname, "..");
/** Each entry of package.json's `exports` with types, and the report that records it. */
export const ENTRIES = [
  { entry: "src/index.ts", report: "bedrock-sdk.api.md" },
  { entry: "src/stub/index.ts", report: "bedrock-sdk-stub.api.md" },
];
export const REPORT_FOLDER = join(root, "etc");
const CACHE = join(root, ".cache/api");

/** Emits the declarations of src/ into `out` (schema.d.ts is a source file, so it is copied). */
export function emitDeclarations(out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const tsconfig = join(out, "tsconfig.json");
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: relative(out, join(root, "tsconfig.json")),
      compilerOptions: {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: relative(out, root),
        outDir: "dts",
      },
      include: [relative(out, join(root, "src"))],
    }),
  );
  try {
    execFileSync(
      process.execPath,
      [join(root, "node_modules/typescript/bin/tsc"), "-p", tsconfig],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
      },
    );
  } catch (error) {
    // tsc prints its diagnostics on stdout, which the error's message leaves out.
    throw new Error(`tsc cannot emit the declarations of src/:\n${error.stdout}${error.stderr}`);
  }
  cpSync(join(root, "src/generated/schema.d.ts"), join(out, "dts/src/generated/schema.d.ts"));
  return join(out, "dts");
}

/**
 * Runs API Extractor over each entry of the declarations in `dts`. `check`: compare with the
 * reports in `reportFolder` and write nothing there; otherwise update them. Returns the reports
 * that differ (check) or changed (update).
 */
export function apiReport({
  dts,
  check,
  reportFolder = REPORT_FOLDER,
  temp = join(CACHE, "temp"),
}) {
  if (!check) mkdirSync(reportFolder, { recursive: true });
  const changed = [];
  for (const { entry, report } of ENTRIES) {
    const config = ExtractorConfig.prepare({
      configObjectFullPath: join(temp, "api-extractor.json"),
      packageJsonFullPath: join(root, "package.json"),
      configObject: {
        projectFolder: root,
        mainEntryPointFilePath: join(dts, entry.replace(/\.ts$/, ".d.ts")),
        compiler: { tsconfigFilePath: join(root, "tsconfig.json") },
        apiReport: { enabled: true, reportFileName: report, reportFolder, reportTempFolder: temp },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        // Findings (an export whose type is not itself exported, …) go into the report, where
        // review sees them. No release tags here; documentation (undocumented exports, links,
        // TSDoc) is TypeDoc's business.
        messages: {
          compilerMessageReporting: { default: { logLevel: "warning" } },
          extractorMessageReporting: {
            default: { logLevel: "warning", addToApiReportFile: true },
            "ae-missing-release-tag": { logLevel: "none", addToApiReportFile: false },
            "ae-unresolved-link": { logLevel: "none", addToApiReportFile: false },
            "ae-undocumented": { logLevel: "none", addToApiReportFile: false },
          },
          tsdocMessageReporting: { default: { logLevel: "none" } },
        },
      },
    });
    const result = Extractor.invoke(config, {
      localBuild: !check,
      messageCallback: (message) => {
        message.handled = true; // quiet: the report carries what matters
      },
    });
    if (result.apiReportChanged) changed.push(join(reportFolder, report));
  }
  return changed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const check = process.argv.includes("--check");
  const changed = apiReport({ dts: emitDeclarations(CACHE), check });
  const names = changed.map((file) => relative(root, file)).join(", ");
  if (check && changed.length) {
    process.stderr.write(
      `✘ The public API differs from ${names}: review the change, then run \`npm run api:report\` and commit etc/.\n`,
    );
    process.exitCode = 1;
  } else if (changed.length) {
    process.stdout.write(`Updated ${names}\n`);
  } else {
    process.stdout.write("The API report is up to date.\n");
  }
}
