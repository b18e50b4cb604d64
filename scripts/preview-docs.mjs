#!/usr/bin/env node
// @ts-check
// Serves the built site (site/) on http://127.0.0.1:4173 until interrupted.
//   pnpm docs:preview [--port 4173]
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { serveDirectory } from "./lib/static-server.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "4173" } } });
const site = path.resolve(import.meta.dirname, "..", "site");
if (!existsSync(path.join(site, "index.html"))) {
  console.error("No site/ yet: run `pnpm build` (or `pnpm docs:build`) first.");
  process.exit(1);
}
const { url } = await serveDirectory(site, Number(values.port));
console.log(`Docs at ${url}/ (Prepr: ${url}/prepr/, Preo: ${url}/preo/). Ctrl+C to stop.`);
