// Generated from specs/prepr/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:cfb170efe28655911b5393fa9ee82615e02ab372b0e5b11b05f6146c3f88b631

/** The spec's first server: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.eu1.prepr.io";

/**
 * Query parameters marked `x-query-encoding: brackets` in the spec, by operation
 * (`METHOD /path`): the client sends these in indexed bracket notation
 * (`tags[0][in][0]=a`).
 */
export const bracketQueryParameters: Readonly<Record<string, readonly string[]>> = {
  "GET /publications": ["model","status","locales","created_by","assigned_to","channels","tags","containers","slug","q","created_on","changed_on","publish_on","expire_on"],
  "GET /channels": ["name","slug"],
  "GET /tags": ["q","slug"],
  "GET /persons": ["created_on","last_seen"],
};

/**
 * Response statuses marked `x-retryable: false` in the spec, by operation: a lasting
 * state that the client never retries, whatever the status's usual policy.
 */
export const lastingStatuses: Readonly<Record<string, readonly number[]>> = {};
