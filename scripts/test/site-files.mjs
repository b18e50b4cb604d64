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
