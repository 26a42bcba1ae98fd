import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Suites whose files share a worker's module cache (`isolate: false`): each file re-importing
 * the SDK and the stub cost more than its tests (43 s of 53 s CPU for these two directories).
 * Their files leave no global state behind (timers, env and mocks are restored after each).
 */
const SHARED_MODULES = ["test/stub/**/*.test.ts", "test/unit/**/*.test.ts"];

/**
 * The files that take longest (builds, packs, child processes, thousands of requests), longest
 * first: they start at once, whatever vitest's cache of durations holds (none in a fresh clone,
 * where it would run them last for being short files), so no long one is left for the end.
 */
const LONGEST_FIRST = [
  "test/contract/fuzz.test.ts",
  "test/package/package.test.ts",
  "test/docs/site.test.ts",
  "test/docs/guide-runs.test.ts",
  "test/docs/samples.test.ts",
  "test/conformance/stub.test.ts",
  "test/package/contract-gate.test.ts",
  "test/conformance/mutants.test.ts",
  "test/contract/mock.test.ts",
  "test/stub/start.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const rank = (spec: TestSpecification) => {
      const index = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return index < 0 ? LONGEST_FIRST.length : index;
    };
    // a stable sort: the others keep vitest's order (failed first, then the longest last time)
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, which then
    // idles while a file waits on a child process (packing, a sample, a server). One per core.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongestFirst },
    projects: [
      { extends: true, test: { name: "shared", include: SHARED_MODULES, isolate: false } },
      {
        extends: true,
        test: { name: "isolated", include: ["test/**/*.test.ts"], exclude: SHARED_MODULES },
      },
    ],
  },
});
