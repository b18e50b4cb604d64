// @ts-check
// Makes provenance visible in the rendered reference: an operation marked
// `x-provenance: inferred` gets an "Inferred" badge (Redoc's `x-badges`) beside its
// title, so no reader mistakes a guess for a documented fact. Redoc gives a badge the
// class `tag-<color>`; the badge's color is the name `inferred`, and INFERRED_BADGE_CSS
// styles that class, and the landing page's and the legend's badges, the same way
// everywhere, in light and dark mode alike: dark amber on pale amber, 7.8:1 contrast
// (WCAG AA asks 4.5:1 of text this size).

import { operationsOf } from "./spec-walk.mjs";

export const INFERRED_BADGE = { name: "Inferred", color: "inferred", position: "after" };

export const BADGE_COLORS = { text: "#713f12", background: "#fef3c7", border: "#a16207" };

export const INFERRED_BADGE_CSS = `[data-component-name="Tag/Tag"].tag-inferred, .inferred-badge {
  color: ${BADGE_COLORS.text}; background-color: ${BADGE_COLORS.background};
  border: 1px solid ${BADGE_COLORS.border}; border-radius: 4px;
}
.inferred-badge { display: inline-block; padding: 0 0.4em; font-size: 0.85em; line-height: 1.5; }`;

/** The badge as HTML, for a legend or the landing page. */
export const INFERRED_BADGE_HTML = '<span class="inferred-badge">Inferred</span>';

/** @param {Record<string, any>} document */
export function addProvenanceBadges(document) {
  for (const { operation } of operationsOf(document)) {
    if (operation["x-provenance"] !== "inferred") continue;
    operation["x-badges"] = [...(operation["x-badges"] ?? []), { ...INFERRED_BADGE }];
  }
  return document;
}
