// @ts-check
// The ratings of `pnpm spec:diff`: canned edits (spec-edits.mjs) applied to scratch
// copies of the specs, each rated against the specs as they are, through the real engine
// (redocly diff) and our rules. One case per rule, on both APIs, and no edit → none.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { direction, rateChange } from "../lib/bump-rules.mjs";
import { bundleApis } from "../lib/bundle-apis.mjs";
import { diffBundles } from "../lib/spec-diff.mjs";
import { repoRoot } from "./spec-copy.mjs";
import { applyEdits, EDITS } from "./spec-edits.mjs";

/** @typedef {import("../lib/spec-diff.mjs").Rating} Rating */

/** @returns {string} a scratch copy of what bundling reads */
function scratchSpecs() {
  const root = mkdtempSync(path.join(tmpdir(), "specbound-edit-"));
  cpSync(path.join(repoRoot, "redocly.yaml"), path.join(root, "redocly.yaml"));
  cpSync(path.join(repoRoot, "specs"), path.join(root, "specs"), { recursive: true });
  return root;
}

// [edit, the API's bump, its changes as [bump, where (contains), what (contains)]]
/** @type {[keyof typeof EDITS, string, [string, string, string][]][]} */
const CASES = [
  [
    "prepr: removes an operation (DELETE /channels/{id})",
    "major",
    [["major", "DELETE /channels/{id}", "[operation-removed]"]],
  ],
  [
    "preo: removes a path (/v1/segments/{id}/reset-to-draft)",
    "major",
    [
      ["major", "/v1/segments/{id}/reset-to-draft", "[path-removed]"],
      // its example goes with it: docs only
      ["patch", "#/components/examples/segments.reset-to-draft.200", "[ours/docs-only]"],
    ],
  ],
  [
    "prepr: removes a response property (Channel.slug)",
    "major",
    [["major", "(#/components/schemas/Channel/properties/slug)", "[property-removed]"]],
  ],
  [
    "prepr: removes an enum value a client may send (ChannelSort -name)",
    "major",
    [["major", "GET /channels #/parameters/2/schema", "[enum-values-removed]"]],
  ],
  [
    "prepr: removes an enum value the client only receives (TextField.format H6)",
    "patch",
    [["patch", "(#/components/schemas/TextField/properties/format/enum)", "`enum` of Schema"]],
  ],
  [
    "prepr: adds a required request property (ChannelInput.color)",
    "major",
    [
      ["major", "POST /channels #/requestBody", "[required-properties-added]"],
      ["minor", "(#/components/schemas/ChannelInput/properties/color)", "Schema added."],
    ],
  ],
  [
    "preo: adds a required request parameter (GET /v1/files folder)",
    "major",
    [["major", "GET /v1/files #/parameters/1", "[parameter-became-required]"]],
  ],
  [
    "preo: changes a type (File.file_name string → integer)",
    "major",
    [["major", "(#/components/schemas/File/properties/file_name/type)", "[schema-type-changed]"]],
  ],
  [
    "prepr: adds an operation (PATCH /channels/{id})",
    "minor",
    [["minor", "PATCH /channels/{id}", "Operation added."]],
  ],
  [
    "prepr: adds an optional parameter (GET /channels/{id} locale)",
    "minor",
    [["minor", "GET /channels/{id} #/parameters/0", "Parameter added."]],
  ],
  [
    "preo: adds a response property (File.size)",
    "minor",
    [["minor", "(#/components/schemas/File/properties/size)", "Schema added."]],
  ],
  [
    "prepr: changes a description only (GET /channels/{id})",
    "patch",
    [["patch", "GET /channels/{id}", "`description` of Operation changed"]],
  ],
  [
    "preo: changes a description only (SegmentCreate.name)",
    "patch",
    [["patch", "POST /v1/segments #/requestBody", "`description` of Schema changed"]],
  ],
  [
    "prepr: lets a request send a new enum value (ChannelSort slug)",
    "minor",
    [["minor", "GET /channels #/parameters/2/schema", "'slug'. [ours/request-widened]"]],
  ],
  [
    "preo: lets a request send null (SegmentCreate.name)",
    "minor",
    [["minor", "POST /v1/segments #/requestBody", "'null'. [ours/request-widened]"]],
  ],
  [
    "prepr: adds a value to a webhook payload's enum (ChannelEvent.event)",
    "major",
    [["major", "POST webhook channel.created #/requestBody", "[enum-values-added]"]],
  ],
  [
    // The engine sees no break, but the request type loses `slug`: the type-level check
    // (type-compat.test.mjs) is what makes this major.
    "prepr: marks a request property readOnly (ChannelInput.slug)",
    "patch",
    [["patch", "POST /channels #/requestBody", "`readOnly` of Schema changed"]],
  ],
  [
    "prepr: changes a tag's description (Containers)",
    "patch",
    [["patch", "#/tags/1", "[ours/docs-only]"]],
  ],
];

describe("canned spec edits, rated", () => {
  /** @type {Map<string, Record<string, any>>} */
  let now;
  /** @type {Map<string, Rating>} */
  const ratings = new Map();

  // Bundle the specs once, then every edited copy at the same time: the engine runs as a
  // child process per pair, so the pairs overlap.
  beforeAll(async () => {
    now = await bundleApis(repoRoot);
    await Promise.all(
      Object.entries(EDITS).map(async ([name, edit]) => {
        const root = scratchSpecs();
        try {
          applyEdits(root, [edit]);
          const api = edit.file.split("/")[1] ?? "";
          const edited = await bundleApis(root, [api]);
          const diff = await diffBundles(new Map([[api, now.get(api) ?? {}]]), edited);
          ratings.set(name, diff.get(api)?.rating ?? { bump: "none", changes: [] });
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
    );
  }, 120_000);

  it("has a case for every edit, on both APIs", () => {
    expect(CASES.map(([name]) => name).sort()).toEqual(Object.keys(EDITS).sort());
    expect(new Set(CASES.map(([name]) => name.split(":")[0]))).toEqual(new Set(["prepr", "preo"]));
  });

  it.each(CASES)("%s → %s", (name, bump, changes) => {
    const rating = ratings.get(name);
    expect(rating?.bump).toBe(bump);
    expect(rating?.changes).toEqual(
      changes.map(([b, where, what]) => ({
        bump: b,
        where: expect.stringContaining(where),
        what: expect.stringContaining(what),
      })),
    );
  });

  it("rates an unedited copy none, for both APIs", async () => {
    const root = scratchSpecs();
    try {
      const diff = await diffBundles(now, await bundleApis(root));
      expect([...diff].map(([api, d]) => [api, d.rating])).toEqual([
        ["prepr", { bump: "none", changes: [] }],
        ["preo", { bump: "none", changes: [] }],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it("fails an edit whose text is gone instead of rating it none", () => {
    const root = scratchSpecs();
    try {
      const stale = { ...EDITS["prepr: changes a description only (GET /channels/{id})"] };
      applyEdits(root, [stale]);
      expect(() => applyEdits(root, [stale])).toThrow(/expects exactly one/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("our rules on the engine's changes", () => {
  it.each([
    ["#/paths/~1a/post/requestBody/content", "sends"],
    ["#/paths/~1a/get/parameters/0/schema", "sends"],
    ["#/paths/~1a/parameters/0", "sends"],
    ["#/paths/~1a/get/responses/200/content", "receives"],
    ["#/webhooks/a.created/post/requestBody/content", "receives"],
    ["#/webhooks/a.created/post/responses/200", "sends"],
    ["#/components/schemas/A", undefined],
    ["#/paths/~1a/get/responses/200/content/schema/properties/parameters", "receives"],
  ])("%s: the client %s it", (pointer, way) => {
    expect(direction(pointer)).toBe(way);
  });

  /** @type {import("../lib/redocly-diff.mjs").EngineChange} */
  const enumGrew = {
    path: "#/paths/~1a/get/parameters/0/schema",
    typeName: "Schema",
    kind: "modified",
    impact: "patch",
    verdicts: [],
    property: "enum",
    base: { pointer: "#/components/schemas/Sort/enum", value: ["a"] },
    revision: { pointer: "#/components/schemas/Sort/enum", value: ["a", "b"] },
  };

  it("lifts a request's new enum value to minor", () => {
    expect(rateChange(enumGrew)).toEqual({
      bump: "minor",
      where: "GET /a #/parameters/0/schema (#/components/schemas/Sort/enum)",
      what: "Enum gained values: 'b'. [ours/request-widened]",
    });
  });

  it.each([
    ["in a response", { path: "#/paths/~1a/get/responses/200/content" }],
    ["with a value also removed", { revision: { pointer: "", value: ["b"] } }],
    [
      "named by an engine rule",
      { verdicts: [{ ruleId: "x", message: "X." }], impact: /** @type {const} */ ("major") },
    ],
  ])("keeps the engine's rating of an enum change %s", (_, differs) => {
    const change = { ...enumGrew, ...differs };
    expect(rateChange(change).bump).toBe(change.impact);
    expect(rateChange(change).what).not.toContain("[ours/");
  });
});
