// Indexed bracket notation for nested query values, byte for byte what `qs.stringify`
// sends with its defaults (Prepr's official Node SDK): `{tags: [{in: ["a"]}]}` becomes
// `tags%5B0%5D%5Bin%5D%5B0%5D=a`, that is `tags[0][in][0]=a`.

// qs percent-encodes everything but RFC 3986's unreserved characters;
// encodeURIComponent leaves !'()* as they are, so those are escaped after it.
function encode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function appendBrackets(parts: string[], key: string, value: unknown): void {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return;
  if (value instanceof Date) {
    parts.push(`${encode(key)}=${encode(value.toISOString())}`);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) appendBrackets(parts, `${key}[${i}]`, value[i]);
  } else if (value !== null && typeof value === "object") {
    for (const name of Object.keys(value)) {
      appendBrackets(parts, `${key}[${name}]`, (value as Record<string, unknown>)[name]);
    }
  } else {
    parts.push(`${encode(key)}=${value === null ? "" : encode(String(value))}`);
  }
}

/** `qs.stringify(query)` with qs's defaults, for well-formed Unicode strings. */
export function stringifyBrackets(query: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  for (const key of Object.keys(query)) appendBrackets(parts, key, query[key]);
  return parts.join("&");
}

/**
 * A query serializer for one operation: the parameters the spec marks
 * `x-query-encoding: brackets` in bracket notation, the others as openapi-fetch sends
 * them by default (arrays as form, exploded: `ids=a&ids=b`; objects as deepObject:
 * `f[a]=1`), in the order the caller gave them.
 */
export function createBracketQuerySerializer(bracketParameters: readonly string[]) {
  const bracketed = new Set(bracketParameters);
  return function serializeQuery(query: Record<string, unknown>): string {
    const parts: string[] = [];
    for (const name of Object.keys(query)) {
      const value = query[name];
      if (value === null) continue;
      if (Array.isArray(value) && !bracketed.has(name)) {
        for (const item of value) appendBrackets(parts, name, item);
      } else appendBrackets(parts, name, value);
    }
    return parts.join("&");
  };
}
