// Type-level checks of the generated `paths` for /v1/files, through the exact init types
// the client's POST and GET accept (`MaybeOptionalInit`). The `@ts-expect-error` lines are
// checked by `tsc --noEmit` (part of `pnpm test`): each fails the type-check if the line
// it marks ever compiles.
import type { MaybeOptionalInit } from "openapi-fetch";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { paths } from "../../src/generated/schema.js";

type UploadInit = MaybeOptionalInit<paths["/v1/files"], "post">;
type UploadBody = UploadInit["body"];
type ListInit = MaybeOptionalInit<paths["/v1/files"], "get">;
/** The multipart member of the body union: the one whose `file` is required. */
type Multipart = Extract<UploadBody, { file: object }>;
/** The JSON member: the other one, with `file_base64`. */
type Base64Json = Exclude<UploadBody, Multipart>;

/** What a `client.POST("/v1/files", { body })` accepts as `body`. */
const uploadBody = (body: UploadBody) => body;
/** What a `client.GET("/v1/files", init)` accepts as `init`. */
const listInit = (init: ListInit) => init;

describe("POST /v1/files accepts both upload forms", () => {
  it("types a multipart body: organization_id, file as a Blob, file_name, tags", () => {
    const file = new Blob(["hello"], { type: "text/plain" });
    const body = uploadBody({ organization_id: "org-1", file, file_name: "a.txt", tags: ["x"] });

    expectTypeOf<paths["/v1/files"]["post"]["requestBody"]["content"]>()
      .toHaveProperty("multipart/form-data")
      .toHaveProperty("file");
    // openapi-fetch's Writable<> maps the Blob type structurally: a Blob or File fits it, a
    // string (the JSON form's `file`) does not.
    expectTypeOf<Blob>().toExtend<Multipart["file"]>();
    expectTypeOf<File>().toExtend<Multipart["file"]>();
    expectTypeOf<string>().not.toExtend<Multipart["file"]>();
    expectTypeOf<Multipart["organization_id"]>().toEqualTypeOf<string>();

    // @ts-expect-error the multipart `file` is the file's bytes (a Blob or File), not a number
    uploadBody({ organization_id: "org-1", file: 42 });
    // @ts-expect-error `tags` is a list of strings, one form field per tag
    uploadBody({ organization_id: "org-1", file, tags: "product,event" });

    const form = new FormData();
    for (const [name, value] of Object.entries(body)) {
      for (const part of Array.isArray(value) ? value : [value]) form.append(name, part);
    }
    expect(form.get("organization_id")).toBe("org-1");
    expect(form.get("file")).toBeInstanceOf(Blob);
    expect(form.getAll("tags")).toEqual(["x"]);
  });

  it("types a base64 JSON body: organization_id, file_base64", () => {
    const body = uploadBody({ organization_id: "org-1", file_base64: "aGVsbG8=" });

    expectTypeOf<paths["/v1/files"]["post"]["requestBody"]["content"]>()
      .toHaveProperty("application/json")
      .toHaveProperty("file_base64");
    expectTypeOf<Base64Json["file_base64"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Base64Json["organization_id"]>().toEqualTypeOf<string>();

    // @ts-expect-error `file_base64` is a base64 string
    uploadBody({ organization_id: "org-1", file_base64: new Uint8Array([1, 2]) });
    // @ts-expect-error `api_id` is read-only: the server assigns it
    uploadBody({ organization_id: "org-1", file_base64: "aGVsbG8=", api_id: "file-1" });

    expect(JSON.parse(JSON.stringify(body))).toEqual({
      organization_id: "org-1",
      file_base64: "aGVsbG8=",
    });
  });

  it("requires organization_id in either form, and a body", () => {
    // @ts-expect-error organization_id is required (JSON form)
    uploadBody({ file_base64: "aGVsbG8=" });
    // @ts-expect-error organization_id is required (multipart form)
    uploadBody({ file: new Blob(["hello"]) });
    // @ts-expect-error an upload has a body
    uploadBody(undefined);

    expectTypeOf<UploadInit>().toHaveProperty("body");
    expectTypeOf<undefined>().not.toExtend<UploadInit>();
    expect(uploadBody({ organization_id: "org-1", file_base64: "" }).organization_id).toBe("org-1");
  });
});

describe("GET /v1/files requires organization_id", () => {
  it("accepts a query with organization_id and the documented filters", () => {
    const init = listInit({
      params: { query: { organization_id: "org-1", ordering: "-created_at", page: 2 } },
    });
    type Query = NonNullable<ListInit["params"]>["query"];
    expectTypeOf<Query>().toHaveProperty("organization_id").toEqualTypeOf<string>();
    // Not a closed enum: a multi-field ordering type-checks too.
    expectTypeOf<Query>().toHaveProperty("ordering").toEqualTypeOf<string | undefined>();
    listInit({
      params: { query: { organization_id: "org-1", ordering: "-created_at,file_name" } },
    });
    expectTypeOf<Query>().toHaveProperty("page_size").toEqualTypeOf<number | undefined>();
    expect(init.params.query.organization_id).toBe("org-1");
  });

  it("rejects a list without organization_id", () => {
    // @ts-expect-error organization_id is required
    listInit({ params: { query: { page: 1 } } });
    // @ts-expect-error the query (with organization_id) is required
    listInit({ params: {} });
    // @ts-expect-error the init (with its query) is required
    listInit(undefined);
    // @ts-expect-error `ordering` is a string (the documented fields, or several joined by commas)
    listInit({ params: { query: { organization_id: "org-1", ordering: ["-created_at"] } } });

    expectTypeOf<undefined>().not.toExtend<ListInit>();
    expect(listInit({ params: { query: { organization_id: "o" } } }).params.query).toEqual({
      organization_id: "o",
    });
  });
});
