#!/usr/bin/env node
// @ts-check
// Builds site/<api>/: the bundled spec with a TypeScript and a curl sample added to
// every operation (openapi.yaml, openapi.json), and its reference page (index.html),
// which loads the Redoc runtime shared by both pages from site/assets/. Every file is
// written with its .gz and .br forms beside it.
//
//   node scripts/build-docs.mjs <api> [--root <dir>] [--out <dir>]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringifyYaml } from "@redocly/openapi-core";
import { selectApis } from "./lib/apis.mjs";
import { addCodeSamples } from "./lib/code-samples.mjs";
import { loadSpec, SpecError } from "./lib/load-spec.mjs";
import { pageDocument } from "./lib/page-document.mjs";
import { addProvenanceBadges } from "./lib/provenance-badges.mjs";
import { RULES, shortenProvenance } from "./lib/provenance-notes.mjs";
import { localizePage } from "./lib/redoc-page.mjs";
import { redocRuntime, writeRedocRuntime } from "./lib/redoc-runtime.mjs";
import { writeSiteFile } from "./lib/site-files.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: "string", default: path.resolve(import.meta.dirname, "..") },
    out: { type: "string" },
  },
});
const root = path.resolve(values.root);
const site = path.resolve(values.out ?? path.join(root, "site"));
const redocly = path.join(import.meta.dirname, "..", "node_modules", ".bin", "redocly");
const runtime = redocRuntime(root);
writeRedocRuntime(site, runtime);

/**
 * The reference page for `document`, from `redocly build-docs` (Redoc 3, server-side
 * rendered, the spec inlined), with the runtime loaded from the site.
 * @param {Record<string, any>} document
 */
function renderPage(document) {
  const temp = mkdtempSync(path.join(os.tmpdir(), "specbound-docs-"));
  try {
    const spec = path.join(temp, "openapi.json");
    const output = path.join(temp, "index.html");
    writeFileSync(spec, JSON.stringify(document));
    const run = spawnSync(
      redocly,
      [
        "build-docs",
        spec,
        "--lint-config=off",
        // Explicit, so the reference-page options (code sample languages) apply from any cwd.
        `--config=${path.join(root, "redocly.yaml")}`,
        `--title=${document.info.title} ${document.info.version}`,
        `--output=${output}`,
      ],
      { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off" } },
    );
    if (run.status !== 0) throw new Error(`redocly build-docs failed\n${run.stdout}${run.stderr}`);
    return localizePage(readFileSync(output, "utf8"), {
      url: `../${runtime.sitePath}`,
      integrity: runtime.integrity,
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

for (const api of selectApis(root, positionals)) {
  let document;
  try {
    document = await loadSpec(api, root);
  } catch (error) {
    console.error(`✗ ${api.name}: ${error instanceof SpecError ? error.message : error}`);
    process.exitCode = 1;
    continue;
  }
  addCodeSamples(document, api.client);
  addProvenanceBadges(document);
  shortenProvenance(document, RULES[api.name] ?? []);
  const dir = path.join(site, api.name);
  try {
    const page = renderPage(pageDocument(document, api.name));
    writeSiteFile(path.join(dir, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`);
    writeSiteFile(path.join(dir, "openapi.yaml"), stringifyYaml(document, { lineWidth: -1 }));
    writeSiteFile(path.join(dir, "index.html"), page);
  } catch (error) {
    console.error(`✗ ${api.name}: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
    continue;
  }
  console.log(`✓ ${path.relative(root, dir)}/ (index.html, openapi.yaml, openapi.json)`);
}
