import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  // openapi-fetch is ESM with a CommonJS build whose `exports.default` esbuild's
  // Node-mode interop would hide (`require()` users got "default is not a function").
  // Bundled in, the runtime calls it directly in both formats; it stays a dependency
  // for its types.
  noExternal: ["openapi-fetch"],
});
