// A fresh project of the kind a user starts: a template folder copied to a temp dir, the
// packed tarballs installed into it with npm (not pnpm: most users have npm, and npm's
// flat node_modules is the layout the packages must work in). Nothing in it can see this
// workspace's node_modules, so a dependency missing from a package.json shows up here.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "@specbound/testkit";
import { type CommandResult, describeResult, runCommand } from "./run-command.js";

/** The folder that holds the consumer templates (`node/`, `typescript-node16/`, ...). */
export const templatesDir = path.resolve(import.meta.dirname, "..");

export interface ConsumerProject {
  /** The project's folder (a temp dir). */
  readonly dir: string;
  /**
   * Runs a command in the project's folder, with `env` added to a user's environment,
   * killing it after `timeoutMs` (default 120 s).
   */
  run(
    command: string,
    args: readonly string[],
    env?: Record<string, string>,
    timeoutMs?: number,
  ): Promise<CommandResult>;
  /** The path of a binary the project installed (`node_modules/.bin/<name>`). */
  bin(name: string): string;
  /** Deletes the project's folder. */
  remove(): Promise<void>;
}

export interface ConsumerProjectOptions {
  /**
   * More folders of `templatesDir` to copy in, as `{ from: to }` relative paths; the
   * shared scenario (`scenario/`) is always copied to `scenario/`.
   */
  copy?: Record<string, string>;
}

// Left over from trying a template by hand: the copy must start clean.
const NOT_COPIED = /[\\/](node_modules|package-lock\.json|dist)$/;

/**
 * Copies `templatesDir/<template>/` and the scenario to a temp dir and runs
 * `npm install --no-audit --no-fund <tarballs...>` in it, which also installs whatever the
 * template's package.json lists (TypeScript, esbuild) and the packages' own dependencies
 * (openapi-fetch) from the registry.
 */
export async function createConsumerProject(
  template: string,
  tarballs: readonly string[],
  options: ConsumerProjectOptions = {},
): Promise<ConsumerProject> {
  const dir = await mkdtemp(path.join(tmpdir(), `specbound-consumer-${template}-`));
  const project: ConsumerProject = {
    dir,
    run: (command, args, env, timeoutMs) =>
      runCommand(command, args, { cwd: dir, ...(env && { env }), ...(timeoutMs && { timeoutMs }) }),
    bin: (name) => path.join(dir, "node_modules", ".bin", name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  try {
    const copies = { [template]: ".", scenario: "scenario", ...options.copy };
    for (const [from, to] of Object.entries(copies)) {
      await cp(path.join(templatesDir, from), path.join(dir, to), {
        recursive: true,
        filter: (source) => !NOT_COPIED.test(source),
      });
    }
    const args = ["install", "--no-audit", "--no-fund", ...npmCacheArgs(), ...tarballs];
    const installed = await project.run("npm", args);
    if (installed.exitCode !== 0) {
      throw new Error(describeResult(`npm ${args.join(" ")} in ${dir}`, installed));
    }
    return project;
  } catch (error) {
    await project.remove();
    throw error;
  }
}

/**
 * One npm cache for every consumer of every run (`SPECBOUND_NPM_CACHE`, or
 * node_modules/.cache/ at the repo's root), read before the registry: with a warm cache an
 * install takes about a second, and reruns do not depend on the registry's mood.
 */
export function npmCacheArgs(): string[] {
  const cache =
    process.env.SPECBOUND_NPM_CACHE ??
    path.join(repoRoot, "node_modules", ".cache", "specbound-npm");
  return ["--cache", cache, "--prefer-offline"];
}
