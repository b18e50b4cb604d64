// Prepr's validating mock, without msw: the engine both `createPreprHandlers` (msw) and
// the `prepr-mock` server use, typed overrides and responses, and signed webhook events.
import {
  type MockApi,
  type MockKitOptions,
  mockKit,
  type OpenApiDocument,
  type SuccessBody,
} from "@specbound/runtime/testing";
import document from "./generated/openapi.json" with { type: "json" };
import type { operations, Readable } from "./generated/schema.js";
import type { PreprWebhookEvent, PreprWebhookEventName } from "./webhook-events.js";
import { toBytes, webhookKey } from "./webhooks.js";

const spec = document as OpenApiDocument;
const kit = mockKit<operations>(spec);

/** An operationId of the Prepr spec: `listTags`, `createPublication`, ... */
export type PreprOperationId = keyof operations & string;

/** `baseUrl` (default: the spec's server, `https://api.eu1.prepr.io`) and `overrides`. */
export type PreprMockOptions = MockKitOptions<PreprOperationId>;

/** The validating mock of the Prepr API: `fetch(request)` answers as the API would. */
export function createPreprMock(options: PreprMockOptions = {}): MockApi {
  return kit.createMock(options);
}

/**
 * The success response of `operationId` (its status and media type) with `body`, which
 * must be that response's type: `preprResponse("getTag", { id: "…", body: "News" })`.
 */
export function preprResponse<K extends PreprOperationId>(
  operationId: K,
  body: Readable<SuccessBody<operations[K]>>,
  init?: ResponseInit,
): Response {
  return kit.response(operationId, body, init);
}

/**
 * The `Prepr-Signature` header Prepr would send with `rawBody`: the lowercase hex
 * HMAC-SHA256 of the body keyed with the webhook's secret. Use it to test your webhook
 * endpoint; `verifyPreprWebhook` accepts what this returns.
 */
export async function signPreprWebhook(
  rawBody: string | ArrayBuffer | Uint8Array,
  secret: string,
): Promise<string> {
  const key = await webhookKey(secret, "sign");
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, toBytes(rawBody)));
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

type EventOf<E extends PreprWebhookEventName> = Extract<PreprWebhookEvent, { event: E }>;

function webhookExamples(): { [E in PreprWebhookEventName]: EventOf<E> } {
  const examples: Record<string, unknown> = {};
  for (const [name, item] of Object.entries<OpenApiDocument>(spec.webhooks ?? {})) {
    const media = item.post?.requestBody?.content?.["application/json"];
    const ref = Object.values(media?.examples ?? {})[0] as { $ref?: string } | undefined;
    const key = ref?.$ref?.split("/").pop() ?? "";
    examples[name] = spec.components?.examples?.[key]?.value ?? media?.example;
  }
  return examples as { [E in PreprWebhookEventName]: EventOf<E> };
}

/** The spec's example body of each webhook event, by event name. */
export const preprWebhookExamples = webhookExamples();
