// @ts-check
// Walking a bundled OpenAPI document: following its internal `$ref`s, and visiting its
// operations. Every script that reads a spec goes through these two.

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * The node that `node` points at, following internal `$ref`s (`#/components/...`).
 * @param {Record<string, any>} document @param {any} node
 * @returns {any}
 */
export function deref(document, node) {
  let at = node;
  while (at && typeof at.$ref === "string" && at.$ref.startsWith("#/")) {
    at = at.$ref
      .slice(2)
      .split("/")
      .reduce(
        (/** @type {any} */ parent, /** @type {string} */ key) =>
          parent?.[key.replaceAll("~1", "/").replaceAll("~0", "~")],
        document,
      );
  }
  return at;
}

/**
 * @typedef {object} OperationEntry
 * @property {string} path     the path (or webhook name)
 * @property {string} method   lowercase
 * @property {Record<string, any>} pathItem
 * @property {Record<string, any>} operation
 */

/**
 * Every operation of the document's `paths` (or `webhooks`), in document order.
 * @param {Record<string, any>} document @param {"paths" | "webhooks"} section
 * @returns {OperationEntry[]}
 */
export function operationsOf(document, section = "paths") {
  return Object.entries(document[section] ?? {}).flatMap(([path, rawItem]) => {
    const pathItem = deref(document, rawItem);
    return HTTP_METHODS.filter((method) => pathItem[method]).map((method) => ({
      path,
      method,
      pathItem,
      operation: pathItem[method],
    }));
  });
}
