import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Once per run, for every test file: packs the published packages and installs the
    // runtimes (reused between runs while runtimes/package.json is unchanged).
    globalSetup: ["test/global-setup.ts"],
    // `npm install`, `tsc` and a browser launch take seconds, not milliseconds; a cold npm
    // cache on a slow mirror takes longer still.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
