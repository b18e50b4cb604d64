// @ts-check
// Runs the docs' TypeScript samples of one API (transpiled to .mjs by the test) in a Node
// process of their own, as a reader would run them, with the package's validating mock as
// `fetch`. Records every request and response of each sample, and what it threw.
//
//   node sample-runner.mjs <api> <manifest.json> <results.json>
// The manifest lists `{ operationId, file }`; the process's cwd holds the files the
// samples read (summer-poster.jpg).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [api = "", manifestFile = "", resultsFile = ""] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, "..", "..");
const kit = await import(pathToFileURL(path.join(root, "packages", api, "kit", "mock.js")).href);
const title = api.charAt(0).toUpperCase() + api.slice(1);
const mock = kit[`create${title}Mock`]();

/** @type {{ method: string, url: string, status: number, contentType: string | null, body: string }[]} */
let exchanges = [];
/** @type {typeof fetch} */
globalThis.fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await mock.fetch(request.clone());
  exchanges.push({
    method: request.method,
    url: request.url,
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: await response.clone().text(),
  });
  return response;
};

/** @type {{ operationId: string, file: string }[]} */
const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
const results = [];
for (const { operationId, file } of manifest) {
  exchanges = [];
  try {
    await import(pathToFileURL(file).href);
    results.push({ operationId, exchanges });
  } catch (error) {
    results.push({
      operationId,
      exchanges,
      error: String(/** @type {Error} */ (error)?.stack ?? error),
    });
  }
}
writeFileSync(resultsFile, JSON.stringify(results));
