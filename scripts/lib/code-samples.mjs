// @ts-check
// x-codeSamples for the published docs: for every operation, a short TypeScript call
// through the package's client, with arguments drawn from the operation's parameters,
// request examples and schemas, and the same request as curl. Added to the bundled
// spec only; the hand-written sources never carry them. A test compiles every
// TypeScript sample against the packages.

import { createBracketQuerySerializer } from "@specbound/runtime";
import { deref, operationsOf } from "./spec-walk.mjs";

/**
 * @typedef {object} ClientInfo
 * @property {string} packageName  `@specbound/prepr`
 * @property {string} factory      `createPreprClient`
 * @property {string} variable     `prepr`
 * @property {string} tokenEnv     `PREPR_TOKEN`
 * @property {string} [uploadHelper] the package's multipart upload function (`uploadFile`), shown
 *   for an operation whose body may be `multipart/form-data`
 */

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
function exampleOf(document, holder) {
  if (holder?.example !== undefined) return holder.example;
  return deref(document, Object.values(holder?.examples ?? {})[0])?.value;
}

/** @param {Record<string, any>} document @param {any} parameter */
function parameterValue(document, parameter) {
  return exampleOf(document, parameter) ?? sampleValue(document, parameter.schema, parameter.name);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const INLINE_WIDTH = 72;

/**
 * JavaScript source for a JSON-like value, formatted as a person would write it: short
 * objects and arrays on one line, longer ones one entry per line with trailing commas.
 * @param {unknown} value @param {number} indent  columns already used on the line
 * @returns {string}
 */
export function literal(value, indent = 0) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  const pad = " ".repeat(indent + 2);
  const entries = Array.isArray(value)
    ? value.map((v) => literal(v, indent + 2))
    : Object.entries(value).map(
        ([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${literal(v, indent + 2)}`,
      );
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{ ", " }"];
  if (entries.length === 0) return Array.isArray(value) ? "[]" : "{}";
  const inline = `${open}${entries.join(", ")}${close}`;
  if (!inline.includes("\n") && indent + inline.length <= INLINE_WIDTH) return inline;
  const [openBlock, closeBlock] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${openBlock}\n${entries.map((e) => `${pad}${e},`).join("\n")}\n${" ".repeat(indent)}${closeBlock}`;
}

const SHORT_EXAMPLE_LINES = 14;
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

/**
 * The parts of one call: path and query parameters, and the body.
 * @param {Record<string, any>} document @param {any} pathItem @param {any} operation
 * @param {string} pathName
 */
function callArguments(document, pathItem, operation, pathName) {
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
  // One filter with an example, to show the bracket-encoded filters (tags if there is one).
  const filters = parameters.filter(
    (p) => p.in === "query" && p["x-query-encoding"] === "brackets" && hasExample(document, p),
  );
  const shownFilter = filters.find((p) => p.name === "tags") ?? filters[0];
  for (const parameter of parameters) {
    const wanted = parameter.required || parameter === listSize || parameter === shownFilter;
    if (!wanted || !["path", "query"].includes(parameter.in)) continue;
    const value =
      parameter === listSize && !parameter.required
        ? 25
        : parameter.in === "path"
          ? pathValue(document, parameter, pathName)
          : parameterValue(document, parameter);
    (parameter.in === "path" ? path : query)[parameter.name] = value;
  }
  const requestBody = deref(document, operation.requestBody);
  const mediaType = requestBody?.content?.["application/json"]
    ? "application/json"
    : Object.keys(requestBody?.content ?? {})[0];
  /** @type {unknown} */
  let body;
  if (mediaType === "application/json") {
    const media = requestBody.content[mediaType];
    const example = exampleOf(document, media);
    const fromExample =
      example === undefined ? undefined : withoutReadOnly(document, media.schema, example);
    body =
      fromExample === undefined
        ? sampleValue(document, media.schema, "body")
        : shortened(document, media.schema, fromExample);
  }
  return { path, query, body, mediaType };
}

/** @param {any} operation @param {Record<string, any>} document */
function successStatus(operation, document) {
  const codes = Object.keys(operation.responses ?? {}).filter((c) => c.startsWith("2"));
  const code = codes[0] ?? "200";
  const response = deref(document, operation.responses?.[code]);
  return { code, hasBody: Boolean(response?.content) };
}

/** camelCase name for the call's result, from the operationId. @param {string} operationId */
function resultName(operationId) {
  const words = operationId
    .replace(/^(get|list|create|update|retrieve)/, "")
    .replace(/^./, (/** @type {string} */ c) => c.toLowerCase());
  return words || "result";
}

/**
 * @param {Record<string, any>} document
 * @param {ClientInfo} client
 * @param {string} pathName @param {string} method
 */
export function typescriptSample(document, client, pathName, method) {
  const pathItem = deref(document, document.paths[pathName]);
  const operation = pathItem[method];
  const multipart = deref(document, operation.requestBody)?.content?.["multipart/form-data"];
  if (multipart && client.uploadHelper) return uploadSample(document, client, multipart);
  const { path, query, body } = callArguments(document, pathItem, operation, pathName);
  /** @type {Record<string, unknown>} */
  const init = {};
  /** @type {Record<string, unknown>} */
  const params = {};
  if (Object.keys(path).length) params.path = path;
  if (Object.keys(query).length) params.query = query;
  if (Object.keys(params).length) init.params = params;
  if (body !== undefined) init.body = body;
  // A body that is not JSON (a CSV export) is read as text; openapi-fetch would parse JSON.
  const success = deref(document, operation.responses?.[successStatus(operation, document).code]);
  const types = Object.keys(success?.content ?? {});
  if (types.length > 0 && !types.some((type) => type.includes("json"))) {
    init.parseAs = types.some((type) => type.startsWith("text/")) ? "text" : "blob";
  }
  const target = `${client.variable}.${method.toUpperCase()}(${JSON.stringify(pathName)}`;
  const call = Object.keys(init).length
    ? `await ${target}, ${literal(init, 2)})`
    : `await ${target})`;
  const { hasBody } = successStatus(operation, document);
  const lines = [
    `import { ${client.factory}, unwrap } from "${client.packageName}";`,
    "",
    `const ${client.variable} = ${client.factory}({ token: process.env.${client.tokenEnv} });`,
    "",
  ];
  const assign = hasBody ? `const ${resultName(operation.operationId)} = ` : "";
  const oneLine = `${assign}unwrap(${call});`;
  lines.push(
    oneLine.length <= 100 && !oneLine.includes("\n") ? oneLine : `${assign}unwrap(\n  ${call},\n);`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * The upload helper's call, with the values of the multipart example: the sample a reader
 * should copy, not a JSON body with the file's bytes spelled out.
 * @param {Record<string, any>} document @param {ClientInfo} client @param {any} media
 */
function uploadSample(document, client, media) {
  const example = /** @type {Record<string, unknown>} */ (exampleOf(document, media) ?? {});
  const fileName = String(example.file_name ?? "poster.jpg");
  /** @type {Record<string, unknown>} */
  const input = { organizationId: example.organization_id ?? "org_3f9c2a" };
  const lines = [
    `import { readFile } from "node:fs/promises";`,
    `import { ${client.factory}, ${client.uploadHelper} } from "${client.packageName}";`,
    "",
    `const ${client.variable} = ${client.factory}({ token: process.env.${client.tokenEnv} });`,
    "",
    "// multipart/form-data: the file's bytes as a Blob, File or Uint8Array.",
    `const file = await ${client.uploadHelper}(${client.variable}, {`,
    `  organizationId: ${JSON.stringify(input.organizationId)},`,
    `  file: await readFile(${JSON.stringify(fileName)}),`,
    `  fileName: ${JSON.stringify(fileName)},`,
  ];
  if (Array.isArray(example.tags)) {
    lines.push(`  tags: [${example.tags.map((tag) => JSON.stringify(tag)).join(", ")}],`);
  }
  lines.push("});", "console.log(file.api_id);");
  return `${lines.join("\n")}\n`;
}

/**
 * The query string the client sends, from the client's own serializer: marked
 * parameters in bracket notation, the others as openapi-fetch encodes them.
 * @param {Record<string, any>} document @param {any} pathItem @param {any} operation
 * @param {Record<string, unknown>} query
 */
function queryString(document, pathItem, operation, query) {
  const bracketed = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
    .map((p) => deref(document, p))
    .filter((p) => p.in === "query" && p["x-query-encoding"] === "brackets")
    .map((p) => p.name);
  const search = createBracketQuerySerializer(bracketed)(query);
  return search ? `?${search}` : "";
}

/**
 * @param {Record<string, any>} document @param {ClientInfo} client
 * @param {string} pathName @param {string} method
 */
export function curlSample(document, client, pathName, method) {
  const pathItem = deref(document, document.paths[pathName]);
  const operation = pathItem[method];
  const { path, query, body } = callArguments(document, pathItem, operation, pathName);
  const content = deref(document, operation.requestBody)?.content ?? {};
  // A body that may be multipart is sent as multipart: the file itself, not base64 in JSON.
  const mediaType = content["multipart/form-data"] ? "multipart/form-data" : undefined;
  const url = `${document.servers[0].url}${pathName.replace(/\{([^}]+)\}/g, (_, name) =>
    encodeURIComponent(String(path[name])),
  )}${queryString(document, pathItem, operation, query)}`;
  const lines = [`curl --request ${method.toUpperCase()} \\`, `  --url '${url}' \\`];
  lines.push(`  --header "Authorization: Bearer $${client.tokenEnv}"`);
  if (mediaType === "multipart/form-data") {
    const media = content[mediaType];
    const schema = deref(document, media.schema ?? {});
    const example = /** @type {Record<string, unknown>} */ (exampleOf(document, media) ?? {});
    const fileName = String(example.file_name ?? "photo.jpg");
    for (const name of schema.required ?? []) {
      const property = deref(document, schema.properties?.[name]);
      lines[lines.length - 1] += " \\";
      lines.push(
        property?.format === "binary"
          ? `  --form ${name}=@./${fileName}`
          : `  --form ${name}=${String(example[name] ?? sampleValue(document, property, name))}`,
      );
    }
  } else if (body !== undefined) {
    lines[lines.length - 1] += " \\";
    lines.push(`  --header 'Content-Type: application/json' \\`);
    lines.push(`  --data '${JSON.stringify(body).replaceAll("'", "'\\''")}'`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Adds `x-codeSamples` (TypeScript, then curl) to every operation of a bundled spec,
 * in place.
 * @param {Record<string, any>} document @param {ClientInfo} client
 */
export function addCodeSamples(document, client) {
  for (const { path, method, operation } of operationsOf(document)) {
    operation["x-codeSamples"] = [
      {
        lang: "TypeScript",
        label: "TypeScript",
        source: typescriptSample(document, client, path, method),
      },
      { lang: "Shell", label: "curl", source: curlSample(document, client, path, method) },
    ];
  }
  return document;
}
