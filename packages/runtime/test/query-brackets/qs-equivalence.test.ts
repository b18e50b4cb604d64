import fc from "fast-check";
import qs from "qs";
import { describe, expect, it } from "vitest";
import { createBracketQuerySerializer, stringifyBrackets } from "../../src/index.js";

// A filter as Prepr's reference shows them: a field's list of clauses, each with one or
// more operators and an optional `param`.
const text = fc.string({ unit: "grapheme", maxLength: 12 });
const clause = fc.record(
  {
    eq: text,
    in: fc.array(text, { maxLength: 4 }),
    all: fc.array(text, { maxLength: 4 }),
    has: fc.boolean(),
    fz: text,
    lt: fc.integer(),
    il: fc.integer({ min: 0, max: 86_400 }),
    param: fc.constantFrom("Id", "Slug", "Body"),
  },
  { requiredKeys: [] },
);
const filters = fc.dictionary(
  fc.constantFrom("tags", "channels", "status", "model", "q", "created_on", "slug", "é ü"),
  fc.array(clause, { minLength: 1, maxLength: 3 }),
);
// Anything JSON-shaped, keys and strings in full Unicode.
const anyQuery = fc.dictionary(
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.jsonValue({ maxDepth: 4 }),
);

describe("bracket notation matches qs.stringify", () => {
  it("byte for byte, for Prepr filters", () => {
    fc.assert(
      fc.property(filters, (query) => {
        expect(stringifyBrackets(query)).toBe(qs.stringify(query));
      }),
      { numRuns: 3000 },
    );
  });

  it("byte for byte, for any JSON-shaped query", () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        expect(stringifyBrackets(query)).toBe(qs.stringify(query));
      }),
      { numRuns: 3000 },
    );
  });

  it("round-trips through qs.parse, Unicode included", () => {
    const stringsOnly = fc.dictionary(
      fc.constantFrom("tags", "channels", "naïve", "日本"),
      fc.array(
        fc.record({
          in: fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }), {
            minLength: 1,
            maxLength: 5,
          }),
          param: fc.constantFrom("Id", "Slug", "Body"),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    );
    fc.assert(
      fc.property(stringsOnly, (query) => {
        expect(qs.parse(stringifyBrackets(query))).toEqual(query);
      }),
      { numRuns: 3000 },
    );
  });

  const cases: Array<[string, { given: Record<string, unknown>; want: string }]> = [
    [
      "the reference's tags filter",
      {
        given: { tags: [{ in: ["a", "b"], param: "Id" }] },
        want: "tags%5B0%5D%5Bin%5D%5B0%5D=a&tags%5B0%5D%5Bin%5D%5B1%5D=b&tags%5B0%5D%5Bparam%5D=Id",
      },
    ],
    ["has true", { given: { tags: [{ has: true }] }, want: "tags%5B0%5D%5Bhas%5D=true" }],
    ["null becomes empty", { given: { q: null }, want: "q=" }],
    ["undefined is left out", { given: { q: undefined, r: "1" }, want: "r=1" }],
    ["empty array is left out", { given: { q: [] }, want: "" }],
    ["reserved characters", { given: { q: "it's (a*b)!" }, want: "q=it%27s%20%28a%2Ab%29%21" }],
    [
      "dates as ISO strings",
      {
        given: { created_on: [{ gt: new Date("2019-01-08T14:10:58Z") }] },
        want: "created_on%5B0%5D%5Bgt%5D=2019-01-08T14%3A10%3A58.000Z",
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(stringifyBrackets(given)).toBe(want);
    expect(stringifyBrackets(given)).toBe(qs.stringify(given));
  });
});

describe("per-operation serializer", () => {
  it("brackets only the marked parameters and keeps openapi-fetch's form for the rest", () => {
    const serialize = createBracketQuerySerializer(["tags"]);
    expect(
      serialize({ limit: 10, tags: [{ eq: "x" }], fields: ["a", "b"], sort: "-created_on" }),
    ).toBe("limit=10&tags%5B0%5D%5Beq%5D=x&fields=a&fields=b&sort=-created_on");
  });
});
