#!/usr/bin/env node
// `npx bedrock-conformance --base-url URL [--token T] [--api-key K] [--junit FILE]
// [--only GROUP…] [--destructive] [--seed N]`: holds a Bedrock server to the contract.
import { main } from "./main";

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bedrock-conformance: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
