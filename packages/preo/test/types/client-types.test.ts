// Type tests: what the compiler must refuse. Each `@ts-expect-error` fails `tsc` (which
// `pnpm test` runs) if the line ever compiles. The calls sit in a function that is
// never called: only their types are under test.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Campaign,
  createPreoClient,
  type FileDetail,
  type PreoError,
  type Segment,
  uploadFile,
} from "../../src/index.js";

const preo = createPreoClient({ token: "t" });

async function typeChecks() {
  // @ts-expect-error a path the spec does not have
  await preo.GET("/v1/file");
  // @ts-expect-error a method the path does not have (files are updated with PATCH)
  await preo.PUT("/v1/files/{id}", { params: { path: { id: "x" } } });
  // @ts-expect-error organization_id is required to list files
  await preo.GET("/v1/files", { params: { query: { page: 1 } } });
  // @ts-expect-error a missing required path parameter
  await preo.GET("/v1/campaigns/{id}", { params: { path: {} } });
  await preo.POST("/v1/campaigns/{id}/schedule", {
    params: { path: { id: "c" } },
    // @ts-expect-error a body of the wrong shape: scheduled_at is a date-time string
    body: { scheduled_at: 1 },
  });
  // @ts-expect-error an unknown property in a body (a typo of file_name)
  await preo.PATCH("/v1/files/{id}", { params: { path: { id: "x" } }, body: { filename: "a" } });
  // @ts-expect-error an unknown per-request option
  await preo.GET("/v1/files", { params: { query: { organization_id: "o" } }, retries: 1 });
  // @ts-expect-error api_id is read-only: a request may not send it
  await preo.POST("/v1/files", { body: { organization_id: "o", api_id: "x" } });
  // @ts-expect-error uploadFile needs the file's bytes
  await uploadFile(preo, { organizationId: "o", file: "not bytes" });
  // @ts-expect-error paginate only takes list paths
  preo.paginate("/v1/files/{id}", { params: { path: { id: "x" } } });

  const { data, error } = await preo.GET("/v1/files/{id}", { params: { path: { id: "x" } } });
  expectTypeOf(data).toEqualTypeOf<FileDetail | undefined>();
  expectTypeOf(error).toEqualTypeOf<PreoError | undefined>();
  expectTypeOf(
    await uploadFile(preo, { organizationId: "o", file: new Blob(["x"]) }),
  ).toEqualTypeOf<FileDetail>();
  for await (const segment of preo.paginate("/v1/segments", {
    params: { query: { organization_id: "o" } },
  })) {
    expectTypeOf(segment).toEqualTypeOf<Segment>();
  }
  const campaign = await preo.GET("/v1/campaigns/{id}", { params: { path: { id: "c" } } });
  expectTypeOf(campaign.data).toEqualTypeOf<Campaign | undefined>();
  const csv = await preo.GET("/v1/segments/{id}/export-users", {
    params: { path: { id: "s" } },
    parseAs: "text",
  });
  expectTypeOf(csv.data).toEqualTypeOf<string | undefined>();
}

describe("client types", () => {
  it("refuses wrong paths, parameters, bodies and enum values (checked by tsc)", () => {
    expect(typeChecks).toBeTypeOf("function");
  });
});
