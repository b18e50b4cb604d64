// @ts-check
// The release gate: every spec change since the merge-base with main is released by the
// pending changesets with at least the bump it needs, and the last version's docs samples
// and README snippets still compile where the rating says minor or patch. The first
// block gates this checkout (it is what `pnpm test` enforces); the rest run the gate on
// scratch repositories, both ways, and through `pnpm spec:diff`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compileSnippets, markdownSnippets } from "@specbound/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readApis } from "../lib/apis.mjs";
import { declaredBumps, neededReleases, uncoveredChanges } from "../lib/changeset-gate.mjs";
import { fileAt, resolveBase } from "../lib/git-revision.mjs";
import { diffWorkingTree } from "../lib/spec-diff.mjs";
import { docsSamples } from "../lib/type-compat.mjs";
import { git, scratchRepo, writeChangeset } from "./scratch-repo.mjs";
import { repoRoot } from "./spec-copy.mjs";
import { applyEdits, EDITS } from "./spec-edits.mjs";

/**
 * The last version's code of an API: its docs samples and its README's snippets at the base.
 * @param {string} root @param {string} rev @param {string} api
 * @param {import("../lib/spec-diff.mjs").ApiDiff} diff
 */
function lastVersionCode(root, rev, api, diff) {
  const client = readApis(root).find((a) => a.name === api)?.client;
  const readme = `packages/${api}/README.md`;
  return {
    ...(client && diff.before ? docsSamples(diff.before, client) : {}),
    ...markdownSnippets(`${api}-README-at-base.md`, fileAt(root, rev, readme) ?? ""),
  };
}

/** The gate's messages for the checkout at `root`; [] when it passes. @param {string} root @param {string} rev */
async function gate(root, rev) {
  const diffs = await diffWorkingTree(root, rev);
  const needed = neededReleases(root, diffs, (api, diff) =>
    compileSnippets(lastVersionCode(root, rev, api, diff)),
  );
  return uncoveredChanges(needed, await declaredBumps(root));
}

describe("this checkout", () => {
  const base = resolveBase(repoRoot);
  if (base.rev) {
    const rev = base.rev;
    it(`releases every spec change since the ${base.label} with a big enough changeset`, async () => {
      expect((await gate(repoRoot, rev)).join("\n\n")).toBe("");
    }, 120_000);
  } else {
    // A clone without main (CI's single-commit checkouts) has nothing to compare with.
    it.skip(`has no base to gate against: ${base.label}`, () => {});
  }
});

describe("the gate on a branch that removes an operation and adds one", () => {
  /** @type {{ root: string, remove(): void }} */
  let repo;
  /** @type {Map<string, import("../lib/spec-diff.mjs").Rating>} */
  let needed;

  beforeAll(async () => {
    repo = scratchRepo();
    git(repo.root, ["checkout", "-q", "-b", "feature"]);
    applyEdits(repo.root, [
      EDITS["prepr: removes an operation (DELETE /channels/{id})"],
      EDITS["preo: adds a response property (File.size)"],
    ]);
    git(repo.root, ["commit", "-q", "-am", "spec changes"]);
    const base = resolveBase(repo.root);
    expect(base.label).toBe("merge-base with main");
    needed = neededReleases(repo.root, await diffWorkingTree(repo.root, base.rev ?? ""));
  }, 60_000);
  afterAll(() => repo.remove());

  /** @param {Record<string, string>} releases */
  async function messages(releases) {
    rmSync(path.join(repo.root, ".changeset", "change.md"), { force: true });
    if (Object.keys(releases).length > 0) writeChangeset(repo.root, "change", releases);
    return uncoveredChanges(needed, await declaredBumps(repo.root));
  }

  it("fails without changesets, naming each package and change", async () => {
    const problems = await messages({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^@specbound\/prepr needs a major release, but no changeset releases it\./,
    );
    expect(problems[0]).toContain(
      "major  DELETE /channels/{id}: Operation `DELETE /channels/{id}` was removed. [operation-removed]",
    );
    expect(problems[1]).toMatch(/^@specbound\/preo needs a minor release/);
    expect(problems[1]).toContain("(#/components/schemas/File/properties/size): Schema added.");
  });

  it("fails when a changeset declares less than the change needs", async () => {
    const problems = await messages({ "@specbound/prepr": "minor", "@specbound/preo": "minor" });
    expect(problems).toEqual([expect.stringContaining("but its changesets declare minor")]);
    expect(problems[0]).toContain("choose major for @specbound/prepr");
  });

  it("fails when the changeset releases another package than the API's client", async () => {
    const problems = await messages({ "@specbound/prepr": "major", "@specbound/runtime": "minor" });
    // runtime's minor gives preo a patch (it depends on runtime), which a minor change outgrows.
    expect(problems).toEqual([
      expect.stringMatching(
        /^@specbound\/preo needs a minor release, but its changesets declare patch/,
      ),
    ]);
  });

  it("passes when each client's changeset declares at least its bump", async () => {
    expect(await messages({ "@specbound/prepr": "major", "@specbound/preo": "minor" })).toEqual([]);
    expect(await messages({ "@specbound/prepr": "major", "@specbound/preo": "major" })).toEqual([]);
  });
});

describe("pnpm spec:diff", () => {
  const cli = path.join(repoRoot, "scripts", "spec-diff.mjs");
  /** @param {string} root @param {string[]} args */
  const specDiff = (root, args) =>
    spawnSync(process.execPath, [cli, "--root", root, ...args], { encoding: "utf8" });

  it("prints one JSON object, { <api>: { bump, changes: [{ bump, where, what }] } }", () => {
    const repo = scratchRepo();
    try {
      applyEdits(repo.root, [EDITS["prepr: adds an operation (PATCH /channels/{id})"]]);
      const run = specDiff(repo.root, ["--format", "json"]);
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual({
        prepr: {
          bump: "minor",
          changes: [{ bump: "minor", where: "PATCH /channels/{id}", what: "Operation added." }],
        },
        preo: { bump: "none", changes: [] },
      });
    } finally {
      repo.remove();
    }
  }, 60_000);

  it("compares with --base, and says in text whether the changesets cover the changes", () => {
    const repo = scratchRepo();
    try {
      const first = git(repo.root, ["rev-parse", "HEAD"]);
      applyEdits(repo.root, [EDITS["preo: changes a type (File.file_name string → integer)"]]);
      git(repo.root, ["commit", "-q", "-am", "type change"]);
      // main now holds the change: against the merge-base (HEAD) nothing changed …
      expect(specDiff(repo.root, []).stdout).toContain("preo: none");
      // … and against the first commit it is the type change.
      const run = specDiff(repo.root, ["--base", first]);
      expect(run.stdout).toContain("preo: major\n");
      expect(run.stdout).toContain("[schema-type-changed]");
      expect(run.stdout).toContain("✗ @specbound/preo needs a major release");
    } finally {
      repo.remove();
    }
  }, 60_000);

  it("refuses a --base that is not a commit", () => {
    const run = specDiff(repoRoot, ["--base", "no-such-revision"]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("--base no-such-revision: not a commit");
  });
});

describe("where there is nothing to compare with", () => {
  it("passes on a fresh clone of main: the merge-base is HEAD", async () => {
    const repo = scratchRepo();
    const clone = mkdtempSync(path.join(tmpdir(), "specbound-clone-"));
    try {
      git(clone, ["clone", "-q", repo.root, "."]);
      const base = resolveBase(clone);
      expect(base).toEqual({
        rev: git(clone, ["rev-parse", "HEAD"]),
        label: "merge-base with main",
      });
      expect(await gate(clone, base.rev ?? "")).toEqual([]);
    } finally {
      repo.remove();
      rmSync(clone, { recursive: true, force: true });
    }
  }, 60_000);

  it("says so in a shallow clone of a branch, and spec:diff exits 2 with that message", () => {
    const repo = scratchRepo();
    const clone = mkdtempSync(path.join(tmpdir(), "specbound-shallow-"));
    try {
      git(repo.root, ["checkout", "-q", "-b", "feature"]);
      git(repo.root, ["commit", "-q", "--allow-empty", "-m", "on the branch"]);
      const url = `file://${repo.root}`;
      git(clone, ["clone", "-q", "--depth", "1", "--branch", "feature", url, "."]);
      expect(resolveBase(clone)).toEqual({
        label:
          "neither main nor origin/main is in this shallow clone: fetch it (actions/checkout: fetch-depth: 0)",
      });
      const run = spawnSync(
        process.execPath,
        [path.join(repoRoot, "scripts", "spec-diff.mjs"), "--root", clone],
        { encoding: "utf8" },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("no base to compare with: neither main nor origin/main");
    } finally {
      repo.remove();
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it("says so outside a git checkout, and in a repository without main", () => {
    const plain = mkdtempSync(path.join(tmpdir(), "specbound-plain-"));
    const trunk = scratchRepo({ branch: "trunk" });
    try {
      expect(resolveBase(plain).label).toContain("is not a git checkout");
      expect(resolveBase(trunk.root)).toEqual({
        label: "neither main nor origin/main is known here",
      });
    } finally {
      rmSync(plain, { recursive: true, force: true });
      trunk.remove();
    }
  });
});
