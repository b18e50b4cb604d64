// @ts-check
// Renders a run's results as BENCHMARKS.md: the machine, the targets (reported, never
// asserted), then one section per benchmark: a sentence on its method and its figures.

export const TARGETS = { ratio: 0.95, bytes: 5500, ciBytes: 6000, warmSeconds: 2, heapMB: 20 };

const whole = (/** @type {number} */ n) => Math.round(n).toLocaleString("en-US");
const two = (/** @type {number} */ n) => n.toFixed(2);
const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(2)} kB`;
/** @param {import("./rounds.mjs").Summary} s @param {(n: number) => string} format */
const iqr = (s, format) => `${format(s.median)} (${format(s.q1)}–${format(s.q3)})`;
/** A target's row: `margin` is how far the figure is on the right side of its bound. */
const row = (
  /** @type {string[]} */ [target, measured],
  /** @type {number} */ margin,
  unit = "",
) => [
  target,
  measured,
  margin >= 0 ? "met" : "**not met**",
  `${margin >= 0 ? "+" : "−"}${Math.abs(margin).toFixed(2)}${unit}`,
];

/** @param {string[]} header @param {unknown[][]} rows */
function table(header, rows) {
  const line = (/** @type {unknown[]} */ cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** @param {any[]} runs  one request-overhead result per Node version */
function requests(runs) {
  const rows = runs.flatMap((run) =>
    Object.entries(run.results).map(([name, /** @type {any} */ c]) => [
      run.node,
      name,
      iqr(c.perSecond, whole),
      iqr(c.over["openapi-fetch"], two),
      iqr(c.over["raw fetch"], two),
      iqr(c.cpuMicros, (n) => n.toFixed(1)),
    ]),
  );
  const header = ["Node", "Contender", "calls/s", "÷ openapi-fetch", "÷ raw fetch", "CPU µs/call"];
  return `${table(header, rows)}\n\nMedians over rounds (interquartile range).`;
}

/** @param {Record<string, any>} r  results by benchmark; a failed one is `{ error }` or undefined */
function targets(r) {
  const rows = [];
  const ratio = (/** @type {any} */ run) => run.results.createPreprClient.over["openapi-fetch"];
  const [first, ...others] = r.http ?? [];
  if (first) {
    const measured = [
      iqr(ratio(first), two),
      ...others.map((/** @type {any} */ o) => `${o.node}: ${two(ratio(o).median)}`),
    ];
    const target = `createPreprClient ≥ ${TARGETS.ratio} × openapi-fetch over HTTP, ${first.node}`;
    rows.push(row([target, measured.join("; ")], ratio(first).median - TARGETS.ratio));
  }
  for (const [name, { gzipBytes }] of Object.entries(r.bytes ?? {})) {
    if (name === "openapi-fetch") continue;
    const target = `${name} ≤ ${kB(TARGETS.bytes)} min+gzip (CI budget ${kB(TARGETS.ciBytes)})`;
    rows.push(row([target, kB(gzipBytes)], (TARGETS.bytes - gzipBytes) / 1000, " kB"));
  }
  if (r.pipeline) {
    const { warm, specChange: s } = r.pipeline;
    const cached = warm.runs.every((/** @type {any} */ run) => run.cached === run.total);
    const target = `warm rebuild < ${TARGETS.warmSeconds} s, every task cached`;
    const measured = `${two(warm.seconds.median)} s, ${cached ? "all" : "**not all**"} cached`;
    const margin = TARGETS.warmSeconds - warm.seconds.median;
    rows.push(
      cached ? row([target, measured], margin, " s") : [target, measured, "**not met**", ""],
    );
    const rebuilt = s.changed.ran.includes("@specbound/preo#build");
    const leaked = s.otherApiTasks.length > 0;
    rows.push([
      "a one-spec change rebuilds that API, and only that API",
      `${s.changed.ran.length} of ${s.changed.total} tasks re-ran`,
      rebuilt && !leaked ? "met" : "**not met**",
      leaked
        ? `also re-ran: ${s.otherApiTasks.join(", ")}`
        : rebuilt
          ? "no Prepr or runtime task re-ran"
          : "Preo was not rebuilt",
    ]);
  }
  if (r.pagination) {
    const { peakGrowthMB, items } = r.pagination;
    const target = `pagination heap growth < ${TARGETS.heapMB} MB over ${whole(items)} items`;
    rows.push(row([target, `${two(peakGrowthMB)} MB`], TARGETS.heapMB - peakGrowthMB, " MB"));
  }
  return table(["Target", "Measured", "", "Margin"], rows);
}

/** By result name: the section's heading, and its body from the result. @type {Record<string, [string, (result: any) => string]>} */
const SECTIONS = {
  http: [
    "1. Request overhead over loopback HTTP",
    (/** @type {any[]} */ runs) => `\
Sequential \`GET /statuses\` (Prepr's example list, ${whole(runs[0].bodyBytes)} bytes, parsed, each contender's body
checked against the example before timing) to a \`node:http\` server in a process of its own,
the client on each Node binary in turn: ${runs[0].rounds} rounds of ${runs[0].callsPerTurn} calls per contender after
${whole(runs[0].warmupCalls)} warm-up calls, contender order rotating each round, ratios taken round by round so
drift on this shared machine hits all alike. createPreprClient runs with its defaults (token,
2 retries, 60 s timeout per attempt); axios keeps its connection alive through an
\`http.Agent\`. CPU is the client process's own (user + system).

${requests(runs)}`,
  ],
  stub: [
    "2. Client-side cost alone (stubbed fetch)",
    (/** @type {any[]} */ runs) => `\
The same calls timed the same way (${runs[0].rounds} rounds of ${runs[0].callsPerTurn}) against a \`fetch\` that answers at once
with a fresh \`Response\` of the same body, so only the client's own work is left; "raw fetch"
is that stub plus \`json()\`.

${requests(runs)}`,
  ],
  bytes: [
    "3. Bytes",
    (/** @type {Record<string, any>} */ bytes) => `\
Each entry with all its dependencies, minified and gzipped by size-limit's API with the preset
CI holds the budget with (\`@size-limit/preset-small-lib\`): CI's own figures.

${table(
  ["Entry", "min+gzip"],
  Object.entries(bytes).map(([name, e]) => [`${name} (\`${e.file}\`)`, `**${kB(e.gzipBytes)}**`]),
)}

The targets (${kB(TARGETS.bytes)}; CI's budget is ${kB(TARGETS.ciBytes)}) hold for the clients' entries; plain
openapi-fetch is there for reference.`,
  ],
  pagination: [
    "4. Pagination memory",
    (/** @type {any} */ p) => `\
\`createPreprClient(...).paginate("/statuses")\` over ${whole(p.items)} items in pages of ${whole(p.pageSize)} from the
loopback server (\`--expose-gc\`, heap measured after a forced GC): ${two(p.baselineMB)} MB before
iterating, at most ${two(p.peakGrowthMB)} MB more at any page boundary, ${two(p.finalGrowthMB)} MB more after the
last item; ${two(p.seconds)} s for all items.`,
  ],
  pipeline: [
    "5. Pipeline",
    (/** @type {any} */ { warm, specChange: s }) => {
      const turbo = (/** @type {any} */ run) =>
        run.ok ? `${run.cached}/${run.total} tasks cached` : "**failed**";
      const ran = s.changed.ran.map((/** @type {string} */ t) => `\`${t}\``).join(", ");
      return `\
Wall clock of \`pnpm build\`: with nothing changed, ${two(warm.seconds.median)} s (median of ${warm.runs.length}; ${warm.runs.map(turbo).join(", ")});
after appending a comment to \`${s.file}\`, ${two(s.changed.seconds)} s (${turbo(s.changed)}; re-ran
${ran || "nothing"}: the landing page names both APIs' operation counts); with the file restored
${s.restored ? "byte for byte" : "**(it was not: edited meanwhile)**"}, ${two(s.restore.seconds)} s (${turbo(s.restore)}).`;
    },
  ],
  typecheck: [
    "6. Type-check cost",
    (/** @type {any} */ t) => `\
\`tsc --noEmit --extendedDiagnostics\` (TypeScript 5.9, \`strict\`), one run, over one file of ${whole(t.lines)} lines
calling all ${t.operations} operations of both clients (the docs' TypeScript samples) against the built
\`dist/index.d.ts\`: check time ${two(t.checkSeconds)} s, ${whole(t.instantiations)} instantiations, ${whole(t.types)} types, ${whole(t.memoryMB)} MB.`,
  ],
  docs: [
    "7. Docs pages",
    (/** @type {any} */ d) => {
      const kb = (/** @type {number} */ b) => `${(b / 1000).toFixed(1)} kB`;
      const ms = (/** @type {number} */ t) => `${whole(t)} ms`;
      const files = table(
        ["File", "raw", "gzip", "brotli (sent)"],
        Object.entries(d.files).map(([file, /** @type {any} */ f]) => [
          `\`${file}\``,
          kb(f.raw),
          kb(f.gzip),
          kb(f.br),
        ]),
      );
      const pages = table(
        ["CPU", "Page", "after", "bytes sent", "first paint", "search ready"],
        d.results.flatMap((/** @type {any} */ r) => [
          [
            `${r.rate}×`,
            r.first,
            "(cold cache)",
            kb(r.coldBytes),
            ms(r.coldPaint),
            ms(r.coldSearch),
          ],
          [`${r.rate}×`, r.second, r.first, kb(r.warmBytes), ms(r.warmPaint), ms(r.warmSearch)],
        ]),
      );
      return `\
The built site served by \`pnpm docs:preview\`'s server (pre-compressed files, brotli when
accepted) to Chromium, 1440×900, CPU throttled by CDP \`Emulation.setCPUThrottlingRate\`.
Each reference page loads one shared Redoc runtime (\`site/assets/\`), so the page opened
second transfers only its own HTML; "bytes sent" is what crossed the wire (compressed, 0
for what came from the cache). First paint is the browser's first contentful paint; search
ready is when Redoc's search box stops saying "Loading...", both from navigation start.
Medians of ${d.runs} runs, each in a fresh browser context.

${files}

${pages}

The test suite holds the second page to at most 150 kB gzip of new bytes
(\`scripts/test/docs-site.test.mjs\`). Before the shared runtime each page inlined it (issue 14: 2.29 MB,
720 kB gzip a page, search ready after about 1.6 s).`;
    },
  ],
};

/**
 * One section, `## <heading>` and its body, or what failed.
 * @param {string} name  a key of SECTIONS @param {any} result
 */
export function renderSection(name, result) {
  const [heading, body] = SECTIONS[name] ?? [name, () => ""];
  const failed = [result].flat().filter((one) => one?.error);
  const good = [result].flat().filter((one) => one && !one.error);
  const ok = good.length ? (Array.isArray(result) ? good : result) : undefined;
  const parts = [ok && body(ok), ...failed.map((f) => `**Failed:** ${f.error}`)];
  return `## ${heading}\n\n${parts.filter(Boolean).join("\n\n")}\n`;
}

/**
 * `report` with the section that `section` heads replaced by it, or `section` appended.
 * @param {string} report @param {string} section
 */
export function replaceSection(report, section) {
  const heading = section.split("\n", 1)[0] ?? "";
  const start = report.indexOf(`${heading}\n`);
  if (start < 0) return `${report.trimEnd()}\n\n${section}`;
  const next = report.indexOf("\n## ", start + heading.length);
  return `${report.slice(0, start)}${section}${next < 0 ? "" : report.slice(next)}`;
}

/** @param {{ machine: Record<string, string>, results: Record<string, any> }} run */
export function renderReport({ machine, results }) {
  // A failed benchmark (`{ error }`) is left out of the figures and named in its section.
  const ok = Object.fromEntries(
    Object.entries(results).map(([name, result]) => {
      const good = [result].flat().filter((one) => !one.error);
      return [name, !good.length ? undefined : Array.isArray(result) ? good : result];
    }),
  );
  const sections = Object.keys(SECTIONS).map((name) => renderSection(name, results[name]));
  return `# Benchmarks

Written by \`pnpm bench\` (\`packages/bench\`); do not edit by hand. Each benchmark runs in a
Node process of its own against the built packages (\`packages/*/dist\`), as users get them.

${table(["", ""], Object.entries(machine))}

**Notes.** The client no longer builds a \`Request\` or copies a \`Response\` per call when no
middleware is registered: it hands fetch the URL and init and parses the body from the bytes
its transport read. That, not the method, is why createPreprClient's ratio to openapi-fetch
moved from 0.86 (the previous report, Node 20). What is left is the timeout: the signal the
client gives fetch so that a timeout cancels the request costs about 20 µs of CPU per request
on Node 20 (undici registers each signalled request for finalization) and about 6 µs on Node
24; without it the client measured 1.01 of openapi-fetch on Node 20. Keeping Node's timer
list for the timeout's duration alive between requests took the stubbed ratio from 0.93 to
0.98.

## Targets

Reported, not enforced: a missed target does not fail the run.

${targets(ok)}

${sections.join("\n")}`;
}
