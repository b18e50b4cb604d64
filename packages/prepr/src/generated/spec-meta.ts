// Generated from specs/prepr/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:b5547e57ee025be76bd275019521604c38295385679db6cfb735caf83dd3da7f

/** The spec's first server: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.eu1.prepr.io";

/**
 * Query parameters marked `x-query-encoding: brackets` in the spec, by method and
 * path: the client sends these in indexed bracket notation (`tags[0][in][0]=a`).
 */
export const bracketQueryParameters: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {};
