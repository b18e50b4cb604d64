// @ts-check
// Whether the pending changesets release each client package with at least the bump its
// spec changes need. A spec change releases its API's client (@specbound/<api>); what
// the changesets declare is read with changesets' own release planner, so it counts
// exactly what `changeset version` will do (dependents' bumps included).
import getReleasePlan from "@changesets/get-release-plan";
import { readApis } from "./apis.mjs";
import { BUMPS, exceeds } from "./bump-rules.mjs";
import { claimsCompatible, withTypeBreaks } from "./type-compat.mjs";

/** @typedef {import("./bump-rules.mjs").Bump} Bump */
/** @typedef {import("./spec-diff.mjs").Rating} Rating */
/** @typedef {import("./spec-diff.mjs").ApiDiff} ApiDiff */

/**
 * The client package each API's changes release.
 * @param {string} root @param {string} api
 */
export function clientPackage(root, api) {
  return readApis(root).find((a) => a.name === api)?.client.packageName ?? `@specbound/${api}`;
}

/**
 * What each client package's release needs: its API's rating, made major where the
 * rating says minor or patch but `typeErrors` finds code of the last version that no
 * longer compiles (type-compat.mjs).
 * @param {string} root
 * @param {Map<string, ApiDiff>} diffs  API name → its diff
 * @param {(api: string, diff: ApiDiff) => string[]} [typeErrors]  none checked when absent
 * @returns {Map<string, Rating>}  package name → rating
 */
export function neededReleases(root, diffs, typeErrors) {
  return new Map(
    [...diffs].map(([api, diff]) => {
      const pkg = clientPackage(root, api);
      const check = typeErrors && diff.before && claimsCompatible(diff.rating);
      const rating = check ? withTypeBreaks(diff.rating, pkg, typeErrors(api, diff)) : diff.rating;
      return [pkg, rating];
    }),
  );
}

/**
 * The bump `changeset version` would give each package now.
 * @param {string} root @returns {Promise<Map<string, Bump>>}
 */
export async function declaredBumps(root) {
  const plan = await getReleasePlan(root);
  return new Map(
    plan.releases
      .filter((r) => BUMPS.includes(/** @type {Bump} */ (r.type)))
      .map((r) => [r.name, /** @type {Bump} */ (r.type)]),
  );
}

/**
 * One message per package whose changesets declare less than its changes need, naming
 * each change that needs more and the bump it needs. [] when all are covered.
 * @param {Map<string, Rating>} needed   package name → the rating of its changes
 * @param {Map<string, Bump>} declared   package name → the bump its changesets give
 * @returns {string[]}
 */
export function uncoveredChanges(needed, declared) {
  return [...needed].flatMap(([pkg, rating]) => {
    const has = declared.get(pkg) ?? "none";
    if (!exceeds(rating.bump, has)) return [];
    const lines = rating.changes
      .filter((c) => exceeds(c.bump, has))
      .map((c) => `  ${c.bump.padEnd(5)}  ${c.where}: ${c.what}`);
    const declaredText =
      has === "none" ? "no changeset releases it" : `its changesets declare ${has}`;
    return [
      [
        `${pkg} needs a ${rating.bump} release, but ${declaredText}. The changes that need more than ${has}:`,
        ...lines,
        `Run \`pnpm changeset\` and choose ${rating.bump} for ${pkg} (or undo the change).`,
      ].join("\n"),
    ];
  });
}
