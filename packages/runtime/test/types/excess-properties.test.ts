// Typos are compile errors: unknown keys in a body, in the params and in the init itself,
// and options of the wrong type. Checked by `tsc --noEmit` (the typecheck task); each
// `@ts-expect-error` fails the type-check if its line ever compiles.
import { describe, expect, expectTypeOf, it } from "vitest";
import { clientFor } from "../transport/client-under-test.js";

const { client } = clientFor("http://127.0.0.1:9");

async function typeChecks() {
  // @ts-expect-error an unknown property in the body
  await client.POST("/things", { body: { name: "x", colour: "red" } });
  // @ts-expect-error an unknown per-request option (a typo of timeoutMs)
  await client.GET("/things", { timeotMs: 5 });
  // @ts-expect-error an unknown query parameter
  await client.GET("/things", { params: { query: { q: "a", limitt: 1 } } });
  // @ts-expect-error an unknown path parameter
  await client.GET("/things/{id}", { params: { path: { id: "a", extra: 1 } } });
  // @ts-expect-error a missing path parameter
  await client.GET("/things/{id}", { params: { path: {} } });
  // @ts-expect-error the init is required where a path parameter is
  await client.GET("/things/{id}");
  // @ts-expect-error timeoutMs is a number
  await client.GET("/things", { timeoutMs: "5s" });
  // @ts-expect-error a per-call fetch would bypass the transport
  await client.GET("/things", { fetch: globalThis.fetch });

  // What must still compile: per-call options, RequestInit fields, parseAs.
  await client.GET("/things", { timeoutMs: 5, maxRetries: 0, credentials: "include" });
  const json = await client.GET("/things");
  expectTypeOf(json.data).toEqualTypeOf<{ ok: boolean } | undefined>();
  expectTypeOf(json.error).toEqualTypeOf<{ message: string } | undefined>();
  const text = await client.GET("/things", { parseAs: "text" });
  expectTypeOf(text.data).toEqualTypeOf<string | undefined>();
  const stream = await client.GET("/things", { parseAs: "stream" });
  expectTypeOf(stream.data).toEqualTypeOf<
    ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined
  >();
  await client.request("post", "/things", { body: { name: "x" } });
  // @ts-expect-error request() checks the body too
  await client.request("post", "/things", { body: { name: "x", colour: "red" } });
}

describe("client types", () => {
  it("refuses unknown keys everywhere in a call (checked by tsc)", () => {
    expect(typeChecks).toBeTypeOf("function");
  });
});
