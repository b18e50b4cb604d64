#!/usr/bin/env node
// @ts-check
// `pnpm mock <api> [--port N] [--host H]`: runs the package's own `<api>-mock` bin (its
// built dist), the validating mock consumers get with the package.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { readApis } from "./lib/apis.mjs";

const root = path.resolve(import.meta.dirname, "..");
const [name, ...rest] = process.argv.slice(2);
const apis = readApis(root);
const api = apis.find((a) => a.name === name);
if (!api) {
  console.error(
    `usage: pnpm mock <${apis.map((a) => a.name).join("|")}> [--port N] [--host H] [--quiet]` +
      (name ? `\nunknown API ${JSON.stringify(name)}` : ""),
  );
  process.exit(2);
}
const bin = path.join(api.packageDir, "kit", "mock-cli.js");
if (!existsSync(bin)) {
  console.error(`${path.relative(root, bin)} is missing: run \`pnpm build\` first.`);
  process.exit(1);
}
const child = spawn(process.execPath, [bin, ...rest], { stdio: "inherit" });
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
