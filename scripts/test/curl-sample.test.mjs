// @ts-check
// The curl renderer, output for output: -G with one decoded pair a line, JSON inline or
// in a here-document, shell variables for a long URL, --form parts for an upload; and
// every output is valid shell.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { curlSample, shellWord } from "../lib/curl-sample.mjs";
import { CLIENT, SAMPLE_SPEC } from "./fixtures/sample-spec.mjs";

/** @param {string} path @param {string} method */
const sample = (path, method) => curlSample(SAMPLE_SPEC, CLIENT, path, method);

const LONG_PATH = "/v1/organizations/{organization_id}/very-long-resource-names/{id}";

describe("curlSample", () => {
  it("sends a query with -G, one decoded pair a line, filters last", () => {
    expect(sample("/things", "get")).toBe(`curl -G \\
  --url https://api.example.test/things \\
  --header "Authorization: Bearer $THINGS_TOKEN" \\
  --data-urlencode limit=25 \\
  --data-urlencode 'tags[0][in][0]=sport' \\
  --data-urlencode 'tags[0][param]=Slug'
`);
  });

  it("sends a short JSON body inline and names its example", () => {
    expect(sample("/things", "post")).toBe(`# body: the "A short thing" example
curl --request POST \\
  --url https://api.example.test/things \\
  --header "Authorization: Bearer $THINGS_TOKEN" \\
  --header 'Content-Type: application/json' \\
  --data '{"name":"Lamp"}'
`);
  });

  it("puts a long URL's server and ids in shell variables", () => {
    expect(sample(LONG_PATH, "delete")).toBe(`API=https://api.example.test/v1
ORGANIZATION_ID=org_3f9c2a
ID=very_long_resource_name_8f2a41
curl --request DELETE \\
  "$API/organizations/$ORGANIZATION_ID/very-long-resource-names/$ID" \\
  --header "Authorization: Bearer $THINGS_TOKEN"
`);
  });

  it("uploads the file itself as a --form part, a list as one part per item", () => {
    expect(sample("/files", "post")).toBe(`curl --request POST \\
  --url https://api.example.test/files \\
  --header "Authorization: Bearer $THINGS_TOKEN" \\
  --form file=@./poster.jpg \\
  --form organization_id=org_1 \\
  --form file_name=poster.jpg \\
  --form tags=a \\
  --form tags=b
`);
  });

  it("writes a long JSON body in a here-document, as JSON", () => {
    const long = /** @type {Record<string, any>} */ (structuredClone(SAMPLE_SPEC));
    const media = long.paths["/things"].post.requestBody.content["application/json"];
    media.examples.short.value = { name: "x".repeat(70) };
    const source = curlSample(long, CLIENT, "/things", "post");
    expect(source).toContain(`  --data @- <<'JSON'\n{\n  "name": "${"x".repeat(70)}"\n}\nJSON\n`);
  });

  it("writes valid shell for every operation (bash -n)", () => {
    for (const [path, item] of Object.entries(SAMPLE_SPEC.paths)) {
      for (const method of Object.keys(item)) {
        const result = spawnSync("bash", ["-n"], { input: sample(path, method), encoding: "utf8" });
        expect(result.stderr, `${method} ${path}`).toBe("");
      }
    }
  });
});

describe("shellWord", () => {
  it("quotes brackets and apostrophes, not plain words", () => {
    expect(shellWord("limit=25")).toBe("limit=25");
    expect(shellWord("tags[0][in][0]=sport")).toBe("'tags[0][in][0]=sport'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });
});
