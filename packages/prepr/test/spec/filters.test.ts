// Type-level checks of the generated filters: the query of GET /publications takes each
// filter as an array of clauses holding only the operators (and `param` values) that the
// reference documents for that field. The `@ts-expect-error` lines are checked by
// `tsc --noEmit`; the runtime test shows the client sends a filter in bracket notation.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { paths } from "../../src/generated/schema.js";
import { createPreprClient } from "../../src/index.js";

type PublicationsQuery = NonNullable<paths["/publications"]["get"]["parameters"]["query"]>;
type TagsClause = NonNullable<PublicationsQuery["tags"]>[number];
type ChannelsClause = NonNullable<PublicationsQuery["channels"]>[number];

const publicationsQuery = (query: PublicationsQuery) => query;

describe("publication filters", () => {
  it("types each filter's operators and params", () => {
    publicationsQuery({ tags: [{ in: ["a"], param: "Id" }] });
    publicationsQuery({ tags: [{ all: ["a", "b"], has: true, param: "Slug" }] });
    publicationsQuery({ channels: [{ eq: "international", param: "Slug" }] });
    publicationsQuery({ model: { body: "One" } });
    publicationsQuery({ created_on: [{ gt: "2019-01-08T14:10:58+00:00" }] });

    // @ts-expect-error `fz` is not an operator of the tags filter
    publicationsQuery({ tags: [{ fz: "Spor" }] });
    // @ts-expect-error `lt` is not an operator of the tags filter
    publicationsQuery({ tags: [{ lt: "2019-01-08T14:10:58+00:00" }] });
    // @ts-expect-error the tags filter keeps the example's casing (`Slug`), not the prose's
    publicationsQuery({ tags: [{ in: ["a"], param: "slug" }] });
    // @ts-expect-error `Name` is not a param of the tags filter
    publicationsQuery({ tags: [{ in: ["a"], param: "Name" }] });
    // @ts-expect-error `all` is not an operator of the channels filter
    publicationsQuery({ channels: [{ all: ["a"] }] });
    // @ts-expect-error the status filter takes no `param`
    publicationsQuery({ status: [{ eq: "Done", param: "Id" }] });
    // @ts-expect-error `lte` is an operator of the persons' date filters, not the publications'
    publicationsQuery({ created_on: [{ lte: "2019-01-08T14:10:58+00:00" }] });
    // @ts-expect-error a filter is a list of clauses, not a single clause
    publicationsQuery({ tags: { in: ["a"] } });

    expectTypeOf<keyof TagsClause>().toEqualTypeOf<"eq" | "all" | "in" | "has" | "param">();
    expectTypeOf<keyof ChannelsClause>().toEqualTypeOf<"eq" | "in" | "param">();
    expectTypeOf<TagsClause["has"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ChannelsClause["param"]>().toEqualTypeOf<"Id" | "Slug" | "Body" | undefined>();
    expectTypeOf<TagsClause["param"]>().toEqualTypeOf<"Id" | "Slug" | "Body" | undefined>();
  });

  it("sends a filter in indexed bracket notation", async () => {
    const urls: string[] = [];
    const client = createPreprClient({
      token: "t",
      fetch: async (url) => {
        urls.push(String(url));
        return new Response(JSON.stringify({ items: [], total: 0, skip: 0, limit: 100 }), {
          headers: { "content-type": "application/json" },
        });
      },
    });
    await client.GET("/publications", {
      params: { query: { tags: [{ in: ["a", "b"], param: "Id" }], limit: 10 } },
    });
    expect(decodeURIComponent(new URL(urls[0] ?? "").search)).toBe(
      "?tags[0][in][0]=a&tags[0][in][1]=b&tags[0][param]=Id&limit=10",
    );
  });
});
