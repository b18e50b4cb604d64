/** A bearer token, or a function returning one: called once per request, so a token can rotate. */
export type TokenSource = string | (() => string | Promise<string>);

// Synchronous for a string token: no promise per request where none is needed.
export function resolveToken(
  token: TokenSource | undefined,
): string | undefined | Promise<string | undefined> {
  if (token === undefined) return undefined;
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
