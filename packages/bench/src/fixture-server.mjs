// @ts-check
// The HTTP server the request benchmarks talk to, on 127.0.0.1. It runs in a process of
// its own so that its work neither shares the clients' event loop nor lands in the heap
// the pagination benchmark measures: on 2 cores, server and client each get one. It runs on
// the Node that runs `pnpm bench` (BENCH_SERVER_NODE) whichever Node the client is on, so
// only the client side changes from one Node version to the next.
//
//   GET /statuses                      Prepr's example list body, the same bytes every time
//   GET /statuses?skip=S&limit=L       a page of PAGED_TOTAL status-shaped items
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { REPO_ROOT } from "./bench-process.mjs";

/** How many items the paged list holds. */
export const PAGED_TOTAL = 100_000;

/** The body of `GET /statuses` (the spec's example), parsed: what every client should return. */
export const STATUSES_BODY = JSON.parse(
  readFileSync(path.join(REPO_ROOT, "specs/prepr/examples/statuses.list.200.json"), "utf8"),
).value;

/** @param {number} index */
function statusItem(index) {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    created_on: "2018-12-24T09:09:25+00:00",
    changed_on: null,
    label: "Status",
    body: `Status ${index}`,
  };
}

/** @param {number} skip @param {number} limit */
function pageBody(skip, limit) {
  const items = [];
  for (let i = skip; i < Math.min(skip + limit, PAGED_TOTAL); i++) items.push(statusItem(i));
  return { items, total: PAGED_TOTAL, skip, limit };
}

function serve() {
  const statuses = Buffer.from(JSON.stringify(STATUSES_BODY));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "GET" || url.pathname !== "/statuses") {
      res.writeHead(404).end();
      return;
    }
    const limit = url.searchParams.get("limit");
    const body =
      limit === null
        ? statuses
        : Buffer.from(JSON.stringify(pageBody(Number(url.searchParams.get("skip") ?? 0), +limit)));
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
  // Every contender reuses its connection; a generous idle limit keeps one pause between
  // rounds from closing it.
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const address = /** @type {import("node:net").AddressInfo} */ (server.address());
    process.stdout.write(`http://127.0.0.1:${address.port}\n`);
  });
}

/**
 * Starts the server in a child process.
 * @returns {Promise<{ url: string, close(): void }>}
 */
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
