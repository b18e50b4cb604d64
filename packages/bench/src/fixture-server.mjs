// @ts-check
// The HTTP server the request benchmarks talk to, on 127.0.0.1, in a process of its own so
// that its work neither shares the client's event loop nor lands in the heap the pagination
// benchmark measures: on 2 cores, server and client get one each. It runs on the Node that
// runs `pnpm bench` (BENCH_SERVER_NODE), whichever Node the client is on.
//
//   GET /statuses                  Prepr's example list body, the same bytes every time
//   GET /statuses?skip=S&limit=L   a page of PAGED_TOTAL status-shaped items
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { REPO_ROOT } from "./bench-process.mjs";

export const PAGED_TOTAL = 100_000;

/** The body of `GET /statuses` (the spec's example), parsed: what every client should return. */
export const STATUSES_BODY = JSON.parse(
  readFileSync(path.join(REPO_ROOT, "specs/prepr/examples/statuses.list.200.json"), "utf8"),
).value;

/** @param {number} skip @param {number} limit */
function page(skip, limit) {
  const items = [];
  for (let i = skip; i < Math.min(skip + limit, PAGED_TOTAL); i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    items.push({ id, created_on: "2018-12-24T09:09:25+00:00", changed_on: null, body: `${i}` });
  }
  return Buffer.from(JSON.stringify({ items, total: PAGED_TOTAL, skip, limit }));
}

function serve() {
  const statuses = Buffer.from(JSON.stringify(STATUSES_BODY));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "GET" || url.pathname !== "/statuses") return void res.writeHead(404).end();
    const limit = url.searchParams.get("limit");
    const body = limit ? page(Number(url.searchParams.get("skip") ?? 0), +limit) : statuses;
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
  // A generous idle limit, so that a pause between rounds does not close a kept-alive socket.
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
    process.stdout.write(`http://127.0.0.1:${port}\n`);
  });
}

/** @returns {Promise<{ url: string, close(): void }>} */
export function startFixtureServer() {
  const node = process.env.BENCH_SERVER_NODE ?? process.execPath;
  const child = spawn(node, [fileURLToPath(import.meta.url)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`fixture server exited with ${code}`)));
    createInterface({ input: child.stdout }).once("line", (url) =>
      resolve({ url, close: () => child.kill() }),
    );
  });
}

const entry = process.argv[1];
if (entry !== undefined && pathToFileURL(entry).href === import.meta.url) serve();
