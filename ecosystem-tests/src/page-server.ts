// Serves a built page (a consumer project's folder) on 127.0.0.1, as a web host would, and
// sets a cookie on the page's origin for the credentials check.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type LoopbackServer, startLoopbackServer } from "@specbound/testkit";

export const PAGE_COOKIE = "specbound_session=set-by-the-page";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
};

/** Serves `index.html` and `dist/` of `dir`; everything else is 404. */
export function servePage(dir: string): Promise<LoopbackServer> {
  return startLoopbackServer(async (request, response) => {
    const { pathname } = new URL(request.url, "http://127.0.0.1");
    const file = pathname === "/" ? "index.html" : pathname.slice(1);
    const type = TYPES[path.extname(file)];
    if (!type || !(file === "index.html" || /^dist\/[\w.-]+$/.test(file))) {
      response.writeHead(404).end();
      return;
    }
    const body = await readFile(path.join(dir, file)).catch(() => undefined);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const cookie =
      file === "index.html" ? { "set-cookie": `${PAGE_COOKIE}; Path=/; SameSite=Lax` } : {};
    response.writeHead(200, { "content-type": type, "cache-control": "no-store", ...cookie });
    response.end(body);
  });
}
