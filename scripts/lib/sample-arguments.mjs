// @ts-check
// The arguments of a sample call, shared by the TypeScript and curl renderers: path and
// query parameters from the operation's examples (one filter clause, not every operator
// of the field), and a request body from the first request example, cut to what fits a
// sample.

import { bracketLines, fits, literal, withShortProse } from "./sample-layout.mjs";
import { deref } from "./spec-walk.mjs";

/**
 * A value that fits `schema`: its example, default or first enum value when it has one,
 * otherwise a placeholder built from its type. Read-only properties are left out, as a
 * request must not send them.
 * @param {Record<string, any>} document @param {any} rawSchema @param {string} name
 * @param {number} depth
 * @returns {unknown}
 */
export function sampleValue(document, rawSchema, name = "value", depth = 0) {
  const schema = deref(document, rawSchema) ?? {};
  if (schema.examples?.length) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) return sampleValue(document, variants[0], name, depth + 1);
  if (schema.allOf?.length) {
    return Object.assign(
      {},
      ...schema.allOf.map((/** @type {any} */ part) =>
        sampleValue(document, part, name, depth + 1),
      ),
    );
  }
  const type = Array.isArray(schema.type)
    ? schema.type.find((/** @type {string} */ t) => t !== "null")
    : schema.type;
  if (type === "array")
    return depth > 4 ? [] : [sampleValue(document, schema.items, name, depth + 1)];
  if (type === "object" || schema.properties) {
    if (depth > 4) return {};
    /** @type {Record<string, unknown>} */
    const object = {};
    for (const key of schema.required ?? []) {
      const property = deref(document, schema.properties?.[key]);
      if (property?.readOnly) continue;
      object[key] = sampleValue(document, property, key, depth + 1);
    }
    return object;
  }
  if (type === "integer" || type === "number") return schema.minimum ?? 1;
  if (type === "boolean") return true;
  if (schema.format === "date-time") return "2026-01-15T09:30:00Z";
  if (schema.format === "date") return "2026-01-15";
  if (schema.format === "uri") return "https://example.com/resource";
  if (schema.format === "binary") return undefined;
  return name.endsWith("id")
    ? `${name.replace(/_?id$/, "") || "item"}_8f2a41`
    : `example ${name.replaceAll("_", " ")}`;
}

/**
 * The value of a request example with the read-only fields removed (a request example
 * from a source document may show them; the client's types rightly refuse them).
 * @param {Record<string, any>} document @param {any} rawSchema @param {unknown} value
 * @returns {unknown}
 */
function withoutReadOnly(document, rawSchema, value) {
  const schema = deref(document, rawSchema) ?? {};
  if (Array.isArray(value)) return value.map((v) => withoutReadOnly(document, schema.items, v));
  if (!value || typeof value !== "object") return value;
  const properties = Object.assign(
    {},
    schema.properties,
    ...(schema.allOf ?? []).map((/** @type {any} */ s) => deref(document, s)?.properties),
  );
  /** @type {Record<string, unknown>} */
  const kept = {};
  for (const [key, v] of Object.entries(value)) {
    const property = deref(document, properties[key]);
    if (property?.readOnly) continue;
    kept[key] = property ? withoutReadOnly(document, property, v) : v;
  }
  return kept;
}

/**
 * The first example of a Parameter or Media Type Object (both carry `example` or
 * `examples`), or undefined.
 * @param {Record<string, any>} document @param {any} holder
 */
export function exampleOf(document, holder) {
  if (holder?.example !== undefined) return holder.example;
  return deref(document, Object.values(holder?.examples ?? {})[0])?.value;
}

/** @param {Record<string, any>} document @param {any} parameter */
function parameterValue(document, parameter) {
  return exampleOf(document, parameter) ?? sampleValue(document, parameter.schema, parameter.name);
}

const SHORT_EXAMPLE_LINES = 16;
const SHORT_FIELD = 50;

/**
 * A request example short enough for a sample: the whole example when it is short,
 * else its required fields (from the example where it has them) and the first two
 * other fields that fit on a line.
 * @param {Record<string, any>} document @param {any} rawSchema @param {unknown} example
 */
function shortened(document, rawSchema, example) {
  if (!example || typeof example !== "object") return example;
  if (literal(example).split("\n").length <= SHORT_EXAMPLE_LINES) return example;
  const schema = deref(document, rawSchema) ?? {};
  const given = /** @type {Record<string, unknown>} */ (example);
  /** @type {Record<string, unknown>} */
  const kept = {};
  for (const key of schema.required ?? []) {
    kept[key] = key in given ? given[key] : sampleValue(document, schema.properties?.[key], key);
  }
  let extra = 0;
  for (const [key, value] of Object.entries(given)) {
    if (extra === 2 || key in kept || literal(value).length > SHORT_FIELD) continue;
    kept[key] = value;
    extra += 1;
  }
  return kept;
}

/** @param {Record<string, any>} document @param {any} parameter */
function hasExample(document, parameter) {
  return (
    exampleOf(document, parameter) !== undefined ||
    Boolean(deref(document, parameter.schema)?.examples?.length)
  );
}

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

/** Filter keys that qualify the operators rather than being one (`param: "Slug"`). */
const FILTER_MODIFIERS = new Set(["param"]);
/** The operator shown when a clause has several: `in` reads most like a real query. */
const PREFERRED_OPERATORS = ["in", "eq"];

/**
 * A filter example cut to what a reader would send: its first clause, with one operator
 * (and its modifiers) and one value of a list. The examples show every operator of the
 * field at once, which no real query does.
 * @param {unknown} value
 */
function oneClause(value) {
  if (!Array.isArray(value) || !value[0] || typeof value[0] !== "object") return value;
  const clause = /** @type {Record<string, unknown>} */ (value[0]);
  const operators = Object.keys(clause).filter((key) => !FILTER_MODIFIERS.has(key));
  const operator = PREFERRED_OPERATORS.find((o) => operators.includes(o)) ?? operators[0];
  /** @type {Record<string, unknown>} */
  const kept = {};
  for (const [key, v] of Object.entries(clause)) {
    if (key !== operator && !FILTER_MODIFIERS.has(key)) continue;
    kept[key] = Array.isArray(v) ? v.slice(0, 1) : v;
  }
  return [kept];
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
 * The parts of one call: path and query parameters, and the body.
 * @param {Record<string, any>} document @param {any} pathItem @param {any} operation
 * @param {string} pathName
 */
export function callArguments(document, pathItem, operation, pathName) {
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
    deref(document, p),
  );
  /** @type {Record<string, unknown>} */
  const path = {};
  /** @type {Record<string, unknown>} */
  const query = {};
  const listSize = parameters.find(
    (p) => p.in === "query" && ["limit", "page_size"].includes(p.name),
  );
  // One filter with an example, to show the bracket-encoded filters: tags if its clause
  // fits the panel as a curl line, else the first filter of clauses that fits.
  const filters = parameters
    .filter(
      (p) => p.in === "query" && p["x-query-encoding"] === "brackets" && hasExample(document, p),
    )
    .sort((a, b) => filterRank(document, a) - filterRank(document, b));
  const shownFilter =
    filters.find((p) =>
      fits(bracketLines(p.name, oneClause(parameterValue(document, p))).join("\n")),
    ) ?? filters[0];
  for (const parameter of parameters) {
    const wanted = parameter.required || parameter === listSize || parameter === shownFilter;
    if (!wanted || !["path", "query"].includes(parameter.in)) continue;
    const value =
      parameter === listSize && !parameter.required
        ? 25
        : parameter.in === "path"
          ? pathValue(document, parameter, pathName)
          : parameter === shownFilter
            ? oneClause(parameterValue(document, parameter))
            : parameterValue(document, parameter);
    (parameter.in === "path" ? path : query)[parameter.name] = value;
  }
  const requestBody = deref(document, operation.requestBody);
  const mediaType = requestBody?.content?.["application/json"]
    ? "application/json"
    : Object.keys(requestBody?.content ?? {})[0];
  /** @type {unknown} */
  let body;
  /** @type {string | undefined} */
  let exampleName;
  if (mediaType === "application/json") {
    const media = requestBody.content[mediaType];
    const example = exampleOf(document, media);
    // Redoc shows a switcher over several examples; the sample follows the first, and says so.
    const examples = Object.entries(media.examples ?? {});
    if (examples.length > 1) {
      const [key, first] = /** @type {[string, unknown]} */ (examples[0]);
      exampleName = deref(document, first)?.summary ?? key;
    }
    const fromExample =
      example === undefined ? undefined : withoutReadOnly(document, media.schema, example);
    body =
      fromExample === undefined
        ? sampleValue(document, media.schema, "body")
        : withShortProse(shortened(document, media.schema, fromExample));
  }
  return { path, query, body, mediaType, exampleName };
}
