import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, which then
    // idles while a file waits on a child process (packing, a sample, a server). One per core.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
