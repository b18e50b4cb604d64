#!/usr/bin/env node
// @ts-check
// Writes site/index.html, the landing page: both APIs with their version, operation
// count and provenance, links to their reference pages and bundled specs, and a quick
// start per client (install from the repository, a first call, its README and
// changelog). Reads what build-docs.mjs wrote to site/<api>/. Self-contained: inline
// CSS, nothing loaded from elsewhere. Written with its .gz and .br forms, and writes the
// shared Redoc runtime too, so this task's outputs hold all of site/ but the API folders.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readApis } from "./lib/apis.mjs";
import { BADGE_COLORS, INFERRED_BADGE_CSS, INFERRED_BADGE_HTML } from "./lib/provenance-badges.mjs";
import { packageLinks, quickStart } from "./lib/quick-start.mjs";
import { redocRuntime, writeRedocRuntime } from "./lib/redoc-runtime.mjs";
import { writeSiteFile } from "./lib/site-files.mjs";
import { operationsOf } from "./lib/spec-walk.mjs";

const { values } = parseArgs({
  options: {
    root: { type: "string", default: path.resolve(import.meta.dirname, "..") },
    out: { type: "string" },
  },
});
const root = path.resolve(values.root);
const site = path.resolve(values.out ?? path.join(root, "site"));

/** @param {string} text */
const html = (text) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

const { version: runtimeVersion } = JSON.parse(
  readFileSync(path.join(root, "packages", "runtime", "package.json"), "utf8"),
);
const cards = readApis(root).map((api) => {
  /** @type {Record<string, any>} */
  const spec = JSON.parse(readFileSync(path.join(site, api.name, "openapi.json"), "utf8"));
  const { version } = JSON.parse(readFileSync(path.join(api.packageDir, "package.json"), "utf8"));
  const operations = operationsOf(spec).map((o) => o.operation);
  const inferred = operations.filter((o) => o["x-provenance"] === "inferred").length;
  const provenance =
    inferred > 0
      ? `<p class="note">${operations.length - inferred} documented by the vendor's reference, ${inferred} inferred from its conventions, marked ${INFERRED_BADGE_HTML} in the reference.</p>`
      : "";
  const { install, firstCall } = quickStart(api.client, version, runtimeVersion);
  const links = packageLinks(api.name);
  return `
    <section class="api" data-api="${api.name}" aria-labelledby="${api.name}-title">
      <h2 id="${api.name}-title">${html(spec.info.title)} <span class="version">v${html(spec.info.version)}</span></h2>
      <p>${html(spec.info.summary ?? "")}</p>
      <p class="count"><strong data-operations="${operations.length}">${operations.length}</strong> operations</p>
      ${provenance}
      <ul>
        <li><a href="${api.name}/index.html">API reference</a></li>
        <li>OpenAPI 3.1: <a href="${api.name}/openapi.yaml">openapi.yaml</a> · <a href="${api.name}/openapi.json">openapi.json</a></li>
      </ul>
      <h3>Quick start: <code>${api.client.packageName}</code> ${html(version)}</h3>
      <pre><code class="language-sh">${html(install)}</code></pre>
      <pre><code class="language-ts">${html(firstCall)}</code></pre>
      <p><a href="${links.readme}">README</a> (options, filters, pagination, errors) · <a href="${links.changelog}">Changelog</a></p>
    </section>`;
});

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Specbound API docs</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { max-width: 60rem; margin: 0 auto; padding: 2rem 1rem; }
  header p { max-width: 45rem; }
  main { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); }
  .api { border: 1px solid #8884; border-radius: 0.5rem; padding: 1rem 1.25rem; min-width: 0; }
  .version { font-size: 0.8em; font-weight: normal; }
  h3 { font-size: 1rem; margin-top: 1.5rem; }
  pre { background: #8881; padding: 0.5rem 0.75rem; border-radius: 0.25rem; overflow-x: auto; font-size: 0.85em; }
  pre:focus { outline: 2px solid ${BADGE_COLORS.border}; }
  ${INFERRED_BADGE_CSS}
</style>
</head>
<body>
<header>
  <h1>Specbound API docs</h1>
  <p>Reference documentation for two APIs, generated from hand-written OpenAPI 3.1 specs. Every
  operation shows a TypeScript call through the typed client and the same request as curl.
  The pages work offline: nothing is loaded from anywhere else.</p>
</header>
<main>${cards.join("\n")}
</main>
</body>
</html>
`;
// Scrollable code blocks take keyboard focus (axe: scrollable-region-focusable).
writeSiteFile(path.join(site, "index.html"), page.replaceAll("<pre>", '<pre tabindex="0">'));
writeRedocRuntime(site, redocRuntime(root));
console.log(`✓ ${path.relative(root, path.join(site, "index.html"))}`);
