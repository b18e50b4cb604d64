// parseAs: "stream" hands the body over as it arrives; the timeout then covers the time
// to the headers and each wait for the next chunk, not the whole body.
import { startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { ApiTimeoutError } from "../../src/index.js";
import { clientFor } from "./client-under-test.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("parseAs: stream", () => {
  it("yields the first chunk while the server still holds the rest", async () => {
    let finish: () => void = () => {};
    const server = await startLoopbackServer(
      (_req, res) =>
        new Promise<void>((resolve) => {
          res.writeHead(200, { "content-type": "text/plain" });
          res.write("first;");
          finish = () => {
            res.end("last");
            resolve();
          };
        }),
    );
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 5_000 });
    const { data } = await client.GET("/things", { parseAs: "stream" });
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first;");
    finish();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += new TextDecoder().decode(chunk.value);
    }
    expect(rest).toBe("last");
  });

  it("lets a slow stream run past timeoutMs while each chunk comes in time", async () => {
    const server = await startLoopbackServer(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 5; i++) {
        res.write(`${i}`);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      res.end();
    });
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 250, maxRetries: 0 });
    const { data } = await client.GET("/things", { parseAs: "stream" });
    expect(await read(data as ReadableStream<Uint8Array>)).toBe("01234");
  });

  it("fails the stream with ApiTimeoutError when the next chunk is too late", async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("only this");
      // ...and nothing more.
    });
    close = server.close;
    const { client } = clientFor(server.url, { timeoutMs: 100, maxRetries: 0 });
    const { data } = await client.GET("/things", { parseAs: "stream" });
    const error = await read(data as ReadableStream<Uint8Array>).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as Error).message).toBe(`GET ${server.url}/things timed out after 100 ms`);
  });

  it("buffers an error body as usual, so `error` is parsed", async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"message":"gone"}');
    });
    close = server.close;
    const { client } = clientFor(server.url);
    const { error } = await client.GET("/things", { parseAs: "stream" });
    expect(error).toEqual({ message: "gone" });
  });
});

describe("responses without a body", () => {
  it("keep every header of a HEAD answer, content-length too", async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-length": "1234", etag: '"v1"', "content-type": "image/png" });
      res.end();
    });
    close = server.close;
    const { client } = clientFor(server.url);
    const { response } = await client.HEAD("/things/{id}", { params: { path: { id: "a" } } });
    expect(response.headers.get("content-length")).toBe("1234");
    expect(response.headers.get("etag")).toBe('"v1"');
  });

  it("keep every header of a 304", async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(304, { etag: '"v1"', "cache-control": "max-age=60" });
      res.end();
    });
    close = server.close;
    const { client } = clientFor(server.url);
    const { response } = await client.GET("/things", { headers: { "if-none-match": '"v1"' } });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe('"v1"');
    expect(response.headers.get("cache-control")).toBe("max-age=60");
  });
});
