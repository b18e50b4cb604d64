// @ts-check
// The runtime half of the generator: the few facts of the spec that the client needs
// at run time (its server, the query parameters it must encode in brackets, the
// statuses it must not retry), as data keyed by `METHOD /path`.
import { bracketParameterNames } from "./query-encoding.mjs";
import { deref, operationsOf } from "./spec-walk.mjs";

/**
 * Every operation's query parameters marked `x-query-encoding: brackets`, keyed by
 * `METHOD /path`.
 * @param {Record<string, any>} document
 * @returns {Record<string, string[]>}
 */
export function bracketQueryParameters(document) {
  /** @type {Record<string, string[]>} */
  const byOperation = {};
  for (const { path, method, pathItem, operation } of operationsOf(document)) {
    const names = bracketParameterNames(document, pathItem, operation);
    if (names.length > 0) byOperation[`${method.toUpperCase()} ${path}`] = names;
  }
  return byOperation;
}

/**
 * Every operation's response statuses marked `x-retryable: false` (a lasting state, such
 * as a file in use: asking again will not help), keyed by `METHOD /path`.
 * @param {Record<string, any>} document
 * @returns {Record<string, number[]>}
 */
export function lastingStatuses(document) {
  /** @type {Record<string, number[]>} */
  const byOperation = {};
  for (const { path, method, operation } of operationsOf(document)) {
    const statuses = Object.entries(operation.responses ?? {})
      .filter(([, response]) => deref(document, response)?.["x-retryable"] === false)
      .map(([status]) => {
        const code = Number(status);
        if (!Number.isInteger(code)) {
          throw new Error(
            `${method.toUpperCase()} ${path}: x-retryable needs a numeric status, not "${status}"`,
          );
        }
        return code;
      });
    if (statuses.length > 0) byOperation[`${method.toUpperCase()} ${path}`] = statuses;
  }
  return byOperation;
}

/**
 * One operation a line, so a spec change shows as a one-line diff.
 * @param {Record<string, unknown[]>} byOperation
 */
function renderTable(byOperation) {
  const lines = Object.entries(byOperation).map(
    ([operation, values]) => `  ${JSON.stringify(operation)}: ${JSON.stringify(values)},`,
  );
  return lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n}`;
}

/** @param {Record<string, any>} document */
export function renderMeta(document) {
  const server = document.servers?.[0]?.url;
  if (typeof server !== "string") throw new Error("the spec names no server (servers[0].url)");
  return [
    `/** The spec's first server: the client's default \`baseUrl\`. */`,
    `export const defaultBaseUrl = ${JSON.stringify(server)};`,
    "",
    "/**",
    " * Query parameters marked `x-query-encoding: brackets` in the spec, by operation",
    " * (`METHOD /path`): the client sends these in indexed bracket notation",
    " * (`tags[0][in][0]=a`).",
    " */",
    `export const bracketQueryParameters: Readonly<Record<string, readonly string[]>> = ${renderTable(bracketQueryParameters(document))};`,
    "",
    "/**",
    " * Response statuses marked `x-retryable: false` in the spec, by operation: a lasting",
    " * state that the client never retries, whatever the status's usual policy.",
    " */",
    `export const lastingStatuses: Readonly<Record<string, readonly number[]>> = ${renderTable(lastingStatuses(document))};`,
    "",
  ].join("\n");
}
