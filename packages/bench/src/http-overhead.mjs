// @ts-check
// Request overhead over real HTTP: the same sequential GETs of a Prepr list through raw
// fetch, plain openapi-fetch, createPreprClient and axios, against a loopback server.
// Contenders take turns in interleaved rounds (interleaved-rounds.mjs); ratios are taken
// round by round.
import http from "node:http";
import { isDeepStrictEqual } from "node:util";
import { createPreprClient } from "@specbound/prepr";
import axios from "axios";
import createClient from "openapi-fetch";
import { runWhenMain } from "./bench-process.mjs";
import { STATUSES_BODY, startFixtureServer } from "./fixture-server.mjs";
import { comparedTo, timeInterleaved } from "./interleaved-rounds.mjs";

export const PLAN = { rounds: 40, requestsPerTurn: 250, warmupRequests: 1000 };
// Every contender sends the same bearer token, so the bytes on the wire match and only
// the client-side work differs.
const TOKEN = "bench-token";

/**
 * One function per contender, each making one request and returning the parsed body.
 * @param {string} baseUrl
 * @returns {Record<string, () => Promise<unknown>>}
 */
function httpContenders(baseUrl) {
  const headers = { authorization: `Bearer ${TOKEN}` };
  // JavaScript cannot pass createClient<paths> a type argument; the cast gives the
  // variable the type a TypeScript user writes. Types cost nothing at run time.
  const openapiFetch =
    /** @type {import("openapi-fetch").Client<import("@specbound/prepr").paths>} */ (
      /** @type {unknown} */ (createClient({ baseUrl, headers }))
    );
  const prepr = createPreprClient({ baseUrl, token: TOKEN });
  // An agent of its own with keepAlive, so that axios reuses its connection as fetch does
  // whatever the Node version's default agent does.
  const viaAxios = axios.create({
    baseURL: baseUrl,
    headers,
    httpAgent: new http.Agent({ keepAlive: true }),
  });
  return {
    "raw fetch": async () => {
      const response = await fetch(`${baseUrl}/statuses`, { headers });
      return response.json();
    },
    "openapi-fetch": async () => (await openapiFetch.GET("/statuses")).data,
    createPreprClient: async () => (await prepr.GET("/statuses")).data,
    axios: async () => (await viaAxios.get("/statuses")).data,
  };
}

export async function measureHttpOverhead() {
  const server = await startFixtureServer();
  try {
    const contenders = httpContenders(server.url);
    for (const [name, send] of Object.entries(contenders)) {
      // A benchmark of a client that returns the wrong thing would measure nothing.
      if (!isDeepStrictEqual(await send(), STATUSES_BODY)) throw new Error(`${name}: wrong body`);
    }
    const perSecond = await timeInterleaved("http-overhead", contenders, PLAN);
    return {
      ...PLAN,
      toFetch: comparedTo(perSecond, "raw fetch"),
      toOpenapiFetch: comparedTo(perSecond, "openapi-fetch"),
    };
  } finally {
    server.close();
  }
}

await runWhenMain(import.meta.url, measureHttpOverhead);
