/** A bearer token, or a function returning one: called once per request, so a token can rotate. */
export type TokenSource = string | (() => string | Promise<string>);

export async function resolveToken(token: TokenSource | undefined): Promise<string | undefined> {
  if (token === undefined) return undefined;
  const value = typeof token === "function" ? await token() : token;
  if (typeof value !== "string" || value === "") {
    // Says what is wrong without echoing what was given: it may be a secret.
    throw new TypeError("token: expected a non-empty string (or a function returning one)");
  }
  return value;
}
