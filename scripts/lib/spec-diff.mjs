// @ts-check
// Each API's spec in the working tree against the same spec at a base revision: both
// bundled, compared by the engine, rated by our rules.
import { existsSync } from "node:fs";
import path from "node:path";
import { rateApi } from "./bump-rules.mjs";
import { bundleApis } from "./bundle-apis.mjs";
import { checkoutInto } from "./git-revision.mjs";
import { engineChanges } from "./redocly-diff.mjs";

/** @typedef {import("./bump-rules.mjs").Bump} Bump */
/** @typedef {import("./bump-rules.mjs").RatedChange} RatedChange */
/** @typedef {{ bump: Bump, changes: RatedChange[] }} Rating */

/**
 * @typedef {object} ApiDiff
 * @property {Rating} rating
 * @property {Record<string, any>} [before]  the bundle at the base; absent for a new API
 * @property {Record<string, any>} [after]   the bundle now; absent for a removed API
 */

/**
 * Rates two sets of bundles, API by API (the APIs of either side).
 * @param {Map<string, Record<string, any>>} before
 * @param {Map<string, Record<string, any>>} after
 * @returns {Promise<Map<string, ApiDiff>>}
 */
export async function diffBundles(before, after) {
  const names = [...new Set([...after.keys(), ...before.keys()])];
  const entries = await Promise.all(
    names.map(async (name) => {
      const old = before.get(name);
      const now = after.get(name);
      /** @type {Rating} */
      let rating;
      if (old && now) rating = rateApi(await engineChanges(old, now));
      else if (now) rating = whole("minor", name, "The API is new: the base has no spec for it.");
      else rating = whole("major", name, "The API's spec was removed.");
      return /** @type {const} */ ([name, { rating, before: old, after: now }]);
    }),
  );
  return new Map(entries);
}

/** @param {Bump} bump @param {string} where @param {string} what @returns {Rating} */
function whole(bump, where, what) {
  return { bump, changes: [{ bump, where, what }] };
}

/**
 * The working tree's specs against the specs at `rev`.
 * @param {string} root  repository root
 * @param {string} rev   a commit
 * @returns {Promise<Map<string, ApiDiff>>}
 */
export async function diffWorkingTree(root, rev) {
  const base = checkoutInto(root, rev, ["redocly.yaml", "specs"]);
  try {
    const [before, after] = await Promise.all([
      existsSync(path.join(base.dir, "redocly.yaml")) ? bundleApis(base.dir) : new Map(),
      bundleApis(root),
    ]);
    return await diffBundles(before, after);
  } finally {
    base.remove();
  }
}

/**
 * The JSON report: `{ <api>: { bump, changes: [{ bump, where, what }] } }`.
 * @param {Map<string, ApiDiff>} diffs
 * @returns {Record<string, Rating>}
 */
export function report(diffs) {
  return Object.fromEntries([...diffs].map(([name, diff]) => [name, diff.rating]));
}
