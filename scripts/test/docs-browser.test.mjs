// @ts-check
// The docs in a real browser: Debian's Chromium driven by playwright-core, the site
// served from a local static server. Each page loads without console errors and
// without a request leaving the local server, and axe-core finds no serious or critical
// accessibility violation on it; each reference page's sidebar lists every operation of
// its spec and its concept sections, which the search finds; the landing page's links
// resolve. Screenshots go to .artifacts/screenshots/ (gitignored), at desktop and
// mobile widths.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromiumLaunchOptions } from "@specbound/testkit";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory } from "../lib/static-server.mjs";
import { APIS, builtSpec, operationsOf, pageDefinition, site } from "./site-files.mjs";
import { repoRoot } from "./spec-copy.mjs";

const screenshots = path.join(repoRoot, ".artifacts", "screenshots");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** The impacts that fail the test; minor and moderate ones are Redoc's layout (landmarks). */
const BLOCKING = ["serious", "critical"];

/**
 * axe-core's violations of `page` as it is now, of the impacts that block, one line each.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<string[]>}
 */
async function accessibilityViolations(page) {
  await page.addScriptTag({ content: AXE });
  /** @type {{ id: string, impact: string, targets: string[] }[]} */
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is the global the script above defines.
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((/** @type {any} */ n) => n.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => BLOCKING.includes(v.impact))
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(", ")}`);
}

/** @type {import("playwright-core").Browser} */
let browser;
/** @type {{ url: string, close(): Promise<void> }} */
let server;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  server = await serveDirectory(site);
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a page in a fresh context and records what it asks for and complains about.
 * @param {string} pathname
 */
async function open(pathname, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // Generous: the pages are large, and CI runs this beside other suites on two cores.
  page.setDefaultTimeout(60_000);
  /** @type {string[]} */
  const outside = [];
  /** @type {string[]} */
  const errors = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !/^(data|blob|about):/.test(url)) outside.push(url);
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/${pathname}`, { waitUntil: "networkidle" });
  return { page, context, outside, errors };
}

const SIDEBAR_ITEM = '[data-testid="menu-item-label"]';

describe("the docs in Chromium", () => {
  it("landing page: loads clean and every link resolves", async () => {
    const { page, context, outside, errors } = await open("index.html");
    await page.screenshot({ path: path.join(screenshots, "index.png"), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    const links = await page.$$eval("a[href]", (as) =>
      as.map((a) => /** @type {HTMLAnchorElement} */ (a).href),
    );
    const local = links.filter((href) => href.startsWith(server.url));
    expect(local.length).toBe(APIS.length * 3);
    for (const href of local) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    // The README and changelog of each package, on GitHub.
    expect(links.filter((href) => href.startsWith("https://github.com/"))).toHaveLength(
      APIS.length * 2,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it("finds an accessibility violation (the check can fail)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<html lang="en"><title>t</title><main><p style="color:#b45309;background:#3b3c45">Inferred</p><img src="data:,"></main></html>',
    );
    const found = await accessibilityViolations(page);
    expect(found.map((line) => line.split(":")[0])).toEqual([
      "serious color-contrast",
      "critical image-alt",
    ]);
    await context.close();
  });

  it.each(APIS.map((api) => [api, `${api}/index.html`]).concat([["index", "index.html"]]))(
    "%s at a phone's width: no serious violation, and a screenshot",
    async (name, pathname) => {
      const { page, context, errors } = await open(pathname, { width: 390, height: 844 });
      await page.screenshot({ path: path.join(screenshots, `${name}-mobile.png`) });
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );

  describe.each(APIS)("%s reference page", (api) => {
    const spec = builtSpec(api);
    const operations = operationsOf(spec);

    it("loads clean, lists every operation in its sidebar and finds one by its summary", async () => {
      const { page, context, outside, errors } = await open(`${api}/index.html`);
      await page.waitForSelector(SIDEBAR_ITEM);

      // The sidebar shows one tag group's operations at a time: open each in turn and
      // collect what it lists, keyed by link (an operation with two tags has two).
      /** @type {Map<string, string>} */
      const entries = new Map();
      for (const tag of spec.tags ?? []) {
        await page
          .locator(SIDEBAR_ITEM, { hasText: new RegExp(`^${tag.name}$`) })
          .first()
          .click();
        // The group opens after the click: wait until it shows links not seen before
        // (each group's links are its own, even for an operation with two tags).
        const sizeBefore = entries.size;
        for (let tries = 0; tries < 100 && entries.size === sizeBefore; tries++) {
          const visible = await page.$$eval(`a:has(> ${SIDEBAR_ITEM} .tag-http)`, (links) =>
            links.map((a) => [
              a.getAttribute("href") ?? "",
              `${a.querySelector(".tag-http")?.textContent?.trim()} ${a.querySelector("[data-text]")?.getAttribute("data-text")}`.toLowerCase(),
            ]),
          );
          for (const [href = "", entry = ""] of visible) entries.set(href, entry);
          if (entries.size === sizeBefore) await page.waitForTimeout(100);
        }
      }
      const listed = new Set(entries.values());
      const key = (/** @type {{ method: string, operation: any }} */ o) =>
        `${o.method} ${o.operation.summary}`.toLowerCase();
      const expected = new Set(operations.map(key));
      // Webhooks (events the API sends) are listed too, apart from the operations.
      const webhooks = new Set(operationsOf(spec, "webhooks").map(key));
      expect([...listed].sort()).toEqual([...expected, ...webhooks].sort());
      expect([...listed].filter((entry) => !webhooks.has(entry))).toHaveLength(operations.length);
      // An operation with two tags is listed under both.
      expect(entries.size).toBe(
        operations.reduce((n, o) => n + (o.operation.tags?.length ?? 1), 0) + webhooks.size,
      );
      await page.screenshot({ path: path.join(screenshots, `${api}.png`) });
      expect(await accessibilityViolations(page)).toEqual([]);

      // The concept sections head the sidebar, and the search finds them.
      const labels = await page.$$eval(SIDEBAR_ITEM, (items) =>
        items.map((item) => item.textContent?.trim() ?? ""),
      );
      const concepts = pageDefinition(api)
        .tags.filter((/** @type {any} */ tag) => tag["x-traitTag"])
        .map((/** @type {any} */ tag) => tag.name);
      expect(labels.slice(1, 1 + concepts.length)).toEqual(concepts);

      // An operation's page shows its TypeScript sample, and an inferred operation says so.
      const shown =
        operations.find((o) => o.operation["x-provenance"] === "inferred") ?? operations[0];
      const group = shown?.operation.tags?.[0];
      await page
        .locator(SIDEBAR_ITEM, { hasText: new RegExp(`^${group}$`) })
        .first()
        .click();
      await page
        .locator(`a:has(> ${SIDEBAR_ITEM} [data-text="${shown?.operation.summary}"])`)
        .first()
        .click();
      const factory = `create${api.charAt(0).toUpperCase()}${api.slice(1)}Client(`;
      await page.locator("pre", { hasText: factory }).first().waitFor({ state: "visible" });
      if (shown?.operation["x-provenance"] === "inferred") {
        await page
          .getByText(/^Inferred: /)
          .first()
          .waitFor({ state: "visible" });
        await page
          .locator("h1, h2")
          .filter({ hasText: shown.operation.summary })
          .getByText("Inferred")
          .first()
          .waitFor();
      }
      await page.screenshot({ path: path.join(screenshots, `${api}-operation.png`) });
      expect(await accessibilityViolations(page)).toEqual([]);

      const target = operations[operations.length - 1]?.operation.summary;
      await page
        .getByText(/^Search/)
        .first()
        .click();
      await page.keyboard.type(target);
      const hit = page
        .locator('[data-component-name="Search/SearchItem"]')
        .filter({ hasText: target })
        .first();
      await hit.waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(screenshots, `${api}-search.png`) });

      // A concept a reader looks for by name: "pagination", "authentication".
      for (const concept of ["Pagination", "Authentication"]) {
        await page.keyboard.press("Control+A");
        await page.keyboard.type(concept.toLowerCase());
        await page
          .locator('[data-component-name="Search/SearchItem"]')
          .filter({ hasText: new RegExp(`^${concept}`) })
          .first()
          .waitFor({ timeout: 10_000 });
      }

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 240_000);
  });
});
