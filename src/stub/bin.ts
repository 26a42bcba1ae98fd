#!/usr/bin/env node
// `npx bedrock-stub [--port N] [--host H]`: the seeded stub over HTTP, as `npm start` runs it
// (see ./cli.ts), with the docs site at /docs when ./docs/site holds one.
import { main } from "./cli";

await main({ docsDir: "docs/site" });
