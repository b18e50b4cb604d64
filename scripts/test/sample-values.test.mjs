// @ts-check
// Value synthesis for the code samples: values that fit a schema, examples without
// read-only fields, long examples cut, one filter clause, prose cut at a boundary.
import { describe, expect, it } from "vitest";
import {
  exampleOf,
  oneClause,
  sampleValue,
  shortened,
  shortProse,
  withoutReadOnly,
} from "../lib/sample-values.mjs";

const document = {
  components: {
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "name", "count", "when", "tags"],
        properties: {
          id: { type: "string", readOnly: true },
          name: { type: "string" },
          count: { type: "integer", minimum: 3 },
          when: { type: "string", format: "date-time" },
          tags: { type: "array", items: { type: "string", enum: ["a", "b"] } },
          note: { type: "string" },
        },
      },
    },
  },
};

describe("sampleValue", () => {
  it.each([
    ["an example first", { type: "string", examples: ["x"], default: "y" }, "x"],
    ["then a default", { type: "string", default: "y", enum: ["z"] }, "y"],
    ["then the first enum value", { type: "string", enum: ["z", "w"] }, "z"],
    ["a number's minimum", { type: "integer", minimum: 5 }, 5],
    ["a nullable type's other type", { type: ["null", "boolean"] }, true],
    ["the first variant", { oneOf: [{ type: "integer" }, { type: "string" }] }, 1],
  ])("takes %s", (_name, schema, expected) => {
    expect(sampleValue(document, schema)).toEqual(expected);
  });

  it("builds an object of its required fields, read-only ones left out, refs followed", () => {
    expect(sampleValue(document, { $ref: "#/components/schemas/Thing" })).toEqual({
      name: "example name",
      count: 3,
      when: "2026-01-15T09:30:00Z",
      tags: ["a"],
    });
  });

  it("names an id after its field", () => {
    expect(sampleValue(document, { type: "string" }, "organization_id")).toBe(
      "organization_8f2a41",
    );
  });
});

describe("request examples", () => {
  it("reads an example or the first of several", () => {
    expect(exampleOf(document, { example: 1, examples: { a: { value: 2 } } })).toBe(1);
    expect(exampleOf(document, { examples: { a: { value: 2 }, b: { value: 3 } } })).toBe(2);
    expect(exampleOf(document, {})).toBeUndefined();
  });

  it("drops read-only fields a request must not send", () => {
    const schema = { $ref: "#/components/schemas/Thing" };
    expect(withoutReadOnly(document, schema, { id: "1", name: "n", extra: true })).toEqual({
      name: "n",
      extra: true,
    });
  });

  it("keeps a short example whole and cuts a long one to required fields and two more", () => {
    const schema = { required: ["a"], properties: { a: {} } };
    expect(shortened(document, schema, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    const long = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`k${i}`, "x".repeat(40)]),
    );
    expect(Object.keys(/** @type {object} */ (shortened(document, schema, long)))).toEqual([
      "a",
      "k0",
      "k1",
    ]);
  });
});

describe("oneClause", () => {
  it.each([
    ["prefers in, one value", [{ eq: "a", in: ["a", "b"] }, { has: ["c"] }], [{ in: ["a"] }]],
    ["keeps the modifiers", [{ in: ["a", "b"], param: "Slug" }], [{ in: ["a"], param: "Slug" }]],
    ["else the first operator", [{ lt: "2026", gt: "2025" }], [{ lt: "2026" }]],
    ["leaves a non-clause value", { body: "One" }, { body: "One" }],
  ])("%s", (_name, value, expected) => {
    expect(oneClause(value)).toEqual(expected);
  });
});

describe("shortProse", () => {
  it.each([
    ["Welcome to Summer Festival 2026, {{ first_name }}", "Welcome to Summer Festival 2026"],
    [
      "<h1>Hi {{ first_name }},</h1><p>Your tickets are in your account.</p>",
      "<h1>Hi {{ first_name }},</h1>",
    ],
    ["Charged twice for the same pass", "Charged twice for the same pass"],
    [
      "user.orders.size() >= 3 && user.age > 17 && user.country == 'NL'",
      "user.orders.size() >= 3 && user.age > 17 && user.country == 'NL'",
    ],
    [
      "floortje-naar-het-einde-van-de-wereld-en-weer-terug",
      "floortje-naar-het-einde-van-de-wereld-en-weer-terug",
    ],
  ])("%s", (text, expected) => {
    expect(shortProse(text)).toBe(expected);
  });
});
