// The mock's engine: one responder per operation of a spec, each validating the request
// before it answers with the operation's example or the caller's override. The same
// responders back the msw handlers (`toMswHandlers`) and the HTTP server (`serveMockApi`).
import { exampleResponse } from "./example-response.js";
import { RequestValidator } from "./request-validator.js";
import { type OpenApiDocument, type SpecOperation, specOperations } from "./spec-operations.js";
import { violationResponse } from "./violations.js";

/** Answers a request the mock has validated, in place of the operation's example. */
export type MockOverride = (request: Request) => Response | Promise<Response>;

export interface MockApiOptions<OperationId extends string = string> {
  /** Where the mock answers. Default: the spec's first server. */
  baseUrl?: string;
  /** Responses by operationId, for requests that pass validation. */
  overrides?: { [K in OperationId]?: MockOverride };
}

export interface MockOperation {
  operationId: string;
  /** Lowercase: `get`. */
  method: string;
  /** The spec's path template: `/tags/{id}`. */
  path: string;
  /** Validates the request, then answers it; `pathParameters` come decoded. */
  respond(request: Request, pathParameters: Record<string, string>): Promise<Response>;
}

export interface MockApi {
  /** The base URL the operations' paths are joined to, without a trailing slash. */
  baseUrl: string;
  operations: readonly MockOperation[];
  /**
   * Routes a request to its operation by method and path and answers it. Called as
   * `fetch` is, so it can be a client's `fetch` option: a mock with no msw.
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
}

/** Edits (insert, delete, replace) between `a` and `b`: to suggest a misspelt name. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The name nearest `name` within a few edits, ignoring case, if any. */
function closestName(name: string, names: readonly string[]): string | undefined {
  const scored = names
    .map((n) => ({ n, d: editDistance(name.toLowerCase(), n.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  return scored && scored.d <= Math.max(2, Math.floor(name.length / 4)) ? scored.n : undefined;
}

function checkOverrideNames(overrides: object, operationIds: readonly string[], title: string) {
  for (const [name, value] of Object.entries(overrides)) {
    if (!operationIds.includes(name)) {
      const near = closestName(name, operationIds);
      throw new TypeError(
        `overrides.${name}: the ${title} spec has no operation ${name}${near ? ` (did you mean ${near}?)` : ""}`,
      );
    }
    if (typeof value !== "function") {
      throw new TypeError(`overrides.${name}: expected a function (request) => Response`);
    }
  }
}

/** `/tags/{id}` → a matcher of `/tags/abc` that returns `{ id: "abc" }` (raw, undecoded). */
function pathMatcher(template: string) {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
      if (name === undefined) return piece.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    })
    .join("");
  const pattern = new RegExp(`^${source}$`);
  return (pathname: string) => {
    const match = pattern.exec(pathname);
    return match && Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ""]));
  };
}

function respondWith(
  validator: RequestValidator,
  operation: SpecOperation,
  override: MockOverride | undefined,
) {
  return async (request: Request, pathParameters: Record<string, string>) => {
    const checked = await validator.check(operation, request.clone(), pathParameters);
    const label = `${operation.method.toUpperCase()} ${operation.path}`;
    if (checked.auth.length > 0) {
      return violationResponse(401, `${label}: no credentials the spec accepts`, checked.auth);
    }
    if (checked.request.length > 0) {
      return violationResponse(
        400,
        `${label}: the request does not match the spec`,
        checked.request,
      );
    }
    if (override) return override(request);
    return exampleResponse(operation, checked.query, new URL(request.url));
  };
}

/** The mock of one API: `document` is its bundled OpenAPI 3.1 spec. */
export function createMockApi(document: OpenApiDocument, options: MockApiOptions = {}): MockApi {
  const title = String(document.info?.title ?? "API");
  const operations = specOperations(document);
  checkOverrideNames(
    options.overrides ?? {},
    operations.map((o) => o.operationId),
    title,
  );
  const baseUrl = (options.baseUrl ?? document.servers?.[0]?.url ?? "http://localhost").replace(
    /\/+$/,
    "",
  );
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  const validator = new RequestValidator(document);
  const responders = operations.map((operation) => ({
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    match: pathMatcher(basePath + operation.path),
    respond: respondWith(validator, operation, options.overrides?.[operation.operationId]),
  }));

  async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init);
    const { pathname } = new URL(request.url);
    const method = request.method.toLowerCase();
    const found = responders
      .map((responder) => ({ responder, raw: responder.match(pathname) }))
      .filter((candidate) => candidate.raw !== null)
      // A literal segment wins over a template one: /things/new before /things/{id}.
      .sort((a, b) => Object.keys(a.raw ?? {}).length - Object.keys(b.raw ?? {}).length);
    if (found.length === 0) {
      return violationResponse(404, `${request.method} ${pathname}: no such path`, [
        { in: "route", where: pathname, expected: `a path of the ${title} spec under ${baseUrl}` },
      ]);
    }
    // HEAD is GET without the body, as HTTP servers answer it unless the spec says more.
    const head = method === "head" && !found.some((f) => f.responder.method === "head");
    const exact = found.find((f) => f.responder.method === (head ? "get" : method));
    if (!exact) {
      const allowed = [...new Set(found.map((f) => f.responder.method.toUpperCase()))];
      return violationResponse(
        405,
        `${request.method} ${pathname}: method not allowed`,
        [
          {
            in: "route",
            where: `${request.method} ${pathname}`,
            expected: `one of ${allowed.join(", ")}`,
          },
        ],
        { allow: allowed.join(", ") },
      );
    }
    const decoded: Record<string, string> = {};
    for (const [name, raw] of Object.entries(exact.raw ?? {})) {
      try {
        decoded[name] = decodeURIComponent(raw);
      } catch {
        return violationResponse(400, `${request.method} ${pathname}: bad path`, [
          {
            in: "path",
            where: name,
            expected: `valid percent-encoding, got ${JSON.stringify(raw)}`,
          },
        ]);
      }
    }
    const response = await exact.responder.respond(request, decoded);
    return head ? new Response(null, response) : response;
  }

  return {
    baseUrl,
    operations: responders.map(({ operationId, method, path, respond }) => ({
      operationId,
      method,
      path,
      respond,
    })),
    fetch,
  };
}
