// @ts-check
// The runtime half of the generator: the few facts of the spec that the client needs
// at run time (its server, the query parameters it must encode in brackets), as data.
import { deref, operationsOf } from "./spec-walk.mjs";

/**
 * Every operation's query parameters marked `x-query-encoding: brackets`, keyed by
 * `METHOD /path`, the names separated by spaces (compact: the client ships this).
 * @param {Record<string, any>} document
 * @returns {Record<string, string>}
 */
export function bracketQueryParameters(document) {
  /** @type {Record<string, string>} */
  const byOperation = {};
  for (const { path, method, pathItem, operation } of operationsOf(document)) {
    const names = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
      .map((p) => deref(document, p))
      .filter((p) => p.in === "query" && p["x-query-encoding"] === "brackets")
      .map((p) => p.name);
    if (names.length > 0) byOperation[`${method.toUpperCase()} ${path}`] = names.join(" ");
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
