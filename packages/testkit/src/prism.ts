// Prism, the spec-driven mock server, serving one of our specs on a free loopback port.
// `--errors` makes it validate every request (and its own responses) against the spec:
// a violation comes back as an error status with an `sl-violations` header.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ApiName, bundleSpec } from "./spec-validation.js";

const require = createRequire(import.meta.url);
const PRISM = path.join(
  path.dirname(require.resolve("@stoplight/prism-cli/package.json")),
  "dist",
  "index.js",
);

export interface PrismServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `prism mock <bundled spec> --errors` and resolves once it listens. */
export async function startPrism(api: ApiName, { timeoutMs = 60_000 } = {}): Promise<PrismServer> {
  const dir = mkdtempSync(path.join(tmpdir(), `prism-${api}-`));
  const spec = path.join(dir, "openapi.json");
  writeFileSync(spec, JSON.stringify(await bundleSpec(api)));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [PRISM, "mock", spec, "--errors", "--host", "127.0.0.1", "--port", String(port)],
    {
      env: { ...process.env, SCARF_ANALYTICS: "false", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${output}`));
    });
  });
  // Keep draining its log so the pipe never fills and stalls Prism.
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      child.removeAllListeners("exit");
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
