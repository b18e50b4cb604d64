#!/usr/bin/env node
// @ts-check
// Generates packages/<api>/src/generated/ from specs/<api>/: lint, bundle, then
// openapi-typescript types (schema.ts), the spec facts the runtime reads (spec-meta.ts),
// and the bundled spec itself (openapi.json), which the package's test kit validates
// requests against and answers from. Deterministic, atomic, and all-or-nothing per API: a spec that does
// not lint leaves the last good output untouched.
//
//   node scripts/generate.mjs [api ...] [--check] [--root <dir>]
//
// --check writes nothing and fails, naming each stale file, when the committed output
// differs from what the spec produces (the drift check CI runs).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { selectApis } from "./lib/apis.mjs";
import { writeFileAtomic } from "./lib/atomic-write.mjs";
import { loadSpec, SpecError } from "./lib/load-spec.mjs";
import { renderMeta } from "./lib/render-meta.mjs";
import { renderTypes } from "./lib/render-types.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    check: { type: "boolean", default: false },
    root: { type: "string", default: path.resolve(import.meta.dirname, "..") },
  },
});
const root = path.resolve(values.root);

/**
 * @param {string} specPath  spec path relative to the root
 * @param {string} hash
 */
function banner(specPath, hash) {
  return [
    `// Generated from ${specPath} by scripts/generate.mjs. Do not edit: change the spec`,
    "// and run `pnpm generate`.",
    `// Spec content hash: sha256:${hash}`,
    "",
    "",
  ].join("\n");
}

/**
 * @param {import("./lib/apis.mjs").Api} api
 * @returns {Promise<Map<string, string>>} absolute file path → content
 */
async function render(api) {
  const document = await loadSpec(api, root);
  const hash = createHash("sha256").update(JSON.stringify(document)).digest("hex");
  const head = banner(path.relative(root, api.spec).split(path.sep).join("/"), hash);
  return new Map([
    [path.join(api.generatedDir, "schema.ts"), head + (await renderTypes(document))],
    [path.join(api.generatedDir, "spec-meta.ts"), head + renderMeta(document)],
    // JSON has no comments for a banner; the test kit's mock needs the spec as it is.
    [path.join(api.generatedDir, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`],
  ]);
}

let failed = false;
for (const api of selectApis(root, positionals)) {
  let files;
  try {
    files = await render(api);
  } catch (error) {
    failed = true;
    console.error(`✗ ${api.name}: ${error instanceof SpecError ? error.message : error}`);
    console.error(`  ${path.relative(root, api.generatedDir)} is left as it was.`);
    continue;
  }
  for (const [file, content] of files) {
    const relative = path.relative(root, file);
    const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (values.check) {
      if (current !== content) {
        failed = true;
        console.error(
          `✗ ${relative} is stale: it differs from what ${path.relative(root, api.spec)} produces. Run \`pnpm generate\` and commit the result.`,
        );
      }
    } else if (current !== content) {
      writeFileAtomic(file, content);
      console.log(`✓ wrote ${relative}`);
    } else {
      console.log(`✓ ${relative} is up to date`);
    }
  }
}
if (values.check && !failed) console.log("✓ generated files match their specs");
process.exitCode = failed ? 1 : 0;
