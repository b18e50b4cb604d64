// openapi-fetch leaves a missing path parameter in the URL as `%7Bid%7D` and sends the
// request; an empty one turns `DELETE /tags/{id}` into `DELETE /tags/`. Both are refused
// here, before anything is sent, naming the parameter. The specs' path parameters are
// all of the simple style (`/tags/{id}`), so that is the one style serialized.
const TEMPLATE = /\{([^{}]+)\}/g;

/** `path` with each `{name}` replaced by its percent-encoded value; a TypeError names a missing one. */
export function serializePath(
  method: string,
  path: string,
  given: Record<string, unknown> | undefined,
): string {
  return path.replace(TEMPLATE, (_, name: string) => {
    const value = given?.[name];
    if (value === undefined || value === null || value === "") {
      const got = value === "" ? "an empty string" : String(value);
      throw new TypeError(`params.path.${name}: ${method} ${path} needs it, got ${got}`);
    }
    return encodeURIComponent(String(value));
  });
}
