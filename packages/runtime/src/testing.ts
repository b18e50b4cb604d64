// @specbound/runtime/testing: the validating mock behind each client's test kit. No msw
// import here: `toMswHandlers` takes the caller's `http`.
export {
  createMockApi,
  type MockApi,
  type MockApiOptions,
  type MockOperation,
  type MockOverride,
} from "./mock/mock-api.js";
export { type MockKit, type MockKitOptions, mockKit, type SuccessBody } from "./mock/mock-kit.js";
export { type MswHttp, toMswHandlers } from "./mock/msw.js";
export type { OpenApiDocument } from "./mock/spec-operations.js";
export type { Violation, ViolationLocation } from "./mock/violations.js";
