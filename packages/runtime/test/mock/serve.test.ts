// The mock over real loopback HTTP: what a consumer in any language sees, and the inputs
// that crashed Prism 5.14.2 (a JSON key outside Latin-1, a multipart part with no
// Content-Type), plus bytes no HTTP client would send. The server must answer them all
// and keep serving.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, serveMockApi } from "../../src/mock-server.js";
import { createMockApi } from "../../src/testing.js";
import { thingsSpec } from "./things-spec.js";

let server: MockServer;
beforeAll(async () => {
  server = await serveMockApi(createMockApi(thingsSpec));
});
afterAll(() => server.close());

const auth = { authorization: "Bearer t", "idempotency-key": "k" };

/** Writes raw bytes to the server and returns the status line of its answer. */
function rawStatusLine(bytes: string): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.end(bytes));
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
    });
    socket.on("end", () => resolve(answer.split("\r\n")[0] ?? ""));
    socket.on("error", reject);
  });
}

describe("serveMockApi", () => {
  it("listens on 127.0.0.1 and routes on the base URL's path", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/api/things/t1`, { headers: auth });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "t1", name: "one" });
  });

  it("writes list links that lead back to itself", async () => {
    const response = await fetch(`${server.url}/api/pages?page_size=1`, { headers: auth });
    expect((await response.json()).next).toBe(`${server.url}/api/pages?page_size=1&page=2`);
  });

  it("answers a JSON body with a key outside Latin-1 (crashed Prism) with its violations", async () => {
    const response = await fetch(`${server.url}/api/things`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ name: "ok", 名前: "x" }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).violations).toEqual([
      { in: "body", where: "名前", expected: "no such key: the keys allowed here are id, name" },
    ]);
  });

  it("answers a multipart part without a Content-Type (crashed Prism)", async () => {
    const body = [
      "--XYZ",
      'Content-Disposition: form-data; name="file"; filename="a.bin"',
      "",
      "abc",
      "--XYZ",
      'Content-Disposition: form-data; name="count"',
      "",
      "2",
      "--XYZ--",
      "",
    ].join("\r\n");
    const response = await fetch(`${server.url}/api/things`, {
      method: "POST",
      headers: { ...auth, "content-type": "multipart/form-data; boundary=XYZ" },
      body,
    });
    expect(response.status).toBe(201);
  });

  it("answers bytes no client would send with 400, and keeps serving", async () => {
    expect(
      await rawStatusLine(
        "GET /api/things/%zz HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n",
      ),
    ).toBe("HTTP/1.1 400 Bad Request");
    expect(await rawStatusLine("NONSENSE\r\n\r\n")).toBe("HTTP/1.1 400 Bad Request");
    expect(await rawStatusLine("GET http://elsewhere/ HTTP/1.1\r\nHost: x\r\n\r\n")).toBe(
      "HTTP/1.1 400 Bad Request",
    );
    expect(
      await rawStatusLine(
        "POST /api/things HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nIdempotency-Key: k\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 5\r\n\r\n--b\r\n",
      ),
    ).toBe("HTTP/1.1 400 Bad Request");
    const after = await fetch(`${server.url}/api/things/t1`, { headers: auth });
    expect(after.status).toBe(200);
  });
});
