// @ts-check
// The type-level half of a release rating: code written against the last version (its
// docs samples, its README snippets) must still compile against the new types when the
// spec rating says minor or patch. The spec engine cannot see everything that changes
// the generated types (a request property marked readOnly drops out of request bodies,
// for one), so a compile error here makes the change major whatever the rating says.
//
// The compiling itself is @specbound/testkit's compileSnippets (TypeScript); this module
// gathers what to compile and folds the result into the rating.
import { addCodeSamples } from "./code-samples.mjs";
import { operationsOf } from "./spec-walk.mjs";

/** @typedef {import("./spec-diff.mjs").Rating} Rating */

/**
 * The TypeScript sample the docs build shows for every operation of `document`, keyed
 * `<operationId> (docs sample)`.
 * @param {Record<string, any>} document  a bundled spec (not modified)
 * @param {import("./code-samples.mjs").ClientInfo} client
 * @returns {Record<string, string>}
 */
export function docsSamples(document, client) {
  const withSamples = addCodeSamples(structuredClone(document), client);
  return Object.fromEntries(
    operationsOf(withSamples).flatMap(({ operation }) =>
      (operation["x-codeSamples"] ?? [])
        .filter((/** @type {{ label: string }} */ s) => s.label === "TypeScript")
        .map((/** @type {{ source: string }} */ s) => [
          `${operation.operationId} (docs sample)`,
          s.source,
        ]),
    ),
  );
}

/** Whether the rating is one the type check must confirm. @param {Rating} rating */
export function claimsCompatible(rating) {
  return rating.bump === "minor" || rating.bump === "patch";
}

/**
 * The rating, made major when the last version's code stopped compiling.
 * @param {Rating} rating
 * @param {string} pkg  `@specbound/prepr`
 * @param {string[]} errors  compiler errors, one string each
 * @returns {Rating}
 */
export function withTypeBreaks(rating, pkg, errors) {
  if (errors.length === 0) return rating;
  const shown = errors.slice(0, 3).join("; ");
  const more = errors.length > 3 ? `; and ${errors.length - 3} more` : "";
  return {
    bump: "major",
    changes: [
      {
        bump: "major",
        where: `${pkg} types`,
        what: `Code written for the last version stops compiling: ${shown}${more} [ours/type-check]`,
      },
      ...rating.changes,
    ],
  };
}
