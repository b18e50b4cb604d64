// Generated from specs/preo/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:5e753579456f8da566dff8229913daa2082930b8cf93f91d91c1eefe211bd639

/** The spec's first server: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.preo.dev";

/**
 * Query parameters marked `x-query-encoding: brackets` in the spec, by method and
 * path: the client sends these in indexed bracket notation (`tags[0][in][0]=a`).
 */
export const bracketQueryParameters: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {};
