// Headless Chromium for the browser tests: Debian's `chromium`, driven by playwright-core.
// The flags keep it from reaching for the network by itself (updates, sync, field trials),
// which this machine's closed network would refuse.
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium } from "playwright-core";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium() {
  const executablePath = (process.env.PATH ?? "")
    .split(delimiter)
    .map((dir) => join(dir, "chromium"))
    .find((file) => existsSync(file));
  if (!executablePath) throw new Error("No `chromium` on PATH: apt-get install chromium.");
  return chromium.launch({ executablePath, args: ARGS, timeout: 30_000 });
}
