// Issue 13: every operation that answers with a body shows a success-response example, and
// every request body shows an example, in each of its media types. Walks the bundled spec;
// table cases on tiny specs show what the walk flags.
import { bundleSpec, HTTP_METHODS, type OpenApiDocument } from "@specbound/testkit";
import { describe, expect, it } from "vitest";

/** Follows local `$ref`s (`#/...`) to the object they point at; undefined when dangling. */
function resolve(document: OpenApiDocument, node: unknown): OpenApiDocument | undefined {
  let at = node as OpenApiDocument | undefined;
  for (let hops = 0; at && typeof at.$ref === "string"; hops += 1) {
    if (!at.$ref.startsWith("#/") || hops > 20) return undefined;
    at = at.$ref
      .slice(2)
      .split("/")
      .map((t: string) => t.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((parent: OpenApiDocument | undefined, key: string) => parent?.[key], document);
  }
  return at;
}

/** Whether a Media Type Object carries an example: `example`, or an Example Object with a value. */
function hasExample(document: OpenApiDocument, media: OpenApiDocument): boolean {
  if (media.example !== undefined) return true;
  const examples = Object.values(media.examples ?? {});
  return (
    examples.length > 0 &&
    examples.every((e) => {
      const example = resolve(document, e);
      return example?.value !== undefined || typeof example?.externalValue === "string";
    })
  );
}

/**
 * Every request body and success (2xx) response body of `document`, one entry per media
 * type (`<operationId>: request <media type>` or `<operationId>: <status> <media type>`),
 * split into those with an example and those without.
 */
function exampleCoverage(document: OpenApiDocument): {
  checked: string[];
  missing: string[];
} {
  const checked: string[] = [];
  const missing: string[] = [];
  const visit = (name: string, content: OpenApiDocument | undefined) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      const entry = `${name} ${mediaType}`;
      checked.push(entry);
      if (!hasExample(document, media as OpenApiDocument)) missing.push(entry);
    }
  };
  for (const rawItem of Object.values(document.paths ?? {})) {
    const item = resolve(document, rawItem) ?? {};
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const id = operation.operationId ?? method;
      visit(`${id}: request`, resolve(document, operation.requestBody)?.content);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (/^2(\d\d|XX)$/.test(status))
          visit(`${id}: ${status}`, resolve(document, response)?.content);
      }
    }
  }
  return { checked, missing };
}

const json = (media: OpenApiDocument) => ({ "application/json": media });
const thing = { schema: { type: "object" } };
const withExample = { ...thing, examples: { one: { value: {} } } };
const spec = (operation: OpenApiDocument, components: OpenApiDocument = {}) => ({
  openapi: "3.1.0",
  paths: { "/things": { post: { operationId: "createThing", ...operation } } },
  components,
});

describe("example coverage", () => {
  it("finds an example for every request body and success response of the Preo spec", async () => {
    const { checked, missing } = exampleCoverage(await bundleSpec("preo"));
    expect(missing).toEqual([]);
    // The walk sees the bodies that are not JSON too.
    expect(checked).toEqual(
      expect.arrayContaining([
        "exportSegmentUsersAsCsv: 200 text/csv",
        "uploadFile: request multipart/form-data",
        "uploadFile: request application/json",
        "listFiles: 200 application/json",
      ]),
    );
  });

  it.each<[string, { given: OpenApiDocument; want: string[] }]>([
    [
      "a success response without an example",
      {
        given: spec({ responses: { "201": { description: "x", content: json(thing) } } }),
        want: ["createThing: 201 application/json"],
      },
    ],
    [
      "a request body without an example",
      {
        given: spec({
          requestBody: { content: json(thing) },
          responses: { "201": { description: "x", content: json(withExample) } },
        }),
        want: ["createThing: request application/json"],
      },
    ],
    [
      "one media type of two without an example",
      {
        given: spec({
          requestBody: { content: { ...json(withExample), "multipart/form-data": thing } },
          responses: { "204": { description: "no body" } },
        }),
        want: ["createThing: request multipart/form-data"],
      },
    ],
    [
      "an example $ref that points at nothing",
      {
        given: spec({
          responses: {
            "200": {
              description: "x",
              content: json({ ...thing, examples: { a: { $ref: "#/components/examples/gone" } } }),
            },
          },
        }),
        want: ["createThing: 200 application/json"],
      },
    ],
    [
      "a response $ref whose body has no example",
      {
        given: spec(
          { responses: { "200": { $ref: "#/components/responses/Thing" } } },
          { responses: { Thing: { description: "x", content: json(thing) } } },
        ),
        want: ["createThing: 200 application/json"],
      },
    ],
    [
      "examples by $ref, an inline `example`, a 204 and an error without one: nothing missing",
      {
        given: spec(
          {
            requestBody: { content: json({ ...thing, example: {} }) },
            responses: {
              "200": {
                description: "x",
                content: json({ ...thing, examples: { a: { $ref: "#/components/examples/A" } } }),
              },
              "204": { description: "no body" },
              "400": { description: "bad", content: json(thing) },
            },
          },
          { examples: { A: { value: { id: "a" } } } },
        ),
        want: [],
      },
    ],
  ])("%s", (_, { given, want }) => {
    expect(exampleCoverage(given).missing).toEqual(want);
  });
});
