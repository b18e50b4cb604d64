// @ts-check
// The arguments of an operation's sample call, shared by the TypeScript and curl
// renderers so both send the same request: the required path and query parameters, a
// page size, one filter clause (what the bracket notation is for), and a body from the
// first request example, cut to what fits a sample; for a multipart upload, its fields.

import { bracketParameterNames, isBracketParameter, parametersOf } from "./query-encoding.mjs";
import { SAMPLE_WIDTH } from "./sample-layout.mjs";
import {
  exampleOf,
  hasExample,
  oneClause,
  parameterValue,
  sampleValue,
  shortened,
  withoutReadOnly,
  withShortProse,
} from "./sample-values.mjs";
import { deref } from "./spec-walk.mjs";
import { wirePairs } from "./wire-query.mjs";

/** The page size a list sample asks for: a real page, smaller than the API's default. */
const PAGE_SIZE = 25;
const PAGE_SIZE_NAMES = ["limit", "page_size"];
/**
 * The widest `name=value` pair of a filter that still fits the panel as a curl line,
 * `  --data-urlencode '…' \`: the filter shown is one that fits there.
 */
const WIRE_PAIR_WIDTH = SAMPLE_WIDTH - "  --data-urlencode '' \\".length;

/**
 * A path parameter's value: its example if it has one, else an id named after the
 * resource it identifies (`file_8f2a41` in `/v1/files/{id}`).
 * @param {Record<string, any>} document @param {any} parameter @param {string} pathName
 */
function pathValue(document, parameter, pathName) {
  if (hasExample(document, parameter)) return parameterValue(document, parameter);
  const segments = pathName.split("/");
  const before = segments[segments.indexOf(`{${parameter.name}}`) - 1] ?? "item";
  const resource = before.replace(/ies$/, "y").replace(/s$/, "").replaceAll("-", "_");
  return `${resource}_8f2a41`;
}

/**
 * Which filter a sample shows first: tags, then filters made of operator clauses (what
 * the bracket notation is for), then the others (`model[body]=One`).
 * @param {Record<string, any>} document @param {any} parameter
 */
function filterRank(document, parameter) {
  if (parameter.name === "tags") return 0;
  return Array.isArray(parameterValue(document, parameter)) ? 1 : 2;
}

/**
 * The one filter a sample shows, among those with an example: the first by filterRank
 * whose clause fits the panel, else the first.
 * @param {Record<string, any>} document @param {any[]} parameters
 */
function shownFilter(document, parameters) {
  const filters = parameters
    .filter((p) => isBracketParameter(p) && hasExample(document, p))
    .sort((a, b) => filterRank(document, a) - filterRank(document, b));
  const fits = (/** @type {any} */ p) =>
    wirePairs([p.name], { [p.name]: oneClause(parameterValue(document, p)) }).every(
      (pair) => pair.length <= WIRE_PAIR_WIDTH,
    );
  return filters.find(fits) ?? filters[0];
}

/**
 * The JSON body of the call and, when the operation has several request examples, the
 * name of the one it follows (Redoc shows a switcher over them).
 * @param {Record<string, any>} document @param {any} media  the JSON Media Type Object
 */
function jsonBody(document, media) {
  const example = exampleOf(document, media);
  const examples = Object.entries(media.examples ?? {});
  const exampleName =
    examples.length > 1
      ? (deref(document, examples[0]?.[1])?.summary ?? examples[0]?.[0])
      : undefined;
  const body =
    example === undefined
      ? sampleValue(document, media.schema, "body")
      : withShortProse(
          shortened(document, media.schema, withoutReadOnly(document, media.schema, example)),
        );
  return { body, exampleName };
}

/**
 * The parts of one call: path and query parameters, the JSON body and the example it
 * follows, and the names of the bracket-encoded parameters.
 * @param {Record<string, any>} document @param {any} pathItem @param {any} operation
 * @param {string} pathName
 * @returns {{ path: Record<string, unknown>, query: Record<string, unknown>, body?: unknown,
 *   exampleName?: string, bracketed: string[] }}
 */
export function callArguments(document, pathItem, operation, pathName) {
  const parameters = parametersOf(document, pathItem, operation);
  /** @type {Record<string, unknown>} */
  const path = {};
  /** @type {Record<string, unknown>} */
  const query = {};
  const pageSize = parameters.find((p) => p.in === "query" && PAGE_SIZE_NAMES.includes(p.name));
  const filter = shownFilter(document, parameters);
  for (const parameter of parameters) {
    if (parameter.in === "path") {
      path[parameter.name] = pathValue(document, parameter, pathName);
    } else if (parameter.in === "query" && parameter === filter) {
      query[parameter.name] = oneClause(parameterValue(document, parameter));
    } else if (parameter.in === "query" && parameter === pageSize && !parameter.required) {
      query[parameter.name] = PAGE_SIZE;
    } else if (parameter.in === "query" && parameter.required) {
      query[parameter.name] = parameterValue(document, parameter);
    }
  }
  const bracketed = bracketParameterNames(document, pathItem, operation);
  const media = deref(document, operation.requestBody)?.content?.["application/json"];
  return { path, query, bracketed, ...(media ? jsonBody(document, media) : {}) };
}

/**
 * A multipart upload's parts, from its example: the file part's name and the file name
 * it carries, and the other fields the form requires or the example fills.
 * @param {Record<string, any>} document @param {any} media  the multipart Media Type Object
 * @returns {{ filePart: string, fileName: string, fields: Record<string, unknown> }}
 */
export function uploadArguments(document, media) {
  const schema = deref(document, media.schema) ?? {};
  const example = /** @type {Record<string, unknown>} */ (exampleOf(document, media) ?? {});
  const properties = Object.entries(schema.properties ?? {}).map(([name, p]) => [
    name,
    deref(document, p),
  ]);
  const filePart = properties.find(([, p]) => p?.format === "binary")?.[0] ?? "file";
  /** @type {Record<string, unknown>} */
  const fields = {};
  for (const [name, property] of properties) {
    if (name === filePart) continue;
    if (example[name] !== undefined) fields[name] = example[name];
    else if (schema.required?.includes(name)) fields[name] = sampleValue(document, property, name);
  }
  const fileName = String(fields.file_name ?? "upload.bin");
  return { filePart, fileName, fields };
}
