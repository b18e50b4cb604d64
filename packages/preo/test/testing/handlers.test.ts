// @specbound/preo/testing as an application's test suite uses it: msw intercepting the
// client's fetch, with unhandled requests as errors.
import { bundleSpec, SpecValidator } from "@specbound/testkit";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, createPreoClient, unwrap, uploadFile } from "../../src/index.js";
import { createPreoHandlers, preoResponse } from "../../src/testing.js";

const server = setupServer(...createPreoHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const preo = createPreoClient({ token: "test-token", maxRetries: 0 });
const ORG = "org_3f9c2a";

describe("createPreoHandlers", () => {
  it("answers with the spec's example, paged by page and page_size with next links", async () => {
    const first = unwrap(
      await preo.GET("/v1/orders", { params: { query: { organization_id: ORG, page_size: 1 } } }),
    );
    expect(first).toMatchObject({ count: 2, previous: null, results: [{ api_id: "ord_1f3a77" }] });
    expect(first.next).toBe(
      "https://api.preo.dev/v1/orders?organization_id=org_3f9c2a&page_size=1&page=2",
    );
    const ids: string[] = [];
    for await (const order of preo.paginate("/v1/orders", {
      params: { query: { organization_id: ORG, page_size: 1 } },
    })) {
      ids.push(order.api_id as string);
    }
    expect(ids).toEqual(["ord_1f3a77", "ord_2c9e05"]);
  });

  it("takes a typed override for one operation", async () => {
    server.use(
      ...createPreoHandlers({
        overrides: {
          retrieveOrderDetails: () =>
            preoResponse("retrieveOrderDetails", { api_id: "ord_mine", organization_id: ORG }),
        },
      }),
    );
    const order = unwrap(await preo.GET("/v1/orders/{id}", { params: { path: { id: "ord_x" } } }));
    expect(order).toMatchObject({ api_id: "ord_mine" });
  });

  it("accepts a multipart upload and refuses a request without its required parameter", async () => {
    const file = new File(["hello"], "hello.txt", { type: "text/plain" });
    const detail = await uploadFile(preo, { organizationId: ORG, file, tags: ["a"] });
    expect(detail).toMatchObject({ api_id: expect.any(String) });
    // biome-ignore lint/suspicious/noExplicitAny: a call the types would refuse, on purpose.
    const result = await (preo.GET as any)("/v1/files", { params: { query: {} } });
    expect(() => unwrap(result)).toThrow(BadRequestError);
    expect(result.error.violations).toEqual([
      { in: "query", where: "organization_id", expected: "present (required)" },
    ]);
  });

  it("has a handler for every operation of the spec, and nothing else", async () => {
    const spec = new SpecValidator(await bundleSpec("preo"));
    const handled = createPreoHandlers().map((h) => `${h.info.method} ${h.info.path}`);
    const inSpec = spec
      .operations()
      .map(
        (o) =>
          `${o.method.toUpperCase()} https://api.preo.dev${o.path.replace(/\{([^}]+)\}/g, ":$1")}`,
      );
    expect(handled.sort()).toEqual(inSpec.sort());
    expect(handled).toHaveLength(81);
  });
});
