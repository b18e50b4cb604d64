// @ts-check
// The TypeScript renderer, output for output: a list with a filter, a create that names
// its example, a CSV export read as text, a long path, and an upload through the helper.
import { compileSnippets } from "@specbound/testkit";
import { describe, expect, it } from "vitest";
import { resultName, typescriptSample } from "../lib/typescript-sample.mjs";
import { CLIENT, SAMPLE_SPEC } from "./fixtures/sample-spec.mjs";

const HEADER = `import { createThingsClient, unwrap } from "@specbound/things";

const things = createThingsClient({
  token: process.env.THINGS_TOKEN,
});
`;

/** @param {string} path @param {string} method */
const sample = (path, method) => typescriptSample(SAMPLE_SPEC, CLIENT, path, method);

describe("typescriptSample", () => {
  it("lists with a page size and one filter clause, without shadowing the client", () => {
    expect(sample("/things", "get")).toBe(`${HEADER}
const result = unwrap(
  await things.GET("/things", {
    params: {
      query: {
        limit: 25,
        tags: [{ in: ["sport"], param: "Slug" }],
      },
    },
  }),
);
`);
  });

  it("says which request example the body follows", () => {
    expect(sample("/things", "post")).toBe(`${HEADER}
// body: the "A short thing" example
const thing = unwrap(
  await things.POST("/things", { body: { name: "Lamp" } }),
);
`);
  });

  it("reads a CSV body as text", () => {
    expect(sample("/things/{id}/export", "get")).toContain('    parseAs: "text",\n');
  });

  it("assigns nothing for a response without a body, and breaks a long path's call", () => {
    const source = sample(
      "/v1/organizations/{organization_id}/very-long-resource-names/{id}",
      "delete",
    );
    expect(source).toContain(`${HEADER}\nunwrap(\n  await things.DELETE(\n`);
    expect(source).toContain('          organization_id: "org_3f9c2a",\n');
  });

  it("uploads through the package's helper with the example's fields", () => {
    expect(sample("/files", "post")).toBe(`import { readFile } from "node:fs/promises";
import { createThingsClient, uploadFile } from "@specbound/things";

const things = createThingsClient({
  token: process.env.THINGS_TOKEN,
});

// multipart/form-data: the file's bytes as a Blob, File or
// Uint8Array.
const file = await uploadFile(things, {
  organizationId: "org_1",
  file: await readFile("poster.jpg"),
  fileName: "poster.jpg",
  tags: ["a", "b"],
});
console.log(file.api_id);
`);
  });

  it.each([
    ["listPublications", "publications"],
    ["getChannel", "channel"],
    ["exportThing", "exportThing"],
    ["get", "result"],
  ])("names the result of %s %s", (operationId, expected) => {
    expect(resultName(operationId)).toBe(expected);
  });
});

it("renders a sample for a real client that compiles", () => {
  const prepr = {
    openapi: "3.1.0",
    servers: [{ url: "https://api.eu1.prepr.io" }],
    paths: {
      "/tags": {
        get: {
          operationId: "listTags",
          parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
          responses: { 200: { description: "Tags", content: { "application/json": {} } } },
        },
      },
    },
  };
  const client = {
    packageName: "@specbound/prepr",
    factory: "createPreprClient",
    variable: "prepr",
    tokenEnv: "PREPR_TOKEN",
  };
  const source = typescriptSample(prepr, client, "/tags", "get");
  expect(source).toContain('  await prepr.GET("/tags", {\n    params: { query: { limit: 25 } },\n');
  expect(compileSnippets({ listTags: source })).toEqual([]);
}, 60_000);
