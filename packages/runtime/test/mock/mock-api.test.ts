// The validating mock's engine on a small spec: what it accepts, what it answers, and the
// violations it lists for what it refuses.
import { describe, expect, it } from "vitest";
import { createMockApi } from "../../src/testing.js";
import { thingsSpec } from "./things-spec.js";

const BASE = "https://things.example/api";
const auth = { authorization: "Bearer t0k3n" };
const mock = createMockApi(thingsSpec);

async function call(path: string, init: RequestInit = {}) {
  const response = await mock.fetch(
    new Request(BASE + path, { ...init, headers: { ...auth, ...(init.headers as object) } }),
  );
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, body: type.includes("json") ? JSON.parse(text) : text };
}

describe("valid requests get the success example", () => {
  it("answers with the example and the success status", async () => {
    expect(await call("/things/t1")).toEqual({ status: 200, body: { id: "t1", name: "one" } });
    expect(await call("/things/t1", { method: "DELETE" })).toEqual({ status: 204, body: "" });
  });

  it("routes a literal segment before a template one, and keeps the media type", async () => {
    const response = await mock.fetch(new Request(`${BASE}/things/export`));
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(await response.text()).toBe("id,name\nt1,one\n");
  });

  it("pages a list by skip and limit over the example's items (limit's default from the spec)", async () => {
    expect((await call("/things")).body).toEqual({
      items: [
        { id: "a", name: "A" },
        { id: "b", name: "B" },
      ],
      total: 3,
      skip: 0,
      limit: 2,
    });
    expect((await call("/things?skip=2&limit=5")).body).toMatchObject({
      items: [{ id: "c", name: "C" }],
      total: 3,
      skip: 2,
    });
  });

  it("pages a list by page number with next and previous links on the request's origin", async () => {
    const first = (await call("/pages?page_size=2")).body;
    expect(first).toEqual({
      count: 3,
      next: `${BASE}/pages?page_size=2&page=2`,
      previous: null,
      results: [1, 2],
    });
    const second = (await call("/pages?page_size=2&page=2")).body;
    expect(second).toMatchObject({ next: null, results: [3] });
    expect(second.previous).toBe(`${BASE}/pages?page_size=2&page=1`);
  });

  it("accepts a bracket filter as qs writes it, and the query-key credentials", async () => {
    const response = await mock.fetch(
      new Request(`${BASE}/things?tags[0][in][0]=a&tags[0][in][1]=b&access_token=k`),
    );
    expect(response.status).toBe(200);
  });

  it("does not require a readOnly property in a request body", async () => {
    const created = await call("/things", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": "k1" },
      body: JSON.stringify({ name: "new" }),
    });
    expect(created).toEqual({ status: 201, body: { id: "t1", name: "new" } });
  });

  it("accepts a multipart body with a file part and text fields coerced to their types", async () => {
    const form = new FormData();
    form.append("file", new File(["hi"], "hi.txt", { type: "text/plain" }));
    form.append("count", "3");
    form.append("tags", "a");
    const response = await mock.fetch(
      new Request(`${BASE}/things`, {
        method: "POST",
        headers: { ...auth, "idempotency-key": "k2" },
        body: form,
      }),
    );
    expect(response.status).toBe(201);
  });
});

describe("invalid requests get 400 with every violation", () => {
  it("names each wrong parameter in its wire form", async () => {
    const { status, body } = await call("/things?limit=0&tags[in][0]=a&colour=red");
    expect(status).toBe(400);
    expect(body.violations).toEqual([
      {
        in: "query",
        where: "colour",
        expected: "no such key: the keys allowed here are skip, limit, tags",
      },
      { in: "query", where: "limit", expected: "to be >= 1" },
      { in: "query", where: "tags", expected: "an array, written with indexes: tags[0]…" },
    ]);
    expect(body.message).toContain(
      "GET /things: the request does not match the spec (3 violations)",
    );
  });

  it("names an operator a filter does not allow, with the ones it does", async () => {
    const { body } = await call("/things?tags[0][fz]=x");
    expect(body.violations).toEqual([
      {
        in: "query",
        where: "tags[0][fz]",
        expected: "no such key: the keys allowed here are eq, in",
      },
    ]);
  });

  it("checks path parameters, headers and the body", async () => {
    const { status, body } = await call("/things", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "", extra: 1 }),
    });
    expect(status).toBe(400);
    expect(body.violations).toEqual(
      expect.arrayContaining([
        { in: "header", where: "Idempotency-Key", expected: "present (required)" },
        { in: "body", where: "name", expected: "to NOT have fewer than 1 characters" },
        { in: "body", where: "extra", expected: "no such key: the keys allowed here are id, name" },
      ]),
    );
    expect((await call("/things/x")).body.violations).toEqual([
      { in: "path", where: "id", expected: "to NOT have fewer than 2 characters" },
    ]);
  });

  it("refuses a body that is not JSON, a wrong media type, and a missing required body", async () => {
    const post = (headers: Record<string, string>, body?: string) =>
      call("/things", {
        method: "POST",
        headers: { "idempotency-key": "k", ...headers },
        ...(body !== undefined && { body }),
      });
    expect((await post({ "content-type": "application/json" }, "{nope")).body.violations).toEqual([
      { in: "body", where: "(root)", expected: expect.stringMatching(/^JSON: /) },
    ]);
    expect((await post({ "content-type": "text/plain" }, "hi")).body.violations).toEqual([
      {
        in: "header",
        where: "Content-Type",
        expected: expect.stringContaining("application/json, multipart/form-data"),
      },
    ]);
    expect((await post({})).body.violations).toEqual([
      { in: "body", where: "(root)", expected: "a body (required)" },
    ]);
  });

  it("wants a file part where the schema says binary", async () => {
    const form = new FormData();
    form.append("file", "not a file");
    const response = await mock.fetch(
      new Request(`${BASE}/things`, {
        method: "POST",
        headers: { ...auth, "idempotency-key": "k" },
        body: form,
      }),
    );
    expect((await response.json()).violations).toEqual([
      { in: "body", where: "file", expected: "a file part (with a filename)" },
    ]);
  });
});

describe("auth and routing", () => {
  it("answers 401 without credentials, naming each scheme the spec accepts", async () => {
    const response = await mock.fetch(new Request(`${BASE}/things`));
    expect(response.status).toBe(401);
    expect((await response.json()).violations).toEqual([
      {
        in: "auth",
        where: "credentials",
        expected:
          "header Authorization: Bearer <credentials> (bearer), or query access_token (key)",
      },
    ]);
    // An operation with `security: []` needs none.
    expect((await mock.fetch(new Request(`${BASE}/things/export`))).status).toBe(200);
  });

  it("answers HEAD as GET without the body", async () => {
    const response = await mock.fetch(`${BASE}/things/t1`, { method: "HEAD", headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe("");
  });

  it("answers 404 for an unknown path and 405 with Allow for a wrong method", async () => {
    expect((await mock.fetch(new Request(`${BASE}/nothing`))).status).toBe(404);
    const wrong = await mock.fetch(
      new Request(`${BASE}/things/t1`, { method: "PUT", headers: auth }),
    );
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, DELETE");
  });

  it("answers 400 for a path parameter with broken percent-encoding", async () => {
    const response = await mock.fetch(new Request(`${BASE}/things/%E0%A4%A`, { headers: auth }));
    expect(response.status).toBe(400);
    expect((await response.json()).violations[0]).toMatchObject({ in: "path", where: "id" });
  });
});

describe("overrides", () => {
  it("answer valid requests in place of the example; invalid ones still get 400", async () => {
    const seen: string[] = [];
    const custom = createMockApi(thingsSpec, {
      baseUrl: "http://localhost:9/api/",
      overrides: {
        getThing: async (request) => {
          seen.push(new URL(request.url).pathname);
          return Response.json({ id: "mine", name: "Mine" });
        },
      },
    });
    const ok = await custom.fetch(
      new Request("http://localhost:9/api/things/abc", { headers: auth }),
    );
    expect(await ok.json()).toEqual({ id: "mine", name: "Mine" });
    const bad = await custom.fetch(
      new Request("http://localhost:9/api/things/a", { headers: auth }),
    );
    expect(bad.status).toBe(400);
    expect(seen).toEqual(["/api/things/abc"]);
  });

  it("refuses an override for an operation the spec does not have, suggesting the nearest", () => {
    expect(() =>
      createMockApi(thingsSpec, { overrides: { getthing: () => new Response() } }),
    ).toThrow(
      "overrides.getthing: the Things spec has no operation getthing (did you mean getThing?)",
    );
  });
});

describe("as a fetch", () => {
  it("takes fetch's arguments, so a client can use it as its fetch", async () => {
    const response = await mock.fetch(`${BASE}/things/t1`, { headers: auth });
    expect(await response.json()).toEqual({ id: "t1", name: "one" });
    const posted = await mock.fetch(new URL(`${BASE}/things`), {
      method: "POST",
      headers: { ...auth, "content-type": "application/json", "idempotency-key": "k" },
      body: JSON.stringify({ name: "n" }),
    });
    expect(posted.status).toBe(201);
  });
});
