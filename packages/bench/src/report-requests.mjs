// @ts-check
// The request sections of BENCHMARKS.md: over HTTP, the transport layer by layer, and the
// client-side cost against a stubbed fetch.
import { failed, fixed, micros, quartiles, spread, table, whole } from "./markdown.mjs";
import { STUB_BODY_TEXT } from "./stub-fetch.mjs";

/** @param {any} http */
export function httpSection(http) {
  const heading = "## 1. Request overhead over real HTTP\n";
  const failure = failed(http);
  if (failure) return heading + failure;
  const rows = Object.entries(http.toFetch).map(([name, c]) => [
    name,
    quartiles(c.requestsPerSecond, whole),
    quartiles(c.ratio, fixed(2)),
    quartiles(http.toOpenapiFetch[name].ratio, fixed(2)),
    quartiles(c.cpuMicrosPerCall, whole),
  ]);
  return `${heading}
${http.rounds} rounds; in each, every contender makes ${http.requestsPerTurn} sequential \`GET /statuses\` (Prepr's
example list, \`specs/prepr/examples/statuses.list.200.json\`, ${whole(STUB_BODY_TEXT.length)} bytes) against a \`node:http\`
server on 127.0.0.1 that runs in a process of its own; contender order rotates every round,
and ratios are taken round by round, so drift on this shared 2-core machine hits all alike.
${whole(http.warmupRequests)} warm-up requests each first. Every contender keeps its connection alive (axios
through an \`http.Agent\` with \`keepAlive\`), sends the same bearer token and parses the JSON
body; each body is checked against the example before timing. createPreprClient runs with its
defaults: token, 2 retries, a 60 s timeout per attempt. The last column is the client
process's own CPU time (user + system) per request.

${table(["Contender", "requests/s", "÷ raw fetch", "÷ openapi-fetch", "client CPU µs per request"], rows)}

Median over rounds (interquartile range). Measured on these machines before this issue:
openapi-fetch 0.85 of raw fetch, axios 0.68.
`;
}

/** @param {any} breakdown */
export function breakdownSection(breakdown) {
  const heading = "## 2. Where createPreprClient's overhead goes\n";
  const failure = failed(breakdown);
  if (failure) return heading + failure;
  const { http, stub } = breakdown;
  const names = Object.keys(http.stages);
  const rows = names.map((name) => [
    name,
    quartiles(http.stages[name].ratio, fixed(2)),
    quartiles(http.stages[name].addedCpuMicros, whole),
    quartiles(stub.stages[name].addedCpuMicros, whole),
  ]);
  /** The stage whose name starts with `prefix`, over HTTP and with the stub. @param {string} prefix */
  const at = (prefix) => {
    const name = names.find((n) => n.startsWith(prefix)) ?? "";
    return { http: http.stages[name], stub: stub.stages[name] };
  };
  /** CPU µs per call that `to` costs over `from`, stub first (the steadier), then HTTP. */
  const delta = (/** @type {any} */ from, /** @type {any} */ to) => {
    const d = (/** @type {string} */ k) =>
      whole(to[k].addedCpuMicros.median - from[k].addedCpuMicros.median);
    return `${d("stub")} µs per call with the stub, ${d("http")} µs over HTTP`;
  };
  const base = at("openapi-fetch alone");
  const owned = at("+ request");
  const timed = at("+ timeout");
  const rebuilt = at("+ body read");
  const shipped = at("shipped");
  return `${heading}
The transport (\`packages/runtime/src/transport.ts\`) rebuilt one layer at a time in
\`packages/bench/src/transport-breakdown.mjs\`, each stage given to plain openapi-fetch as its
\`fetch\`, as \`createApiClient\` does; the shipped \`createTransport\` closes the table. Stages are
cumulative. Timed as in section 1 over real HTTP (${http.rounds} rounds of ${http.requestsPerTurn} requests per stage),
and against the stubbed fetch of section 3 in the same interleaved way (${stub.rounds} rounds of
${stub.requestsPerTurn} calls per stage), where no network or server work blurs a layer's cost. Costs are the
client process's CPU time per call over plain openapi-fetch, round by round.

${table(["Stage", "HTTP: ÷ openapi-fetch", "HTTP: CPU µs per request over openapi-fetch", "stub: CPU µs per call over openapi-fetch"], rows)}

Median over rounds (interquartile range). Layer by layer (CPU, medians):

- Owning the request (token and user agent set on its headers, re-sent as
  \`fetch(url, init)\`): ${delta(base, owned)}.
- A timeout per attempt (an \`AbortController\`, a timer, a listener on the caller's signal):
  ${delta(owned, timed)}. On Node 20 an \`AbortSignal\` is made transferable when it is
  created (\`makeTransferable\` shows high in a CPU profile).
- Reading the body inside the attempt (the timeout then covers a server that stalls
  mid-body, and a body that fails is retried), in the transport's first design handed on as
  \`new Response(bytes)\`: ${delta(timed, rebuilt)}. That builds a second web \`ReadableStream\`
  (undici's \`extractBody\`) which openapi-fetch's \`response.json()\` then pumps the bytes
  through again.
- The shipped transport holds the bytes in a \`BufferedResponse\` that answers \`json()\`,
  \`text()\`, \`arrayBuffer()\`, \`blob()\` from them and builds a stream only if \`body\` is asked
  for: against the first design it saves ${delta(shipped, rebuilt)}, and reaches
  ${shipped.http.ratio.median.toFixed(2)} of openapi-fetch's throughput over HTTP. What remains over plain openapi-fetch is the
  timeout per attempt and the body read inside the transport: the price of a timeout that
  covers the body and of retrying a body that fails.
- In absolute terms: the shipped transport costs ${whole(shipped.http.addedCpuMicros.median)} µs of CPU per request over HTTP on this
  machine, ${((100 * shipped.http.addedCpuMicros.median) / 20_000).toFixed(1)}% of a request to an API 20 ms away; it matters where one core sends
  requests as fast as it can, as here.
`;
}

/** @param {any} cost */
export function clientCostSection(cost) {
  const heading = "## 3. Client-side cost alone (stubbed fetch)\n";
  const failure = failed(cost);
  if (failure) return heading + failure;
  const clients = Object.entries(cost.clients).map(([name, c]) => [
    name,
    spread(c.opsPerSecond, whole),
    micros(c.opsPerSecond.median),
    spread(c.ratioToOpenapiFetch, fixed(2)),
  ]);
  const serializers = Object.entries(cost.serializers).map(([name, s]) => [
    name,
    spread(s.opsPerSecond, whole),
    fixed(2)(1e6 / s.opsPerSecond.median),
    spread(s.ratioToQs, fixed(2)),
  ]);
  return `${heading}
The same \`GET\` against a \`fetch\` that resolves at once with a fresh \`Response\` of the
same list body (axios: an adapter that does the same), with tinybench: ${cost.rounds} rounds of
${cost.taskTimeMs} ms per task, task order rotating; ops/s is calls over time within a round.
createPreoClient calls \`GET /v1/editions?organization_id=…\` (Preo's lists require it) and gets
the same bytes, so parsing weighs the same for all.

${table(["Client", "ops/s, median (min–max)", "µs per call", "÷ openapi-fetch, median (min–max)"], clients)}

The Prepr filter serializer on a realistic \`GET /publications\` filter (model, status, two
tag clauses, a fuzzy query, a date range: a ${cost.filterQueryLength}-character query string, checked
identical to \`qs.stringify\`'s):

${table(["Serializer", "ops/s, median (min–max)", "µs per call", "÷ qs.stringify, median (min–max)"], serializers)}
`;
}
