// The Prepr and Preo endpoints the scenario (scenario/scenario.mjs) calls, answered on
// 127.0.0.1 with the shapes the specs give (Prepr's `{ items, total, skip, limit }` pages,
// Preo's Django REST Framework pages). One server serves both APIs (their paths do not
// overlap), one server per target run, so what it records belongs to that run alone.
import { createHmac } from "node:crypto";
import type { ServerResponse } from "node:http";
import {
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from "@specbound/testkit";
import type { ScenarioConfig } from "../scenario/scenario.mjs";

/** The token the consumers send; any other answers 401, as the real APIs do. */
export const TEST_TOKEN = "ecosystem-test-token";
/** The secret the fake Prepr signs its webhook delivery with. */
export const WEBHOOK_SECRET = "ecosystem-webhook-secret";

/** What a target needs to run the scenario against `server`. */
export function scenarioConfig(server: LoopbackServer): ScenarioConfig {
  return { apiUrl: server.url, token: TEST_TOKEN, webhookSecret: WEBHOOK_SECRET };
}

/** The environment a Node, Bun or TypeScript consumer reads the config from. */
export function consumerEnv(server: LoopbackServer): Record<string, string> {
  return {
    SPECBOUND_API_URL: server.url,
    SPECBOUND_API_TOKEN: TEST_TOKEN,
    SPECBOUND_WEBHOOK_SECRET: WEBHOOK_SECRET,
  };
}

const TAGS = ["news", "sport", "weather"].map((slug, i) => tag(`tag-${i + 1}`, slug));

function tag(id: string, slug: string) {
  const body = slug[0]?.toUpperCase() + slug.slice(1);
  return { id, created_on: "2026-01-01T00:00:00Z", label: "Tag", body, slug };
}

const FILES = ["a.png", "b.png", "c.png"].map((name, i) => ({
  api_id: `file-${i + 1}`,
  file_name: name,
  organization_id: "org-1",
  image: {},
  file_url: `https://files.example/${name}`,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
}));

/** A Prepr webhook delivery's body, byte for byte as the server sends it. */
export const WEBHOOK_BODY = JSON.stringify({
  id: "8d2f2b5c-2b2c-4bde-9f44-4c3a0b1d2e3f",
  created_on: "2026-01-01T00:00:00+00:00",
  event: "publication.changed",
  payload: { id: "pub-1", model: { id: "model-1", body: "Post" }, locales: ["en-GB"] },
});

/** What the server parsed out of a multipart upload. */
export interface ReceivedUpload {
  fields: Record<string, string>;
  file: { name: string; type: string; bytes: number[] } | undefined;
}

/** What the server saw of one request, in a form `toEqual` compares readably. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** Decoded: `slug[0][eq]` for `slug%5B0%5D%5Beq%5D`. */
  query: Record<string, string>;
  authorization: string | undefined;
}

export interface FakeApiServer extends LoopbackServer {
  /** Every request but CORS preflights, in order. */
  received(): ReceivedRequest[];
  /** The `cookie` header of each request but preflights, in order. */
  cookies(): (string | undefined)[];
  /** The uploads, parsed. */
  uploads: ReceivedUpload[];
}

/** Starts a server for one run of the scenario. */
export async function startFakeApiServer(): Promise<FakeApiServer> {
  const uploads: ReceivedUpload[] = [];
  const seen = new Map<string, number>();
  const server = await startLoopbackServer(async (request, response) => {
    cors(request, response);
    if (request.method === "OPTIONS") {
      response.writeHead(204).end();
      return;
    }
    const url = new URL(request.url, "http://127.0.0.1");
    // An endpoint that never answers: the client's timeout must end the wait.
    if (url.pathname === "/tags/stalled") return;
    if (url.pathname === "/v1/files" && request.method === "POST") {
      const upload = await parseUpload(request);
      if (upload) uploads.push(upload);
    }
    const count = (seen.get(url.pathname) ?? 0) + 1;
    seen.set(url.pathname, count);
    const { status, body, headers } = reply(request, url, count, uploads.at(-1));
    if (typeof body === "string") {
      response.writeHead(status, headers).end(body);
    } else {
      sendJson(response, status, body, headers);
    }
  });
  const sent = () => server.requests.filter((request) => request.method !== "OPTIONS");
  return {
    ...server,
    uploads,
    received: () => sent().map(describeRequest),
    cookies: () => sent().map((request) => request.headers.cookie),
  };
}

function describeRequest(request: RecordedRequest): ReceivedRequest {
  const url = new URL(request.url, "http://127.0.0.1");
  return {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    authorization: request.headers.authorization,
  };
}

/** The requests one run of the scenario makes, in order (with `TEST_TOKEN`). */
export function scenarioRequests(): ReceivedRequest[] {
  const auth = { authorization: `Bearer ${TEST_TOKEN}` };
  const get = (path: string, query: Record<string, string> = {}) => ({
    method: "GET",
    path,
    query,
    ...auth,
  });
  return [
    get("/tags", { "slug[0][eq]": "news" }),
    get("/tags", { limit: "2" }),
    get("/tags", { limit: "2", skip: "2" }),
    get("/tags/flaky"),
    get("/tags/flaky"),
    get("/tags/stalled"),
    get("/tags/missing"),
    { method: "GET", path: "/__fixtures/prepr-webhook", query: {}, authorization: undefined },
    get("/v1/files", { organization_id: "org-1", page_size: "2" }),
    get("/v1/files", { organization_id: "org-1", page: "2", page_size: "2" }),
    { method: "POST", path: "/v1/files", query: {}, ...auth },
  ];
}

// A browser calls from another origin: allow it, with credentials, and let it read the
// headers the scenario reads.
function cors(request: RecordedRequest, response: ServerResponse): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  response.setHeader("access-control-allow-origin", origin);
  response.setHeader("access-control-allow-credentials", "true");
  response.setHeader("access-control-expose-headers", "prepr-signature, x-request-id");
  response.setHeader("vary", "origin");
  const asked = request.headers["access-control-request-headers"];
  if (asked) response.setHeader("access-control-allow-headers", asked);
  response.setHeader("access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE");
}

// Node's own multipart parser (undici's Request.formData), as a server framework would.
async function parseUpload(request: RecordedRequest): Promise<ReceivedUpload | undefined> {
  const type = request.headers["content-type"] ?? "";
  if (!type.startsWith("multipart/form-data")) return undefined;
  const form = await new Request("http://127.0.0.1/", {
    method: "POST",
    headers: { "content-type": type },
    body: new Uint8Array(request.body),
  }).formData();
  const upload: ReceivedUpload = { fields: {}, file: undefined };
  for (const [name, value] of form) {
    if (typeof value === "string") upload.fields[name] = value;
    else if (name === "file") {
      const bytes = [...new Uint8Array(await value.arrayBuffer())];
      upload.file = { name: value.name, type: value.type, bytes };
    } else upload.fields[name] = `<unexpected file part ${value.name}>`;
  }
  return upload;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function reply(
  request: RecordedRequest,
  url: URL,
  count: number,
  upload: ReceivedUpload | undefined,
): Reply {
  const query = url.searchParams;
  if (request.method === "GET" && url.pathname === "/__fixtures/prepr-webhook") {
    const signature = createHmac("sha256", WEBHOOK_SECRET).update(WEBHOOK_BODY).digest("hex");
    const headers = { "content-type": "application/json", "prepr-signature": signature };
    return { status: 200, body: WEBHOOK_BODY, headers };
  }
  if (request.headers.authorization !== `Bearer ${TEST_TOKEN}`) {
    return { status: 401, body: { code: 401, message: "Unauthorized" } };
  }
  if (request.method === "GET" && url.pathname === "/tags") {
    const slug = query.get("slug[0][eq]");
    const matching = slug === null ? TAGS : TAGS.filter((t) => t.slug === slug);
    const skip = Number(query.get("skip") ?? 0);
    const limit = Number(query.get("limit") ?? 100);
    const items = matching.slice(skip, skip + limit);
    return { status: 200, body: { items, total: matching.length, skip, limit } };
  }
  const tagId = /^\/tags\/([^/]+)$/.exec(url.pathname)?.[1];
  if (request.method === "GET" && tagId !== undefined) {
    const id = decodeURIComponent(tagId);
    if (id === "flaky") {
      if (count === 1) return { status: 503, body: { code: 503, message: "Service Unavailable" } };
      return { status: 200, body: tag("flaky", "flaky") };
    }
    const found = TAGS.find((t) => t.id === id);
    if (found) return { status: 200, body: found };
    const notFound = { code: 404, message: "Not Found" };
    return { status: 404, body: notFound, headers: { "x-request-id": "req-404" } };
  }
  if (url.pathname === "/v1/files") return files(request, query, upload);
  return { status: 404, body: { detail: "Not found." } };
}

function files(
  request: RecordedRequest,
  query: URLSearchParams,
  upload: ReceivedUpload | undefined,
): Reply {
  if (request.method === "POST") {
    const { organization_id, file_name } = upload?.fields ?? {};
    if (!upload?.file || !organization_id) {
      return { status: 400, body: { file: ["No file was submitted."] } };
    }
    const detail = { ...FILES[0], api_id: "file-new", file_name, organization_id, usage: {} };
    return { status: 201, body: detail };
  }
  const organization = query.get("organization_id");
  if (!organization) {
    return { status: 400, body: { organization_id: ["This field is required."] } };
  }
  // Django REST Framework's page-number pagination: `next` is an absolute URL.
  const size = Number(query.get("page_size") ?? 100);
  const page = Number(query.get("page") ?? 1);
  const results = FILES.slice((page - 1) * size, page * size);
  const more = page * size < FILES.length;
  const link = (n: number) =>
    `http://${request.headers.host}/v1/files?organization_id=${organization}&page=${n}&page_size=${size}`;
  return {
    status: 200,
    body: {
      count: FILES.length,
      next: more ? link(page + 1) : null,
      previous: page > 1 ? link(page - 1) : null,
      results,
    },
  };
}
