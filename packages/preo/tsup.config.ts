import { defineConfig } from "tsup";

export default defineConfig({
  // `testing` (msw handlers and the mock) and `mock-cli` (the `preo-mock` bin) are their
  // own entries, so the main entry's bytes and dependencies do not change; the spec the
  // mock validates against is bundled into them.
  entry: ["src/index.ts", "src/testing.ts", "src/mock-cli.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
