import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  PreprWebhookSignatureError,
  parsePreprWebhook,
  verifyPreprWebhook,
} from "../../src/index.js";

const secret = "9a3b6c1e-webhook-id";
const body = JSON.stringify({
  id: "e6a1",
  created_on: "2019-01-09T15:38:04+00:00",
  event: "publication.created",
  payload: { id: "ec21095b-4beb-4cea-890f-1255bbe4a002" },
});
const sign = (text: string, key = secret) => createHmac("sha256", key).update(text).digest("hex");

describe("verifyPreprWebhook", () => {
  const cases: Array<
    [string, { body: string | Uint8Array; signature: string | null | undefined; want: boolean }]
  > = [
    ["a valid signature", { body, signature: sign(body), want: true }],
    [
      "bytes instead of a string",
      { body: new TextEncoder().encode(body), signature: sign(body), want: true },
    ],
    ["surrounding whitespace in the header", { body, signature: ` ${sign(body)} `, want: true }],
    [
      "a body changed by one byte",
      { body: body.replace("created", "deleted"), signature: sign(body), want: false },
    ],
    ["another secret", { body, signature: sign(body, "other"), want: false }],
    ["a truncated signature", { body, signature: sign(body).slice(0, 62), want: false }],
    ["a non-hex signature", { body, signature: "z".repeat(64), want: false }],
    ["a missing header", { body, signature: undefined, want: false }],
    ["a null header", { body, signature: null, want: false }],
  ];
  it.each(cases)("%s", async (_name, { body, signature, want }) => {
    expect(await verifyPreprWebhook(body, signature, secret)).toBe(want);
  });

  it("refuses an empty secret", async () => {
    await expect(verifyPreprWebhook(body, sign(body), "")).rejects.toThrow(/^secret:/);
  });
});

describe("parsePreprWebhook", () => {
  it("returns the event of a signed call", async () => {
    const event = await parsePreprWebhook(new TextEncoder().encode(body), sign(body), secret);
    expect(event.event).toBe("publication.created");
    expect(event.payload).toEqual({ id: "ec21095b-4beb-4cea-890f-1255bbe4a002" });
  });

  it("refuses a call whose signature does not match, without parsing it", async () => {
    const forged = body.replace("created", "deleted");
    await expect(parsePreprWebhook(forged, sign(body), secret)).rejects.toBeInstanceOf(
      PreprWebhookSignatureError,
    );
    await expect(parsePreprWebhook("{not json", sign(body), secret)).rejects.toBeInstanceOf(
      PreprWebhookSignatureError,
    );
  });
});
