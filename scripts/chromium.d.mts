// Types of scripts/chromium.mjs, for the browser tests.
import type { Browser } from "playwright-core";

/** Launches Debian's headless Chromium with flags that keep it off the network. */
export function launchChromium(): Promise<Browser>;
