// The Prepr mock under generated input. Two properties: every filter the client's encoder
// writes from a valid filter object is accepted (so the encoder and the mock's `qs`
// reading agree), and any query at all (brackets, broken escapes, unknown operators) gets
// an answer below 500, with violations whenever it is a 400.
import { stringifyBrackets } from "@specbound/runtime";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPreprMock } from "../../src/mock.js";

const mock = createPreprMock();
const BASE = "https://api.eu1.prepr.io";
const auth = { authorization: "Bearer fuzz" };

const value = fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 });
const values = fc.array(value, { minLength: 1, maxLength: 3 });
const timestamp = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
  .map((d) => d.toISOString());
const filters = fc.record(
  {
    tags: fc.array(
      fc.record(
        { in: values, param: fc.constantFrom("Id", "Slug", "Body") },
        { requiredKeys: ["in"] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
    status: fc.array(fc.oneof(fc.record({ eq: value }), fc.record({ in: values })), {
      minLength: 1,
      maxLength: 2,
    }),
    created_on: fc.array(
      fc
        .record({ gt: timestamp, lt: timestamp }, { requiredKeys: [] })
        .filter((c) => Object.keys(c).length > 0),
      {
        minLength: 1,
        maxLength: 1,
      },
    ),
    model: fc.record({ body: value }),
    q: fc.array(fc.record({ fz: value }), { minLength: 1, maxLength: 1 }),
    limit: fc.integer({ min: 1, max: 1000 }),
    skip: fc.nat({ max: 50 }),
  },
  { requiredKeys: [] },
);

describe("fuzzing the Prepr mock", () => {
  it("accepts every valid filter as the client encodes it (1000 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(filters, async (query) => {
        const response = await mock.fetch(`${BASE}/publications?${stringifyBrackets(query)}`, {
          headers: auth,
        });
        if (response.status !== 200)
          throw new Error(`${response.status}: ${await response.text()}`);
      }),
      { numRuns: 1000 },
    );
  });

  it("answers any query below 500, listing violations on a 400 (2000 cases)", async () => {
    const key = fc.oneof(
      fc.constantFrom("tags", "status", "model", "created_on", "q", "limit", "skip", "locale"),
      fc.string({ maxLength: 6 }),
    );
    const index = fc.oneof(
      fc.constantFrom("[0]", "[]", "[1]", "[x]", "", "[25]"),
      fc.string({ maxLength: 4 }),
    );
    const operator = fc.oneof(
      fc.constantFrom("[in]", "[eq]", "[fz]", "[param]", "[lt]", "[body]", ""),
      fc.string({ maxLength: 4 }),
    );
    const pair = fc
      .tuple(key, index, operator, index, fc.string({ maxLength: 6 }))
      .map(([k, i, o, j, v]) => `${k}${i}${o}${j}=${v}`);
    const path = fc.constantFrom("/publications", "/tags", "/channels", "/persons", "/statuses");
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(path, fc.array(pair, { maxLength: 4 }), async (p, pairs) => {
        const response = await mock.fetch(`${BASE}${p}?${pairs.join("&")}`, { headers: auth });
        expect(response.status).toBeLessThan(500);
        if (response.status === 400) {
          rejected++;
          expect((await response.json()).violations.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
    expect(rejected).toBeGreaterThan(100);
  });
});
