// @ts-check
// Where createPreprClient's per-request overhead goes. The shipped transport
// (packages/runtime/src/transport.ts) is rebuilt here one layer at a time, each stage
// handed to plain openapi-fetch as its `fetch` exactly as createApiClient does, and timed
// twice in interleaved rounds (differences to plain openapi-fetch taken round by round):
// over real HTTP like http-overhead.mjs, and against the stubbed fetch of client-cost.mjs,
// where no network noise hides a layer's CPU cost. One stage keeps the transport's first
// design (the body re-wrapped in `new Response(bytes)`) to show what holding the bytes in a
// BufferedResponse saved.
import { isDeepStrictEqual } from "node:util";
import { createTransport } from "@specbound/runtime";
import createClient from "openapi-fetch";
import { runWhenMain } from "./bench-process.mjs";
import { STATUSES_BODY, startFixtureServer } from "./fixture-server.mjs";
import { comparedTo, timeInterleaved } from "./interleaved-rounds.mjs";
import { stubFetch } from "./stub-fetch.mjs";

export const HTTP_PLAN = { rounds: 40, requestsPerTurn: 150, warmupRequests: 600 };
export const STUB_PLAN = { rounds: 60, requestsPerTurn: 300, warmupRequests: 1000 };
const TOKEN = "bench-token";
const USER_AGENT = "specbound-prepr";
const TIMEOUT_MS = 60_000;
const BASELINE = "openapi-fetch alone";

/** @typedef {(input: string, init: RequestInit) => Promise<Response>} Send */

/**
 * The transport up to a given layer, sending with `send`.
 * @param {{ timeout: boolean, body: "streamed" | "rebuilt" }} layers
 * @param {Send} send
 * @returns {(request: Request) => Promise<Response>}
 */
function transportUpTo({ timeout, body }, send) {
  return async (request) => {
    // Own the request: token and user agent set on its headers, sent as url + init.
    const { headers } = request;
    headers.set("authorization", `Bearer ${TOKEN}`);
    headers.set("user-agent", USER_AGENT);
    const init = { method: request.method, headers, redirect: request.redirect };
    if (!timeout) return send(request.url, { ...init, signal: request.signal });
    // A timer and an AbortController per attempt, following the caller's signal.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    const forwardAbort = () => controller.abort(request.signal.reason);
    request.signal.addEventListener("abort", forwardAbort);
    try {
      const response = await send(request.url, { ...init, signal: controller.signal });
      if (body === "streamed") return response;
      // The body read inside the attempt, then handed on in a Response of its own.
      const bytes = await response.arrayBuffer();
      const copiedHeaders = new Headers(response.headers);
      copiedHeaders.delete("content-encoding");
      copiedHeaders.set("content-length", String(bytes.byteLength));
      const responseInit = {
        status: response.status,
        statusText: response.statusText,
        headers: copiedHeaders,
      };
      return new Response(bytes, responseInit);
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener("abort", forwardAbort);
    }
  };
}

/**
 * Stage name → the `fetch` openapi-fetch is given (undefined: its own default).
 * @param {typeof stubFetch | undefined} send  undefined: the global fetch
 */
function stages(send) {
  /** @type {Send} */
  const sendOrGlobal = send ?? ((input, init) => fetch(input, init));
  return {
    [BASELINE]: send,
    "+ request re-sent as url + init, token set": transportUpTo(
      { timeout: false, body: "streamed" },
      sendOrGlobal,
    ),
    "+ timeout per attempt (AbortController, timer, caller's signal)": transportUpTo(
      { timeout: true, body: "streamed" },
      sendOrGlobal,
    ),
    "+ body read in the attempt, re-wrapped in new Response(bytes): the first design":
      transportUpTo({ timeout: true, body: "rebuilt" }, sendOrGlobal),
    "shipped createTransport: body read in the attempt, held in a BufferedResponse":
      createTransport({ token: TOKEN, userAgent: USER_AGENT, fetch: send }),
  };
}

/**
 * One GET per stage, each through openapi-fetch with the stage as its fetch.
 * @param {string} baseUrl @param {typeof stubFetch | undefined} send
 * @returns {Record<string, () => Promise<unknown>>}
 */
function contenders(baseUrl, send) {
  return Object.fromEntries(
    Object.entries(stages(send)).map(([name, fetch]) => {
      const client =
        /** @type {import("openapi-fetch").Client<import("@specbound/prepr").paths>} */ (
          /** @type {unknown} */ (createClient({ baseUrl, fetch }))
        );
      return [name, async () => (await client.GET("/statuses")).data];
    }),
  );
}

/** @param {Record<string, () => Promise<unknown>>} calls */
async function checkBodies(calls) {
  for (const [name, call] of Object.entries(calls)) {
    if (!isDeepStrictEqual(await call(), STATUSES_BODY)) throw new Error(`${name}: wrong body`);
  }
}

export async function measureTransportBreakdown() {
  const server = await startFixtureServer();
  let http;
  try {
    const calls = contenders(server.url, undefined);
    await checkBodies(calls);
    const perSecond = await timeInterleaved("transport-breakdown, HTTP", calls, HTTP_PLAN);
    http = comparedTo(perSecond, BASELINE);
  } finally {
    server.close();
  }
  const stubbed = contenders("http://api.test.local", stubFetch);
  await checkBodies(stubbed);
  const perSecond = await timeInterleaved("transport-breakdown, stub", stubbed, STUB_PLAN);
  return {
    http: { ...HTTP_PLAN, stages: http },
    stub: { ...STUB_PLAN, stages: comparedTo(perSecond, BASELINE) },
  };
}

await runWhenMain(import.meta.url, measureTransportBreakdown);
