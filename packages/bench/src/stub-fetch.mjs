// @ts-check
// A fetch that answers at once, with no I/O: what is left to time is the client's own work.
import { STATUSES_BODY } from "./fixture-server.mjs";

/** The list body every stubbed call receives, so parsing costs every client the same. */
export const STUB_BODY_TEXT = JSON.stringify(STATUSES_BODY);
export const STUB_HEADERS = { "content-type": "application/json" };

/**
 * Resolves with a fresh Response (a body can be read once), whatever it is asked.
 * @param {unknown} [_input] @param {unknown} [_init]
 * @returns {Promise<Response>}
 */
export async function stubFetch(_input, _init) {
  return new Response(STUB_BODY_TEXT, { status: 200, headers: STUB_HEADERS });
}
