/**
 * The token: a string, or a function returning one (called once per request, so a token
 * can rotate), or `null` to send no `Authorization` header (behind a proxy that adds it).
 */
export type TokenSource = string | (() => string | Promise<string>) | null;

/** `process.env[name]` where there is a `process` (Node, Bun, Deno, workers with Node compat). */
export function environmentVariable(name: string): string | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env?.[name];
    return value === "" ? undefined : value;
  } catch {
    // Deno without --allow-env throws on reading the environment: as if unset.
    return undefined;
  }
}

/**
 * The token a client sends: `token` as given, else the environment variable. Throws at
 * construction, naming the option and the variable, when neither is there: a missing
 * token found by a 401 in production is found too late.
 */
export function chooseToken(
  token: TokenSource | undefined,
  variable: string,
  clientName: string,
): TokenSource {
  if (token !== undefined) return token;
  const fromEnvironment = environmentVariable(variable);
  if (fromEnvironment !== undefined) return fromEnvironment;
  throw new TypeError(
    `token: ${clientName} needs a token. Pass { token } or set ${variable}; pass { token: null } to send no Authorization header.`,
  );
}

// Synchronous for a string token: no promise per request where none is needed.
export function resolveToken(
  token: TokenSource | undefined,
): string | undefined | Promise<string | undefined> {
  if (token === undefined || token === null) return undefined;
  if (typeof token === "function") return Promise.resolve(token()).then(checkToken);
  return checkToken(token);
}

function checkToken(value: unknown): string {
  if (typeof value !== "string" || value === "") {
    // Says what is wrong without echoing what was given: it may be a secret.
    throw new TypeError("token: expected a non-empty string (or a function returning one)");
  }
  return value;
}
