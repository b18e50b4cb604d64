// Contract tests: every operation of the Prepr spec, called through createPreprClient
// against the package's validating mock (`prepr-mock`'s server), which checks every
// request against the spec. A new operation in the spec fails the type-check here (the
// table is keyed by every operationId) and the coverage test.
import { serveMockApi } from "@specbound/runtime/mock-server";
import { type CallResult, contractSuite } from "@specbound/testkit";
import { describe, expect, it } from "vitest";
import {
  createPreprClient,
  type operations,
  type PreprClient,
  type webhooks,
} from "../../src/index.js";
import { createPreprMock } from "../../src/mock.js";

type Call = (client: PreprClient) => Promise<CallResult>;

// openapi-typescript lists webhook operations (events Prepr sends) among `operations`;
// the client calls only the API's own.
type WebhookOperation = { [E in keyof webhooks]: webhooks[E]["post"] }[keyof webhooks];
type ApiOperationId = {
  [K in keyof operations]: operations[K] extends WebhookOperation ? never : K;
}[keyof operations];

const PUBLICATION = "ec21095b-4beb-4cea-890f-1255bbe4a002";
const CHANNEL = "81ef56b4-561f-f42e-75b5-3602fd9954ac";
const TAG = "2c98d5a3-9dca-4619-9031-6b82dc795f15";
const id = (value: string) => ({ params: { path: { id: value } } });

const calls = {
  listPublications: (c) =>
    c.GET("/publications", {
      params: {
        query: {
          limit: 10,
          sort: "-created_on",
          locale: "en-EN",
          tags: [{ in: ["politics", "sport"], param: "Slug" }],
          status: [{ eq: "Done" }],
          created_on: [{ gt: "2019-01-01T00:00:00+00:00", lt: "2019-02-01T00:00:00+00:00" }],
          q: [{ fz: "climate" }],
        },
      },
    }),
  createPublication: (c) =>
    c.POST("/publications", {
      body: {
        model: { id: "8ca916d8-ba5c-4c6b-a91a-4c4fb2213879" },
        locales: ["en-EN"],
        status: { "en-EN": { body: "To do" } },
        items: { "en-EN": { title: { body: "This is the title", format: "H6", label: "Text" } } },
      },
    }),
  getPublication: (c) =>
    c.GET("/publications/{id}", {
      params: { path: { id: PUBLICATION }, query: { fields: "items" } },
    }),
  updatePublication: (c) =>
    c.PUT("/publications/{id}", {
      ...id(PUBLICATION),
      body: {
        locales: ["en-EN"],
        items: { "en-EN": { summary: { body: "En dit is de summary text." } } },
      },
    }),
  deletePublication: (c) => c.DELETE("/publications/{id}", id(PUBLICATION)),
  listContainers: (c) => c.GET("/containers", { params: { query: { limit: 10 } } }),
  listChannels: (c) =>
    c.GET("/channels", {
      params: {
        query: { sort: "name", name: [{ fz: "interna" }], slug: [{ eq: "international" }] },
      },
    }),
  createChannel: (c) =>
    c.POST("/channels", {
      body: {
        name: "Floortje naar het einde van de wereld",
        slug: "floortje-naar-het-einde-van-de-wereld",
      },
    }),
  getChannel: (c) => c.GET("/channels/{id}", id(CHANNEL)),
  updateChannel: (c) => c.PUT("/channels/{id}", { ...id(CHANNEL), body: { slug: "floortje" } }),
  deleteChannel: (c) => c.DELETE("/channels/{id}", id(CHANNEL)),
  listStatuses: (c) => c.GET("/statuses", { params: { query: { skip: 0, limit: 25 } } }),
  listLocales: (c) => c.GET("/locales", { params: { query: { sort: "body", q: "en" } } }),
  listTags: (c) =>
    c.GET("/tags", { params: { query: { limit: 2, q: [{ fz: "Spor" }], sort: "-created_on" } } }),
  createTag: (c) => c.POST("/tags", { body: { body: "Climate change", slug: "climate-change" } }),
  getTag: (c) => c.GET("/tags/{id}", id(TAG)),
  updateTag: (c) => c.PUT("/tags/{id}", { ...id(TAG), body: { body: "Unicorn" } }),
  deleteTag: (c) => c.DELETE("/tags/{id}", id(TAG)),
  listPublicationModels: (c) => c.GET("/publication_models", { params: { query: { limit: 10 } } }),
  getPublicationModel: (c) =>
    c.GET("/publication_models/{id}", id("0e91ac7f-2525-4356-816f-fd19b5283d8f")),
  listPersons: (c) =>
    c.GET("/persons", { params: { query: { sort: "-last_seen", last_seen: [{ il: 3600 }] } } }),
  listUsers: (c) => c.GET("/users", { params: { query: { limit: 10 } } }),
  getSession: (c) =>
    c.GET("/sessions/{id}", id("hnmgfJHKIAegpEOO5ngH7MhEmtpLFXrv4gfGHErnQXf7XMNcOKkfUmFqY1Lagk7R")),
  getHealth: (c) => c.GET("/health"),
} satisfies Record<ApiOperationId, Call>;

describe("Prepr contract (the validating mock)", () => {
  const context = contractSuite(
    "prepr",
    (baseUrl) => createPreprClient({ baseUrl, token: "contract-test-token", maxRetries: 0 }),
    calls,
    () => serveMockApi(createPreprMock()),
  );

  /** A raw GET with a query string written by hand, as a buggy encoder would send it. */
  async function rawGet(pathAndQuery: string) {
    const response = await fetch(context.mock.url + pathAndQuery, {
      headers: { authorization: "Bearer contract-test-token" },
    });
    return { status: response.status, body: await response.json() };
  }

  it("is a real check: the mock answers 400 and names a value out of the spec's range", async () => {
    const result = await context.client.GET("/statuses", { params: { query: { limit: 5000 } } });
    expect(result.response.status).toBe(400);
    expect(result.error).toMatchObject({
      violations: [{ in: "query", where: "limit", expected: "to be <= 1000" }],
    });
  });

  it("catches an encoding mistake: a filter without its clause index", async () => {
    const { status, body } = await rawGet("/publications?tags[in][0]=a");
    expect(status).toBe(400);
    expect(body.violations).toEqual([
      { in: "query", where: "tags", expected: "an array, written with indexes: tags[0]…" },
    ]);
  });

  it("catches an operator the field does not allow", async () => {
    const { status, body } = await rawGet("/publications?status[0][fz]=x");
    expect(status).toBe(400);
    expect(body.violations).toEqual([
      { in: "query", where: "status[0][fz]", expected: expect.stringContaining("eq, in") },
    ]);
  });

  it("accepts the same filters written correctly", async () => {
    const { status } = await rawGet("/publications?tags[0][in][0]=a&status[0][eq]=Done");
    expect(status).toBe(200);
  });
});
