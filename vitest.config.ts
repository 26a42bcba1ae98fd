import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Suites whose files share a worker's module cache (`isolate: false`): each file re-importing
 * the SDK and the stub cost more than its tests (43 s of 53 s CPU for these two directories).
 * Their files leave no global state behind (timers, env and mocks are restored after each).
 */
const SHARED_MODULES = ["test/stub/**/*.test.ts", "test/unit/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, which then
    // idles while a file waits on a child process (packing, a sample, a server). One per core.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { extends: true, test: { name: "shared", include: SHARED_MODULES, isolate: false } },
      {
        extends: true,
        test: { name: "isolated", include: ["test/**/*.test.ts"], exclude: SHARED_MODULES },
      },
    ],
  },
});
