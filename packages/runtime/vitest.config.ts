import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The pagination memory test measures the heap after explicit collections.
    execArgv: ["--expose-gc"],
  },
});
