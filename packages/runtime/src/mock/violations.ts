// What the mock says about a request that does not match the spec: one entry per
// problem, naming where it is (in the wire form a caller wrote) and what was expected.
import type { ErrorObject } from "ajv";

export type ViolationLocation = "route" | "auth" | "path" | "query" | "header" | "body";

export interface Violation {
  in: ViolationLocation;
  /** `tags[0][fz]` for a query parameter, `items[2].name` in a body, `Authorization` ... */
  where: string;
  expected: string;
}

/** `tags[0][in]` (query and path: bracket form) or `items[0].name` (bodies). */
function wherePath(location: ViolationLocation, segments: string[]): string {
  if (location === "body") {
    return segments.reduce(
      (path, segment) =>
        /^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment,
      "",
    );
  }
  const [head = "", ...rest] = segments;
  return head + rest.map((segment) => `[${segment}]`).join("");
}

function pointerSegments(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function list(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

/** One Ajv error as a violation; `verbose` errors carry the schema that failed. */
export function violationOfAjvError(location: ViolationLocation, error: ErrorObject): Violation {
  const segments = pointerSegments(error.instancePath);
  const { params } = error;
  switch (error.keyword) {
    case "required":
      return {
        in: location,
        where: wherePath(location, [...segments, String(params.missingProperty)]),
        expected: "present (required)",
      };
    case "additionalProperties": {
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      return {
        in: location,
        where: wherePath(location, [...segments, String(params.additionalProperty)]),
        expected:
          allowed.length > 0
            ? `no such key: the keys allowed here are ${allowed.join(", ")}`
            : "no such key",
      };
    }
    case "enum":
      return {
        in: location,
        where: wherePath(location, segments) || "(root)",
        expected: `one of ${list(params.allowedValues ?? [])}`,
      };
    case "type":
      if (location === "query" && params.type === "array") {
        // The usual encoding slip: `tags[in][0]=a` for `tags[0][in][0]=a`.
        const where = wherePath(location, segments);
        return { in: location, where, expected: `an array, written with indexes: ${where}[0]…` };
      }
      return {
        in: location,
        where: wherePath(location, segments) || "(root)",
        expected: `type ${params.type}`,
      };
    case "const":
      return {
        in: location,
        where: wherePath(location, segments) || "(root)",
        expected: `exactly ${JSON.stringify(params.allowedValue)}`,
      };
    default:
      return {
        in: location,
        where: wherePath(location, segments) || "(root)",
        expected: (error.message ?? error.keyword).replace(/^must /, "to "),
      };
  }
}

/** The 400/401/404/405 body: a short message for clients that print one, and the list. */
export function violationResponse(
  status: number,
  summary: string,
  violations: Violation[],
  headers: Record<string, string> = {},
): Response {
  const count = `${violations.length} violation${violations.length === 1 ? "" : "s"}`;
  return new Response(
    JSON.stringify({
      message: `${summary} (${count}): ${violations.map((v) => `${v.in} ${v.where}: expected ${v.expected}`).join("; ")}`,
      violations,
    }),
    { status, headers: { "content-type": "application/json", ...headers } },
  );
}
