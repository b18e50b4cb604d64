export {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiRequestError,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  type CallInit,
  type CallOptions,
  ConflictError,
  InternalServerError,
  type Logger,
  type LogLevel,
  NotFoundError,
  type PaginateOptions,
  PermissionDeniedError,
  RateLimitError,
  SpecboundError,
  stringifyBrackets,
  type TokenSource,
  UnprocessableEntityError,
  unwrap,
} from "@specbound/runtime";
export {
  createPreoClient,
  type PreoClient,
  type PreoClientOptions,
  type PreoListItem,
  type PreoListPath,
  type PreoPaginateInit,
} from "./client.js";
export type { components, operations, paths } from "./generated/schema.js";
export type * from "./schemas.js";
export {
  type UploadFileBase64Input,
  type UploadFileInput,
  uploadFile,
  uploadFileBase64,
} from "./upload.js";
