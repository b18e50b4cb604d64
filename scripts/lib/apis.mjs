// @ts-check
// The APIs the pipeline knows are the ones redocly.yaml declares: one list, read here,
// so adding an API to the config is all the scripts need.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseYaml } from "@redocly/openapi-core";

/**
 * @typedef {object} Api
 * @property {string} name     short name, the package folder: `prepr`
 * @property {string} alias    the redocly.yaml key: `prepr@v6`
 * @property {string} spec     absolute path of the root spec file
 * @property {string} specDir  absolute path of the spec's folder
 * @property {string} packageDir absolute path of `packages/<name>`
 * @property {string} generatedDir absolute path of `packages/<name>/src/generated`
 * @property {import("./code-samples.mjs").ClientInfo} client  how its package is used
 */

/**
 * @param {string} root  repository root (holds redocly.yaml, specs/, packages/)
 * @returns {Api[]}
 */
export function readApis(root) {
  const config = /** @type {{apis?: Record<string, {root: string}>}} */ (
    parseYaml(readFileSync(path.join(root, "redocly.yaml"), "utf8"))
  );
  return Object.entries(config.apis ?? {}).map(([alias, api]) => {
    const name = alias.split("@")[0] ?? alias;
    const spec = path.resolve(root, api.root);
    const packageDir = path.join(root, "packages", name);
    const title = name.charAt(0).toUpperCase() + name.slice(1);
    return {
      name,
      alias,
      spec,
      specDir: path.dirname(spec),
      packageDir,
      generatedDir: path.join(packageDir, "src", "generated"),
      client: {
        packageName: `@specbound/${name}`,
        factory: `create${title}Client`,
        variable: name,
        tokenEnv: `${name.toUpperCase()}_TOKEN`,
        ...(name === "preo" ? { uploadHelper: "uploadFile" } : {}),
      },
    };
  });
}

/**
 * @param {string} root
 * @param {string[]} names  names to keep; all when empty
 */
export function selectApis(root, names) {
  const apis = readApis(root);
  const unknown = names.filter((n) => !apis.some((a) => a.name === n));
  if (unknown.length > 0) {
    throw new Error(
      `unknown API ${unknown.join(", ")}: redocly.yaml declares ${apis.map((a) => a.name).join(", ")}`,
    );
  }
  return names.length === 0 ? apis : apis.filter((a) => names.includes(a.name));
}
