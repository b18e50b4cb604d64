// Prepr signs each webhook call: `Prepr-Signature` is the lowercase hex HMAC-SHA256 of
// the raw request body, keyed with the webhook's secret. Web Crypto only, so the same
// code runs in Node, Deno, workers and browsers.

import { SpecboundError } from "@specbound/runtime";
import type { PreprWebhookEvent } from "./webhook-events.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The 32 bytes of a hex SHA-256 digest, or undefined for anything else. */
function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return undefined;
  return Uint8Array.from(hex.match(/../g) as string[], (pair) => Number.parseInt(pair, 16));
}

export function toBytes(body: string | ArrayBuffer | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof body === "string") return encoder.encode(body);
  return (body instanceof Uint8Array ? body : new Uint8Array(body)) as Uint8Array<ArrayBuffer>;
}

/** The HMAC-SHA256 key of a webhook's secret, for checking (here) or signing (the test kit). */
export function webhookKey(secret: string, usage: "sign" | "verify"): Promise<CryptoKey> {
  if (typeof secret !== "string" || secret === "") {
    throw new TypeError("secret: expected a non-empty string");
  }
  const algorithm = { name: "HMAC", hash: "SHA-256" };
  return crypto.subtle.importKey("raw", encoder.encode(secret), algorithm, false, [usage]);
}

/**
 * True when `signatureHeader` is the HMAC-SHA256 of `rawBody` under `secret`. Pass the
 * body exactly as received (before any JSON parsing). The comparison is
 * `crypto.subtle.verify`, which takes the same time wherever the bytes differ.
 */
export async function verifyPreprWebhook(
  rawBody: string | ArrayBuffer | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
): Promise<boolean> {
  const key = await webhookKey(secret, "verify");
  const signature = hexToBytes(signatureHeader?.trim() ?? "");
  if (!signature) return false;
  return crypto.subtle.verify("HMAC", key, signature, toBytes(rawBody));
}

/** The webhook call's signature does not match its body: it did not come from Prepr. */
export class PreprWebhookSignatureError extends SpecboundError {
  override name = "PreprWebhookSignatureError";
}

/**
 * Verifies a webhook call and returns its event, typed by `event`. Throws
 * `PreprWebhookSignatureError` when `Prepr-Signature` does not match the raw body.
 */
export async function parsePreprWebhook(
  rawBody: string | ArrayBuffer | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
): Promise<PreprWebhookEvent> {
  if (!(await verifyPreprWebhook(rawBody, signatureHeader, secret))) {
    throw new PreprWebhookSignatureError("Prepr-Signature does not match the body");
  }
  const text = typeof rawBody === "string" ? rawBody : decoder.decode(rawBody);
  return JSON.parse(text) as PreprWebhookEvent;
}
