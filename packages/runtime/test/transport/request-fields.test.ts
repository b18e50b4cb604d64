// Every RequestInit field a caller gives reaches fetch, whether the call went through
// middleware (a real Request) or not (the lighter PendingRequest).
import { describe, expect, it } from "vitest";
import type { FetchLike } from "../../src/index.js";
import { clientFor } from "./client-under-test.js";

const fields = {
  credentials: "include",
  mode: "same-origin",
  cache: "no-store",
  keepalive: true,
  referrerPolicy: "no-referrer",
  integrity: "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
  priority: "high",
  redirect: "manual",
} as const;

function recordingFetch() {
  const seen: RequestInit[] = [];
  const fetch: FetchLike = async (_url, init) => {
    seen.push(init);
    return new Response('{"ok":true}', { headers: { "content-type": "application/json" } });
  };
  return { seen, fetch };
}

describe("the request the caller built", () => {
  const paths: Array<[string, boolean]> = [
    ["without middleware", false],
    ["with middleware (a real Request)", true],
  ];
  it.each(paths)(
    "reaches fetch with every RequestInit field, %s",
    async (_name, withMiddleware) => {
      const { seen, fetch } = recordingFetch();
      const { client } = clientFor("http://127.0.0.1:9", { fetch });
      const requests: Request[] = [];
      if (withMiddleware) client.use({ onRequest: ({ request }) => void requests.push(request) });
      await client.GET("/things", fields);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject(fields);
      expect(requests).toHaveLength(withMiddleware ? 1 : 0);
    },
  );

  it("sends the body and method as built, and leaves its own options out of fetch", async () => {
    const { seen, fetch } = recordingFetch();
    const { client } = clientFor("http://127.0.0.1:9", { fetch });
    await client.POST("/things", { body: { name: "a" }, timeoutMs: 500, maxRetries: 0 });
    expect(seen[0]?.method).toBe("POST");
    expect(await new Response(seen[0]?.body).text()).toBe('{"name":"a"}');
    expect(Object.keys(seen[0] ?? {})).not.toContain("timeoutMs");
    expect(Object.keys(seen[0] ?? {})).not.toContain("specbound");
  });
});
