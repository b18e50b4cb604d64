// @ts-check
// What only the reference page shows: concept sections lifted into trait tags, filter
// examples in their wire form, an assumed security scheme named as such, links back.
import { describe, expect, it } from "vitest";
import { liftConceptSections, splitSections } from "../lib/concept-sections.mjs";
import { markInferredSchemes, PAGE_LINKS, pageDocument } from "../lib/page-document.mjs";
import { showFiltersOnTheWire, wireForm } from "../lib/wire-examples.mjs";

describe("concept sections", () => {
  const description =
    "Intro.\n\n## Authentication\n\nA token.\n\n### Scopes\n\nSome.\n\n## Errors\n\nBodies.\n";

  it("splits info.description at its level-2 headings, subheadings kept in their section", () => {
    expect(splitSections(description)).toEqual({
      intro: "Intro.",
      sections: [
        { name: "Authentication", body: "A token.\n\n### Scopes\n\nSome." },
        { name: "Errors", body: "Bodies." },
      ],
    });
  });

  it("lifts the sections into trait tags ahead of the others, with the page's additions", () => {
    const document = { info: { description }, tags: [{ name: "Things" }] };
    expect(liftConceptSections(document, { Errors: "More." })).toEqual([
      "Authentication",
      "Errors",
    ]);
    expect(document.info.description).toBe("Intro.");
    expect(document.tags).toEqual([
      {
        name: "Authentication",
        description: "A token.\n\n### Scopes\n\nSome.",
        "x-traitTag": true,
      },
      { name: "Errors", description: "Bodies.\n\nMore.", "x-traitTag": true },
      { name: "Things" },
    ]);
  });

  it.each([
    ["an addition for a missing section", {}, { Webhooks: "x" }, /no "## Webhooks" section/],
    ["a section named like a tag", { tags: [{ name: "Errors" }] }, {}, /already named Errors/],
  ])("refuses %s", (_name, extra, additions, message) => {
    const document = { info: { description }, ...extra };
    expect(() => liftConceptSections(document, additions)).toThrow(message);
  });
});

describe("filters on the wire", () => {
  it("writes a filter value as the query the client sends, one pair a line", () => {
    expect(wireForm("tags", [{ in: ["a b", "c"], param: "Id" }])).toBe(
      "tags[0][in][0]=a%20b\n&tags[0][in][1]=c\n&tags[0][param]=Id",
    );
  });

  it("moves a bracket filter's examples into its description, once for a shared one", () => {
    const document = {
      paths: {
        "/a": {
          get: {
            parameters: [
              { $ref: "#/components/parameters/Tags" },
              { name: "q", in: "query", example: "x" },
            ],
          },
        },
        "/b": { get: { parameters: [{ $ref: "#/components/parameters/Tags" }] } },
      },
      components: {
        parameters: {
          Tags: {
            name: "tags",
            in: "query",
            "x-query-encoding": "brackets",
            description: "Filter on tags.",
            examples: { one: { summary: "Tagged a", value: [{ eq: "a" }] } },
          },
        },
      },
    };
    expect(showFiltersOnTheWire(document)).toBe(1);
    const tags = /** @type {Record<string, any>} */ (document.components.parameters.Tags);
    expect(tags.examples).toBeUndefined();
    expect(tags.description).toBe(
      "Filter on tags.\n\nTagged a, as sent:\n\n```\n?tags[0][eq]=a\n```",
    );
    // An unmarked parameter keeps its example.
    expect(/** @type {any} */ (document.paths["/a"].get.parameters[1]).example).toBe("x");
  });
});

describe("the page's document", () => {
  it("names an inferred security scheme as inferred wherever it is required", () => {
    const document = {
      security: [{ bearer: [] }],
      paths: { "/a": { get: { security: [{ bearer: ["read"] }, { key: [] }] } } },
      components: { securitySchemes: { bearer: { "x-inferred": true }, key: {} } },
    };
    markInferredSchemes(document);
    expect(Object.keys(document.components.securitySchemes)).toEqual(["bearer (inferred)", "key"]);
    expect(document.security).toEqual([{ "bearer (inferred)": [] }]);
    expect(document.paths["/a"].get.security).toEqual([
      { "bearer (inferred)": ["read"] },
      { key: [] },
    ]);
  });

  it("opens with links back, and leaves the bundle it was made from as it was", () => {
    const bundle = { info: { description: "Intro.\n\n## Errors\n\nBodies." }, paths: {} };
    const before = structuredClone(bundle);
    const page = pageDocument(bundle, "none");
    expect(page.info.description).toBe(`${PAGE_LINKS}\n\nIntro.`);
    expect(bundle).toEqual(before);
  });
});
