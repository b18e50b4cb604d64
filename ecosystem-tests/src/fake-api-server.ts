// The few Prepr and Preo endpoints the consumer projects call, answered on 127.0.0.1 with
// the shapes the specs give (Prepr's `{ items, total, skip, limit }` pages, Preo's Django
// REST Framework pages). One server serves both APIs: their paths do not overlap.
import type { ServerResponse } from "node:http";
import {
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from "@specbound/testkit";

/** The token the consumers send; any other answers 401, as the real APIs do. */
export const TEST_TOKEN = "ecosystem-test-token";

const TAGS = ["news", "sport", "weather"].map((slug, i) => ({
  id: `tag-${i + 1}`,
  created_on: "2026-01-01T00:00:00Z",
  label: "Tag",
  body: slug[0]?.toUpperCase() + slug.slice(1),
  slug,
}));

const FILE = {
  api_id: "file-1",
  file_name: "poster.png",
  image: {},
  file_url: "https://files.example/poster.png",
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
};

/** Starts the server. Its `requests` list what the consumers sent, in order. */
export function startFakeApiServer(): Promise<LoopbackServer> {
  return startLoopbackServer(answer);
}

/** The environment a consumer reads the server from. */
export function consumerEnv(server: LoopbackServer): Record<string, string> {
  return { SPECBOUND_API_URL: server.url, SPECBOUND_API_TOKEN: TEST_TOKEN };
}

/** What the server saw of one request, in a form `toEqual` compares readably. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** Decoded: `slug[0][eq]` for `slug%5B0%5D%5Beq%5D`. */
  query: Record<string, string>;
  authorization: string | undefined;
  userAgent: string | undefined;
}

/** Every request the server received, in order. */
export function receivedRequests(server: LoopbackServer): ReceivedRequest[] {
  return server.requests.map((request) => {
    const url = new URL(request.url, "http://127.0.0.1");
    return {
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization,
      userAgent: request.headers["user-agent"],
    };
  });
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function answer(request: RecordedRequest, response: ServerResponse): void {
  const { status, body, headers } = reply(request);
  sendJson(response, status, body, headers);
}

function reply(request: RecordedRequest): Reply {
  const url = new URL(request.url, "http://127.0.0.1");
  const query = url.searchParams;
  if (request.headers.authorization !== `Bearer ${TEST_TOKEN}`) {
    return { status: 401, body: { code: 401, message: "Unauthorized" } };
  }
  if (request.method === "GET" && url.pathname === "/tags") {
    const slug = query.get("slug[0][eq]");
    const matching = slug === null ? TAGS : TAGS.filter((tag) => tag.slug === slug);
    const skip = Number(query.get("skip") ?? 0);
    const limit = Number(query.get("limit") ?? 100);
    const items = matching.slice(skip, skip + limit);
    return { status: 200, body: { items, total: matching.length, skip, limit } };
  }
  const tagId = /^\/tags\/([^/]+)$/.exec(url.pathname)?.[1];
  if (request.method === "GET" && tagId !== undefined) {
    const found = TAGS.find((tag) => tag.id === decodeURIComponent(tagId));
    if (found) return { status: 200, body: found };
    const notFound = { code: 404, message: "Not Found" };
    return { status: 404, body: notFound, headers: { "x-request-id": "req-404" } };
  }
  if (request.method === "GET" && url.pathname === "/v1/files") {
    const organization = query.get("organization_id");
    if (!organization) {
      return { status: 400, body: { organization_id: ["This field is required."] } };
    }
    const results = [{ ...FILE, organization_id: organization }];
    return { status: 200, body: { count: 1, next: null, previous: null, results } };
  }
  return { status: 404, body: { detail: "Not found." } };
}
