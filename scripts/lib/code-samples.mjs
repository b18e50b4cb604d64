// @ts-check
// x-codeSamples for the published docs: every operation gets a TypeScript call through
// the package's client (typescript-sample.mjs) and the same request as curl
// (curl-sample.mjs). Added to the bundled spec only; the hand-written sources never carry
// them. A test compiles every TypeScript sample against the packages.

import { curlSample } from "./curl-sample.mjs";
import { operationsOf } from "./spec-walk.mjs";
import { typescriptSample } from "./typescript-sample.mjs";

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
