// @ts-check
// The page build-docs writes, made local: the runtime from the site, its integrity hash
// with it, the logo inline, the badge's style; and a page that would still load from
// outside fails the build.
import { describe, expect, it } from "vitest";
import { localizePage } from "../lib/redoc-page.mjs";

const CDN = "https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js";
const PAGE = `<html><head><link rel="modulepreload" href="${CDN}" integrity="sha384-abc=" crossorigin="anonymous" /></head>
<body><img src="https://cdn.redoc.ly/redoc/logo-mini.svg"><script type="module">import { hydrate } from "${CDN}";</script></body></html>`;
const RUNTIME = { url: "../assets/redoc.standalone.0123456789ab.js", integrity: "sha384-xyz=" };

describe("localizePage", () => {
  it("loads the runtime from the site, with its own integrity hash, and nothing from outside", () => {
    const page = localizePage(PAGE, RUNTIME);
    expect(page).toContain(`href="${RUNTIME.url}" integrity="sha384-xyz="`);
    expect(page).toContain(`import { hydrate } from "${RUNTIME.url}"`);
    expect(page).not.toMatch(/https:\/\/cdn\./);
    expect(page).toContain('<link rel="icon" href="data:,">');
    expect(page).toContain(".tag-inferred");
  });

  it("fails when the runtime's URL is not where it expects it (a new Redoc)", () => {
    expect(() => localizePage(PAGE.replaceAll(CDN, "https://cdn.example/r.js"), RUNTIME)).toThrow(
      /CDN URL twice/,
    );
  });
});
