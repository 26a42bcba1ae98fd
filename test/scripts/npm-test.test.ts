// The machinery of `npm test` itself: a hung step is killed with all it started and reported as
// hung, a failed step is summed up in one line, and the browser is found where it is (or the
// one line says how to get one).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium, howToGetOne } from "../../scripts/chromium.mjs";
import { lastLine, runStep, STEPS } from "../../scripts/test.mjs";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("npm test's steps", () => {
  it("kill a step that hangs, and what it started, at the step's time limit", async () => {
    // The step starts a grandchild that would sleep for ever, and waits for it.
    const script = "sleep 1000 & echo $!; wait";
    const { status, timedOut, tail } = await runStep("sh", ["-c", script], {
      minutes: 0.02,
      echo: false,
    });
    expect(timedOut).toBe(true);
    expect(status).not.toBe(0);
    const grandchild = Number(tail[0]);
    await expect.poll(() => alive(grandchild), { timeout: 10_000 }).toBe(false);
  }, 30_000);

  it("pass a step's exit code and keep the last lines of its output", async () => {
    const script = "echo progress; echo 'Error: the contract is invalid' >&2; exit 3";
    const { status, timedOut, tail } = await runStep("sh", ["-c", script], {
      minutes: 1,
      echo: false,
    });
    expect({ status, timedOut }).toEqual({ status: 3, timedOut: false });
    expect(lastLine(tail)).toBe("Error: the contract is invalid");
  });

  it("give a crash's error, not its stack or Node's version, as the reason", () => {
    const crash = [
      "Error: EACCES: permission denied, stat '/root/bin/chromium'",
      "at statSync (node:fs:1658:25)",
      "errno: -13,",
      "}",
      "Node.js v20.20.2",
    ];
    expect(lastLine(crash)).toBe(crash[0]);
  });

  it("each have a time limit, Chromium first", () => {
    expect(STEPS[0]?.[0]).toBe("chromium");
    for (const [name, , , minutes] of STEPS) expect(minutes, name).toBeGreaterThan(0);
  });

  it("run in stages: Chromium alone first, the docs built before vitest browses them", () => {
    const stages = STEPS.map((step) => Number(step[4]));
    const stage = (name: string) => stages[STEPS.findIndex((step) => step[0] === name)] ?? -1;
    expect(
      STEPS.filter((_, i) => (stages[i] ?? 0) <= stage("chromium")).map(([name]) => name),
    ).toEqual(["chromium"]);
    expect(stage("docs")).toBeLessThan(stage("vitest"));
    // stages in order: a step never comes before one of an earlier stage
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
  });
});

describe("the Chromium finder", () => {
  const dir = mkdtempSync(join(tmpdir(), "bedrock-chromium-"));
  const fake = (path: string) => {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, "");
    return path;
  };

  it("takes CHROME_PATH, and only it, when set", () => {
    const path = fake(join(dir, "custom/chrome"));
    expect(findChromium({ env: { CHROME_PATH: path, PATH: "/usr/bin" } })).toEqual({ path });
    const missing = findChromium({ env: { CHROME_PATH: join(dir, "nope"), PATH: "/usr/bin" } });
    expect(missing.problem).toContain("CHROME_PATH");
  });

  it("finds a Chromium-family browser on PATH", () => {
    const path = fake(join(dir, "bin/google-chrome"));
    expect(findChromium({ env: { PATH: `/nonexistent:${join(dir, "bin")}` } })).toEqual({ path });
  });

  it("finds Chrome where Windows installs it", () => {
    const path = fake(join(dir, "Program Files/Google/Chrome/Application/chrome.exe"));
    const env = { PATH: "", PROGRAMFILES: join(dir, "Program Files") };
    expect(findChromium({ env, platform: "win32" })).toEqual({ path });
  });

  it("says in one line how to get one when there is none", () => {
    const { path, problem } = findChromium({ env: { PATH: join(dir, "empty") } });
    expect(path).toBeUndefined();
    expect(problem).toBe(`No Chromium-family browser found: ${howToGetOne()}.`);
    expect(problem).not.toContain("\n");
    expect(problem).toContain("apt-get install chromium");
  });
});
