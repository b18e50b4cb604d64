// @ts-check
import { describe, expect, it } from "vitest";
import { bracketQueryParameters, renderMeta } from "../lib/render-meta.mjs";

const document = {
  servers: [{ url: "https://api.example.test" }],
  paths: {
    "/things": {
      get: {
        parameters: [
          { $ref: "#/components/parameters/Tags" },
          { name: "limit", in: "query", schema: { type: "integer" } },
          { name: "slug", in: "query", "x-query-encoding": "brackets" },
        ],
      },
      post: { parameters: [] },
    },
    "/other": { $ref: "#/components/pathItems/Other" },
  },
  components: {
    parameters: { Tags: { name: "tags", in: "query", "x-query-encoding": "brackets" } },
    pathItems: {
      Other: {
        parameters: [{ name: "q", in: "query", "x-query-encoding": "brackets" }],
        delete: {},
      },
    },
  },
};

describe("spec meta", () => {
  it("collects the bracket-encoded query parameters per operation, refs resolved", () => {
    expect(bracketQueryParameters(document)).toEqual({
      "GET /things": "tags slug",
      "DELETE /other": "q",
    });
  });

  it("names the spec's first server as the default base URL", () => {
    expect(renderMeta(document)).toContain(
      'export const defaultBaseUrl = "https://api.example.test";',
    );
  });

  it("refuses a spec without a server", () => {
    expect(() => renderMeta({ paths: {} })).toThrow("the spec names no server (servers[0].url)");
  });
});
