// @ts-check
// A static file server on 127.0.0.1 for the built site: `pnpm docs:preview` and the
// docs browser test both use it. Folders answer with their index.html.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * @param {string} root  folder to serve
 * @param {number} port  0 for any free port
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveDirectory(root, port = 0) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, "index.html");
      statSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
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
