// Derives everything generated from the contract in openapi/:
//   src/generated/openapi.json, openapi.yaml  the bundled contract every other tool consumes
//   src/generated/schema.d.ts                 types (openapi-typescript)
//   src/generated/operations.ts               operationId → method, path, security, tag (plain data)
//   src/generated/sdk.ts                      named types and documented resource methods (scripts/sdk-types.mjs)
//   src/generated/routes.ts                   operationId → method, path, schemes as compact text, for the client
//   src/generated/validate-params.ts, validate-bodies.ts   the stub's request validators,
//                                             compiled ahead (ajv standalone code; scripts/validators.mjs)
// `--check` writes nothing and fails when a committed file differs from what the contract gives.
// `--bundle-only` writes just the bundled contract (npm run bundle).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { stringify } from "yaml";
import { routesTable, sdkTypes } from "./sdk-types.mjs";
import { validatorModules } from "./validators.mjs";

const OUT = "src/generated";
const BANNER =
  "This file is generated from openapi/ by `npm run generate`. Do not edit it by hand.";
const check = process.argv.includes("--check");
const bundleOnly = process.argv.includes("--bundle-only");

function bundleContract() {
  const dir = mkdtempSync(join(tmpdir(), "bedrock-bundle-"));
  try {
    const file = join(dir, "openapi.json");
    const { status, stderr } = spawnSync(
      process.execPath,
      [join(import.meta.dirname, "redocly.mjs"), "bundle", "openapi/openapi.yaml", "-o", file],
      { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" },
    );
    if (status !== 0) {
      // Redocly's own message says which file and line, and what is wrong there.
      console.error(`${stderr.trim()}\n\nThe contract in openapi/ does not bundle: see above.`);
      process.exit(1);
    }
    return JSON.parse(readFileSync(file, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function operationsTable(contract) {
  const methods = ["get", "put", "post", "patch", "delete", "head"];
  const rows = [];
  for (const [path, item] of Object.entries(contract.paths)) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      const requirements = op.security ?? contract.security ?? [];
      const security = requirements.flatMap((req) => Object.keys(req));
      const anonymous = security.length === 0 || requirements.some((r) => !Object.keys(r).length);
      rows.push(
        `  ${op.operationId}: { method: "${method.toUpperCase()}", path: "${path}", security: [${security
          .map((s) => `"${s}"`)
          .join(", ")}], anonymous: ${anonymous}, tag: "${op.tags[0]}" },`,
      );
    }
  }
  return `// ${BANNER}

/** Every operation of the contract: its method, path, accepted security schemes (any one of them), whether it also takes no credentials, and tag. */
export const operations = {
${rows.join("\n")}
} as const;

export type OperationId = keyof typeof operations;
export type SecurityScheme = (typeof operations)[OperationId]["security"][number];

/** The contract's \`info.version\`: the API version this SDK was generated from (it equals the package version). */
export const apiVersion = "${contract.info.version}";
`;
}

const contract = bundleContract();
const files = {
  "openapi.json": `${JSON.stringify(contract, null, 2)}\n`,
  "openapi.yaml": `# ${BANNER}\n${stringify(contract, { lineWidth: 0, aliasDuplicateObjects: false })}`,
};
if (!bundleOnly) {
  const ast = await openapiTS(contract, { defaultNonNullable: false });
  files["schema.d.ts"] = `// ${BANNER}\n\n${astToString(ast)}`;
  files["operations.ts"] = operationsTable(contract);
  files["sdk.ts"] = sdkTypes(contract, BANNER);
  files["routes.ts"] = routesTable(contract, BANNER);
  Object.assign(files, validatorModules(contract, BANNER));
}

const stale = [];
for (const [name, text] of Object.entries(files)) {
  const path = join(OUT, name);
  if (check) {
    let current = null;
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current !== text) stale.push(path);
  } else {
    writeFileSync(path, text);
  }
}
if (stale.length) {
  console.error(
    `Generated files are out of date with openapi/: ${stale.join(", ")}.\nRun \`npm run generate\` and commit the result.`,
  );
  process.exit(1);
}
console.log(
  check
    ? "Generated files match the contract."
    : `Wrote ${Object.keys(files)
        .map((f) => join(OUT, f))
        .join(", ")}`,
);
