import { describe, expect, it } from "vitest";
import { BufferedResponse } from "../../src/buffered-response.js";

const json = '{"items":[{"id":"a"}],"total":1}';
const bytes = () => new TextEncoder().encode(json).buffer as ArrayBuffer;
const request = { method: "DELETE", url: "https://x.test/things/1" };
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
    const response = new BufferedResponse(bytes(), from(), {
      method: "GET",
      url: "https://x.test/a",
    });
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
      const response = new BufferedResponse(bytes(), from(), request);
      expect(response.bodyUsed).toBe(false);
      expect(await read(response)).toEqual(want);
      expect(response.bodyUsed).toBe(true);
      await expect(response.text()).rejects.toThrow(TypeError);
      expect(() => response.clone()).toThrow(TypeError);
    },
  );

  it("remembers the request it answers, for error messages", () => {
    const response = new BufferedResponse(bytes(), from(), request);
    expect(BufferedResponse.requestOf(response)).toEqual(request);
    expect(BufferedResponse.requestOf(response.clone())).toEqual(request);
    expect(BufferedResponse.requestOf(new Response("x"))).toBeUndefined();
  });

  it("clones into an independent copy", async () => {
    const response = new BufferedResponse(bytes(), from(), request);
    const copy = response.clone();
    expect(await copy.json()).toEqual(JSON.parse(json));
    expect(await response.text()).toBe(json);
  });

  it("has no body for a response without one", async () => {
    const response = new BufferedResponse(
      null,
      from({ status: 204, statusText: "No Content" }),
      request,
    );
    expect(response.body).toBeNull();
    expect(await response.text()).toBe("");
    expect(response.headers.get("content-length")).toBe("12");
  });
});
