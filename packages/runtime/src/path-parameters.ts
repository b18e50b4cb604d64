// openapi-fetch leaves a missing path parameter in the URL as `%7Bid%7D` and sends the
// request; an empty one turns `DELETE /tags/{id}` into `DELETE /tags/`. Both are refused
// here, before anything is sent, naming the parameter.
const TEMPLATE = /\{[.;]?([^{}*]+)\*?\}/g;

/** A TypeError naming the first path parameter of `path` that `init` lacks, or undefined. */
export function missingPathParameter(
  method: string,
  path: string,
  init: { params?: { path?: Record<string, unknown> } } | undefined,
): TypeError | undefined {
  if (!path.includes("{")) return undefined;
  const given = init?.params?.path;
  for (const [, name] of path.matchAll(TEMPLATE)) {
    const value = given?.[name as string];
    if (value === undefined || value === null || value === "") {
      const got = value === "" ? "an empty string" : String(value);
      return new TypeError(`params.path.${name}: ${method} ${path} needs it, got ${got}`);
    }
  }
  return undefined;
}
