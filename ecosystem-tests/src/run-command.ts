import { spawn } from "node:child_process";

export interface CommandResult {
  /** The exit code, or null when a signal ended the process. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunCommandOptions {
  cwd: string;
  /** Added to the environment of a plain user shell (see `userShellEnv`). */
  env?: Record<string, string>;
  /** Kills the command after this long; its result then has `signal: "SIGKILL"`. */
  timeoutMs?: number;
}

/**
 * Runs a command and collects its output. Asynchronous on purpose: the loopback server the
 * consumers call lives in the test's own process, so a synchronous spawn would block the
 * server and the consumer would wait for an answer that never comes.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  { cwd, env = {}, timeoutMs = 120_000 }: RunCommandOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...userShellEnv(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
      killSignal: "SIGKILL",
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", (error) =>
      reject(new Error(`could not run ${command}: ${error.message}`, { cause: error })),
    );
    child.on("close", (exitCode, signal) => resolve({ exitCode, signal, stdout, stderr }));
  });
}

/** The command line and its output, for assertion messages. */
export function describeResult(what: string, result: CommandResult): string {
  const status = result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
  return [
    `${what}: ${status}`,
    `--- stdout ---\n${result.stdout.trimEnd()}`,
    `--- stderr ---\n${result.stderr.trimEnd()}`,
  ].join("\n");
}

// pnpm exports lowercase `npm_*`/`pnpm_*` variables to the scripts it runs (npm reads
// `npm_config_*` as its own settings); vitest sets `VITEST*` and `NODE_ENV=test`, and
// may set `NODE_OPTIONS` (`NODE_ENV=production` would make npm skip devDependencies).
// Uppercase `NPM_CONFIG_*`, which people set on purpose (a registry mirror, a proxy), stays.
const SET_BY_THE_TEST_RUN = /^(?:npm_|pnpm_|VITEST|NODE_ENV$|NODE_OPTIONS$)/;

/** This process's environment without what the test run itself put there: a user's shell. */
export function userShellEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !SET_BY_THE_TEST_RUN.test(name)) env[name] = value;
  }
  return env;
}

export interface BackgroundProcess {
  /** Output so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves when the process exits by itself (a server that failed to start). */
  readonly exited: Promise<CommandResult>;
  /** Ends the process (SIGTERM, then SIGKILL) and resolves with what it printed. */
  stop(): Promise<CommandResult>;
}

/** Starts a long-running command (a server) and returns at once. */
export function startBackground(
  command: string,
  args: readonly string[],
  { cwd, env = {} }: Omit<RunCommandOptions, "timeoutMs">,
): BackgroundProcess {
  const child = spawn(command, args, {
    cwd,
    env: { ...userShellEnv(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<CommandResult>((resolve) => {
    child.on("error", (error) => {
      stderr += `could not run ${command}: ${error.message}\n`;
      resolve({ exitCode: null, signal: null, stdout, stderr });
    });
    child.on("close", (exitCode, signal) => resolve({ exitCode, signal, stdout, stderr }));
  });
  return {
    output: () => ({ stdout, stderr }),
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
        void exited.then(() => clearTimeout(kill));
      }
      return exited;
    },
  };
}
