// @ts-check
// The checks check:package runs on each packed tarball (scripts/check-package.mjs), on
// manifests and READMEs that break them, and on the workspace's own packages.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  manifestProblems,
  privateWorkspacePackages,
  relativeLinks,
} from "../lib/published-manifest.mjs";
import { repoRoot } from "./spec-copy.mjs";

const good = {
  name: "@specbound/prepr",
  keywords: ["prepr"],
  homepage: "https://github.com/specbound/specbound/tree/main/packages/prepr#readme",
  bugs: { url: "https://github.com/specbound/specbound/issues" },
  repository: {
    type: "git",
    url: "git+https://github.com/specbound/specbound.git",
    directory: "packages/prepr",
  },
  dependencies: { "@specbound/runtime": "^0.1.0" },
};
const expected = { directory: "packages/prepr", privatePackages: new Set(["@specbound/testkit"]) };

describe("the packed manifest", () => {
  it("passes with npm's metadata and public dependencies", () => {
    expect(manifestProblems(good, expected)).toEqual([]);
  });

  it.each([
    [
      "a private devDependency",
      { devDependencies: { "@specbound/testkit": "0.0.0" } },
      "devDependencies names @specbound/testkit, a private workspace package npm users cannot get",
    ],
    [
      "a workspace range",
      { dependencies: { "@specbound/runtime": "workspace:^" } },
      'dependencies.@specbound/runtime is "workspace:^": the workspace protocol was not replaced',
    ],
    [
      "another directory",
      { repository: { ...good.repository, directory: "packages/preo" } },
      'repository.directory is "packages/preo", not "packages/prepr"',
    ],
    ["no homepage", { homepage: undefined }, "homepage is not an https URL"],
    ["no bugs", { bugs: undefined }, "bugs.url is not an https URL"],
    ["no keywords", { keywords: [] }, "keywords are missing"],
  ])("fails with %s", (_, change, problem) => {
    expect(manifestProblems({ ...good, ...change }, expected)).toEqual([problem]);
  });

  it("knows the workspace's private packages", () => {
    const names = privateWorkspacePackages(repoRoot);
    expect(names).toContain("@specbound/testkit");
    expect(names).not.toContain("@specbound/prepr");
  });
});

describe("README links on npmjs.com", () => {
  it("finds relative links and images, and lets absolute ones and anchors pass", () => {
    const markdown = [
      "[specs](../../specs/prepr) and ![logo](./logo.png) and [guide](docs/guide.md)",
      "[abs](https://github.com/specbound/specbound) [mail](mailto:a@b.c) [here](#logging)",
    ].join("\n");
    expect(relativeLinks(markdown)).toEqual(["../../specs/prepr", "./logo.png", "docs/guide.md"]);
  });

  it.each(["runtime", "prepr", "preo"])("packages/%s/README.md has none", (pkg) => {
    const readme = readFileSync(path.join(repoRoot, "packages", pkg, "README.md"), "utf8");
    expect(relativeLinks(readme)).toEqual([]);
  });
});
