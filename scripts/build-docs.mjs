#!/usr/bin/env node
// @ts-check
// Builds site/<api>/: the bundled spec (openapi.yaml, openapi.json) and a
// self-contained reference page (index.html, Redoc inlined: no CDN, no web fonts).
//
//   node scripts/build-docs.mjs <api> [--root <dir>] [--out <dir>]
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringifyYaml } from "@redocly/openapi-core";
import { selectApis } from "./lib/apis.mjs";
import { writeFileAtomic } from "./lib/atomic-write.mjs";
import { loadSpec, SpecError } from "./lib/load-spec.mjs";

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

for (const api of selectApis(root, positionals)) {
  let document;
  try {
    document = await loadSpec(api, root);
  } catch (error) {
    console.error(`✗ ${api.name}: ${error instanceof SpecError ? error.message : error}`);
    process.exitCode = 1;
    continue;
  }
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
  console.log(`✓ ${path.relative(root, dir)}/ (index.html, openapi.yaml, openapi.json)`);
}
