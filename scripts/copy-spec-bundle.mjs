#!/usr/bin/env node
// @ts-check
// Puts an API's published bundle, site/<api>/openapi.json as the docs build wrote it, into
// its package as packages/<api>/openapi.json, byte for byte: one document, whether a tool
// reads it from the docs site or from npm. At the package's root, not in dist/, so the
// specifier `@specbound/<api>/openapi.json` (the `./openapi.json` export) and the path
// node_modules/@specbound/<api>/openapi.json that tools taking a file are given agree, and
// resolvers that ignore `exports` (TypeScript's node10) find it too. The package's `build`
// runs it; turbo runs the `docs` task first.
//
//   node scripts/copy-spec-bundle.mjs <api ...> [--root <dir>]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { selectApis } from "./lib/apis.mjs";
import { writeFileAtomic } from "./lib/atomic-write.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: "string", default: path.resolve(import.meta.dirname, "..") },
  },
});
const root = path.resolve(values.root);

for (const api of selectApis(root, positionals)) {
  const from = path.join(root, "site", api.name, "openapi.json");
  const to = path.join(api.packageDir, "openapi.json");
  if (!existsSync(from)) {
    console.error(
      `✗ ${api.name}: ${path.relative(root, from)} is missing: build the docs first ` +
        "(`pnpm build` does, in order)",
    );
    process.exitCode = 1;
    continue;
  }
  writeFileAtomic(to, readFileSync(from, "utf8"));
  console.log(`✓ ${path.relative(root, to)} (a copy of ${path.relative(root, from)})`);
}
