// @ts-check
// The one reader of `x-query-encoding: brackets` and the wire form of a query, which
// the samples and the reference page's examples share with the client.
import { describe, expect, it } from "vitest";
import { bracketParameterNames, isBracketParameter } from "../lib/query-encoding.mjs";
import { wirePairs, wireQuery } from "../lib/wire-query.mjs";

describe("bracket parameters", () => {
  it("reads the mark on query parameters only, path item's and refs included", () => {
    const document = {
      components: {
        parameters: { Tags: { name: "tags", in: "query", "x-query-encoding": "brackets" } },
      },
    };
    const pathItem = { parameters: [{ $ref: "#/components/parameters/Tags" }] };
    const operation = {
      parameters: [
        { name: "limit", in: "query" },
        { name: "h", in: "header", "x-query-encoding": "brackets" },
      ],
    };
    expect(bracketParameterNames(document, pathItem, operation)).toEqual(["tags"]);
    expect(isBracketParameter({ in: "query" })).toBe(false);
  });
});

describe("the wire form", () => {
  it("encodes marked filters in indexed brackets, as the client does", () => {
    const query = { limit: 25, tags: [{ in: ["a b", "c"], param: "Id" }] };
    expect(wireQuery(["tags"], query)).toBe(
      "limit=25&tags%5B0%5D%5Bin%5D%5B0%5D=a%20b&tags%5B0%5D%5Bin%5D%5B1%5D=c&tags%5B0%5D%5Bparam%5D=Id",
    );
    expect(wirePairs(["tags"], query)).toEqual([
      "limit=25",
      "tags[0][in][0]=a b",
      "tags[0][in][1]=c",
      "tags[0][param]=Id",
    ]);
  });

  it("leaves an unmarked array exploded, as openapi-fetch sends it", () => {
    expect(wirePairs([], { ids: ["a", "b"] })).toEqual(["ids=a", "ids=b"]);
  });
});
