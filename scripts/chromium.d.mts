// Types of scripts/chromium.mjs, for the browser tests.
import type { Browser } from "playwright-core";

/** How to get a Chromium-family browser on this platform, in one line. */
export function howToGetOne(platform?: NodeJS.Platform): string;
/** The browser's executable, or why there is none (one line, saying how to get one). */
export function findChromium(options?: {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}): { path: string; problem?: undefined } | { path?: undefined; problem: string };
/** Finds the browser, installing Debian's `chromium` on Debian or Ubuntu as root. */
export function provisionChromium():
  | { path: string; problem?: undefined }
  | { path?: undefined; problem: string };
/** Launches the headless browser with flags that keep it off the network; throws why it cannot. */
export function launchChromium(): Promise<Browser>;
