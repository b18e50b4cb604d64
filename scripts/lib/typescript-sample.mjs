// @ts-check
// The TypeScript sample of an operation: the call through the package's client with the
// arguments of sample-arguments.mjs, laid out within the sample panel (sample-layout.mjs);
// a multipart upload goes through the package's upload helper instead.

import { callArguments, uploadArguments } from "./sample-arguments.mjs";
import { callSource, flatLiteral, literal, SAMPLE_WIDTH } from "./sample-layout.mjs";
import { deref } from "./spec-walk.mjs";

/** @typedef {import("./code-samples.mjs").ClientInfo} ClientInfo */

/**
 * The first 2xx response: its status and whether it has a body, and how openapi-fetch
 * must read that body (`parseAs`) when it is not JSON: text for text/*, else a Blob.
 * @param {Record<string, any>} document @param {any} operation
 */
function success(document, operation) {
  const code = Object.keys(operation.responses ?? {}).find((c) => c.startsWith("2")) ?? "200";
  const types = Object.keys(deref(document, operation.responses?.[code])?.content ?? {});
  const parseAs =
    types.length === 0 || types.some((type) => type.includes("json"))
      ? undefined
      : types.some((type) => type.startsWith("text/"))
        ? "text"
        : "blob";
  return { hasBody: types.length > 0, parseAs };
}

/** camelCase name for the call's result, from the operationId. @param {string} operationId */
export function resultName(operationId) {
  const words = operationId
    .replace(/^(get|list|create|update|retrieve)/, "")
    .replace(/^./, (/** @type {string} */ c) => c.toLowerCase());
  return words || "result";
}

/**
 * `const prepr = createPreprClient({ token: … });`, broken over three lines when wider
 * than the panel.
 * @param {ClientInfo} client
 */
function clientLines(client) {
  const token = `token: process.env.${client.tokenEnv}`;
  const line = `const ${client.variable} = ${client.factory}({ ${token} });`;
  if (line.length <= SAMPLE_WIDTH) return [line];
  return [`const ${client.variable} = ${client.factory}({`, `  ${token},`, "});"];
}

/**
 * The upload helper's call, with the values of the multipart example: the sample a reader
 * should copy, not a JSON body with the file's bytes spelled out.
 * @param {Record<string, any>} document @param {ClientInfo} client @param {any} media
 */
function uploadSample(document, client, media) {
  const { fileName, fields } = uploadArguments(document, media);
  const { organization_id: organizationId, file_name: _, ...rest } = fields;
  const lines = [
    `import { readFile } from "node:fs/promises";`,
    `import { ${client.factory}, ${client.uploadHelper} } from "${client.packageName}";`,
    "",
    ...clientLines(client),
    "",
    "// multipart/form-data: the file's bytes as a Blob, File or",
    "// Uint8Array.",
    `const file = await ${client.uploadHelper}(${client.variable}, {`,
    `  organizationId: ${JSON.stringify(organizationId)},`,
    `  file: await readFile(${JSON.stringify(fileName)}),`,
    `  fileName: ${JSON.stringify(fileName)},`,
    ...Object.entries(rest).map(
      ([name, value]) =>
        `  ${name}: ${literal(value, { indent: 2, start: 4 + name.length, tail: 1 })},`,
    ),
    "});",
    "console.log(file.api_id);",
  ];
  return `${lines.join("\n")}\n`;
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
  const { path, query, body, exampleName } = callArguments(document, pathItem, operation, pathName);
  const { hasBody, parseAs } = success(document, operation);
  /** @type {Record<string, unknown>} */
  const params = {};
  if (Object.keys(path).length) params.path = path;
  if (Object.keys(query).length) params.query = query;
  /** @type {Record<string, unknown>} */
  const init = {};
  if (Object.keys(params).length) init.params = params;
  if (body !== undefined) init.body = body;
  if (parseAs) init.parseAs = parseAs;
  const lines = [
    `import { ${client.factory}, unwrap } from "${client.packageName}";`,
    "",
    ...clientLines(client),
    "",
  ];
  if (exampleName) lines.push(`// body: the "${exampleName}" example`);
  // The client's variable may not be shadowed: `listThings` on a `things` client.
  const name = resultName(operation.operationId);
  const assign = hasBody ? `const ${name === client.variable ? "result" : name} = ` : "";
  const head = `await ${client.variable}.${method.toUpperCase()}`;
  const args = [JSON.stringify(pathName)];
  const callInit = Object.keys(init).length ? init : undefined;
  // `x = unwrap(await c.GET(…));` on one line when it fits, else the awaited call on
  // its own lines inside unwrap(…), as Prettier breaks it.
  const flatArgs = [...args, ...(callInit ? [flatLiteral(callInit)] : [])].join(", ");
  const oneLine = `${assign}unwrap(${head}(${flatArgs}));`;
  lines.push(
    oneLine.length <= SAMPLE_WIDTH
      ? oneLine
      : `${assign}unwrap(\n  ${callSource(head, args, callInit, 2, 1)},\n);`,
  );
  return `${lines.join("\n")}\n`;
}
