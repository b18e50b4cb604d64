// The mock over HTTP on loopback, for consumers in any language and for our contract
// tests: node:http in, the mock's fetch-style responder, node:http out. Nothing a client
// sends may take it down: every failure becomes a response.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { MockApi } from "./mock-api.js";
import { violationResponse } from "./violations.js";

export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  server: Server;
  close(): Promise<void>;
}

function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
    headers.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string);
  }
  const method = incoming.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(origin + (incoming.url ?? "/"), {
    method,
    headers,
    ...(hasBody && {
      body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>,
      duplex: "half",
    }),
  } as RequestInit);
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(body);
}

export interface ServeOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Called with one line per request: method, path (never the query, where a token may
   * be), status, and for a refused request what was wrong.
   */
  log?: (line: string) => void;
}

/** One log line: `GET /tags 400 query limit: expected to be <= 1000`. */
async function logLine(method: string, pathname: string, response: Response): Promise<string> {
  const line = `${method} ${pathname} ${response.status}`;
  if (response.status < 400) return line;
  try {
    const { violations } = (await response.clone().json()) as {
      violations?: { in: string; where: string; expected: string }[];
    };
    const listed = (violations ?? []).map((v) => `${v.in} ${v.where}: expected ${v.expected}`);
    return listed.length > 0 ? `${line} ${listed.join("; ")}` : line;
  } catch {
    return line;
  }
}

/** Serves `api` on `host:port` (default 127.0.0.1, a free port) until `close()`. */
export async function serveMockApi(
  api: MockApi,
  { port = 0, host = "127.0.0.1", log }: ServeOptions = {},
): Promise<MockServer> {
  const server = createServer(async (incoming, outgoing) => {
    try {
      const origin = `http://${host.includes(":") ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
      // Routed on the path alone (the base URL's path included), answered on this origin,
      // so the links a list writes (`next`) lead back here.
      const response = (incoming.url ?? "").startsWith("/")
        ? await api.fetch(toRequest(incoming, origin))
        : violationResponse(400, "bad request target", [
            { in: "route", where: String(incoming.url), expected: "a path starting with /" },
          ]);
      if (log) {
        const pathname = (incoming.url ?? "").split("?")[0] ?? "";
        log(await logLine(incoming.method ?? "GET", pathname, response));
      }
      await send(response, outgoing);
    } catch (error) {
      if (!outgoing.headersSent) {
        outgoing.writeHead(500, { "content-type": "application/json" });
      }
      outgoing.end(JSON.stringify({ message: `mock error: ${(error as Error).message}` }));
    }
  });
  // A malformed request line or header is answered 400 by Node; never an unhandled error.
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${bound}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
