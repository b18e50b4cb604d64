// Type tests: what the compiler must refuse. Each `@ts-expect-error` fails `tsc` (which
// `pnpm test` runs) if the line ever compiles. The calls sit in a function that is
// never called: only their types are under test.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Channel,
  createPreprClient,
  type PreprError,
  type PreprWebhookEvent,
  type Publication,
  type Tag,
} from "../../src/index.js";

const prepr = createPreprClient({ token: "t" });

async function typeChecks() {
  // @ts-expect-error a path the spec does not have
  await prepr.GET("/publication");
  // @ts-expect-error a method the path does not have
  await prepr.PATCH("/publications/{id}", { params: { path: { id: "x" } } });
  // @ts-expect-error a missing required path parameter
  await prepr.GET("/publications/{id}", { params: { path: {} } });
  // @ts-expect-error no init at all where a path parameter is required
  await prepr.GET("/publications/{id}");
  // @ts-expect-error a body of the wrong shape: locales is a list
  await prepr.POST("/publications", { body: { locales: "en-EN" } });
  // @ts-expect-error a body missing a required field (tag body)
  await prepr.POST("/tags", { body: { slug: "sport" } });
  // @ts-expect-error an operator the status filter does not support (eq, in only)
  await prepr.GET("/publications", { params: { query: { status: [{ fz: "Done" }] } } });
  // @ts-expect-error a param value the tags filter does not support
  await prepr.GET("/publications", { params: { query: { tags: [{ in: ["a"], param: "Name" }] } } });
  // @ts-expect-error a sort value the document does not list for tags
  await prepr.GET("/tags", { params: { query: { sort: "name" } } });
  // @ts-expect-error a limit that is not a number
  await prepr.GET("/statuses", { params: { query: { limit: "10" } } });
  // @ts-expect-error paginate only takes list paths
  prepr.paginate("/publications/{id}");
  // @ts-expect-error an unknown property in a body (typos used to compile and be dropped)
  await prepr.POST("/tags", { body: { body: "x", colour: "red" } });
  // @ts-expect-error an unknown property in a publication body (readOnly wrappers kept it quiet)
  await prepr.POST("/publications", { body: { locales: ["en-GB"], titel: "x" } });
  // @ts-expect-error an unknown per-request option (a typo of timeoutMs)
  await prepr.GET("/tags", { timeoutMS: 5_000 });
  // @ts-expect-error an unknown path parameter
  await prepr.GET("/tags/{id}", { params: { path: { id: "x", slug: "y" } } });
  // @ts-expect-error an unknown option in paginate's init
  prepr.paginate("/tags", { maxItem: 5 });
  // @ts-expect-error a readOnly field may not be sent
  await prepr.POST("/tags", { body: { body: "x", id: "t1" } });

  // Every operation's error is the error body by name (the shared 503 used to add HealthStatus).
  const tags = await prepr.GET("/tags");
  expectTypeOf(tags.error).toEqualTypeOf<PreprError | undefined>();
  const created = await prepr.POST("/tags", { body: { body: "x" } });
  expectTypeOf(created.error).toEqualTypeOf<PreprError | undefined>();

  // Per-request options and RequestInit fields compile.
  await prepr.GET("/tags", { timeoutMs: 5_000, maxRetries: 0, credentials: "include" });

  // Typed filters, as the document's tables allow them.
  await prepr.GET("/publications", {
    params: {
      query: {
        tags: [{ in: ["a", "b"], param: "Id" }, { has: true }],
        created_on: [{ gt: "2019-01-08T14:10:58+00:00" }],
        model: { body: "One" },
      },
    },
  });

  const { data } = await prepr.GET("/publications/{id}", { params: { path: { id: "x" } } });
  expectTypeOf(data).toEqualTypeOf<Publication | undefined>();
  for await (const tag of prepr.paginate("/tags", { params: { query: { q: [{ fz: "Spor" }] } } })) {
    expectTypeOf(tag).toEqualTypeOf<Tag>();
  }
}

describe("client types", () => {
  it("refuses wrong paths, parameters, bodies and filter operators (checked by tsc)", () => {
    expect(typeChecks).toBeTypeOf("function");
  });

  it("narrows a webhook event by its name", () => {
    const payloadOf = (event: PreprWebhookEvent) => {
      if (event.event === "channel.created") {
        expectTypeOf(event.payload).toEqualTypeOf<Channel>();
        return event.payload.name;
      }
      if (event.event === "publication.deleted") {
        expectTypeOf(event.payload).toEqualTypeOf<Publication>();
        return event.payload.id;
      }
      return undefined;
    };
    expect(payloadOf).toBeTypeOf("function");
  });
});
