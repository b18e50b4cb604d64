// @ts-check
// Value synthesis for the code samples: a value that fits a schema, the example a
// parameter or media type gives, a request example without what a request must not send
// and cut to what a sample can show, one clause of a filter, short prose.

import { literal } from "./sample-layout.mjs";
import { deref } from "./spec-walk.mjs";

/** How deep sampleValue descends into nested schemas before giving an empty value. */
const MAX_DEPTH = 4;

/**
 * A value that fits `schema`: its example, default or first enum value when it has one,
 * otherwise a placeholder built from its type. Read-only properties are left out, as a
 * request must not send them, and so are optional ones: a sample shows what is needed.
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
  if (type === "array") {
    return depth > MAX_DEPTH ? [] : [sampleValue(document, schema.items, name, depth + 1)];
  }
  if (type === "object" || schema.properties) {
    if (depth > MAX_DEPTH) return {};
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
  return name.endsWith("id")
    ? `${name.replace(/_?id$/, "") || "item"}_8f2a41`
    : `example ${name.replaceAll("_", " ")}`;
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
export function hasExample(document, parameter) {
  return (
    exampleOf(document, parameter) !== undefined ||
    Boolean(deref(document, parameter.schema)?.examples?.length)
  );
}

/**
 * A parameter's value: its example, else one built from its schema.
 * @param {Record<string, any>} document @param {any} parameter
 */
export function parameterValue(document, parameter) {
  return exampleOf(document, parameter) ?? sampleValue(document, parameter.schema, parameter.name);
}

/**
 * The value of a request example with the read-only fields removed (a request example
 * from a source document may show them; the client's types rightly refuse them).
 * @param {Record<string, any>} document @param {any} rawSchema @param {unknown} value
 * @returns {unknown}
 */
export function withoutReadOnly(document, rawSchema, value) {
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

/** A request example longer than this many lines is cut (shortened). */
const SHORT_EXAMPLE_LINES = 16;
/** Beyond its required fields, a cut example keeps fields no longer than this. */
const SHORT_FIELD = 50;

/**
 * A request example short enough for a sample: the whole example when it is short,
 * else its required fields (from the example where it has them) and the first two
 * other fields that fit on a line.
 * @param {Record<string, any>} document @param {any} rawSchema @param {unknown} example
 */
export function shortened(document, rawSchema, example) {
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
export function oneClause(value) {
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
 * Prose longer than this is cut for a sample. Ids, URLs and slugs have no spaces and
 * stay, and so does text of this length or shorter, which fits a line.
 */
const PROSE_LIMIT = 44;

/**
 * A long piece of prose cut at its last natural boundary within PROSE_LIMIT: a closing
 * HTML tag, or a comma or full stop followed by a space. Never in the middle of a
 * clause: text without such a boundary (an expression, a name) is kept whole. The
 * sample shows where the field goes; the full example is in the request example
 * beside it.
 * @param {string} text
 */
export function shortProse(text) {
  if (text.length <= PROSE_LIMIT || !text.includes(" ")) return text;
  const head = text.slice(0, PROSE_LIMIT + 1);
  const tag = head.lastIndexOf("</");
  const tagEnd = tag > 0 ? head.indexOf(">", tag) : -1;
  if (tagEnd > 0) return head.slice(0, tagEnd + 1);
  const stop = Math.max(head.lastIndexOf(", "), head.lastIndexOf(". "));
  return stop > 0 ? head.slice(0, stop) : text;
}

/**
 * `value` with every long piece of prose in it cut by shortProse.
 * @param {unknown} value @returns {unknown}
 */
export function withShortProse(value) {
  if (typeof value === "string") return shortProse(value);
  if (Array.isArray(value)) return value.map(withShortProse);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withShortProse(v)]));
}
