// Type-checks snippets of TypeScript (README examples, docs code samples) the way a user
// of the packages would compile them, against the packages' sources.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { repoRoot } from "./spec-validation.js";

const PACKAGES = ["runtime", "prepr", "preo"];

/** Compiler errors of the snippets, one string per error naming its snippet; [] when all compile. */
export function compileSnippets(
  snippets: Record<string, string>,
  /** Compiler options beside the defaults, such as `{ exactOptionalPropertyTypes: true }`. */
  extra: ts.CompilerOptions = {},
): string[] {
  const cache = path.join(repoRoot, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, "snippets-"));
  try {
    const files = Object.entries(snippets).map(([name, source], i) => {
      const file = path.join(
        dir,
        `${String(i).padStart(3, "0")}-${name.replace(/[^\w.-]+/g, "_")}.ts`,
      );
      writeFileSync(file, source);
      return file;
    });
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      moduleDetection: ts.ModuleDetectionKind.Force,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [path.join(repoRoot, "node_modules", "@types")],
      paths: Object.fromEntries(
        PACKAGES.flatMap((p) => [
          [`@specbound/${p}`, [path.join(repoRoot, "packages", p, "src", "index.ts")]],
          // Subpath entries (`@specbound/prepr/testing`) are src/<entry>.ts.
          [`@specbound/${p}/*`, [path.join(repoRoot, "packages", p, "src", "*.ts")]],
        ]),
      ),
      ...extra,
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return message;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${path.basename(d.file.fileName)}:${line + 1}:${character + 1} ${message}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ```ts blocks of a Markdown file, named `<file>#<n>`. */
export function markdownSnippets(file: string, text: string): Record<string, string> {
  const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? "");
  return Object.fromEntries(blocks.map((source, i) => [`${path.basename(file)}#${i + 1}`, source]));
}
