// @ts-check
// Static checks of the built site: the landing page names both APIs with their version
// and operation count, and no page references an outside resource a browser would load
// on open (links a reader clicks may point anywhere).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APIS, builtSpec, operationsOf, site } from "./site-files.mjs";

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(path.join(dir, entry.name))
      : entry.name.endsWith(".html")
        ? [path.join(dir, entry.name)]
        : [],
  );
}

// Places where a URL is fetched on load: elements' src, stylesheet/icon/preload links,
// CSS url() and @import, and asset URLs (images, scripts, fonts) as strings in scripts.
const LOADED = [
  /<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /<link\b[^>]*\brel\s*=\s*["']?(?:stylesheet|icon|preload|modulepreload|prefetch|manifest)[^>]*\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /url\(\s*["']?(https?:\/\/[^"')\s]+)/gi,
  /@import\s+["'](https?:\/\/[^"']+)/gi,
  /["'`](https?:\/\/[^"'`\s]+\.(?:svg|png|jpe?g|gif|webp|ico|js|mjs|css|woff2?|ttf|otf))["'`]/gi,
];

describe("the built site", () => {
  it("has the landing page, both reference pages and the bundled specs", () => {
    for (const api of APIS) {
      expect(readdirSync(path.join(site, api)).sort()).toEqual([
        "index.html",
        "openapi.json",
        "openapi.yaml",
      ]);
    }
    expect(readdirSync(site)).toContain("index.html");
  });

  it.each(APIS)("names %s on the landing page with its version and operation count", (api) => {
    const landing = readFileSync(path.join(site, "index.html"), "utf8");
    const spec = builtSpec(api);
    const section = landing.slice(landing.indexOf(`data-api="${api}"`));
    expect(section).toContain(spec.info.title);
    expect(section).toContain(`v${spec.info.version}`);
    expect(section).toContain(`data-operations="${operationsOf(spec).length}"`);
    for (const href of [`${api}/index.html`, `${api}/openapi.yaml`, `${api}/openapi.json`]) {
      expect(section).toContain(`href="${href}"`);
    }
  });

  it("loads nothing from outside on open", () => {
    const found = htmlFiles(site).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return LOADED.flatMap((pattern) =>
        [...text.matchAll(pattern)].map((m) => `${path.relative(site, file)}: ${m[1]}`),
      );
    });
    expect(found).toEqual([]);
  });

  it("catches an outside resource (the check can fail)", () => {
    const page =
      '<link rel="stylesheet" href="https://fonts.example/x.css"><img src="https://cdn.example/logo.svg">';
    const found = new Set(LOADED.flatMap((p) => [...page.matchAll(p)].map((m) => m[1])));
    expect([...found].sort()).toEqual([
      "https://cdn.example/logo.svg",
      "https://fonts.example/x.css",
    ]);
  });
});
