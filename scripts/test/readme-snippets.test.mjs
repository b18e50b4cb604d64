// @ts-check
// Every TypeScript snippet of every package README compiles against the packages: a
// README example that drifts from the API fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { compileSnippets, markdownSnippets } from "@specbound/testkit";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./spec-copy.mjs";

// How many examples each README must at least hold (install aside): a first call,
// filters or uploads, pagination, errors and retries, webhooks.
const READMES = [
  ["packages/runtime/README.md", 2],
  ["packages/prepr/README.md", 5],
  ["packages/preo/README.md", 5],
];

describe.each(READMES)("%s", (file, atLeast) => {
  const snippets = markdownSnippets(
    String(file),
    readFileSync(path.join(repoRoot, String(file)), "utf8"),
  );

  it("has its examples", () => {
    expect(Object.keys(snippets).length).toBeGreaterThanOrEqual(Number(atLeast));
  });

  it("compiles every TypeScript snippet", () => {
    expect(compileSnippets(snippets)).toEqual([]);
  }, 60_000);
});
