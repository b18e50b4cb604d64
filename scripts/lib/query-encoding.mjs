// @ts-check
// Which query parameters travel in indexed bracket notation: the spec marks them
// `x-query-encoding: brackets`. The one reader of that mark, for the generator
// (render-meta.mjs), the code samples and the reference page's wire-form examples. It
// imports nothing built, so `pnpm generate` runs before any package is built.

import { deref } from "./spec-walk.mjs";

/** @param {any} parameter  a resolved Parameter Object */
export function isBracketParameter(parameter) {
  return parameter?.in === "query" && parameter["x-query-encoding"] === "brackets";
}

/**
 * The resolved parameters of one operation, its path item's first.
 * @param {Record<string, any>} document @param {any} pathItem @param {any} operation
 * @returns {any[]}
 */
export function parametersOf(document, pathItem, operation) {
  return [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
    deref(document, p),
  );
}

/**
 * The names of one operation's bracket-encoded query parameters.
 * @param {Record<string, any>} document @param {any} pathItem @param {any} operation
 */
export function bracketParameterNames(document, pathItem, operation) {
  return parametersOf(document, pathItem, operation)
    .filter(isBracketParameter)
    .map((p) => p.name);
}
