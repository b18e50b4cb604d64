// @ts-check
import { describe, expect, it } from "vitest";
import { bracketQueryParameters, lastingStatuses, renderMeta } from "../lib/render-meta.mjs";

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
      post: {
        parameters: [],
        responses: {
          201: { description: "created" },
          409: { $ref: "#/components/responses/InUse" },
          429: { description: "slow down", "x-retryable": true },
        },
      },
    },
    "/other": { $ref: "#/components/pathItems/Other" },
  },
  components: {
    responses: { InUse: { description: "in use", "x-retryable": false } },
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
      "GET /things": ["tags", "slug"],
      "DELETE /other": ["q"],
    });
  });

  it("collects the statuses marked x-retryable: false per operation, refs resolved", () => {
    expect(lastingStatuses(document)).toEqual({ "POST /things": [409] });
  });

  it("refuses x-retryable on a status range, which the client could not match", () => {
    const ranged = { paths: { "/x": { get: { responses: { "4XX": { "x-retryable": false } } } } } };
    expect(() => lastingStatuses(ranged)).toThrow(
      'GET /x: x-retryable needs a numeric status, not "4XX"',
    );
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
