// @ts-check
// The curl sample of an operation: the same request as the TypeScript sample, laid out
// to fit the docs' sample panel (query parameters one a line with -G, JSON bodies in a
// here-document, long URLs through shell variables, a multipart upload as --form parts).

import { callArguments, uploadArguments } from "./sample-arguments.mjs";
import { fits, literal, SAMPLE_WIDTH } from "./sample-layout.mjs";
import { deref } from "./spec-walk.mjs";
import { wirePairs, wireQuery } from "./wire-query.mjs";

/** @typedef {import("./code-samples.mjs").ClientInfo} ClientInfo */

/** @param {string} text  a word for a shell command line, in single quotes when needed */
export function shellWord(text) {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

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
 * The body options: `--form` parts for a multipart upload (the file itself, not base64
 * in JSON), else the JSON body inline when it fits, else in a here-document, which keeps
 * it as JSON: indented, and no quotes to escape. Returns the options and the lines after
 * the command (the here-document).
 * @param {Record<string, any>} document @param {Record<string, any>} content
 * @param {unknown} body
 */
function bodyOptions(document, content, body) {
  const multipart = content["multipart/form-data"];
  if (multipart) {
    const { filePart, fileName, fields } = uploadArguments(document, multipart);
    const parts = Object.entries(fields).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) => `  --form ${shellWord(`${name}=${v}`)}`),
    );
    return {
      options: [`  --form ${filePart}=@${shellWord(`./${fileName}`)}`, ...parts],
      after: [],
    };
  }
  if (body === undefined) return { options: [], after: [] };
  const type = `  --header 'Content-Type: application/json'`;
  const inline = `  --data ${shellWord(JSON.stringify(body))}`;
  if (inline.length <= SAMPLE_WIDTH) return { options: [type, inline], after: [] };
  return {
    options: [type, "  --data @- <<'JSON'"],
    after: [...literal(body, { json: true }).split("\n"), "JSON"],
  };
}

/**
 * @param {Record<string, any>} document @param {ClientInfo} client
 * @param {string} pathName @param {string} method
 */
export function curlSample(document, client, pathName, method) {
  const pathItem = deref(document, document.paths[pathName]);
  const operation = pathItem[method];
  const { path, query, body, exampleName, bracketed } = callArguments(
    document,
    pathItem,
    operation,
    pathName,
  );
  // Filters last: a filter's line is the longest, and the last line has no ` \`.
  const pairs = wirePairs(bracketed, query).sort(
    (a, b) => Number(a.includes("[")) - Number(b.includes("[")),
  );
  // -G sends the --data-urlencode pairs as the query string, one readable pair a line,
  // instead of a long percent-encoded URL. It would turn a POST into a GET, so a query
  // on another method stays in the URL.
  const asGet = method === "get" && pairs.length > 0;
  const search = !asGet && pairs.length > 0 ? `?${wireQuery(bracketed, query)}` : "";
  const { before, url } = urlLines(document.servers[0].url, `${pathName}${search}`, path);
  const content = deref(document, operation.requestBody)?.content ?? {};
  const { options, after } = bodyOptions(document, content, body);
  const command = [
    asGet ? "curl -G" : `curl --request ${method.toUpperCase()}`,
    url,
    `  --header "Authorization: Bearer $${client.tokenEnv}"`,
    ...(asGet ? pairs.map((pair) => `  --data-urlencode ${shellWord(pair)}`) : []),
    ...options,
  ];
  const comment = exampleName ? [`# body: the "${exampleName}" example`] : [];
  return `${[...comment, ...before, command.join(" \\\n"), ...after].join("\n")}\n`;
}
