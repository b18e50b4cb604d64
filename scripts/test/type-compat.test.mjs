// @ts-check
// The type-level check: the last version's docs samples and README snippets compiled
// against types generated from an edited spec. A request property marked readOnly is
// rated patch by the spec engine, yet drops out of the generated request body type: the
// docs sample of POST /channels, which sends it, stops compiling, and the check makes
// the release major.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compileSnippets, markdownSnippets } from "@specbound/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readApis } from "../lib/apis.mjs";
import { bundleApis } from "../lib/bundle-apis.mjs";
import { neededReleases, uncoveredChanges } from "../lib/changeset-gate.mjs";
import { renderTypes } from "../lib/render-types.mjs";
import { diffBundles } from "../lib/spec-diff.mjs";
import { docsSamples } from "../lib/type-compat.mjs";
import { repoRoot } from "./spec-copy.mjs";
import { applyEdits, EDITS } from "./spec-edits.mjs";

const PACKAGES = ["runtime", "prepr", "preo"];
const prepr = readApis(repoRoot).find((a) => a.name === "prepr");

/**
 * A scratch copy of the specs and of the three packages' sources (their node_modules
 * linked), so its prepr types can be regenerated from an edited spec.
 */
function scratchPackages() {
  const root = mkdtempSync(path.join(tmpdir(), "specbound-types-"));
  cpSync(path.join(repoRoot, "redocly.yaml"), path.join(root, "redocly.yaml"));
  cpSync(path.join(repoRoot, "specs"), path.join(root, "specs"), { recursive: true });
  for (const pkg of PACKAGES) {
    const from = path.join(repoRoot, "packages", pkg);
    mkdirSync(path.join(root, "packages", pkg), { recursive: true });
    cpSync(path.join(from, "src"), path.join(root, "packages", pkg, "src"), { recursive: true });
    symlinkSync(path.join(from, "node_modules"), path.join(root, "packages", pkg, "node_modules"));
  }
  return root;
}

/**
 * Compiles snippets against the scratch packages: compileSnippets' own mapping of each
 * package (and its subpath entries, src/<entry>.ts), pointed at the scratch copy.
 * @param {string} root @param {Record<string, string>} snippets
 */
function compileAgainst(root, snippets) {
  const src = (/** @type {string} */ p) => path.join(root, "packages", p, "src");
  return compileSnippets(snippets, {
    paths: Object.fromEntries(
      PACKAGES.flatMap((p) => [
        [`@specbound/${p}`, [path.join(src(p), "index.ts")]],
        [`@specbound/${p}/*`, [path.join(src(p), "*.ts")]],
      ]),
    ),
  });
}

describe("code written for the last version, compiled against new types", () => {
  /** @type {string} */
  let root;
  /** @type {Record<string, any>} */
  let before;
  /** @type {Record<string, string>} */
  let lastVersionCode;

  beforeAll(async () => {
    if (!prepr) throw new Error("redocly.yaml declares no prepr API");
    root = scratchPackages();
    before = (await bundleApis(repoRoot, ["prepr"])).get("prepr") ?? {};
    const readme = path.join(repoRoot, "packages", "prepr", "README.md");
    lastVersionCode = {
      ...docsSamples(before, prepr.client),
      ...markdownSnippets("prepr-README.md", readFileSync(readme, "utf8")),
    };
  }, 60_000);
  afterAll(() => root && rmSync(root, { recursive: true, force: true }));

  /** Regenerates the scratch copy's prepr types from its (edited) spec. */
  async function regenerate() {
    const after = (await bundleApis(root, ["prepr"])).get("prepr") ?? {};
    const schema = path.join(root, "packages", "prepr", "src", "generated", "schema.ts");
    writeFileSync(schema, await renderTypes(after));
    return after;
  }

  it("compiles against types from the unchanged spec (so a failure below is the edit's)", async () => {
    await regenerate();
    expect(Object.keys(lastVersionCode)).toContain("createChannel (docs sample)");
    expect(compileAgainst(root, lastVersionCode)).toEqual([]);
  }, 120_000);

  it("catches a request property made readOnly, which the spec rating calls patch", async () => {
    applyEdits(root, [EDITS["prepr: marks a request property readOnly (ChannelInput.slug)"]]);
    const after = await regenerate();
    const diffs = await diffBundles(new Map([["prepr", before]]), new Map([["prepr", after]]));
    expect(diffs.get("prepr")?.rating.bump).toBe("patch");

    const errors = compileAgainst(root, lastVersionCode);
    // The sample's `slug: "…"` line: the body type now has `slug?: undefined`.
    expect(errors).toEqual([
      expect.stringMatching(
        /-createChannel_docs_sample_\.ts:\d+:\d+ Type 'string' is not assignable/,
      ),
    ]);

    const needed = neededReleases(root, diffs, () => errors);
    expect(needed.get("@specbound/prepr")?.bump).toBe("major");
    const [problem] = uncoveredChanges(needed, new Map([["@specbound/prepr", "patch"]]));
    expect(problem).toContain(
      "@specbound/prepr needs a major release, but its changesets declare patch",
    );
    expect(problem).toContain("major  @specbound/prepr types: Code written for the last version");
    expect(problem).toContain("[ours/type-check]");
  }, 120_000);
});
