// @ts-check
// The preview server, over real HTTP on 127.0.0.1: a path it cannot decode gets 400, a
// path that leaves its folder (a sibling whose name starts like it included) gets 404,
// neither takes it down, and a file is sent in the encoding the request accepts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSiteFile } from "../lib/site-files.mjs";
import { acceptsEncoding, resolveInside, serveDirectory } from "../lib/static-server.mjs";

const PAGE = `<!doctype html><title>t</title>${"<p>hello</p>".repeat(200)}`;

/** @type {string} */
let temp;
/** @type {string} */
let root;
/** @type {{ url: string, close(): Promise<void> }} */
let server;

beforeAll(async () => {
  temp = mkdtempSync(path.join(os.tmpdir(), "static-server-"));
  root = path.join(temp, "site");
  mkdirSync(path.join(root, "docs"), { recursive: true });
  writeSiteFile(path.join(root, "index.html"), PAGE);
  writeFileSync(path.join(root, "docs", "index.html"), "<p>docs</p>");
  // A sibling whose name starts with the root's: a prefix check would serve it.
  mkdirSync(path.join(temp, "site-secret"));
  writeFileSync(path.join(temp, "site-secret", "secret.txt"), "secret");
  server = await serveDirectory(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

/**
 * One request with the raw target as given (no URL normalisation on the way).
 * @param {string} target @param {Record<string, string>} [headers] @param {string} [method]
 * @returns {Promise<{ status: number, headers: import("node:http").IncomingHttpHeaders, body: Buffer }>}
 */
function get(target, headers = {}, method = "GET") {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: target, headers, method }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the preview server", () => {
  it.each(["/%", "/%E0%A4%A", "/docs/%zz/index.html", "/a%00b"])(
    "answers 400 to %s, and keeps serving",
    async (target) => {
      expect((await get(target)).status).toBe(400);
      expect((await get("/index.html")).status).toBe(200);
    },
  );

  it.each([
    "/../site-secret/secret.txt",
    "/..%2fsite-secret/secret.txt",
    "/%2e%2e/site-secret/secret.txt",
    "/docs/..%2f..%2fsite-secret%2fsecret.txt",
    "/..%5csite-secret%5csecret.txt",
  ])("answers 404 to %s, outside its folder", async (target) => {
    const response = await get(target);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain("secret");
  });

  it("serves a folder's index.html, and 404 for a missing file", async () => {
    expect((await get("/docs/")).body.toString()).toBe("<p>docs</p>");
    expect((await get("/nope.html")).status).toBe(404);
  });

  it.each([
    ["gzip, deflate, br", "br", brotliDecompressSync],
    ["gzip", "gzip", gunzipSync],
    ["br;q=0, gzip;q=0.5", "gzip", gunzipSync],
    ["identity", undefined, (/** @type {Buffer} */ b) => b],
    ["", undefined, (/** @type {Buffer} */ b) => b],
  ])("Accept-Encoding %j: sends %s", async (accept, encoding, decode) => {
    const response = await get("/index.html", { "accept-encoding": accept });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe(encoding);
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(decode(response.body).toString()).toBe(PAGE);
  });

  it("sends no Vary for a file without compressed forms, no body to HEAD, 405 to POST", async () => {
    expect((await get("/docs/index.html", { "accept-encoding": "br" })).headers.vary).toBe(
      undefined,
    );
    const head = await get("/index.html", {}, "HEAD");
    expect([head.status, head.body.length]).toEqual([200, 0]);
    expect((await get("/index.html", {}, "POST")).status).toBe(405);
  });
});

describe("resolveInside", () => {
  it("refuses the sibling a prefix check lets through (the check can fail)", () => {
    const joined = path.join(root, decodeURIComponent("/..%2fsite-secret/secret.txt"));
    expect(joined.startsWith(root)).toBe(true);
    expect(resolveInside(root, "/..%2fsite-secret/secret.txt")).toBe(404);
    expect(resolveInside(root, "/docs/index.html")).toBe(path.join(root, "docs", "index.html"));
  });
});

describe("acceptsEncoding", () => {
  it.each([
    ["br", "br", true],
    ["gzip", "br", false],
    ["*", "br", true],
    ["*, br;q=0", "br", false],
    ["BR;Q=1", "br", true],
    ["br;q=0.0", "br", false],
  ])("%j accepts %s: %s", (header, coding, expected) => {
    expect(acceptsEncoding(header)(coding)).toBe(expected);
  });
});
