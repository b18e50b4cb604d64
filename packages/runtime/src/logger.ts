// What the client tells a logger: each attempt at debug, each retry at info. Messages
// are single strings, so both `console` and pino-style loggers (whose first argument
// may be an object) print them the same way. Nothing logged holds the token: URLs are
// redacted and headers are never logged.
import { environmentVariable } from "./auth.js";

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything with these four methods: `console`, a pino or winston logger, ... */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LogOptions {
  /** Where the client logs (default: `console`). */
  logger?: Logger | undefined;
  /** The least severe level logged (default: `SPECBOUND_LOG`, else `"warn"`). */
  logLevel?: LogLevel | undefined;
}

/** The logger's methods at or above the level; the others undefined, so a call costs nothing. */
export type Log = Partial<Record<Exclude<LogLevel, "off">, (message: string) => void>>;

const LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

function isLevel(value: unknown): value is LogLevel {
  return LEVELS.includes(value as LogLevel);
}

export function createLog(options: LogOptions): Log {
  const logger = options.logger ?? console;
  let level = options.logLevel;
  if (level !== undefined && !isLevel(level)) {
    throw new TypeError(`logLevel: expected one of ${LEVELS.join(", ")}, got ${String(level)}`);
  }
  let misconfigured: string | undefined;
  if (level === undefined) {
    const fromEnvironment = environmentVariable("SPECBOUND_LOG");
    if (fromEnvironment === undefined || isLevel(fromEnvironment)) level = fromEnvironment;
    else misconfigured = fromEnvironment;
  }
  const rank = LEVELS.indexOf(level ?? "warn");
  const log: Log = {};
  for (const name of ["error", "warn", "info", "debug"] as const) {
    if (LEVELS.indexOf(name) <= rank) log[name] = (message) => logger[name](message);
  }
  if (misconfigured !== undefined) {
    log.warn?.(
      `SPECBOUND_LOG: expected one of ${LEVELS.join(", ")}, got ${JSON.stringify(misconfigured)}; logging at "warn"`,
    );
  }
  return log;
}
