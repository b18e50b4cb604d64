// @ts-check
// Every API of a tree (the working tree, or a revision unpacked by git-revision.mjs)
// bundled into one document each, as the generator bundles it (load-spec.mjs) but
// without linting: a spec that lints badly still has changes to rate, and the lint
// has its own place in CI.
import path from "node:path";
import { bundle, loadConfig } from "@redocly/openapi-core";
import { readApis } from "./apis.mjs";

/**
 * @param {string} root  holds redocly.yaml and the specs it names
 * @param {string[]} [names]  the APIs to bundle; all when absent
 * @returns {Promise<Map<string, Record<string, any>>>} API name → bundled document
 */
export async function bundleApis(root, names) {
  const config = await loadConfig({ configPath: path.join(root, "redocly.yaml") });
  /** @type {Map<string, Record<string, any>>} */
  const documents = new Map();
  for (const api of readApis(root).filter((a) => !names || names.includes(a.name))) {
    const { bundle: document, problems } = await bundle({
      ref: api.spec,
      config: config.forAlias(api.alias),
      dereference: false,
    });
    const fatal = problems.filter((p) => !p.ignored && p.severity === "error");
    if (fatal.length > 0) {
      throw new Error(
        `${path.relative(root, api.spec)}: cannot bundle: ${fatal.map((p) => p.message).join("; ")}`,
      );
    }
    documents.set(api.name, /** @type {Record<string, any>} */ (document.parsed));
  }
  return documents;
}
