// @ts-check
// The arguments both renderers share: which parameters a call shows and with what
// values, and the body it sends.
import { describe, expect, it } from "vitest";
import { callArguments, uploadArguments } from "../lib/sample-arguments.mjs";
import { SAMPLE_SPEC } from "./fixtures/sample-spec.mjs";

/** @param {string} path @param {string} method */
function argumentsOf(path, method) {
  const pathItem = /** @type {Record<string, any>} */ (SAMPLE_SPEC.paths)[path];
  return callArguments(SAMPLE_SPEC, pathItem, pathItem[method], path);
}

describe("callArguments", () => {
  it("asks for a page of 25 and shows one clause of one filter, tags first", () => {
    const { query, bracketed, body } = argumentsOf("/things", "get");
    expect(query).toEqual({ limit: 25, tags: [{ in: ["sport"], param: "Slug" }] });
    expect(bracketed).toEqual(["status", "tags"]);
    expect(body).toBeUndefined();
  });

  it("names path ids after their resource unless they have an example", () => {
    const long = "/v1/organizations/{organization_id}/very-long-resource-names/{id}";
    expect(argumentsOf(long, "delete").path).toEqual({
      organization_id: "org_3f9c2a",
      id: "very_long_resource_name_8f2a41",
    });
  });

  it("sends the first request example without read-only fields, and names it", () => {
    const { body, exampleName } = argumentsOf("/things", "post");
    expect(body).toEqual({ name: "Lamp" });
    expect(exampleName).toBe("A short thing");
  });
});

describe("uploadArguments", () => {
  it("finds the file part and keeps the example's other fields", () => {
    const media = SAMPLE_SPEC.paths["/files"].post.requestBody.content["multipart/form-data"];
    expect(uploadArguments(SAMPLE_SPEC, media)).toEqual({
      filePart: "file",
      fileName: "poster.jpg",
      fields: { organization_id: "org_1", file_name: "poster.jpg", tags: ["a", "b"] },
    });
  });
});
