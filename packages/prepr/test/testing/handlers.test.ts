// @specbound/prepr/testing as an application's test suite uses it: msw intercepting the
// client's fetch, with unhandled requests as errors, so a request the kit does not
// handle fails the test instead of reaching the network.
import { bundleSpec, SpecValidator } from "@specbound/testkit";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, createPreprClient, parsePreprWebhook, unwrap } from "../../src/index.js";
import {
  createPreprHandlers,
  preprResponse,
  preprWebhookExamples,
  signPreprWebhook,
} from "../../src/testing.js";

const server = setupServer(...createPreprHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const prepr = createPreprClient({ token: "test-token", maxRetries: 0 });

describe("createPreprHandlers", () => {
  it("answers with the spec's example, paged by skip and limit", async () => {
    const first = unwrap(await prepr.GET("/tags", { params: { query: { limit: 1 } } }));
    expect(first).toMatchObject({ total: 2, skip: 0, limit: 1, items: [{ body: "Unicorn" }] });
    const second = unwrap(await prepr.GET("/tags", { params: { query: { skip: 1, limit: 1 } } }));
    expect(second.items.map((tag) => tag.body)).toEqual(["Climate change"]);
  });

  it("pages through a whole list with the client's paginate", async () => {
    const bodies: string[] = [];
    for await (const tag of prepr.paginate("/tags", { params: { query: { limit: 1 } } })) {
      bodies.push(tag.body);
    }
    expect(bodies).toEqual(["Unicorn", "Climate change"]);
  });

  it("takes a typed override for one operation", async () => {
    server.use(
      ...createPreprHandlers({
        overrides: {
          getTag: (request) =>
            preprResponse("getTag", {
              id: new URL(request.url).pathname.split("/").at(-1) as string,
              created_on: "2026-11-25T10:00:00+00:00",
              label: "Tag",
              body: "Overridden",
              slug: "overridden",
            }),
        },
      }),
    );
    const tag = unwrap(await prepr.GET("/tags/{id}", { params: { path: { id: "t-1" } } }));
    expect(tag).toMatchObject({ id: "t-1", body: "Overridden" });
  });

  it("accepts a valid bracket filter and refuses a mis-encoded one with its violations", async () => {
    const ok = await prepr.GET("/publications", {
      params: { query: { tags: [{ in: ["sport"], param: "Slug" }], status: [{ eq: "Done" }] } },
    });
    expect(ok.response.status).toBe(200);
    const bad = await fetch("https://api.eu1.prepr.io/publications?status[0][fz]=x", {
      headers: { authorization: "Bearer test-token" },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).violations).toEqual([
      {
        in: "query",
        where: "status[0][fz]",
        expected: "no such key: the keys allowed here are eq, in",
      },
    ]);
  });

  it("refuses an invalid body through the client as a BadRequestError naming the field", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a body the types would refuse, on purpose.
    const result = await prepr.POST("/tags", { body: { slug: "no-body" } as any });
    expect(result.response.status).toBe(400);
    expect(() => unwrap(result)).toThrow(BadRequestError);
    expect(() => unwrap(result)).toThrow("body body: expected present (required)");
  });

  it("answers 401 when the request carries no credentials", async () => {
    const anonymous = createPreprClient({ token: null, maxRetries: 0 });
    const { response } = await anonymous.GET("/health");
    expect(response.status).toBe(401);
  });

  it("has a handler for every operation of the spec, and nothing else", async () => {
    const spec = new SpecValidator(await bundleSpec("prepr"));
    const handled = createPreprHandlers().map((h) => `${h.info.method} ${h.info.path}`);
    const inSpec = spec
      .operations()
      .map(
        (o) =>
          `${o.method.toUpperCase()} https://api.eu1.prepr.io${o.path.replace(/\{([^}]+)\}/g, ":$1")}`,
      );
    expect(handled.sort()).toEqual(inSpec.sort());
    expect(handled).toHaveLength(24);
  });
});

describe("webhooks", () => {
  it("signs an example event so that parsePreprWebhook accepts it, and a tampered one not", async () => {
    const raw = JSON.stringify(preprWebhookExamples["publication.created"]);
    const signature = await signPreprWebhook(raw, "whsec");
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    const event = await parsePreprWebhook(raw, signature, "whsec");
    expect(event.event).toBe("publication.created");
    await expect(parsePreprWebhook(`${raw} `, signature, "whsec")).rejects.toThrow(
      "Prepr-Signature does not match the body",
    );
  });

  it("has a typed example, valid against the spec, for every webhook event", async () => {
    const document = await bundleSpec("prepr");
    const spec = new SpecValidator(document);
    expect(Object.keys(preprWebhookExamples).sort()).toEqual(Object.keys(document.webhooks).sort());
    for (const [name, example] of Object.entries(preprWebhookExamples)) {
      expect(example.event, name).toBe(name);
      const { $ref } = document.webhooks[name].post.requestBody.content["application/json"].schema;
      expect(spec.validateSchema($ref.split("/").pop(), example), name).toEqual([]);
    }
  });
});

describe("types", () => {
  it("refuse an override for an operation the spec lacks, at compile time and at run time", () => {
    expect(() =>
      // @ts-expect-error: the Prepr spec has no operation getTgs
      createPreprHandlers({ overrides: { getTgs: () => new Response() } }),
    ).toThrow(
      "overrides.getTgs: the Prepr REST API spec has no operation getTgs (did you mean getTag?)",
    );
  });

  it("refuse a response body that is not the operation's type", () => {
    // @ts-expect-error: a Tag needs created_on, label and body
    const response = preprResponse("getTag", { id: "x" });
    expect(response.status).toBe(200);
  });
});
