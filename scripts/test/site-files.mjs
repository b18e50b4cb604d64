// @ts-check
// What the docs tests read: the built site and the bundled specs in it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./spec-copy.mjs";

export const site = path.join(repoRoot, "site");
export const APIS = /** @type {const} */ (["prepr", "preo"]);
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

/** @param {string} api @returns {Record<string, any>} */
export function builtSpec(api) {
  return JSON.parse(readFileSync(path.join(site, api, "openapi.json"), "utf8"));
}

/** @param {Record<string, any>} spec */
export function operationsOf(spec) {
  return Object.entries(spec.paths).flatMap(([p, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ method: m, path: p, operation: item[m] })),
  );
}
