// The mock's operations as msw request handlers. msw is the caller's: its `http`
// namespace is passed in, so this runtime neither depends on msw nor pins its version,
// and the same code serves msw 2 and 3.
import type { MockApi } from "./mock-api.js";

type MswParams = Record<string, string | readonly string[] | undefined>;
type MswResolver = (info: { request: Request; params: MswParams }) => Promise<Response>;

/** The part of msw's `http` namespace the handlers use: one function per method. */
export type MswHttp<Handler> = Record<
  "get" | "put" | "post" | "delete" | "patch" | "head" | "options",
  (path: string, resolver: MswResolver) => Handler
>;

/** One msw handler per operation, on `api.baseUrl`, e.g. `GET https://.../tags/:id`. */
export function toMswHandlers<Handler>(api: MockApi, http: MswHttp<Handler>): Handler[] {
  return api.operations.map((operation) => {
    const route = operation.path.replace(/\{([^}]+)\}/g, ":$1");
    const method = operation.method as keyof MswHttp<Handler>;
    return http[method](`${api.baseUrl}${route}`, ({ request, params }) => {
      const decoded: Record<string, string> = {};
      for (const [name, value] of Object.entries(params)) {
        if (typeof value === "string") decoded[name] = value;
      }
      return operation.respond(request, decoded);
    });
  });
}
