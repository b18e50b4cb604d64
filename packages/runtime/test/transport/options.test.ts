// Bad options fail at once, with an error naming the option.
import { describe, expect, it } from "vitest";
import { createApiClient, paginateByOffset } from "../../src/index.js";

const spec = { defaultBaseUrl: "http://127.0.0.1:9", bracketQueryParameters: {} };

describe("client options", () => {
  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ["timeoutMs of 0", { timeoutMs: 0 }, /^timeoutMs: expected a number >= 1, got 0$/],
    ["timeoutMs not a number", { timeoutMs: Number.NaN }, /^timeoutMs: /],
    ["negative maxRetries", { maxRetries: -1 }, /^maxRetries: expected a number >= 0, got -1$/],
    ["fractional maxRetries", { maxRetries: 1.5 }, /^maxRetries: /],
  ];
  it.each(bad)("refuses %s", (_name, options, message) => {
    // biome-ignore lint/suspicious/noExplicitAny: the runtime is path-agnostic here.
    expect(() => createApiClient<any>(options, spec)).toThrow(message);
  });

  it("refuses a negative maxItems when paginating", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the runtime is path-agnostic here.
    const client = createApiClient<any>({}, spec);
    await expect(paginateByOffset(client.GET, "/things", { maxItems: -1 }).next()).rejects.toThrow(
      /^maxItems: expected a number >= 0, got -1$/,
    );
  });
});
