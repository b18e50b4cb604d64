// The test helpers are tested too: a helper that always passes would make every test
// built on it worthless.
import { describe, expect, it } from "vitest";
import { markdownSnippets, SpecValidator, sendJson, startLoopbackServer } from "../src/index.js";

const document = {
  openapi: "3.1.0",
  paths: {
    "/things/{id}": {
      get: {
        operationId: "getThing",
        responses: {
          "200": { $ref: "#/components/responses/Thing" },
        },
      },
    },
  },
  components: {
    responses: {
      Thing: {
        description: "A thing",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
      },
    },
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "seen_at"],
        properties: { id: { type: "string" }, seen_at: { type: "string", format: "date-time" } },
      },
    },
  },
};

describe("SpecValidator", () => {
  const spec = new SpecValidator(document);
  const cases: Array<[string, { value: unknown; problems: number }]> = [
    ["a valid body", { value: { id: "a", seen_at: "2026-01-01T00:00:00Z" }, problems: 0 }],
    ["a missing required property", { value: { id: "a" }, problems: 1 }],
    ["a wrong type", { value: { id: 1, seen_at: "2026-01-01T00:00:00Z" }, problems: 1 }],
    [
      "a bad date-time (formats are checked)",
      { value: { id: "a", seen_at: "yesterday" }, problems: 1 },
    ],
  ];
  it.each(cases)("finds %s through $refs", (_name, { value, problems }) => {
    expect(spec.validateResponse("getThing", "200", value)).toHaveLength(problems);
    expect(spec.validateSchema("Thing", value)).toHaveLength(problems);
  });

  it("lists operations and refuses unknown ones", () => {
    expect(spec.operations().map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([
      "get /things/{id} getThing",
    ]);
    expect(() => spec.operation("nope")).toThrow("no operation nope");
  });
});

describe("markdownSnippets", () => {
  it("takes the ts blocks only", () => {
    const text =
      "# T\n```sh\nnpm i x\n```\n```ts\nconst a = 1;\n```\ntext\n```ts\nconst b = 2;\n```\n";
    expect(markdownSnippets("README.md", text)).toEqual({
      "README.md#1": "const a = 1;\n",
      "README.md#2": "const b = 2;\n",
    });
  });
});

describe("startLoopbackServer", () => {
  it("records each request with its body", async () => {
    const server = await startLoopbackServer((_req, res) => sendJson(res, 201, { ok: true }));
    try {
      const response = await fetch(`${server.url}/x?y=1`, { method: "POST", body: "hello" });
      expect(response.status).toBe(201);
      expect(server.requests.map((r) => [r.method, r.url, r.body.toString()])).toEqual([
        ["POST", "/x?y=1", "hello"],
      ]);
    } finally {
      await server.close();
    }
  });
});
