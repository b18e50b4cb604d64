// @ts-check
// Renders a run's results as BENCHMARKS.md: machine, targets, then one section per
// benchmark with each figure's median and spread over its rounds.
import { failed, spread, table, whole } from "./markdown.mjs";
import { breakdownSection, clientCostSection, httpSection } from "./report-requests.mjs";
import { checkTargets } from "./targets.mjs";

/** @typedef {ReturnType<typeof import("./machine.mjs").describeMachine>} Machine */

/** @param {any} bundles */
function bundleSection(bundles) {
  const heading = "## 4. Bytes\n";
  const failure = failed(bundles);
  if (failure) return heading + failure;
  const rows = bundles.entries.map((/** @type {any} */ e) => [
    e.file ? `${e.name} (\`${e.file}\`)` : e.name,
    `${(e.minifiedBytes / 1000).toFixed(2)} kB`,
    `**${(e.gzipBytes / 1000).toFixed(2)} kB**`,
    e.budgetBytes ? `${e.budgetBytes / 1000} kB` : "",
  ]);
  return `${heading}
Each entry bundled with all its dependencies by esbuild (ESM, browser platform, every
export kept), minified, then gzipped at level 9. Deterministic: one measurement each.
size-limit, which CI uses for the budget, bundles differently and reports about 0.1 kB less.

${table(["Entry", "minified", "min+gzip", "budget"], rows)}
`;
}

/** @param {any} pipeline */
function pipelineSection(pipeline) {
  const heading = "## 5. Pipeline\n";
  const failure = failed(pipeline);
  if (failure) return heading + failure;
  const turbo = (/** @type {any} */ run) =>
    run.ok ? `${run.cached} cached, ${run.total} total` : "**build failed**";
  const seconds = (/** @type {number} */ s) => `${s.toFixed(2)} s`;
  /** @type {string[][]} */
  const rows = [];
  if (pipeline.cold)
    rows.push([
      "cold `pnpm build` (dist, site, turbo cache removed)",
      seconds(pipeline.cold.seconds),
      turbo(pipeline.cold),
    ]);
  if (pipeline.warm) {
    rows.push([
      `warm \`pnpm build\`, nothing changed (${pipeline.warmRounds} runs)`,
      spread(pipeline.warm.seconds, seconds),
      pipeline.warm.runs.map(turbo).join("; "),
    ]);
  }
  const change = pipeline.specChange;
  if (change) {
    rows.push([
      `\`pnpm build\` after appending a comment to \`${change.file}\``,
      seconds(change.changed.seconds),
      turbo(change.changed),
    ]);
    rows.push([
      "`pnpm build` after restoring the file",
      seconds(change.restore.seconds),
      turbo(change.restore),
    ]);
  }
  for (const [api, s] of Object.entries(pipeline.codegen ?? {})) {
    rows.push([
      `codegen \`node scripts/generate.mjs ${api}\` (${pipeline.programRounds} runs)`,
      spread(s, seconds),
      "",
    ]);
  }
  for (const [api, s] of Object.entries(pipeline.docs ?? {})) {
    rows.push([
      `docs \`node scripts/build-docs.mjs ${api}\` (${pipeline.programRounds} runs)`,
      spread(s, seconds),
      "",
    ]);
  }
  const ran = change?.changed?.ran?.map((/** @type {string} */ t) => `\`${t}\``).join(", ");
  return `${heading}
Wall-clock times with \`REDOCLY_TELEMETRY=off TURBO_TELEMETRY_DISABLED=1 SCARF_ANALYTICS=false\`;
median (min–max) where a step ran more than once. The turbo column is turbo's own summary.

${table(["Step", "time", "turbo"], rows)}
${
  change
    ? `
Tasks re-run after the Preo spec change: ${ran || "none"}. The landing page
(\`@specbound/scripts#docs\`) names both APIs' operation counts, so it depends on Preo's docs.
The file was then restored byte for byte; the tree came back ${change.treeRestored ? "unchanged" : "**CHANGED**"}.
`
    : ""
}`;
}

/** @param {any} typecheck */
function typecheckSection(typecheck) {
  const heading = "## 6. Type-check cost\n";
  const failure = failed(typecheck);
  if (failure) return heading + failure;
  const rows = [
    ["check time", spread(typecheck.checkSeconds, (s) => `${s.toFixed(2)} s`)],
    ["total time", spread(typecheck.totalSeconds, (s) => `${s.toFixed(2)} s`)],
    ["instantiations", whole(typecheck.instantiations)],
    ["types", whole(typecheck.types)],
    ["memory used", spread(typecheck.memoryMB, (mb) => `${whole(mb)} MB`)],
    ["files in the program", whole(typecheck.files)],
  ];
  return `${heading}
\`tsc --noEmit --extendedDiagnostics\` (TypeScript 5.9, \`strict\`, \`skipLibCheck\`) over one
consumer file of ${typecheck.lines} lines calling all ${typecheck.operations} operations of both clients: the docs'
TypeScript samples (\`x-codeSamples\` in \`site/<api>/openapi.json\`), each in a function of its
own, with \`@specbound/*\` resolved to the built \`dist/index.d.ts\`. ${typecheck.rounds} runs.

${table(["Measure", "median (min–max)"], rows)}
`;
}

/** @param {any} pagination */
function paginationSection(pagination) {
  const heading = "## 7. Pagination memory\n";
  const failure = failed(pagination);
  if (failure) return heading + failure;
  const mb = (/** @type {number} */ n) => `${n.toFixed(2)} MB`;
  const rows = [
    ["heap after GC before iterating", mb(pagination.baselineMB)],
    ["largest growth over that, after GC at each page boundary", mb(pagination.peakGrowthMB)],
    ["growth after the last item, after GC", mb(pagination.finalGrowthMB)],
    [
      "time for all items",
      `${pagination.seconds.toFixed(2)} s (${whole(pagination.items / pagination.seconds)} items/s)`,
    ],
  ];
  return `${heading}
\`createPreprClient(...).paginate("/statuses", { params: { query: { limit: ${pagination.pageSize} } } })\`
over ${whole(pagination.items)} items (${pagination.pages} pages) from the loopback server, in a process run with
\`--expose-gc\`; the count and the last item's id are checked. One run: GC-settled heap sizes
barely vary.

${table(["Measure", "value"], rows)}
`;
}

/**
 * @param {{ machine: Machine, startedAt: Date, totalSeconds: number, results: Record<string, any> }} run
 */
export function renderReport({ machine, startedAt, totalSeconds, results }) {
  const targets = checkTargets(results).map((row) => [
    row.target,
    row.measured,
    row.met === null ? "—" : row.met ? "met" : "**not met**",
    row.margin,
  ]);
  const commit = `${machine.commit}${machine.uncommittedChanges ? " plus uncommitted changes" : ""}`;
  return `# Benchmarks

Written by \`pnpm bench\` (\`packages/bench\`); do not edit by hand. Reproduce from a fresh
clone with \`./scripts/bootstrap && pnpm bench\`. Each benchmark runs in a Node process of its
own, against the built packages (\`packages/*/dist\`), as users get them.

| | |
| --- | --- |
| date | ${startedAt.toISOString().replace(/\.\d+Z$/, "Z")} |
| CPU | ${machine.cpu}, ${machine.cores} cores |
| memory | ${machine.memoryGiB} GiB |
| Node | ${machine.node} |
| pnpm | ${machine.pnpm} |
| OS | ${machine.os} |
| code | ${commit} |
| whole run | ${totalSeconds.toFixed(0)} s |

## Targets

Reported, not enforced: a missed target does not fail the run.

${table(["Target", "Measured", "", "Margin"], targets)}

${httpSection(results["http-overhead"])}
${breakdownSection(results["transport-breakdown"])}
${clientCostSection(results["client-cost"])}
${bundleSection(results["bundle-size"])}
${pipelineSection(results.pipeline)}
${typecheckSection(results["typecheck-cost"])}
${paginationSection(results["pagination-memory"])}`;
}
