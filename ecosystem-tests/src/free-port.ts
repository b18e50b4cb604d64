import { createServer } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago, for a server that needs one named. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers at all (any status), or `process` ends, or `timeoutMs` passes. */
export async function waitUntilAnswering(
  url: string,
  stopped: Promise<unknown>,
  timeoutMs = 30_000,
): Promise<void> {
  let ended = false;
  void stopped.then(() => {
    ended = true;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch (error) {
      if (ended) throw new Error(`the server for ${url} exited before answering`);
      if (Date.now() > deadline) {
        throw new Error(`${url} did not answer within ${timeoutMs} ms`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
