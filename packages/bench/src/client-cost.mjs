// @ts-check
// Client-side cost alone: the same GET against a fetch that resolves at once with a fresh
// Response (openapi-fetch's own benchmark does the same), so only what the client itself
// does per call is timed: building the request, its layers, reading and parsing the body.
// Also the Prepr filter serializer against qs, which it reproduces byte for byte.
import { isDeepStrictEqual } from "node:util";
import { createPreoClient } from "@specbound/preo";
import { createPreprClient } from "@specbound/prepr";
import { stringifyBrackets } from "@specbound/runtime";
import axios from "axios";
import createClient from "openapi-fetch";
import qs from "qs";
import { progress, runWhenMain } from "./bench-process.mjs";
import { STATUSES_BODY } from "./fixture-server.mjs";
import { pairedRatios, summarize } from "./statistics.mjs";
import { STUB_BODY_TEXT, STUB_HEADERS, stubFetch } from "./stub-fetch.mjs";
import { opsPerSecondByRound } from "./tinybench-rounds.mjs";

export const PLAN = { rounds: 10, taskTimeMs: 150 };
const BASE_URL = "http://api.test.local";
const TOKEN = "bench-token";

/** A filter as an application sends it: Prepr's publication filters, nested and indexed. */
export const PUBLICATION_FILTER = {
  limit: 25,
  skip: 50,
  sort: "-changed_on",
  locale: "en-GB",
  model: { eq: "bcc9eea7-7307-f45b-5aaf-27eca7d329f9" },
  status: [{ in: ["done", "review"] }],
  tags: [
    {
      all: ["222b7528-9e3a-294f-21bf-7ec623d1ac74", "bcc9eea7-7307-f45b-5aaf-27eca7d329f9"],
      param: "Id",
    },
    { in: ["summer", "sale"], param: "Slug" },
  ],
  q: [{ fz: "ice cream & waffles" }],
  created_on: [{ gt: "2024-01-01T00:00:00+00:00", lt: "2025-01-01T00:00:00+00:00" }],
};

const PREO_LIST_INIT = { params: { query: { organization_id: "organization_8f2a41" } } };

/** @returns {Record<string, () => Promise<unknown>>} */
function clientContenders() {
  const headers = { authorization: `Bearer ${TOKEN}` };
  const openapiFetch =
    /** @type {import("openapi-fetch").Client<import("@specbound/prepr").paths>} */ (
      /** @type {unknown} */ (createClient({ baseUrl: BASE_URL, headers, fetch: stubFetch }))
    );
  const prepr = createPreprClient({ baseUrl: BASE_URL, token: TOKEN, fetch: stubFetch });
  const preo = createPreoClient({ baseUrl: BASE_URL, token: TOKEN, fetch: stubFetch });
  // axios's counterpart of a stubbed fetch: an adapter that answers at once. axios still
  // merges config, runs its interceptors and parses the JSON text.
  const viaAxios = axios.create({
    baseURL: BASE_URL,
    headers,
    adapter: async (config) => ({
      data: STUB_BODY_TEXT,
      status: 200,
      statusText: "OK",
      headers: STUB_HEADERS,
      config,
      request: {},
    }),
  });
  return {
    "stub fetch + json() (floor)": async () => (await stubFetch()).json(),
    "openapi-fetch": async () => (await openapiFetch.GET("/statuses")).data,
    createPreprClient: async () => (await prepr.GET("/statuses")).data,
    // Preo's lists require organization_id: one short query parameter more than the others.
    createPreoClient: async () => (await preo.GET("/v1/editions", PREO_LIST_INIT)).data,
    axios: async () => (await viaAxios.get("/statuses")).data,
  };
}

export async function measureClientCost() {
  const clients = clientContenders();
  for (const [name, call] of Object.entries(clients)) {
    if (!isDeepStrictEqual(await call(), STATUSES_BODY)) throw new Error(`${name}: wrong body`);
  }
  const clientRounds = await opsPerSecondByRound(clients, PLAN);
  progress("client-cost: clients done");

  const serializers = {
    "stringifyBrackets (@specbound/runtime)": () => stringifyBrackets(PUBLICATION_FILTER),
    "qs.stringify": () => qs.stringify(PUBLICATION_FILTER),
  };
  // Comparing speed only makes sense if both produce the same query string.
  if (serializers["qs.stringify"]() !== stringifyBrackets(PUBLICATION_FILTER)) {
    throw new Error("stringifyBrackets and qs.stringify disagree on the filter");
  }
  const serializerRounds = await opsPerSecondByRound(serializers, PLAN);
  progress("client-cost: serializers done");

  const baseline = clientRounds["openapi-fetch"] ?? [];
  return {
    ...PLAN,
    clients: Object.fromEntries(
      Object.entries(clientRounds).map(([name, values]) => [
        name,
        {
          opsPerSecond: summarize(values),
          ratioToOpenapiFetch: summarize(pairedRatios(values, baseline)),
        },
      ]),
    ),
    serializers: Object.fromEntries(
      Object.entries(serializerRounds).map(([name, values]) => [
        name,
        {
          opsPerSecond: summarize(values),
          ratioToQs: summarize(pairedRatios(values, serializerRounds["qs.stringify"] ?? [])),
        },
      ]),
    ),
    filterQueryLength: stringifyBrackets(PUBLICATION_FILTER).length,
  };
}

await runWhenMain(import.meta.url, measureClientCost);
