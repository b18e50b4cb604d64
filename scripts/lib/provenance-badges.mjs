// @ts-check
// Makes provenance visible in the rendered reference: an operation marked
// `x-provenance: inferred` gets an "Inferred" badge (Redoc's `x-badges`) beside its
// title, so no reader mistakes a guess for a documented fact. Bundled spec only.

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

/** @param {Record<string, any>} document */
export function addProvenanceBadges(document) {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation?.["x-provenance"] !== "inferred") continue;
      operation["x-badges"] = [
        ...(operation["x-badges"] ?? []),
        { name: "Inferred", color: "#b45309", position: "after" },
      ];
    }
  }
  return document;
}
