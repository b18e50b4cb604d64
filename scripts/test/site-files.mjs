// @ts-check
// What the docs tests read: the built site and the bundled specs in it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./spec-copy.mjs";

export const site = path.join(repoRoot, "site");
export const APIS = /** @type {const} */ (["prepr", "preo"]);

/** @param {string} api @returns {Record<string, any>} */
export function builtSpec(api) {
  return JSON.parse(readFileSync(path.join(site, api, "openapi.json"), "utf8"));
}

export { operationsOf } from "../lib/spec-walk.mjs";

/** @param {string} api @returns {string} the reference page's HTML */
export function pageHtml(api) {
  return readFileSync(path.join(site, api, "index.html"), "utf8");
}

/**
 * The document a reference page renders, as inlined in its script (which the page
 * builds from the bundle: concept sections, wire-form filters).
 * @param {string} api @returns {Record<string, any>}
 */
export function pageDefinition(api) {
  const match = pageHtml(api).match(/const __redoc_definition = (.*);\s*const __redoc_options/s);
  if (!match?.[1]) throw new Error(`${api}/index.html inlines no Redoc definition`);
  return JSON.parse(match[1]);
}

/**
 * Every code sample of a built spec labelled `label`, keyed `operationId (label)`.
 * @param {Record<string, any>} spec @param {string} label @returns {Record<string, string>}
 */
export function samplesOf(spec, label) {
  /** @type {Record<string, string>} */
  const samples = {};
  for (const path of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(path)) {
      const sample = (operation?.["x-codeSamples"] ?? []).find(
        (/** @type {any} */ s) => s.label === label,
      );
      if (sample) samples[`${operation.operationId} (${label})`] = sample.source;
    }
  }
  return samples;
}
