// @ts-check
// The runtime half of the generator: the few facts of the spec that the client needs
// at run time (its server, the query parameters it must encode in brackets), as data.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @param {Record<string, any>} document
 * @param {any} node
 */
function deref(document, node) {
  let current = node;
  while (current && typeof current.$ref === "string") {
    const pointer = current.$ref.replace(/^#\//, "").split("/");
    current = pointer.reduce(
      (/** @type {any} */ at, /** @type {string} */ key) =>
        at?.[key.replaceAll("~1", "/").replaceAll("~0", "~")],
      document,
    );
  }
  return current;
}

/**
 * Every operation's query parameters marked `x-query-encoding: brackets`, keyed by
 * `METHOD /path`, the names separated by spaces (compact: the client ships this).
 * @param {Record<string, any>} document
 * @returns {Record<string, string>}
 */
export function bracketQueryParameters(document) {
  /** @type {Record<string, string>} */
  const byOperation = {};
  for (const [pathName, rawItem] of Object.entries(document.paths ?? {})) {
    const item = deref(document, rawItem);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const names = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map((p) => deref(document, p))
        .filter((p) => p.in === "query" && p["x-query-encoding"] === "brackets")
        .map((p) => p.name);
      if (names.length > 0) byOperation[`${method.toUpperCase()} ${pathName}`] = names.join(" ");
    }
  }
  return byOperation;
}

/** @param {Record<string, any>} document */
export function renderMeta(document) {
  const server = document.servers?.[0]?.url;
  if (typeof server !== "string") throw new Error("the spec names no server (servers[0].url)");
  const brackets = bracketQueryParameters(document);
  return [
    `/** The spec's first server: the client's default \`baseUrl\`. */`,
    `export const defaultBaseUrl = ${JSON.stringify(server)};`,
    "",
    "/**",
    " * Query parameters marked `x-query-encoding: brackets` in the spec, by operation",
    " * (`METHOD /path`), separated by spaces: the client sends these in indexed bracket",
    " * notation (`tags[0][in][0]=a`).",
    " */",
    `export const bracketQueryParameters: Readonly<Record<string, string>> = ${JSON.stringify(brackets, null, 2)};`,
    "",
  ].join("\n");
}
