// @ts-check
// Literal printing for the code samples: values and calls broken one entry a line as
// Biome/Prettier would when they do not fit the panel.
import { describe, expect, it } from "vitest";
import { callSource, fits, literal, SAMPLE_WIDTH } from "../lib/sample-layout.mjs";

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

describe("fits", () => {
  it.each([
    ["x".repeat(SAMPLE_WIDTH), true],
    [`ok\n${"x".repeat(SAMPLE_WIDTH + 1)}`, false],
  ])("a source whose widest line is %#", (source, expected) => {
    expect(fits(source)).toBe(expected);
  });
});
