#!/usr/bin/env node
// @ts-check
// Builds site/<api>/: the bundled spec with a TypeScript and a curl sample added to
// every operation (openapi.yaml, openapi.json), and a self-contained reference page
// (index.html, Redoc inlined: no CDN, no web fonts).
//
//   node scripts/build-docs.mjs <api> [--root <dir>] [--out <dir>]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringifyYaml } from "@redocly/openapi-core";
import { selectApis } from "./lib/apis.mjs";
import { writeFileAtomic } from "./lib/atomic-write.mjs";
import { addCodeSamples } from "./lib/code-samples.mjs";
import { loadSpec, SpecError } from "./lib/load-spec.mjs";
import { addProvenanceBadges } from "./lib/provenance-badges.mjs";

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

// Redoc's inlined bundle still shows Redocly's logo from their CDN, and the page has no
// icon, so browsers ask the server for /favicon.ico. Both are requests a page that must
// work offline or behind a strict firewall may not make: the logo becomes an inline
// SVG (the attribution link stays) and the icon an empty inline one.
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="currentColor">Redocly</text></svg>',
)}`;

/** @param {string} html */
function selfContained(html) {
  const inlined = html
    .replaceAll("https://cdn.redoc.ly/redoc/logo-mini-full.svg", LOGO)
    .replaceAll("https://cdn.redoc.ly/redoc/logo-mini.svg", LOGO);
  return inlined.replace("<head>", '<head>\n  <link rel="icon" href="data:,">');
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
  const dir = path.join(site, api.name);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(path.join(dir, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`);
  writeFileAtomic(path.join(dir, "openapi.yaml"), stringifyYaml(document, { lineWidth: -1 }));
  const page = spawnSync(
    redocly,
    [
      "build-docs",
      path.join(dir, "openapi.yaml"),
      "--inlineBundle",
      "--lint-config=off",
      // Explicit, so the reference-page options (code sample languages) apply from any cwd.
      `--config=${path.join(root, "redocly.yaml")}`,
      `--title=${document.info.title} ${document.info.version}`,
      `--output=${path.join(dir, "index.html")}`,
    ],
    { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off" } },
  );
  if (page.status !== 0) {
    console.error(`✗ ${api.name}: redocly build-docs failed\n${page.stdout}${page.stderr}`);
    process.exitCode = 1;
    continue;
  }
  const pagePath = path.join(dir, "index.html");
  writeFileAtomic(pagePath, selfContained(readFileSync(pagePath, "utf8")));
  console.log(`✓ ${path.relative(root, dir)}/ (index.html, openapi.yaml, openapi.json)`);
}
