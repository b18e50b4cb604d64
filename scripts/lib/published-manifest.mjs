// @ts-check
// What a packed package must look like to npm users, beyond what publint checks: the
// metadata npm shows (repository, homepage, bugs, keywords), no dependency on a package
// that exists only in this workspace, and a README whose links work on npmjs.com (which
// resolves no relative link).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseYaml } from "@redocly/openapi-core";

const DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies",
];

/**
 * Names of the workspace's private packages (those npm has never seen).
 * @param {string} root @returns {Set<string>}
 */
export function privateWorkspacePackages(root) {
  const workspace = /** @type {{ packages?: string[] }} */ (
    parseYaml(readFileSync(path.join(root, "pnpm-workspace.yaml"), "utf8"))
  );
  const dirs = (workspace.packages ?? []).flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [path.join(root, pattern)];
    const parent = path.join(root, pattern.slice(0, -2));
    return readdirSync(parent).map((name) => path.join(parent, name));
  });
  return new Set(
    dirs
      .map((dir) => path.join(dir, "package.json"))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, "utf8")))
      .filter((manifest) => manifest.private === true)
      .map((manifest) => manifest.name),
  );
}

/**
 * Problems of a packed package.json, one sentence each; [] when it is fine.
 * @param {Record<string, any>} manifest  the tarball's package.json
 * @param {{ directory: string, privatePackages: Set<string> }} expected
 *   directory: the package's folder relative to the repository root (`packages/prepr`)
 * @returns {string[]}
 */
export function manifestProblems(manifest, { directory, privatePackages }) {
  const problems = [];
  for (const field of DEPENDENCY_FIELDS) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (privatePackages.has(name)) {
        problems.push(`${field} names ${name}, a private workspace package npm users cannot get`);
      }
      if (String(range).startsWith("workspace:")) {
        problems.push(`${field}.${name} is "${range}": the workspace protocol was not replaced`);
      }
    }
  }
  const repository = manifest.repository ?? {};
  if (!String(repository.url ?? "").startsWith("git+https://github.com/")) {
    problems.push(
      `repository.url is ${JSON.stringify(repository.url)}, not a GitHub git+https URL`,
    );
  }
  if (repository.directory !== directory) {
    problems.push(
      `repository.directory is ${JSON.stringify(repository.directory)}, not "${directory}"`,
    );
  }
  if (!/^https:\/\//.test(manifest.homepage ?? "")) problems.push("homepage is not an https URL");
  if (!/^https:\/\//.test(manifest.bugs?.url ?? "")) problems.push("bugs.url is not an https URL");
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) {
    problems.push("keywords are missing");
  }
  return problems;
}

/**
 * Markdown links and images whose target npmjs.com cannot resolve: anything but an
 * absolute URL, a mailto: or an anchor on the page.
 * @param {string} markdown @returns {string[]}
 */
export function relativeLinks(markdown) {
  const targets = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1] ?? "");
  return targets.filter((t) => !/^(https?:\/\/|mailto:|#)/.test(t));
}
