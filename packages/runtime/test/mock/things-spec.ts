// A small OpenAPI 3.1 document with one of everything the mock handles: path, query,
// bracket filter and header parameters, bearer and query-key auth, JSON and multipart
// bodies (a readOnly required field), both list styles, a 204 and a CSV response.
import type { OpenApiDocument } from "../../src/testing.js";

const ThingList = {
  type: "object",
  required: ["items", "total"],
  properties: {
    items: { type: "array", items: { $ref: "#/components/schemas/Thing" } },
    total: { type: "integer" },
    skip: { type: "integer" },
    limit: { type: "integer" },
  },
};

export const thingsSpec: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Things", version: "1" },
  servers: [{ url: "https://things.example/api" }],
  security: [{ bearer: [] }, { key: [] }],
  paths: {
    "/things": {
      get: {
        operationId: "listThings",
        parameters: [
          { name: "skip", in: "query", schema: { type: "integer", minimum: 0 } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, default: 2 } },
          { name: "tags", in: "query", schema: { $ref: "#/components/schemas/TagsFilter" } },
        ],
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: ThingList,
                examples: { three: { $ref: "#/components/examples/three" } },
              },
            },
          },
        },
      },
      post: {
        operationId: "createThing",
        parameters: [
          { name: "Idempotency-Key", in: "header", required: true, schema: { type: "string" } },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/Thing" } },
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: {
                  file: { type: "string", format: "binary" },
                  count: { type: "integer" },
                  tags: { type: "array", items: { type: "string" } },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "created",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Thing" },
                example: { id: "t1", name: "new" },
              },
            },
          },
        },
      },
    },
    "/things/{id}": {
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string", minLength: 2 } },
      ],
      get: {
        operationId: "getThing",
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { example: { id: "t1", name: "one" } } },
          },
        },
      },
      delete: { operationId: "deleteThing", responses: { "204": { description: "gone" } } },
    },
    "/things/export": {
      get: {
        operationId: "exportThings",
        security: [],
        responses: {
          "200": { description: "csv", content: { "text/csv": { example: "id,name\nt1,one\n" } } },
        },
      },
    },
    "/pages": {
      get: {
        operationId: "listPages",
        parameters: [
          { name: "page", in: "query", schema: { type: "integer", minimum: 1 } },
          { name: "page_size", in: "query", schema: { type: "integer", minimum: 1 } },
        ],
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                example: { count: 3, next: null, previous: null, results: [1, 2, 3] },
              },
            },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer" },
      key: { type: "apiKey", in: "query", name: "access_token" },
    },
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "name"],
        additionalProperties: false,
        properties: {
          id: { type: "string", readOnly: true },
          name: { type: "string", minLength: 1 },
        },
      },
      TagsFilter: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          properties: { eq: { type: "string" }, in: { type: "array", items: { type: "string" } } },
        },
      },
    },
    examples: {
      three: {
        value: {
          items: [
            { id: "a", name: "A" },
            { id: "b", name: "B" },
            { id: "c", name: "C" },
          ],
          total: 3,
        },
      },
    },
  },
};
