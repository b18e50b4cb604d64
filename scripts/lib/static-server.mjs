// @ts-check
// A static file server on 127.0.0.1 for the built site: `pnpm docs:preview` and the docs
// browser test both use it. Folders answer with their index.html; a file with a `.br` or
// `.gz` form beside it (site-files.mjs writes them) is sent in the smallest encoding the
// request accepts. It answers 400 to a path it cannot decode and 404 to any path outside
// its folder, and never lets a bad request take it down.
//
// (`sirv` does all this and would replace this file, but is not a dependency yet.)
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { ENCODINGS } from "./site-files.mjs";

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Content-hashed file names (`redoc.standalone.<hash>.js`) never change: cache for good. */
const HASHED = /\.[0-9a-f]{12}\.[a-z]+$/;

/**
 * The encodings a request accepts, by its Accept-Encoding header (RFC 9110 §12.5.3): a
 * coding with `q=0` is refused, and `*` stands for any coding not named.
 * @param {string | undefined} header
 * @returns {(coding: string) => boolean}
 */
export function acceptsEncoding(header) {
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isNaN(weight) ? 0 : weight);
  }
  return (coding) => (weights.get(coding) ?? weights.get("*") ?? 0) > 0;
}

/**
 * The file a URL path names inside `root`, or why not: `400` for a path that does not
 * decode (a stray `%`) or holds a NUL byte, `404` for one that leaves `root`.
 * @param {string} root  absolute
 * @param {string} url  the request target
 * @returns {string | 400 | 404}
 */
export function resolveInside(root, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return 400;
  }
  if (pathname.includes("\0")) return 400;
  const file = path.resolve(root, `.${path.posix.sep}${pathname}`);
  // A prefix check would let `/../site-old/x` (decoded from `..%2f`) through when the
  // root is `site`: the file must be the root or below it.
  const relative = path.relative(root, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return 404;
  return file;
}

/** @param {string} file @returns {import("node:fs").Stats | undefined} */
function statFile(file) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * @param {string} root  folder to serve
 * @param {number} port  0 for any free port
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveDirectory(root, port = 0) {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const resolved = resolveInside(base, req.url ?? "/");
    if (typeof resolved === "number") {
      res.writeHead(resolved).end();
      return;
    }
    let file = resolved;
    let stats = statFile(file);
    if (stats?.isDirectory()) {
      file = path.join(file, "index.html");
      stats = statFile(file);
    }
    if (!stats?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const accepts = acceptsEncoding(req.headers["accept-encoding"]);
    const variants = /** @type {const} */ (["br", "gzip"])
      .map((coding) => ({ coding, stats: statFile(`${file}${ENCODINGS[coding]}`) }))
      .filter((v) => v.stats?.isFile());
    const chosen = variants.find((v) => accepts(v.coding));
    /** @type {Record<string, string | number>} */
    const headers = {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "content-length": (chosen?.stats ?? stats).size,
      "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      "last-modified": stats.mtime.toUTCString(),
    };
    if (variants.length > 0) headers.vary = "Accept-Encoding";
    if (chosen) headers["content-encoding"] = chosen.coding;
    res.writeHead(200, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = createReadStream(chosen ? `${file}${ENCODINGS[chosen.coding]}` : file);
    // A file removed between stat and read (a rebuild) ends the response, not the server.
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  });
  // A malformed request (bad header, bad request line) is answered by Node itself; a
  // client that vanishes mid-response must not take the server down either.
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
