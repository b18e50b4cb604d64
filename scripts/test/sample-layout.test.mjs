// @ts-check
// The layout of the code samples: values broken one entry a line as Biome/Prettier
// would when they do not fit the panel, prose cut at a boundary, shell words quoted.
import { describe, expect, it } from "vitest";
import {
  bracketLines,
  callSource,
  literal,
  SAMPLE_WIDTH,
  shellWord,
  shortProse,
} from "../lib/sample-layout.mjs";

describe("literal", () => {
  it("keeps a value that fits on one line", () => {
    expect(literal({ limit: 25, tags: ["a"] })).toBe('{ limit: 25, tags: ["a"] }');
  });

  it("breaks a value that does not fit one property a line, with trailing commas", () => {
    const value = { organization_id: "organization_8f2a41", page_size: 25 };
    expect(literal(value, { indent: 4, start: SAMPLE_WIDTH - 40 })).toBe(
      '{\n      organization_id: "organization_8f2a41",\n      page_size: 25,\n    }',
    );
  });

  it("writes JSON with quoted keys and no trailing comma", () => {
    const value = { name: "x".repeat(40), tags: ["a", "b"], nested: { id: "y".repeat(30) } };
    const json = literal(value, { json: true });
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/,\n\s*[}\]]/);
    for (const line of json.split("\n")) expect(line.length).toBeLessThanOrEqual(SAMPLE_WIDTH);
  });
});

describe("callSource", () => {
  it("hugs the last argument when the head fits", () => {
    const source = callSource(
      "await c.GET",
      ['"/v1/users"'],
      { params: { q: "x".repeat(60) } },
      2,
      1,
    );
    expect(source.split("\n")[0]).toBe('await c.GET("/v1/users", {');
  });

  it("puts each argument on its own line when the head does not fit", () => {
    const path = JSON.stringify(`/v1/${"a".repeat(50)}`);
    const source = callSource("await c.POST", [path], { body: {} }, 2, 1);
    expect(source.split("\n")).toEqual([
      "await c.POST(",
      `    ${path},`,
      "    { body: {} },",
      "  )",
    ]);
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

describe("shell words", () => {
  it("quotes brackets and apostrophes, not plain words", () => {
    expect(shellWord("limit=25")).toBe("limit=25");
    expect(shellWord("tags[0][in][0]=sport")).toBe("'tags[0][in][0]=sport'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });

  it("writes a bracket filter one decoded pair a line", () => {
    expect(bracketLines("tags", [{ in: ["sport", "news"], param: "Slug" }])).toEqual([
      "  --data-urlencode 'tags[0][in][0]=sport'",
      "  --data-urlencode 'tags[0][in][1]=news'",
      "  --data-urlencode 'tags[0][param]=Slug'",
    ]);
  });
});
