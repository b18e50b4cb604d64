// @ts-check
// The Redoc runtime both reference pages load: the file @redocly/cli's build-docs would
// load from its CDN, served instead from the site itself as one content-hashed file
// (`assets/redoc.standalone.<hash>.js`). Both pages share it, so a browser downloads it
// once and caches it for good. The one change to it: Redocly's logo, which it would
// fetch from their CDN, is an inline SVG, so nothing is loaded from elsewhere.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { inlineLogo } from "./redoc-page.mjs";
import { writeSiteFile } from "./site-files.mjs";

export const ASSETS_DIR = "assets";
const NAME = /^redoc\.standalone\.[0-9a-f]{12}\.js(\.gz|\.br)?$/;

/**
 * The runtime's bytes and its site path, from the @redocly/cli the root installs.
 * @param {string} root  repository root
 */
export function redocRuntime(root) {
  const require = createRequire(path.join(root, "package.json"));
  const cli = path.dirname(require.resolve("@redocly/cli/package.json"));
  const original = readFileSync(path.join(cli, "lib", "chunks", "redoc.standalone.js"), "utf8");
  const bytes = Buffer.from(inlineLogo(original));
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
  // The page's modulepreload checks it (Subresource Integrity).
  const integrity = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  return { bytes, integrity, sitePath: `${ASSETS_DIR}/redoc.standalone.${hash}.js` };
}

/**
 * Writes the runtime into `site/assets/` (with its compressed forms) and removes the
 * runtimes of earlier builds, which no page names any more.
 * @param {string} site @param {{ bytes: Buffer, sitePath: string }} runtime
 */
export function writeRedocRuntime(site, runtime) {
  const dir = path.join(site, ASSETS_DIR);
  const keep = path.basename(runtime.sitePath);
  for (const name of safeReaddir(dir)) {
    if (NAME.test(name) && !name.startsWith(keep)) rmSync(path.join(dir, name), { force: true });
  }
  writeSiteFile(path.join(site, runtime.sitePath), runtime.bytes);
}

/** @param {string} dir */
function safeReaddir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
