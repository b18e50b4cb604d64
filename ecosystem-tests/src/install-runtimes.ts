// The runtimes the scenario runs in: Node 20, 22 and 24, Bun, Deno and workerd, each from the npm package that carries its binary, at the exact
// versions runtimes/package.json pins. Installed with npm into a folder named by that
// file's hash and reused while it is unchanged: one install (about 700 MB unpacked) serves
// every run, and changing a pin installs afresh.
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@specbound/testkit";
import { npmCacheArgs, templatesDir } from "./consumer-project.js";
import { describeResult, runCommand } from "./run-command.js";

/** Absolute paths of the runtime binaries. */
export interface Runtimes {
  /** By target name: the installed Node 20, 22 and 24, whichever Node runs the tests. */
  node: Record<string, string>;
  bun: string;
  deno: string;
  workerd: string;
}

// Where each package keeps its binary. A package whose postinstall npm ran may have moved
// it (bun's replaces its bin/bun.exe placeholder); one whose script did not run keeps it in
// the platform package. The first candidate that is a real executable wins.
const CANDIDATES = {
  node20: ["node20/bin/node"],
  node22: ["node22/bin/node"],
  node24: ["node24/bin/node"],
  bun: ["@oven/bun-linux-x64/bin/bun", "bun/bin/bun.exe"],
  deno: ["@deno/linux-x64-glibc/deno", "deno/deno"],
  workerd: ["@cloudflare/workerd-linux-64/bin/workerd", "workerd/bin/workerd"],
} as const;

const INSTALLED_MARKER = ".specbound-installed";

/** Installs the runtimes unless this very manifest's install is already there. */
export async function installRuntimes(): Promise<Runtimes> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `the ecosystem tests install linux-x64 runtime binaries; this is ${process.platform}-${process.arch}`,
    );
  }
  const manifest = path.join(templatesDir, "runtimes", "package.json");
  const hash = createHash("sha256")
    .update(await readFile(manifest))
    .digest("hex")
    .slice(0, 16);
  const root =
    process.env.SPECBOUND_RUNTIMES_DIR ??
    path.join(repoRoot, "node_modules", ".cache", "specbound-runtimes");
  const dir = path.join(root, hash);
  if (!existsSync(path.join(dir, INSTALLED_MARKER))) {
    // Installed beside, then renamed into place: a run stopped halfway leaves no half install.
    const staging = `${dir}.${process.pid}.tmp`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(manifest, path.join(staging, "package.json"));
    const args = ["install", "--no-audit", "--no-fund", ...npmCacheArgs()];
    const installed = await runCommand("npm", args, { cwd: staging, timeoutMs: 600_000 });
    if (installed.exitCode !== 0) {
      await rm(staging, { recursive: true, force: true });
      throw new Error(describeResult(`npm ${args.join(" ")} in ${staging}`, installed));
    }
    await writeFile(path.join(staging, INSTALLED_MARKER), `${new Date().toISOString()}\n`);
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  }
  const binary = (name: keyof typeof CANDIDATES): string => {
    const candidates = CANDIDATES[name];
    const found = candidates.map((c) => path.join(dir, "node_modules", c)).find(isExecutable);
    if (!found)
      throw new Error(`no ${name} binary in ${dir}/node_modules (looked at ${candidates})`);
    return found;
  };
  return {
    node: {
      node20: binary("node20"),
      node22: binary("node22"),
      node24: binary("node24"),
    },
    bun: binary("bun"),
    deno: binary("deno"),
    workerd: binary("workerd"),
  };
}

// A real binary starts with ELF's magic bytes; a placeholder or a script does not.
function isExecutable(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, "r");
  try {
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    return magic.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  } finally {
    closeSync(fd);
  }
}
