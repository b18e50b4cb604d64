// `prepr-mock` / `preo-mock`: a package's mock served on loopback until interrupted.
import { parseArgs } from "node:util";
import type { MockApi } from "./mock-api.js";
import { serveMockApi } from "./serve.js";

export interface MockCli {
  /** The command's name, for usage and messages: `prepr-mock`. */
  name: string;
  /** The mock to serve; its routes are matched on the path (of its base URL too). */
  create(): MockApi;
}

function usage(name: string): string {
  return [
    `usage: ${name} [--port N] [--host H] [--quiet]`,
    "  Serves a validating mock of the API on http://H:N (default 127.0.0.1:4010; --port 0",
    "  picks a free port), printing a line per request (--quiet: none).",
  ].join("\n");
}

/** Runs the command with `argv` (no node/script); resolves once it listens. */
export async function runMockCli(
  argv: string[],
  cli: MockCli,
): Promise<{ close(): Promise<void> }> {
  let values: { port?: string; host?: string; quiet?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`${cli.name}: ${(error as Error).message}\n${usage(cli.name)}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage(cli.name));
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${cli.name}: --port: expected an integer from 0 to 65535, got ${values.port}`);
    process.exit(2);
  }
  const host = values.host ?? "127.0.0.1";
  const api = cli.create();
  const log = values.quiet ? undefined : (line: string) => console.log(`${cli.name}: ${line}`);
  const server = await serveMockApi(api, { port, host, ...(log && { log }) }).catch(
    (error: Error) => {
      console.error(`${cli.name}: cannot listen on ${host}:${port}: ${error.message}`);
      process.exit(1);
    },
  );
  console.log(`${cli.name}: listening on ${server.url} (${api.operations.length} operations)`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}
