// Under `exactOptionalPropertyTypes`, an optional parameter or body field may be given as
// `undefined` (the client drops it, as it drops a missing one), while required fields,
// wrong types and unknown keys stay errors.
import { compileSnippets } from "@specbound/testkit";
import { describe, expect, it } from "vitest";

const header = `import { createPreprClient } from "@specbound/prepr";
const prepr = createPreprClient({ token: "t" });
`;

const cases: Array<[string, string, RegExp | null]> = [
  [
    "an optional query parameter from the environment",
    `await prepr.GET("/publications", { params: { query: { locale: process.env.LOCALE } } });`,
    null,
  ],
  [
    "undefined filter operators and per-call options",
    `await prepr.GET("/tags", { params: { query: { slug: [{ eq: process.env.SLUG }] } }, timeoutMs: undefined, credentials: undefined });`,
    null,
  ],
  [
    "an optional body field",
    `await prepr.POST("/tags", { body: { body: "x", slug: undefined } });`,
    null,
  ],
  [
    "a required body field left undefined",
    `await prepr.POST("/tags", { body: { body: undefined } });`,
    /TS2322|not assignable/,
  ],
  [
    "an unknown key",
    `await prepr.GET("/tags", { params: { query: { limitt: undefined } } });`,
    /limitt/,
  ],
  [
    "a wrong type",
    `await prepr.GET("/tags", { params: { query: { limit: "10" } } });`,
    /not assignable/,
  ],
];

describe("exactOptionalPropertyTypes", () => {
  it.each(cases)(
    "%s",
    (_name, call, error) => {
      const errors = compileSnippets(
        { "exact-optional": `${header}${call}\nexport {};\n` },
        { exactOptionalPropertyTypes: true },
      );
      if (error === null) expect(errors).toEqual([]);
      else expect(errors.join("\n")).toMatch(error);
    },
    60_000,
  );
});
