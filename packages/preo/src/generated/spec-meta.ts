// Generated from specs/preo/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:9e7c37fed53c77d455c4f666356c7d04b0f5b40e311e9914fd57712c1214186a

/** The spec's first server: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.preo.dev";

/**
 * Query parameters marked `x-query-encoding: brackets` in the spec, by operation
 * (`METHOD /path`), separated by spaces: the client sends these in indexed bracket
 * notation (`tags[0][in][0]=a`).
 */
export const bracketQueryParameters: Readonly<Record<string, string>> = {};
