export {
  type Handler,
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from "./loopback-server.js";
export {
  type ApiName,
  bundleSpec,
  HTTP_METHODS,
  type OpenApiDocument,
  type Operation,
  repoRoot,
  SpecValidator,
} from "./spec-validation.js";
