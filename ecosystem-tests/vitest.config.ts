import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packs the published packages once per run, for every test file.
    globalSetup: ["test/global-setup.ts"],
    // `npm install` from the registry and `tsc` in a consumer take seconds, not milliseconds;
    // a cold npm cache on a slow mirror takes longer still.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
