// @ts-check
// What the clients' types cost a user's editor and CI: `tsc --noEmit --extendedDiagnostics`
// over one consumer file that calls every operation of both APIs. The calls are the docs'
// TypeScript samples (x-codeSamples of site/<api>/openapi.json), each in a function of its
// own, with a user's settings (strict, skipLibCheck, bundler resolution).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT, runWhenMain } from "./bench-process.mjs";

const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*"@specbound\/(\w+)";\s*$/gm;
// Other imports (node:fs/promises in the upload sample) go to the top, once each.
const OTHER_IMPORT = /^import .* from "(?!@specbound\/).*";\s*$/gm;
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** Each sample in a function; its import becomes a destructuring of a namespace import
 * (both packages export `unwrap`, so named imports would clash at the top). */
function consumerFile() {
  const functions = [];
  const imports = new Set();
  for (const api of ["prepr", "preo"]) {
    const spec = JSON.parse(
      readFileSync(path.join(REPO_ROOT, "site", api, "openapi.json"), "utf8"),
    );
    for (const operation of Object.values(spec.paths).flatMap((item) => Object.values(item))) {
      const sample = operation["x-codeSamples"]?.find(
        (/** @type {{ lang: string }} */ s) => s.lang === "TypeScript",
      );
      if (!sample) continue;
      for (const line of sample.source.match(OTHER_IMPORT) ?? []) imports.add(line.trim());
      const body = sample.source
        .replace(OTHER_IMPORT, "")
        .replace(IMPORT, "const {$1} = module_$2;");
      functions.push(`export async function ${api}_${operation.operationId}() {\n${body}\n}\n`);
    }
  }
  const head = ["runtime", "prepr", "preo"].map(
    (p) => `import * as module_${p} from "@specbound/${p}";`,
  );
  return {
    source: [...head, ...imports, ...functions].join("\n"),
    operations: functions.length,
  };
}

export async function measureTypecheckCost() {
  // Under this package's node_modules, so "@specbound/*" resolve through its dependencies to
  // the built packages' exports, as in a user's project.
  const cache = fileURLToPath(new URL("../node_modules/.cache", import.meta.url));
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, "typecheck-"));
  try {
    const { source, operations } = consumerFile();
    writeFileSync(path.join(dir, "consumer.ts"), source);
    const options = "--strict --skipLibCheck --target ES2022 --lib ES2023,DOM --module preserve";
    const args = [TSC, ...options.split(" "), "--noEmit", "--extendedDiagnostics", "consumer.ts"];
    const tsc = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
    if (tsc.status !== 0) throw new Error(`the consumer file does not type-check:\n${tsc.stdout}`);
    /** @param {string} label */
    const field = (label) =>
      Number(tsc.stdout.match(new RegExp(`^${label}:\\s+([\\d.]+)`, "m"))?.[1]);
    return {
      operations,
      lines: source.split("\n").length,
      checkSeconds: field("Check time"),
      instantiations: field("Instantiations"),
      types: field("Types"),
      memoryMB: field("Memory used") / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await runWhenMain(import.meta.url, measureTypecheckCost);
