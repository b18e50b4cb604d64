// @ts-check
// A bracket-encoded filter's examples on the reference page, shown as they travel.
// Redoc prints a query parameter's example as `name=<JSON>` (`tags=[{"in":["a"]}]`),
// which is not what the API takes; the spec's example must stay the value (that is what
// OpenAPI means by it, and other tools read the bundle). So for the page only, each
// example moves into the parameter's description as the query the client sends,
// encoded by the client's own serializer, one pair a line.

import { isBracketParameter } from "./query-encoding.mjs";
import { deref, operationsOf } from "./spec-walk.mjs";
import { wireQuery } from "./wire-query.mjs";

/**
 * The query string for one parameter's value, brackets left readable (the client sends
 * them as `%5B`/`%5D`; servers read both), one `&`-joined pair a line.
 * @param {string} name @param {unknown} value
 */
export function wireForm(name, value) {
  return wireQuery([name], { [name]: value })
    .replaceAll("%5B", "[")
    .replaceAll("%5D", "]")
    .split("&")
    .join("\n&");
}

/**
 * The examples of a resolved parameter as `[title, value]`.
 * @param {Record<string, any>} document @param {any} parameter
 * @returns {[string, unknown][]}
 */
function examplesOf(document, parameter) {
  if (parameter.example !== undefined) return [["Example", parameter.example]];
  return Object.entries(parameter.examples ?? {}).map(([key, raw]) => {
    const example = deref(document, raw);
    return [example?.summary ?? key, example?.value];
  });
}

/**
 * Rewrites, in place, every bracket-encoded query parameter that has examples: its
 * examples become wire-form code blocks at the end of its description. A parameter
 * shared through `components` is rewritten once, where it is defined.
 * @param {Record<string, any>} document
 * @returns {number} how many parameters were rewritten
 */
export function showFiltersOnTheWire(document) {
  const seen = new Set();
  for (const { pathItem, operation } of operationsOf(document)) {
    for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
      const parameter = deref(document, raw);
      if (!isBracketParameter(parameter) || seen.has(parameter)) continue;
      const examples = examplesOf(document, parameter).filter(([, v]) => v !== undefined);
      if (examples.length === 0) continue;
      seen.add(parameter);
      const blocks = examples.map(
        ([title, value]) =>
          `${title}, as sent:\n\n\`\`\`\n?${wireForm(parameter.name, value)}\n\`\`\``,
      );
      parameter.description = [parameter.description?.trim(), ...blocks]
        .filter(Boolean)
        .join("\n\n");
      delete parameter.example;
      delete parameter.examples;
    }
  }
  return seen.size;
}
