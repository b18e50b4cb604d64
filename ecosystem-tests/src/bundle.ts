// Bundles a consumer's entry with the consumer's own esbuild (its package.json pins it),
// for the platforms that get a bundle rather than node_modules: a Worker and a web page.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ConsumerProject } from "./consumer-project.js";
import { type CommandResult, describeResult } from "./run-command.js";

export interface Bundle {
  build: CommandResult;
  /** The bundled JavaScript ("" when the build failed). */
  code: string;
  /** Every module that went into the bundle, as esbuild's metafile names it. */
  inputs: string[];
  /** Imports esbuild left out of the bundle (a Node built-in marked external, say). */
  externalImports: string[];
}

/**
 * `esbuild <entry> --bundle --format=esm --platform=browser`: with platform browser, esbuild
 * refuses to resolve a Node built-in (`node:crypto`, `fs`), so the build fails if any
 * module of the packages imports one.
 */
export async function bundleWithEsbuild(
  project: ConsumerProject,
  entry: string,
  outfile: string,
  conditions: readonly string[] = [],
): Promise<Bundle> {
  const metafile = `${outfile}.meta.json`;
  const args = [
    entry,
    "--bundle",
    "--format=esm",
    "--platform=browser",
    `--outfile=${outfile}`,
    `--metafile=${metafile}`,
    "--log-level=warning",
    ...(conditions.length > 0 ? [`--conditions=${conditions.join(",")}`] : []),
  ];
  const build = await project.run(project.bin("esbuild"), args);
  if (build.exitCode !== 0) return { build, code: "", inputs: [], externalImports: [] };
  const code = await readFile(path.join(project.dir, outfile), "utf8");
  const meta = JSON.parse(await readFile(path.join(project.dir, metafile), "utf8")) as {
    inputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
  };
  const externalImports = Object.values(meta.inputs).flatMap(({ imports }) =>
    imports.filter((i) => i.external).map((i) => i.path),
  );
  return { build, code, inputs: Object.keys(meta.inputs), externalImports };
}

/** Why a bundle failed, for assertion messages. */
export function describeBundle(bundle: Bundle): string {
  return describeResult("esbuild", bundle.build);
}

const NODE_BUILTINS =
  "assert|async_hooks|buffer|child_process|crypto|dns|events|fs|http|http2|https|net|os|path|perf_hooks|process|querystring|readline|stream|string_decoder|timers|tls|url|util|worker_threads|zlib";

/** Imports or requires of Node built-ins left in bundled code, however they are written. */
export function nodeBuiltinReferences(code: string): string[] {
  const pattern = new RegExp(
    `(?:\\bfrom\\s*|\\bimport\\s*\\(\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s+)["'](?:node:[\\w/]+|(?:${NODE_BUILTINS})(?:/[\\w/]+)?)["']`,
    "g",
  );
  return code.match(pattern) ?? [];
}
