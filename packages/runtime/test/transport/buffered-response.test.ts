import { describe, expect, it } from "vitest";
import { BufferedResponse } from "../../src/buffered-response.js";
import { rememberRequest, requestOf } from "../../src/request-of.js";

const json = '{"items":[{"id":"a"}],"total":1}';
const bytes = () => new TextEncoder().encode(json).buffer as ArrayBuffer;
const url = "https://x.test/things/1";
const from = (init: ResponseInit = {}) =>
  new Response(null, {
    status: 200,
    statusText: "OK",
    headers: {
      "content-type": "application/json",
      "content-encoding": "gzip",
      "content-length": "12",
      "x-request-id": "r1",
    },
    ...init,
  });

describe("BufferedResponse", () => {
  it("is a Response with the original status and headers, describing the held bytes", () => {
    const response = new BufferedResponse(bytes(), from(), "https://x.test/a");
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.ok, response.url]).toEqual([
      200,
      "OK",
      true,
      "https://x.test/a",
    ]);
    expect(response.headers.get("x-request-id")).toBe("r1");
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("content-length")).toBe(String(json.length));
  });

  const readers: Array<[string, (r: Response) => Promise<unknown>, unknown]> = [
    ["json()", (r) => r.json(), JSON.parse(json)],
    ["text()", (r) => r.text(), json],
    ["arrayBuffer()", async (r) => new TextDecoder().decode(await r.arrayBuffer()), json],
    ["blob()", async (r) => (await r.blob()).text(), json],
    ["body stream", (r) => new Response(r.body).text(), json],
  ];
  it.each(readers)(
    "reads the body once with %s, like fetch's Response",
    async (_name, read, want) => {
      const response = new BufferedResponse(bytes(), from(), url);
      expect(response.bodyUsed).toBe(false);
      expect(await read(response)).toEqual(want);
      expect(response.bodyUsed).toBe(true);
      await expect(response.text()).rejects.toThrow(TypeError);
      expect(() => response.clone()).toThrow(TypeError);
    },
  );

  it("clones into an independent copy", async () => {
    const response = new BufferedResponse(bytes(), from(), url);
    const copy = response.clone();
    expect(await copy.json()).toEqual(JSON.parse(json));
    expect(await response.text()).toBe(json);
  });

  it("has no body for a response without one", async () => {
    const response = new BufferedResponse(
      null,
      from({ status: 204, statusText: "No Content" }),
      url,
    );
    expect(response.body).toBeNull();
    expect(await response.text()).toBe("");
    expect(response.headers.get("content-length")).toBe("12");
  });

  it("keeps, through clone(), the request it answers, for error messages", () => {
    const response = new BufferedResponse(bytes(), from(), url);
    rememberRequest(response, "DELETE", url);
    expect(requestOf(response)).toEqual({ method: "DELETE", url });
    expect(requestOf(response.clone())).toEqual({ method: "DELETE", url });
    expect(requestOf(new Response("x"))).toBeUndefined();
  });

  it("keeps the headers as received when fetch decoded nothing (HEAD, 304, plain bodies)", () => {
    const headers = { "content-type": "text/plain", "content-length": "1234", etag: '"v1"' };
    const cases: Array<[string, ArrayBuffer | null, number]> = [
      ["HEAD 200", null, 200],
      ["304", null, 304],
      ["plain 200", new ArrayBuffer(1234), 200],
    ];
    for (const [name, held, status] of cases) {
      const received = new Response(null, { status, headers });
      const response = new BufferedResponse(held, received, url);
      expect([name, Object.fromEntries(response.headers)]).toEqual([name, headers]);
    }
  });

  const forms: Array<[string, () => Response, Record<string, string>]> = [
    [
      "multipart/form-data",
      () => {
        const form = new FormData();
        form.append("name", "a b");
        form.append("file", new Blob(["bytes"]), "f.txt");
        return new Response(form);
      },
      { name: "a b", file: "bytes" },
    ],
    [
      "application/x-www-form-urlencoded",
      () => new Response(new URLSearchParams({ name: "a b", n: "1" })),
      { name: "a b", n: "1" },
    ],
  ];
  it.each(forms)("reads a %s body with formData()", async (_name, make, want) => {
    const received = make();
    const held = await received.clone().arrayBuffer();
    const form = await new BufferedResponse(held, received, url).formData();
    const got: Record<string, string> = {};
    for (const [key, value] of form) {
      got[key] = typeof value === "string" ? value : await value.text();
    }
    expect(got).toEqual(want);
  });
});
