// @ts-check
// A query as it travels, encoded by the client's own serializer (@specbound/runtime), so
// the docs show byte for byte what the client sends: marked filters in bracket notation,
// the other parameters as openapi-fetch encodes them.

import { createBracketQuerySerializer } from "@specbound/runtime";

/**
 * The query string the client sends for `query`.
 * @param {string[]} bracketed  names of the bracket-encoded parameters
 * @param {Record<string, unknown>} query
 */
export function wireQuery(bracketed, query) {
  return createBracketQuerySerializer(bracketed)(query);
}

/**
 * The same query as readable `name=value` pairs (percent-decoded), in order: what a
 * reader types, and what `curl --data-urlencode` takes.
 * @param {string[]} bracketed @param {Record<string, unknown>} query
 */
export function wirePairs(bracketed, query) {
  const search = wireQuery(bracketed, query);
  return search
    ? search.split("&").map((pair) => pair.split("=").map(decodeURIComponent).join("="))
    : [];
}
