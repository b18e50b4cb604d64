#!/usr/bin/env node
// @ts-check
// Rates every change of each API's spec since a base revision by the semver bump it needs,
// and says whether the pending changesets give each client package that bump.
//
//   pnpm spec:diff [--base REV] [--format text|json] [--root DIR]
//
// REV defaults to the merge-base of HEAD with main. --format json prints one object,
// `{ "<api>": { "bump", "changes": [{ "bump", "where", "what" }] } }`, and nothing else.
// The rules are in scripts/lib/bump-rules.mjs and CONTRIBUTING.md.
import path from "node:path";
import { parseArgs } from "node:util";
import { declaredBumps, neededReleases, uncoveredChanges } from "./lib/changeset-gate.mjs";
import { resolveBase, shortRev } from "./lib/git-revision.mjs";
import { diffWorkingTree, report } from "./lib/spec-diff.mjs";

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    format: { type: "string", default: "text" },
    root: { type: "string", default: path.resolve(import.meta.dirname, "..") },
  },
});
if (values.format !== "text" && values.format !== "json") {
  console.error(`--format ${values.format}: use text or json`);
  process.exit(2);
}
const root = path.resolve(values.root);

const base = resolveBase(root, values.base);
if (!base.rev) {
  console.error(`spec:diff: no base to compare with: ${base.label}. Pass --base REV.`);
  process.exit(2);
}
const diffs = await diffWorkingTree(root, base.rev);
const ratings = report(diffs);

if (values.format === "json") {
  console.log(JSON.stringify(ratings, null, 2));
} else {
  console.log(`Spec changes since ${shortRev(root, base.rev)} (${base.label}):\n`);
  for (const [api, rating] of Object.entries(ratings)) {
    console.log(`${api}: ${rating.bump}`);
    for (const change of rating.changes) {
      console.log(`  ${change.bump.padEnd(5)}  ${change.where}\n         ${change.what}`);
    }
  }
  // The type-level check (type-compat.mjs) needs TypeScript and runs in `pnpm test`.
  const needed = neededReleases(root, diffs);
  const declared = await declaredBumps(root);
  console.log("\nChangesets:");
  for (const [pkg, rating] of needed) {
    console.log(
      `  ${pkg}: changes need ${rating.bump}, changesets declare ${declared.get(pkg) ?? "none"}`,
    );
  }
  const problems = uncoveredChanges(needed, declared);
  console.log(problems.length === 0 ? "✓ covered" : `\n✗ ${problems.join("\n\n✗ ")}`);
}
