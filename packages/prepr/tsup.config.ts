import { defineConfig, type Options } from "tsup";

const common: Options = {
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
};

export default defineConfig([
  // The client: dist/, exactly what it was before the test kit existed.
  { ...common, entry: ["src/index.ts"] },
  // The test kit, in its own folder so the two builds never clean each other's output:
  // `mock` (the validating mock; no msw), `testing` (the mock and msw handlers) and
  // `mock-cli` (the `prepr-mock` bin). They share one chunk holding the spec they
  // validate against, in CommonJS too (tsup's splitting), instead of a copy each.
  {
    ...common,
    entry: ["src/testing.ts", "src/mock.ts", "src/mock-cli.ts"],
    outDir: "kit",
    splitting: true,
    // The maps would be mostly the embedded spec (800 kB); the kit's own code is small.
    sourcemap: false,
  },
]);
