// @ts-check
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo's root: the benchmarks read its specs and built packages, and write BENCHMARKS.md there. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
