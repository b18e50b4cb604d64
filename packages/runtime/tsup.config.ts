import { defineConfig } from "tsup";

export default defineConfig({
  // The main entry stays free of the test kit: `testing` (the mock, for msw and tests) and
  // `mock-server` (the mock over node:http) are their own entries.
  entry: ["src/index.ts", "src/testing.ts", "src/mock-server.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
