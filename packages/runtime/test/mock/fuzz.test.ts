// Malformed input never breaks the mock: thousands of generated requests (paths, bracket
// queries with broken escapes, headers, JSON with any keys, raw bytes, multipart) each
// get a response, a 5xx never, and a 400 always lists what was wrong.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMockApi, type MockApi } from "../../src/testing.js";
import { thingsSpec } from "./things-spec.js";

const BASE = "https://things.example/api";

const segment = fc.oneof(
  fc.constantFrom("things", "pages", "export", "t1", "", "%", "%E0%A4%A", "..", "%2F"),
  fc.string({ unit: "grapheme", maxLength: 6 }).map(encodeURIComponent),
);
// Real paths often enough that valid requests (200) are among the cases, not just errors.
const path = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("/things", "/things/t1", "/things/export", "/pages") },
  {
    weight: 1,
    arbitrary: fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join("/")}`),
  },
);
const queryKey = fc.oneof(
  fc.constantFrom(
    "skip",
    "limit",
    "tags",
    "tags[0][in][0]",
    "tags[in][0]",
    "tags[0][fz]",
    "tags[]",
    "a[b][c][d][e][f][g]",
    "access_token",
    "%zz",
    "tags[9999]",
  ),
  fc.string({ maxLength: 8 }),
);
const queryValue = fc.oneof(
  fc.constantFrom("1", "-1", "0", "x", "%", "%E0", ""),
  fc.string({ maxLength: 8 }),
);
const query = fc.oneof(
  fc.constant(""),
  fc
    .array(fc.tuple(queryKey, queryValue), { maxLength: 5 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&")),
);
const json = fc.jsonValue().map((value) => JSON.stringify(value));
const unicodeKeys = fc
  .dictionary(fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }), fc.jsonValue(), {
    maxKeys: 4,
  })
  .map((value) => JSON.stringify(value));
const body = fc.oneof(json, unicodeKeys, fc.string({ maxLength: 40 }), fc.constant(undefined));
const contentType = fc.constantFrom(
  "application/json",
  "multipart/form-data; boundary=x",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
  "text/plain",
  "application/json; charset=utf-16",
  "",
);
const method = fc.oneof(
  { weight: 3, arbitrary: fc.constant("GET") },
  { weight: 2, arbitrary: fc.constantFrom("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS") },
);
const headers = fc.record({
  authorization: fc.oneof(
    { weight: 3, arbitrary: fc.constant("Bearer t") },
    { weight: 1, arbitrary: fc.constantFrom("bearer", "Basic x", "", "Bearer  ") },
  ),
  "idempotency-key": fc.constantFrom("k", ""),
});

/** Sends one generated request; fails the property on a 5xx or a 400 without violations. */
async function answerOf(mock: MockApi, request: Request) {
  const response = await mock.fetch(request);
  expect(response.status).toBeLessThan(500);
  // A HEAD answer has no body to list violations in.
  if ((response.status === 400 || response.status === 401) && request.method !== "HEAD") {
    const payload = await response.json();
    expect(payload.violations.length).toBeGreaterThan(0);
    for (const v of payload.violations) {
      expect(typeof v.where).toBe("string");
      expect(typeof v.expected).toBe("string");
    }
  }
  return response.status;
}

describe("fuzzing the mock", () => {
  const mock = createMockApi(thingsSpec);

  it("answers every generated request without a 5xx (3000 cases)", async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        method,
        path,
        query,
        headers,
        contentType,
        body,
        async (m, p, q, h, type, b) => {
          const hasBody = b !== undefined && m !== "GET" && m !== "HEAD";
          const request = new Request(`${BASE}${p}?${q}`, {
            method: m,
            headers: { ...h, ...(type && { "content-type": type }) },
            ...(hasBody && { body: b }),
          });
          statuses.add(await answerOf(mock, request));
        },
      ),
      { numRuns: 3000 },
    );
    // The generator reaches every kind of answer, so the property is not vacuous.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 401, 404, 405]));
  });

  it("answers bodies aimed at valid paths: JSON with non-Latin-1 keys, raw bytes, broken multipart", async () => {
    const part = fc.record({
      name: fc.string({ unit: "grapheme", maxLength: 5 }),
      withType: fc.boolean(),
      withFilename: fc.boolean(),
      content: fc.string({ maxLength: 10 }),
    });
    const multipart = fc.array(part, { maxLength: 3 }).map((parts) =>
      parts
        .map(
          (p) =>
            `--x\r\nContent-Disposition: form-data; name="${p.name}"${p.withFilename ? '; filename="f.txt"' : ""}\r\n${p.withType ? "Content-Type: text/plain\r\n" : ""}\r\n${p.content}\r\n`,
        )
        .join("")
        .concat("--x--\r\n"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          unicodeKeys.map((b) => ["application/json", b] as const),
          fc.uint8Array({ maxLength: 64 }).map((b) => ["application/json", b] as const),
          multipart.map((b) => ["multipart/form-data; boundary=x", b] as const),
          fc.string().map((b) => ["multipart/form-data; boundary=x", b] as const),
        ),
        async ([type, payload]) => {
          const request = new Request(`${BASE}/things`, {
            method: "POST",
            headers: { authorization: "Bearer t", "idempotency-key": "k", "content-type": type },
            body: payload,
          });
          await answerOf(mock, request);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
