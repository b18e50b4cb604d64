// @specbound/runtime/mock-server: the mock over HTTP (Node only: node:http).
export { type MockCli, runMockCli } from "./mock/cli.js";
export { type MockServer, type ServeOptions, serveMockApi } from "./mock/serve.js";
