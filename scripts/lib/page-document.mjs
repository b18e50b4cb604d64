// @ts-check
// The document a reference page renders: the published bundle plus what only the page
// needs. Its concept sections become sidebar entries, its bracket filters' examples show
// the query they send, an assumed security scheme says so wherever it is named, and its
// introduction links back to the landing page and to the bundle (and explains the
// "Inferred" badge where it shows one). The bundle itself stays as other tools should read it.

import { conceptAdditions } from "./concept-samples.mjs";
import { liftConceptSections } from "./concept-sections.mjs";
import { INFERRED_BADGE, INFERRED_BADGE_HTML } from "./provenance-badges.mjs";
import { operationsOf } from "./spec-walk.mjs";
import { showFiltersOnTheWire } from "./wire-examples.mjs";

/** Links at the top of each page, relative to `site/<api>/index.html`. */
export const PAGE_LINKS =
  "[← All Specbound APIs](../index.html) · Bundled spec: [openapi.json](openapi.json) · [openapi.yaml](openapi.yaml)";

/** The legend of the "Inferred" badge, on a page that shows it. */
export const BADGE_LEGEND = `${INFERRED_BADGE_HTML} marks an operation the vendor's reference names but does not document: its path and shapes are inferred (see Inferred below).`;

/** @param {Record<string, any>} document */
function showsInferredBadge(document) {
  return operationsOf(document).some(({ operation }) =>
    (operation["x-badges"] ?? []).some((/** @type {any} */ b) => b.name === INFERRED_BADGE.name),
  );
}

/**
 * Renames, in place, each security scheme marked `x-inferred` to `<name> (inferred)`, in
 * `components` and in every requirement: the page names the scheme in each operation's
 * Security box and its details, where an assumed scheme must not read as a fact.
 * @param {Record<string, any>} document
 */
export function markInferredSchemes(document) {
  const schemes = document.components?.securitySchemes ?? {};
  const renamed = new Map(
    Object.entries(schemes)
      .filter(([, scheme]) => scheme["x-inferred"] === true)
      .map(([name]) => [name, `${name} (inferred)`]),
  );
  if (renamed.size === 0) return;
  document.components.securitySchemes = Object.fromEntries(
    Object.entries(schemes).map(([name, scheme]) => [renamed.get(name) ?? name, scheme]),
  );
  /** @param {Record<string, string[]>[] | undefined} requirements */
  const rename = (requirements) =>
    requirements?.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([name, scopes]) => [renamed.get(name) ?? name, scopes]),
      ),
    );
  if (document.security) document.security = rename(document.security);
  for (const { operation } of operationsOf(document)) {
    if (operation.security) operation.security = rename(operation.security);
  }
}

/**
 * @param {Record<string, any>} bundle  the published bundle (not changed)
 * @param {string} api  its short name, for its concept samples
 */
export function pageDocument(bundle, api) {
  const page = structuredClone(bundle);
  liftConceptSections(page, conceptAdditions(api));
  showFiltersOnTheWire(page);
  markInferredSchemes(page);
  const legend = showsInferredBadge(page) ? [BADGE_LEGEND] : [];
  page.info.description = [PAGE_LINKS, ...legend, page.info.description].join("\n\n");
  return page;
}
