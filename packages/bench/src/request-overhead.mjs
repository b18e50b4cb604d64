// @ts-check
// What a client costs per request: the same sequential `GET /statuses` (Prepr's example
// list) through raw fetch, plain openapi-fetch, createPreprClient as built
// (packages/prepr/dist) and axios, timed in interleaved rounds (rounds.mjs).
//
//   node request-overhead.mjs http   against the loopback server (fixture-server.mjs)
//   node request-overhead.mjs stub   against a fetch that answers at once with a fresh
//                                    Response: only the client's own work is left to time
//
// run.mjs runs both under Node 20, 22 and 24.
import http from "node:http";
import { isDeepStrictEqual } from "node:util";
import { createPreprClient } from "@specbound/prepr";
import axios from "axios";
import createClient from "openapi-fetch";
import { runWhenMain } from "./bench-process.mjs";
import { STATUSES_BODY, startFixtureServer } from "./fixture-server.mjs";
import { timeInterleaved } from "./rounds.mjs";

export const PLANS = {
  http: { rounds: 100, callsPerTurn: 200, warmupCalls: 1000 },
  stub: { rounds: 100, callsPerTurn: 1000, warmupCalls: 5000 },
};
// Every contender sends the same bearer token, so only the client-side work differs.
const TOKEN = "bench-token";
const BODY_TEXT = JSON.stringify(STATUSES_BODY);

/** A fetch with no I/O; a fresh Response each time, since a body can be read once. */
async function stubFetch() {
  return new Response(BODY_TEXT, { headers: { "content-type": "application/json" } });
}

/**
 * One function per contender, each making one request and returning the parsed body.
 * @param {string} baseUrl @param {boolean} stub
 * @returns {Record<string, () => Promise<unknown>>}
 */
function contenders(baseUrl, stub) {
  const headers = { authorization: `Bearer ${TOKEN}` };
  const fetchOption = stub ? { fetch: stubFetch } : {};
  const send = stub ? stubFetch : fetch;
  // JavaScript cannot pass createClient<paths> a type argument; the cast gives the
  // variable the type a TypeScript user writes.
  const openapiFetch =
    /** @type {import("openapi-fetch").Client<import("@specbound/prepr").paths>} */ (
      /** @type {unknown} */ (createClient({ baseUrl, headers, ...fetchOption }))
    );
  // createPreprClient with its defaults: 2 retries, a 60 s timeout per attempt.
  const prepr = createPreprClient({ baseUrl, token: TOKEN, ...fetchOption });
  /** @type {Record<string, () => Promise<unknown>>} */
  const all = {
    "raw fetch": async () => (await send(`${baseUrl}/statuses`, { headers })).json(),
    "openapi-fetch": async () => (await openapiFetch.GET("/statuses")).data,
    createPreprClient: async () => (await prepr.GET("/statuses")).data,
  };
  if (!stub) {
    // An agent of its own with keepAlive, so that axios reuses its connection as fetch does.
    const agent = new http.Agent({ keepAlive: true });
    const viaAxios = axios.create({ baseURL: baseUrl, headers, httpAgent: agent });
    all.axios = async () => (await viaAxios.get("/statuses")).data;
  }
  return all;
}

export async function measureRequestOverhead(mode = process.argv[2] ?? "http") {
  if (mode !== "http" && mode !== "stub") throw new Error(`mode: http or stub, not ${mode}`);
  const server = mode === "http" ? await startFixtureServer() : undefined;
  try {
    const all = contenders(server?.url ?? "http://api.test", mode === "stub");
    for (const [name, send] of Object.entries(all)) {
      // A benchmark of a client that returns the wrong thing would measure nothing.
      if (!isDeepStrictEqual(await send(), STATUSES_BODY)) throw new Error(`${name}: wrong body`);
    }
    const plan = PLANS[mode];
    const results = await timeInterleaved(all, plan, ["raw fetch", "openapi-fetch"]);
    return { node: process.version, mode, ...plan, bodyBytes: BODY_TEXT.length, results };
  } finally {
    server?.close();
  }
}

await runWhenMain(import.meta.url, measureRequestOverhead);
