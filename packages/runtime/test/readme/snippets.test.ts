// Every TypeScript snippet of this package's README compiles against the package: a
// README example that drifts from the API fails here.
import { readFileSync } from "node:fs";
import { compileSnippets, markdownSnippets } from "@specbound/testkit";
import { describe, expect, it } from "vitest";

const readme = new URL("../../README.md", import.meta.url);

describe("README", () => {
  const snippets = markdownSnippets("README.md", readFileSync(readme, "utf8"));

  it("has examples to check", () => {
    expect(Object.keys(snippets).length).toBeGreaterThanOrEqual(2);
  });

  it("compiles every TypeScript snippet", () => {
    expect(compileSnippets(snippets)).toEqual([]);
  }, 60_000);
});
