// @ts-check
// Static checks of the built site: the landing page names both APIs with their version
// and operation count; no page references an outside resource a browser would load on
// open (links a reader clicks may point anywhere); every file has its .gz and .br forms;
// both reference pages share one Redoc runtime, so the second costs at most
// SECOND_PAGE_BUDGET of new compressed bytes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { APIS, builtSpec, operationsOf, pageHtml, site } from "./site-files.mjs";

/** Bytes, gzip, a reader's browser downloads for the second reference page. */
const SECOND_PAGE_BUDGET = 150_000;

/** @param {string} dir @returns {string[]} every file under `dir`, relative to the site */
function siteFiles(dir = site) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? siteFiles(path.join(dir, entry.name))
      : [path.relative(site, path.join(dir, entry.name))],
  );
}
const htmlFiles = () =>
  siteFiles()
    .filter((f) => f.endsWith(".html"))
    .map((f) => path.join(site, f));

// Places where a URL is fetched on load: elements' src, stylesheet/icon/preload links,
// CSS url() and @import, and asset URLs (images, scripts, fonts) as strings in scripts.
const LOADED = [
  /<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /<link\b[^>]*\brel\s*=\s*["']?(?:stylesheet|icon|preload|modulepreload|prefetch|manifest)[^>]*\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /url\(\s*["']?(https?:\/\/[^"')\s]+)/gi,
  /@import\s+["'](https?:\/\/[^"']+)/gi,
  /["'`](https?:\/\/[^"'`\s]+\.(?:svg|png|jpe?g|gif|webp|ico|js|mjs|css|woff2?|ttf|otf))["'`]/gi,
  /\bfrom\s+["'](https?:\/\/[^"']+)/gi,
];

/**
 * The local files a page loads by itself (module imports and preloads, scripts,
 * stylesheets), as site paths.
 * @param {string} page  site path of the page @param {string} html
 */
function loadedFiles(page, html) {
  const refs = [
    ...html.matchAll(/<link\b[^>]*\bhref="([^"]+\.(?:js|css))"/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/\bfrom\s+"([^"]+\.js)"/g),
  ].map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(page), String(m[1]))));
  return [...new Set(refs)];
}

/**
 * What a browser downloads for `second` after `first`, with what it cached from
 * `first`: the page and each file it loads that `first` did not, as their .gz sizes.
 * @param {Record<string, string>} pages  site path → HTML @param {string} first
 * @param {string} second @param {(file: string) => number} gzipSize
 */
function newBytes(pages, first, second, gzipSize) {
  const cached = new Set(loadedFiles(first, pages[first] ?? ""));
  const fresh = loadedFiles(second, pages[second] ?? "").filter((f) => !cached.has(f));
  return [second, ...fresh].reduce((sum, file) => sum + gzipSize(file), 0);
}

const gzipOnDisk = (/** @type {string} */ file) => statSync(path.join(site, `${file}.gz`)).size;

describe("the built site", () => {
  it("has the landing page, both reference pages, the bundled specs and the runtime", () => {
    for (const api of APIS) {
      expect(readdirSync(path.join(site, api)).sort()).toEqual(
        ["index.html", "openapi.json", "openapi.yaml"].flatMap((f) => [f, `${f}.br`, `${f}.gz`]),
      );
    }
    expect(readdirSync(site)).toContain("index.html");
    expect(readdirSync(path.join(site, "assets")).filter((f) => f.endsWith(".js"))).toHaveLength(1);
  });

  it("writes every file's .gz and .br forms, each the file's bytes", () => {
    const originals = siteFiles().filter((f) => !/\.(gz|br)$/.test(f));
    expect(originals.length).toBeGreaterThan(7);
    for (const file of originals) {
      const bytes = readFileSync(path.join(site, file));
      expect(gunzipSync(readFileSync(path.join(site, `${file}.gz`))).equals(bytes), file).toBe(
        true,
      );
      expect(
        brotliDecompressSync(readFileSync(path.join(site, `${file}.br`))).equals(bytes),
        file,
      ).toBe(true);
    }
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
    expect(section).toContain(
      `href="https://github.com/specbound/specbound/blob/main/packages/${api}/CHANGELOG.md"`,
    );
    expect(section).not.toMatch(/npm install @specbound/);
  });

  it.each(APIS)("links the %s page back to the landing page and to its bundle", (api) => {
    const html = pageHtml(api);
    for (const href of ["../index.html", "openapi.json", "openapi.yaml"]) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it("loads nothing from outside on open", () => {
    const found = htmlFiles().flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return LOADED.flatMap((pattern) =>
        [...text.matchAll(pattern)].map((m) => `${path.relative(site, file)}: ${m[1]}`),
      );
    });
    expect(found).toEqual([]);
  });

  it("catches an outside resource (the check can fail)", () => {
    const page =
      '<link rel="stylesheet" href="https://fonts.example/x.css"><img src="https://cdn.example/logo.svg"><script type="module">import { hydrate } from "https://cdn.example/r.js";</script>';
    const found = new Set(LOADED.flatMap((p) => [...page.matchAll(p)].map((m) => m[1])));
    expect([...found].sort()).toEqual([
      "https://cdn.example/logo.svg",
      "https://cdn.example/r.js",
      "https://fonts.example/x.css",
    ]);
  });

  it("loads one shared Redoc runtime on both reference pages, and no other file", () => {
    const [first = [], second = []] = APIS.map((api) =>
      loadedFiles(`${api}/index.html`, pageHtml(api)),
    );
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^assets\/redoc\.standalone\.[0-9a-f]{12}\.js$/);
    expect(second).toEqual(first);
  });

  it(`costs at most ${SECOND_PAGE_BUDGET / 1000} KB gzip of new bytes for the second reference page`, () => {
    const pages = Object.fromEntries(APIS.map((api) => [`${api}/index.html`, pageHtml(api)]));
    const [first, second] = APIS.map((api) => `${api}/index.html`);
    for (const [a, b] of [
      [first, second],
      [second, first],
    ]) {
      const bytes = newBytes(pages, String(a), String(b), gzipOnDisk);
      expect(bytes, `${b} after ${a}`).toBeLessThanOrEqual(SECOND_PAGE_BUDGET);
    }
  });

  it("counts a file the first page did not load as new (the budget can fail)", () => {
    const pages = {
      "a/index.html": '<script type="module">import { x } from "../assets/r.js";</script>',
      "b/index.html": '<script type="module">import { x } from "../assets/s.js";</script>',
    };
    const sizes = /** @type {Record<string, number>} */ ({
      "b/index.html": 70_000,
      "assets/r.js": 650_000,
      "assets/s.js": 650_000,
    });
    expect(newBytes(pages, "a/index.html", "b/index.html", (f) => sizes[f] ?? 0)).toBe(720_000);
    pages["b/index.html"] = pages["a/index.html"];
    expect(newBytes(pages, "a/index.html", "b/index.html", (f) => sizes[f] ?? 0)).toBe(70_000);
  });
});
