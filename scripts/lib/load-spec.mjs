// @ts-check
// Lint and bundle one API with the same engine and config as `redocly lint`, so the
// generator refuses exactly what CI refuses, and says where: file:line:column.
import path from "node:path";
import { bundle, getLineColLocation, lint, loadConfig } from "@redocly/openapi-core";

export class SpecError extends Error {
  /** @param {string} message  @param {string[]} problems  one line each, `file:line:col rule: message` */
  constructor(message, problems) {
    super(`${message}\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "SpecError";
    this.problems = problems;
  }
}

/**
 * @param {import("@redocly/openapi-core").NormalizedProblem} problem
 * @param {string} root
 */
function describeProblem(problem, root) {
  const where = problem.location[0];
  if (!where) return `${problem.ruleId}: ${problem.message}`;
  const { start } = getLineColLocation(where);
  const file = path.relative(root, where.source.absoluteRef);
  return `${file}:${start.line}:${start.col} ${problem.severity} ${problem.ruleId}: ${problem.message}`;
}

/**
 * Lints the API (errors and warnings both fail) and returns its bundled document:
 * every external `$ref` pulled into `components`, internal refs kept.
 * @param {import("./apis.mjs").Api} api
 * @param {string} root
 * @returns {Promise<Record<string, any>>}
 */
export async function loadSpec(api, root) {
  const config = (await loadConfig({ configPath: path.join(root, "redocly.yaml") })).forAlias(
    api.alias,
  );
  const problems = (await lint({ ref: api.spec, config })).filter((p) => !p.ignored);
  if (problems.length > 0) {
    throw new SpecError(
      `${path.relative(root, api.spec)}: ${problems.length} lint problem(s)`,
      problems.map((p) => describeProblem(p, root)),
    );
  }
  const { bundle: document, problems: bundleProblems } = await bundle({
    ref: api.spec,
    config,
    dereference: false,
  });
  const fatal = bundleProblems.filter((p) => !p.ignored && p.severity === "error");
  if (fatal.length > 0) {
    throw new SpecError(
      `${path.relative(root, api.spec)}: cannot bundle`,
      fatal.map((p) => describeProblem(p, root)),
    );
  }
  return /** @type {Record<string, any>} */ (document.parsed);
}
