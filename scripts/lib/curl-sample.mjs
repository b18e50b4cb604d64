// @ts-check
// The curl sample of an operation: the same request as the TypeScript sample, laid out
// to fit the docs' sample panel (query parameters one a line with -G, JSON bodies in a
// here-document, long URLs through shell variables).

import { createBracketQuerySerializer } from "@specbound/runtime";
import { callArguments, exampleOf, sampleValue } from "./sample-arguments.mjs";
import { fits, literal, queryPairs, SAMPLE_WIDTH, shellWord } from "./sample-layout.mjs";
import { deref } from "./spec-walk.mjs";

/** @typedef {import("./code-samples.mjs").ClientInfo} ClientInfo */

/**
 * The shell lines that name the URL: the literal URL when it fits, else the server in
 * `$API`, else the path parameters in variables too. Returns the lines before `curl`
 * (variable assignments) and the URL option.
 * @param {string} server @param {string} fullPath  the path, with its query when not -G
 * @param {Record<string, unknown>} path
 */
function urlLines(server, fullPath, path) {
  // A version prefix (`/v1`) belongs with the server in `$API`: 3 columns off each URL.
  const version = fullPath.match(/^\/v\d+(?=\/)/)?.[0] ?? "";
  const base = `${server}${version}`;
  const pathName = fullPath.slice(version.length);
  /** @param {(name: string) => string} value */
  const filled = (value) =>
    pathName.replace(/\{([^}]+)\}/g, (_, /** @type {string} */ name) => value(name));
  const literalValue = (/** @type {string} */ name) => encodeURIComponent(String(path[name]));
  const variable = (/** @type {string} */ name) => name.toUpperCase().replace(/\W/g, "_");
  const api = `API=${shellWord(base)}`;
  const pathVariables = Object.keys(path).map(
    (name) => `${variable(name)}=${shellWord(literalValue(name))}`,
  );
  const withVariables = filled((name) => `$${variable(name)}`);
  const candidates = [
    { before: [], url: `  --url ${shellWord(`${base}${filled(literalValue)}`)}` },
    { before: [api], url: `  --url "$API${filled(literalValue)}"` },
    { before: [api, ...pathVariables], url: `  --url "$API${withVariables}"` },
    // The URL as curl's positional argument: 6 columns fewer than `--url`.
    { before: [api, ...pathVariables], url: `  "$API${withVariables}"` },
  ];
  return (
    candidates.find((c) => fits([...c.before, `${c.url} \\`].join("\n"))) ??
    /** @type {{ before: string[], url: string }} */ (candidates.at(-1))
  );
}

/**
 * @param {Record<string, any>} document @param {ClientInfo} client
 * @param {string} pathName @param {string} method
 */
export function curlSample(document, client, pathName, method) {
  const pathItem = deref(document, document.paths[pathName]);
  const operation = pathItem[method];
  const { path, query, body, exampleName } = callArguments(document, pathItem, operation, pathName);
  const content = deref(document, operation.requestBody)?.content ?? {};
  // A body that may be multipart is sent as multipart: the file itself, not base64 in JSON.
  const mediaType = content["multipart/form-data"] ? "multipart/form-data" : undefined;
  const bracketed = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
    .map((p) => deref(document, p))
    .filter((p) => p.in === "query" && p["x-query-encoding"] === "brackets")
    .map((p) => p.name);
  // Filters last: a filter's line is the longest, and the last line has no ` \`.
  const pairs = queryPairs(bracketed, query).sort(
    (a, b) => Number(a.includes("[")) - Number(b.includes("[")),
  );
  // -G sends the --data-urlencode pairs as the query string, one readable pair a line,
  // instead of a long percent-encoded URL. It would turn a POST into a GET, so a query
  // on another method stays in the URL.
  const asGet = method === "get" && pairs.length > 0;
  const { before, url } = asGet
    ? urlLines(document.servers[0].url, pathName, path)
    : urlLines(
        document.servers[0].url,
        `${pathName}${pairs.length ? `?${createBracketQuerySerializer(bracketed)(query)}` : ""}`,
        path,
      );
  const options = [
    asGet ? "curl -G" : `curl --request ${method.toUpperCase()}`,
    url,
    `  --header "Authorization: Bearer $${client.tokenEnv}"`,
  ];
  /** @type {string[]} */
  const after = [];
  if (asGet) options.push(...pairs.map((pair) => `  --data-urlencode ${shellWord(pair)}`));
  if (mediaType === "multipart/form-data") {
    const media = content[mediaType];
    const schema = deref(document, media.schema ?? {});
    const example = /** @type {Record<string, unknown>} */ (exampleOf(document, media) ?? {});
    const fileName = String(example.file_name ?? "photo.jpg");
    for (const name of schema.required ?? []) {
      const property = deref(document, schema.properties?.[name]);
      options.push(
        property?.format === "binary"
          ? `  --form ${name}=@./${fileName}`
          : `  --form ${shellWord(`${name}=${String(example[name] ?? sampleValue(document, property, name))}`)}`,
      );
    }
  } else if (body !== undefined) {
    options.push(`  --header 'Content-Type: application/json'`);
    const inline = `  --data ${shellWord(JSON.stringify(body))}`;
    if (inline.length <= SAMPLE_WIDTH) options.push(inline);
    else {
      // A here-document keeps the JSON as JSON: indented, and no quotes to escape.
      options.push("  --data @- <<'JSON'");
      after.push(...literal(body, { json: true }).split("\n"), "JSON");
    }
  }
  const comment = exampleName ? [`# body: the "${exampleName}" example`] : [];
  const lines = [...comment, ...before, options.join(" \\\n"), ...after];
  return `${lines.join("\n")}\n`;
}
