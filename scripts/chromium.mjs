// A Chromium-family browser for the browser tests (the docs site, the browser runtime), driven
// by playwright-core. It is found, not downloaded: CHROME_PATH, else a browser on PATH, else
// where macOS and Windows install Chrome, Chromium or Edge. `node scripts/chromium.mjs` (the
// first step of `npm test`) also installs Debian's `chromium` on Debian or Ubuntu when run as
// root, as .ci/run does, and otherwise fails with one line saying how to get one.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

/** The flags keep the browser off the network by itself (updates, sync, field trials). */
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
/** Executable names of Chromium-family browsers, as Linux distributions put them on PATH. */
const NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "microsoft-edge",
];
/** Minutes that installing the browser may take before it counts as hung. */
const INSTALL_MINUTES = 10;

/** Where macOS and Windows install Chromium-family browsers (none of it on PATH). */
function installedLocations(platform = process.platform, env = process.env) {
  if (platform === "darwin") {
    const apps = ["/Applications", join(homedir(), "Applications")];
    const bundles = [
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Chromium.app/Contents/MacOS/Chromium",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
    return apps.flatMap((dir) => bundles.map((bundle) => join(dir, bundle)));
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(Boolean);
    const exes = [
      "Google/Chrome/Application/chrome.exe",
      "Chromium/Application/chrome.exe",
      "Microsoft/Edge/Application/msedge.exe",
    ];
    return roots.flatMap((root) => exes.map((exe) => join(root, exe)));
  }
  return [];
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // missing, or in a directory this user may not read
  }
}

/** How to get a browser here, in one line. */
export function howToGetOne(platform = process.platform) {
  const install = {
    linux: "install one (Debian/Ubuntu: sudo apt-get install chromium)",
    darwin: "install Google Chrome or Chromium into /Applications",
    win32: "install Google Chrome or Microsoft Edge",
  };
  return `${install[platform] ?? "install Chromium"}, or set CHROME_PATH to a Chrome or Chromium executable`;
}

/**
 * The browser's executable: `{ path }`, or `{ problem }` saying in one line why there is none
 * and how to get one. CHROME_PATH, when set, is the only place looked at.
 */
export function findChromium({ env = process.env, platform = process.platform } = {}) {
  if (env.CHROME_PATH) {
    return isFile(env.CHROME_PATH)
      ? { path: env.CHROME_PATH }
      : {
          problem: `CHROME_PATH is ${env.CHROME_PATH}, which is not a file: ${howToGetOne(platform)}.`,
        };
  }
  const suffixes = platform === "win32" ? [".exe"] : [""];
  const onPath = (env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.flatMap((name) => suffixes.map((suffix) => join(dir, name + suffix))));
  const path = [...onPath, ...installedLocations(platform, env)].find(isFile);
  return path
    ? { path }
    : { problem: `No Chromium-family browser found: ${howToGetOne(platform)}.` };
}

const launch = (executablePath) => chromium.launch({ executablePath, args: ARGS, timeout: 30_000 });

/** Launches the headless browser; throws the one-line reason when there is none. */
export function launchChromium() {
  const found = findChromium();
  if (!found.path) throw new Error(found.problem);
  return launch(found.path);
}

/** Whether this is Debian or Ubuntu (or a derivative), where `apt-get install chromium` works. */
function isDebianLike() {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    const ids = /^ID(?:_LIKE)?=(.*)$/gm;
    return [...release.matchAll(ids)].some(([, value]) => /\b(debian|ubuntu)\b/.test(value));
  } catch {
    return false;
  }
}

/** Installs Debian's `chromium` with apt-get, as .ci/run does; the error in one line, if any. */
function aptInstall() {
  const apt = (args) =>
    spawnSync("apt-get", args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: INSTALL_MINUTES * 60_000,
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    const { status, stderr, error } = apt(args);
    if (status === 0) continue;
    const why = error?.code === "ETIMEDOUT" ? `no answer in ${INSTALL_MINUTES} minutes` : "";
    const last = (stderr ?? "").trim().split("\n").pop();
    return `apt-get ${args[0]} failed (${why || last || `exit ${status}`})`;
  }
  return undefined;
}

/**
 * Finds the browser, or installs it where that is the machine's own way (Debian or Ubuntu, as
 * root); resolves to `{ path }` or `{ problem }` in one line.
 */
export function provisionChromium() {
  const found = findChromium();
  if (found.path || process.env.CHROME_PATH) return found;
  const canInstall =
    process.platform === "linux" && process.getuid?.() === 0 && isDebianLike() && hasAptGet();
  if (!canInstall) return found;
  console.log("No Chromium-family browser: installing Debian's chromium with apt-get (once)…");
  const failure = aptInstall();
  if (failure) return { problem: `${failure}: ${howToGetOne()}.` };
  return findChromium();
}

function hasAptGet() {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => existsSync(join(dir, "apt-get")));
}

/** Provisions the browser and starts it once: `{ path, version }` or `{ problem }` in one line. */
async function check() {
  const { path, problem } = provisionChromium();
  if (!path) return { problem };
  try {
    const browser = await launch(path);
    const version = browser.version();
    await browser.close();
    return { path, version };
  } catch (error) {
    const why = String(error.message ?? error).split("\n")[0];
    return { problem: `${path} does not start (${why}): ${howToGetOne()}.` };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { path, version, problem } = await check();
  if (problem) {
    console.error(problem);
    process.exitCode = 1;
  } else {
    console.log(`Chromium ${version}: ${path}`);
  }
}
