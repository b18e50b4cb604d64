// @ts-check
// Post-processing of the page `redocly build-docs` writes (without --inlineBundle): the
// runtime it would load from Redocly's CDN comes from the site's shared asset instead
// (its integrity hash with it), and the two other outside requests it makes (Redocly's
// logo, the browser's /favicon.ico) become inline data. Each replacement must find what
// it replaces, so a new Redoc that renders differently fails the build instead of
// loading from outside. The page also gets the style of the "Inferred" badge and the
// contrast fixes of page-contrast.mjs.

import { PAGE_CONTRAST_CSS } from "./page-contrast.mjs";
import { INFERRED_BADGE_CSS } from "./provenance-badges.mjs";

/** Where @redocly/cli's build-docs loads the runtime from (same version as the file). */
const CDN_RUNTIME = /https:\/\/cdn\.redocly\.com\/redoc\/v[\d.]+\/bundles\/redoc\.standalone\.js/g;

// Redoc still shows Redocly's logo from their CDN: an inline SVG instead (the attribution
// link stays).
const LOGO_URLS = [
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
  "https://cdn.redoc.ly/redoc/logo-mini.svg",
];
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="currentColor">Redocly</text></svg>',
)}`;

/** @param {string} text  page or runtime, with Redocly's logo as an inline SVG */
export function inlineLogo(text) {
  let inlined = text;
  for (const url of LOGO_URLS) inlined = inlined.replaceAll(url, LOGO);
  return inlined;
}

const INTEGRITY = /integrity="sha384-[A-Za-z0-9+/=]+"/g;

/**
 * @param {string} html  the page as build-docs wrote it
 * @param {{ url: string, integrity: string }} runtime  the shared runtime, its URL
 *   relative to the page
 */
export function localizePage(html, runtime) {
  const runtimeRefs = html.match(CDN_RUNTIME) ?? [];
  // The `import { hydrate } from` of the page's script and its modulepreload link.
  if (runtimeRefs.length !== 2) {
    throw new Error(
      `expected the Redoc runtime's CDN URL twice (import and modulepreload), found ${runtimeRefs.length}`,
    );
  }
  if ((html.match(INTEGRITY) ?? []).length !== 1) {
    throw new Error("expected one integrity attribute, the runtime's modulepreload");
  }
  const page = inlineLogo(
    html.replace(CDN_RUNTIME, runtime.url).replace(INTEGRITY, `integrity="${runtime.integrity}"`),
  );
  if (!page.includes("<head>")) throw new Error("the page has no <head>");
  return page.replace(
    "<head>",
    `<head>\n  <link rel="icon" href="data:,">\n  <style>${INFERRED_BADGE_CSS}\n${PAGE_CONTRAST_CSS}</style>`,
  );
}
