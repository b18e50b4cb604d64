// Generated from specs/preo/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:d81110cd2a2fa17dd36bc2051dd99add6d83f00bd77bae25395a0ce891d6fc42

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
