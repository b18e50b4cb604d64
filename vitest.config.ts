import { defineConfig } from "vitest/config";

// One run over every package's tests, so `pnpm test` ends with a single summary.
// Each project keeps its own vitest config; `turbo run test` runs them one by one.
export default defineConfig({
  test: {
    projects: [
      "packages/runtime",
      "packages/prepr",
      "packages/preo",
      "packages/testkit",
      "scripts",
      "ecosystem-tests",
    ],
  },
});
