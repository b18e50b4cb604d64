// @ts-check
// What the docs say: each reference page opens with its concept sections (sidebar and
// search list trait tags), shows filter examples as they travel, names an assumed
// security scheme as such; the published bundle says provenance once per element; and
// every snippet of the landing page and of the concept sections compiles (TypeScript)
// or parses (shell).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { compileSnippets } from "@specbound/testkit";
import { describe, expect, it } from "vitest";
import { CONCEPT_SAMPLES } from "../lib/concept-samples.mjs";
import { RULES } from "../lib/provenance-notes.mjs";
import { APIS, builtSpec, pageDefinition, site } from "./site-files.mjs";

const CONCEPTS = {
  prepr: ["Authentication", "Errors", "Pagination", "Rate limits", "Filters", "Receiving webhooks"],
  preo: ["Inferred", "Authentication", "Errors", "Pagination", "Rate limits"],
};

/** @param {string} html @param {string} language @returns {string[]} */
function codeBlocks(html, language) {
  const pattern = new RegExp(`<code class="language-${language}">([\\s\\S]*?)</code>`, "g");
  return [...html.matchAll(pattern)].map((m) =>
    String(m[1])
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&quot;", '"')
      .replaceAll("&amp;", "&"),
  );
}

describe.each(APIS)("the %s reference page", (api) => {
  const page = pageDefinition(api);

  it("opens with its concept sections, as trait tags ahead of the operations' tags", () => {
    const traits = page.tags.filter((/** @type {any} */ t) => t["x-traitTag"]);
    expect(traits.map((/** @type {any} */ t) => t.name)).toEqual(CONCEPTS[api]);
    expect(page.tags.slice(0, traits.length)).toEqual(traits);
    for (const tag of traits) expect(tag.description.length, tag.name).toBeGreaterThan(200);
  });

  it("shows every bracket filter's examples in their wire form, not as JSON", () => {
    const filters = Object.values(page.components?.parameters ?? {})
      .concat(
        Object.values(page.paths).flatMap((/** @type {any} */ item) =>
          Object.values(item).flatMap((/** @type {any} */ op) => op.parameters ?? []),
        ),
      )
      .filter((/** @type {any} */ p) => p["x-query-encoding"] === "brackets");
    for (const filter of filters) {
      expect(filter.examples, filter.name).toBeUndefined();
      expect(filter.example, filter.name).toBeUndefined();
    }
    if (api === "prepr") {
      const status = page.paths["/publications"].get.parameters.find(
        (/** @type {any} */ p) => p.name === "status",
      );
      expect(status.description).toMatch(
        /as sent:\n\n```\n\?status\[0\]\[eq\]=To%20do\n&status\[0\]\[in\]\[0\]=Done\n/,
      );
    }
  });
});

it("names Preo's assumed bearer scheme as inferred on its page, and keeps it in the bundle", () => {
  expect(Object.keys(pageDefinition("preo").components.securitySchemes)).toEqual([
    "bearerAuth (inferred)",
  ]);
  expect(Object.keys(builtSpec("preo").components.securitySchemes)).toEqual(["bearerAuth"]);
});

describe("provenance in the published bundle", () => {
  /** @param {Record<string, any>} document @returns {string[]} every description sentence */
  function sentences(document) {
    /** @type {string[]} */
    const found = [];
    /** @param {unknown} node */
    const visit = (node) => {
      if (!node || typeof node !== "object") return;
      const { description } = /** @type {Record<string, unknown>} */ (node);
      if (typeof description === "string") {
        found.push(...description.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=[A-Z`"(])/));
      }
      for (const value of Object.values(node)) visit(value);
    };
    visit(document);
    return found;
  }

  it("carries none of the fixed provenance sentences, and every mark", () => {
    const preo = builtSpec("preo");
    const text = JSON.stringify(preo).replace(/\\n|\s+/g, " ");
    for (const { sentence } of RULES.preo ?? []) expect(text).not.toContain(sentence);
    const inferredOperations = Object.values(preo.paths).flatMap((/** @type {any} */ item) =>
      Object.values(item).filter((/** @type {any} */ op) => op["x-provenance"] === "inferred"),
    );
    expect(inferredOperations.length).toBeGreaterThan(70);
    for (const op of inferredOperations) expect(op.description).toMatch(/^Inferred\./);
  });

  // A bare mark ("Inferred.") is the short note that replaces a long one.
  const MARK = /^(Inferred|Illustrative)\.$|^Inferred from the operation's name\.$/;
  /** @param {string[]} all */
  const aboutSources = (all) =>
    all.filter((s) => /reference|inferred|illustrative|source/i.test(s) && !MARK.test(s.trim()));

  it("talks about its sources, beyond the marks, in at most a fifth of Preo's sentences (40% before)", () => {
    const all = sentences(builtSpec("preo"));
    expect(aboutSources(all).length / all.length).toBeLessThanOrEqual(0.2);
  });

  it("counts the long notes the bundle no longer has (the check can fail)", () => {
    const [rule] = RULES.preo ?? [];
    const all = sentences({ description: `${rule?.sentence} Plain. Plain.` });
    expect(aboutSources(all)).toEqual([rule?.sentence]);
    expect(aboutSources(["Inferred.", "Illustrative."])).toEqual([]);
  });
});

describe("snippets a reader copies", () => {
  const landing = readFileSync(path.join(site, "index.html"), "utf8");

  it("compiles every TypeScript snippet of the landing page", () => {
    const snippets = codeBlocks(landing, "ts");
    expect(snippets).toHaveLength(APIS.length);
    expect(
      compileSnippets(Object.fromEntries(snippets.map((s, i) => [`landing-${i}`, s]))),
    ).toEqual([]);
  }, 120_000);

  it("writes every shell snippet of the landing page as valid shell, installing from the repository", () => {
    const snippets = codeBlocks(landing, "sh");
    expect(snippets).toHaveLength(APIS.length);
    for (const snippet of snippets) {
      expect(spawnSync("bash", ["-n"], { input: snippet, encoding: "utf8" }).stderr).toBe("");
      // The client and the runtime it depends on: neither is on npm yet, and npm answers
      // 404 for a client tarball installed alone.
      expect(snippet).toMatch(
        /pnpm --filter @specbound\/runtime --filter @specbound\/(prepr|preo) \\\n\s+pack/,
      );
      expect(snippet).toMatch(
        /npm install \/path\/to\/specbound\/specbound-runtime-\d+\.\d+\.\d+\.tgz \\\n\s+\/path\/to\/specbound\/specbound-(prepr|preo)-\d+\.\d+\.\d+\.tgz/,
      );
    }
  });

  it("compiles every concept section's sample, as it appears on its page", () => {
    /** @type {Record<string, string>} */
    const snippets = {};
    for (const [api, sections] of Object.entries(CONCEPT_SAMPLES)) {
      const tags = pageDefinition(api).tags;
      for (const [name, { source }] of Object.entries(sections)) {
        const tag = tags.find((/** @type {any} */ t) => t.name === name);
        expect(tag?.description, `${api} ${name}`).toContain(source);
        snippets[`${api}-${name.replaceAll(" ", "-")}`] = source;
      }
    }
    expect(Object.keys(snippets).length).toBeGreaterThanOrEqual(3);
    expect(compileSnippets(snippets)).toEqual([]);
  }, 120_000);
});
