// An application's own test suite, as a user writes it: the app's code calls Prepr and
// Preo through the clients, and the packages' test kits (msw handlers) stand in for the
// APIs. Unhandled requests are errors, so nothing reaches the network unnoticed.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createPreoClient, unwrap as unwrapPreo } from "@specbound/preo";
import { createPreoHandlers, preoResponse } from "@specbound/preo/testing";
import { createPreprClient, parsePreprWebhook, unwrap } from "@specbound/prepr";
import {
  createPreprHandlers,
  preprWebhookExamples,
  signPreprWebhook,
} from "@specbound/prepr/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listenOptions } from "./listen-options.js";

const server = setupServer(...createPreprHandlers(), ...createPreoHandlers());
// `{ onUnhandledRequest: "error" }` (msw 2) or `{ onUnhandledFrame: "error" }` (msw 3).
beforeAll(() => server.listen(listenOptions));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const prepr = createPreprClient({ token: "test-token", maxRetries: 0 });
const preo = createPreoClient({ token: "test-token", maxRetries: 0 });

/** The app code under test: the bodies of the first page of tags. */
async function tagNames(limit: number): Promise<string[]> {
  const page = unwrap(await prepr.GET("/tags", { params: { query: { limit } } }));
  return page.items.map((tag) => tag.body);
}

describe("an app tested against the Specbound test kits", () => {
  it("gets the spec's example by default", async () => {
    expect(await tagNames(10)).toEqual(["Unicorn", "Climate change"]);
  });

  it("gets an override's answer for one operation", async () => {
    server.use(
      ...createPreoHandlers({
        overrides: {
          retrieveOrderDetails: () =>
            preoResponse("retrieveOrderDetails", { api_id: "ord_mine", organization_id: "org_1" }),
        },
      }),
    );
    const order = unwrapPreo(
      await preo.GET("/v1/orders/{id}", { params: { path: { id: "ord_x" } } }),
    );
    expect(order.api_id).toBe("ord_mine");
  });

  it("passes a valid bracket filter", async () => {
    const { response } = await prepr.GET("/publications", {
      params: { query: { tags: [{ in: ["sport"], param: "Slug" }] } },
    });
    expect(response.status).toBe(200);
  });

  it("rejects an invalid request with its violations", async () => {
    const response = await fetch("https://api.eu1.prepr.io/publications?tags[in][0]=a", {
      headers: { authorization: "Bearer test-token" },
    });
    expect(response.status).toBe(400);
    const { violations } = await response.json();
    expect(violations).toEqual([
      { in: "query", where: "tags", expected: "an array, written with indexes: tags[0]…" },
    ]);
  });

  it("verifies a signed webhook event", async () => {
    const raw = JSON.stringify(preprWebhookExamples["channel.created"]);
    const signature = await signPreprWebhook(raw, "webhook-secret");
    const event = await parsePreprWebhook(raw, signature, "webhook-secret");
    expect(event.event).toBe("channel.created");
    await expect(parsePreprWebhook(raw, signature, "another-secret")).rejects.toThrow();
  });

  it("fails a request no handler covers, even to a server that would answer it", async () => {
    const local = createServer((_request, response) => response.end("reached"));
    await new Promise<void>((resolve) => local.listen(0, "127.0.0.1", resolve));
    const { port } = local.address() as AddressInfo;
    try {
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    } finally {
      local.close();
    }
  });
});
