// @ts-check
// Makes provenance visible in the rendered reference: an operation marked
// `x-provenance: inferred` gets an "Inferred" badge (Redoc's `x-badges`) beside its
// title, so no reader mistakes a guess for a documented fact. Bundled spec only.

import { operationsOf } from "./spec-walk.mjs";

/** @param {Record<string, any>} document */
export function addProvenanceBadges(document) {
  for (const { operation } of operationsOf(document)) {
    if (operation["x-provenance"] !== "inferred") continue;
    operation["x-badges"] = [
      ...(operation["x-badges"] ?? []),
      { name: "Inferred", color: "#b45309", position: "after" },
    ];
  }
  return document;
}
