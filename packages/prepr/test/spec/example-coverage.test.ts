// Every operation of the Prepr spec, paths and webhooks alike, shows an example of its
// success response and of its request body (issue 13): the docs render them, Prism serves
// them, and readers copy them. The walk runs on the bundled spec, as the generator and the
// docs see it. A success response that has no body (a 204, a webhook's acknowledgement)
// has nothing to show; those are listed so that a new one is a choice, not an oversight.
import { bundleSpec, HTTP_METHODS, type OpenApiDocument } from "@specbound/testkit";
import { beforeAll, describe, expect, it } from "vitest";

// biome-ignore lint/suspicious/noExplicitAny: walking JSON.
type Node = Record<string, any>;

/** Follows local `$ref`s from `node` within `document`. */
function resolve(document: OpenApiDocument, node: unknown): Node | undefined {
  let at = node as Node | undefined;
  while (at && typeof at.$ref === "string" && at.$ref.startsWith("#/")) {
    at = at.$ref
      .slice(2)
      .split("/")
      .map((t: string) => t.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((parent: Node | undefined, key: string) => parent?.[key], document);
  }
  return at;
}

const isSuccess = (status: string) => /^2(\d\d|XX)$/.test(status);

/** Each operation of `document`'s `paths` and `webhooks`, named as `GET /tags` or `webhook publication.created`. */
function* operations(document: OpenApiDocument): Generator<[string, Node]> {
  for (const [section, prefix] of [
    ["paths", ""],
    ["webhooks", "webhook "],
  ] as const) {
    for (const [key, rawItem] of Object.entries((document[section] ?? {}) as Node)) {
      const item = resolve(document, rawItem) ?? {};
      for (const method of HTTP_METHODS) {
        if (item[method]) {
          yield [
            `${prefix}${section === "paths" ? `${method.toUpperCase()} ` : ""}${key}`,
            item[method],
          ];
        }
      }
    }
  }
}

const hasExample = (media: Node) =>
  media.example !== undefined || Object.keys(media.examples ?? {}).length > 0;

/** What lacks an example: request bodies, and success responses that have a body. */
function missingExamples(document: OpenApiDocument): string[] {
  const missing: string[] = [];
  for (const [name, operation] of operations(document)) {
    const body = resolve(document, operation.requestBody);
    for (const [mediaType, media] of Object.entries((body?.content ?? {}) as Node)) {
      if (!hasExample(media)) missing.push(`${name}: request body ${mediaType}`);
    }
    const successes = Object.entries((operation.responses ?? {}) as Node).filter(([status]) =>
      isSuccess(status),
    );
    if (successes.length === 0) missing.push(`${name}: no success response`);
    for (const [status, rawResponse] of successes) {
      const response = resolve(document, rawResponse);
      for (const [mediaType, media] of Object.entries((response?.content ?? {}) as Node)) {
        if (!hasExample(media)) missing.push(`${name}: ${status} ${mediaType}`);
      }
    }
  }
  return missing;
}

/** Operations none of whose success responses has a body, so none can show an example. */
function bodilessSuccesses(document: OpenApiDocument): string[] {
  return [...operations(document)]
    .filter(([, operation]) =>
      Object.entries((operation.responses ?? {}) as Node)
        .filter(([status]) => isSuccess(status))
        .every(([, r]) => Object.keys(resolve(document, r)?.content ?? {}).length === 0),
    )
    .map(([name]) => name);
}

const json = (schema: Node = { type: "object" }, extra: Node = {}) => ({
  "application/json": { schema, ...extra },
});
const EXAMPLE = { examples: { one: { $ref: "#/components/examples/one" } } };
/** A tiny spec: GET and POST /things, and a webhook, with the parts each case sets. */
function synthetic({
  getOk = json(undefined, EXAMPLE),
  postBody = json(undefined, { example: { name: "a" } }),
  postOk = json(undefined, EXAMPLE),
  hookBody = json(undefined, EXAMPLE),
  deleteResponses = { "204": { description: "Deleted." } } as Node,
} = {}): OpenApiDocument {
  return {
    openapi: "3.1.0",
    paths: {
      "/things": {
        get: { responses: { "200": { description: "Things.", content: getOk } } },
        post: {
          requestBody: { content: postBody },
          responses: { "201": { $ref: "#/components/responses/Thing" } },
        },
      },
      "/things/{id}": { delete: { responses: deleteResponses } },
    },
    webhooks: {
      "thing.created": {
        post: { requestBody: { content: hookBody }, responses: { "200": { description: "OK." } } },
      },
    },
    components: {
      examples: { one: { value: {} } },
      responses: { Thing: { description: "A thing.", content: postOk } },
    },
  };
}

const CASES: [string, { given: OpenApiDocument; want: string[] }][] = [
  ["every example in place (inline, by $ref, none for a 204)", { given: synthetic(), want: [] }],
  [
    "a success response without an example",
    { given: synthetic({ getOk: json() }), want: ["GET /things: 200 application/json"] },
  ],
  [
    "a $ref'd success response without an example",
    { given: synthetic({ postOk: json() }), want: ["POST /things: 201 application/json"] },
  ],
  [
    "an empty examples map",
    {
      given: synthetic({ getOk: json(undefined, { examples: {} }) }),
      want: ["GET /things: 200 application/json"],
    },
  ],
  [
    "a request body without an example",
    {
      given: synthetic({ postBody: json() }),
      want: ["POST /things: request body application/json"],
    },
  ],
  [
    "a webhook body without an example",
    {
      given: synthetic({ hookBody: json() }),
      want: ["webhook thing.created: request body application/json"],
    },
  ],
  [
    "an operation with no success response",
    {
      given: synthetic({ deleteResponses: { "404": { description: "Not found." } } }),
      want: ["DELETE /things/{id}: no success response"],
    },
  ],
];

describe("Prepr example coverage", () => {
  let document: OpenApiDocument;
  beforeAll(async () => {
    document = await bundleSpec("prepr");
  });

  it.each(CASES)("the check: %s", (_name, { given, want }) => {
    expect(missingExamples(given)).toEqual(want);
  });

  it("gives every success response with a body, and every request body, an example", () => {
    expect([...operations(document)].length).toBe(24 + 6);
    expect(missingExamples(document)).toEqual([]);
  });

  it("knows the operations whose success has no body to show", () => {
    expect(bodilessSuccesses(synthetic())).toEqual([
      "DELETE /things/{id}",
      "webhook thing.created",
    ]);
    // The reference shows "// empty response" for the deletes; a webhook's acknowledgement is
    // any 2xx, with no body the spec could describe.
    expect(bodilessSuccesses(document)).toEqual([
      "DELETE /publications/{id}",
      "DELETE /channels/{id}",
      "DELETE /tags/{id}",
      "webhook publication.created",
      "webhook publication.changed",
      "webhook publication.deleted",
      "webhook channel.created",
      "webhook channel.changed",
      "webhook channel.deleted",
    ]);
  });
});
