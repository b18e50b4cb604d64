// @ts-check
// x-codeSamples for the published docs: for every operation, a short TypeScript call
// through the package's client, with arguments drawn from the operation's parameters,
// request examples and schemas (sample-arguments.mjs), and the same request as curl
// (curl-sample.mjs), every line within the sample panel's width (sample-layout.mjs).
// Added to the bundled spec only; the hand-written sources never carry them. A test
// compiles every TypeScript sample against the packages.

import { curlSample } from "./curl-sample.mjs";
import { callArguments, exampleOf } from "./sample-arguments.mjs";
import { callSource, flatLiteral, SAMPLE_WIDTH } from "./sample-layout.mjs";
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

export { curlSample };

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
  const { path, query, body, exampleName } = callArguments(document, pathItem, operation, pathName);
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
  const { hasBody } = successStatus(operation, document);
  const lines = [
    `import { ${client.factory}, unwrap } from "${client.packageName}";`,
    "",
    ...clientLines(client),
    "",
  ];
  if (exampleName) lines.push(`// body: the "${exampleName}" example`);
  const assign = hasBody ? `const ${resultName(operation.operationId)} = ` : "";
  const head = `await ${client.variable}.${method.toUpperCase()}`;
  const args = [JSON.stringify(pathName)];
  const callInit = Object.keys(init).length ? init : undefined;
  // `x = unwrap(await c.GET(…));` on one line when it fits, else the awaited call on
  // its own lines inside unwrap(…), as Prettier breaks it.
  const flatArgs = [...args, ...(callInit ? [flatLiteral(callInit)] : [])].join(", ");
  const oneLine = `${assign}unwrap(${head}(${flatArgs}));`;
  const flatFits = oneLine.length <= SAMPLE_WIDTH;
  lines.push(
    flatFits ? oneLine : `${assign}unwrap(\n  ${callSource(head, args, callInit, 2, 1)},\n);`,
  );
  return `${lines.join("\n")}\n`;
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
  const example = /** @type {Record<string, unknown>} */ (exampleOf(document, media) ?? {});
  const fileName = String(example.file_name ?? "poster.jpg");
  /** @type {Record<string, unknown>} */
  const input = { organizationId: example.organization_id ?? "org_3f9c2a" };
  const lines = [
    `import { readFile } from "node:fs/promises";`,
    `import { ${client.factory}, ${client.uploadHelper} } from "${client.packageName}";`,
    "",
    ...clientLines(client),
    "",
    "// multipart/form-data: the file's bytes as a Blob, File or",
    "// Uint8Array.",
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
