// Generated from specs/prepr/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:fba185a8990cfc309351183d55d225154ad9b2c0d45ee5112d77a42a59b4c957

/** The spec's first server: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.eu1.prepr.io";

/**
 * Query parameters marked `x-query-encoding: brackets` in the spec, by operation
 * (`METHOD /path`), separated by spaces: the client sends these in indexed bracket
 * notation (`tags[0][in][0]=a`).
 */
export const bracketQueryParameters: Readonly<Record<string, string>> = {
  "GET /publications": "model status locales created_by assigned_to channels tags containers slug q created_on changed_on publish_on expire_on",
  "GET /channels": "name slug",
  "GET /tags": "q slug",
  "GET /persons": "created_on last_seen"
};
