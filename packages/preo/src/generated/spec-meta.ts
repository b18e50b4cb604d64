// Generated from specs/preo/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:8c538d17e695e2a328c5218a2dc99fe4ccc9c1af1d0c0e34abe307e3248b83ba

/** The spec's first server: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.preo.dev";

/**
 * Query parameters marked `x-query-encoding: brackets` in the spec, by operation
 * (`METHOD /path`): the client sends these in indexed bracket notation
 * (`tags[0][in][0]=a`).
 */
export const bracketQueryParameters: Readonly<Record<string, readonly string[]>> = {};

/**
 * Response statuses marked `x-retryable: false` in the spec, by operation: a lasting
 * state that the client never retries, whatever the status's usual policy.
 */
export const lastingStatuses: Readonly<Record<string, readonly number[]>> = {
  "DELETE /v1/files/{id}": [409],
  "DELETE /v1/campaigns/{id}": [409],
  "DELETE /v1/consents/{id}": [409],
  "DELETE /v1/email-messages/{id}": [409],
  "DELETE /v1/segments/{id}": [409],
  "DELETE /v1/webhook-endpoints/{id}": [409],
};
