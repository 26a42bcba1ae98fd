import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { onTestFinished } from "vitest";

const root = resolve(import.meta.dirname, "../..");

/**
 * A copy of these parts of the repository, with its node_modules linked, for running a script
 * where breaking a file harms nothing; removed when the test ends. `name`: the copy's folder.
 */
export function repoCopy(parts: string[], name = "repo"): string {
  const temp = mkdtempSync(join(tmpdir(), "bedrock-copy-"));
  onTestFinished(() => rmSync(temp, { recursive: true, force: true }));
  const copy = join(temp, name);
  for (const part of parts) cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  return copy;
}
