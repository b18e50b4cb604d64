// The client's method types. openapi-fetch infers each call's whole init as a type
// parameter and adds `& { [key: string]: unknown }` to it, so an object literal is never
// checked for excess properties: `body: { colour: "red" }` or `timeotMs: 5` compiled and
// were dropped silently. Here the init is a concrete type; only `parseAs` is inferred (it
// decides what `data` is), so TypeScript rejects every key the operation does not take.
import type {
  BodySerializer,
  FetchResponse,
  HeadersOptions,
  Middleware,
  ParamsOption,
  ParseAs,
  QuerySerializer,
  QuerySerializerOptions,
  RequestBodyOption,
} from "openapi-fetch";
import type {
  HttpMethod,
  MediaType,
  PathsWithMethod,
  RequiredKeysOf,
} from "openapi-typescript-helpers";
import type { CallOptions } from "./transport.js";

// Under `exactOptionalPropertyTypes`, `{ locale: process.env.LOCALE }` would not compile
// against `locale?: string`, though a query or JSON body drops an `undefined` value just as
// it drops a missing one. So every optional property of a call's params and body also takes
// `undefined`, however deep; required ones stay required, and unknown keys stay errors.
// `{} extends Pick<T, K>` holds only for an optional K; a test through `T` itself would
// recurse into self-referencing schemas (a publication's ElementBox holds items).
// biome-ignore lint/complexity/noBannedTypes: `{}` is the empty object type this test needs.
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];
type Undefinable<T> = {
  [K in keyof T as K extends OptionalKeys<T> ? never : K]: T[K];
} & { [K in OptionalKeys<T>]?: T[K] | undefined };
/** `T` with `undefined` allowed wherever a property is optional (files and dates left as they are). */
export type Loose<T> = T extends Blob | Date | ((...args: never[]) => unknown)
  ? T
  : T extends readonly (infer Item)[]
    ? Loose<Item>[]
    : T extends object
      ? // An open object (`[key: string]: unknown` beside its properties) is left as it is:
        // mapping over its keys would keep only the index signature and lose the properties.
        string extends keyof T
        ? T
        : Undefinable<{ [K in keyof T]: Loose<T[K]> }>
      : T;

/**
 * The init of one call of operation `Op`: its parameters and body, typed from the spec;
 * the call's own options (`timeoutMs`, `maxRetries`); openapi-fetch's per-call options;
 * and every standard `RequestInit` field (`signal`, `credentials`, `cache`, ...).
 */
export type CallInit<Op, As extends ParseAs = ParseAs> = Loose<ParamsOption<Op>> &
  Loose<RequestBodyOption<Op>> &
  Undefinable<CallOptions & Omit<RequestInit, "body" | "headers" | "method">> & {
    /** Read the success body as JSON (default), text, a Blob, an ArrayBuffer or a stream. */
    parseAs?: As;
    /** Override the client's base URL for this call. */
    baseUrl?: string;
    /** Headers for this call; `null` removes a client header. */
    headers?: HeadersOptions;
    querySerializer?: QuerySerializer<Op> | QuerySerializerOptions;
    bodySerializer?: BodySerializer<Op>;
    /** Middleware for this call only. */
    middleware?: Middleware[];
  };

type IsAny<T> = 0 extends 1 & T ? true : false;

type Operation<Paths, P extends keyof Paths, M extends HttpMethod> =
  IsAny<Paths> extends true
    ? // biome-ignore lint/suspicious/noExplicitAny: a client of `any` paths takes any call.
      any
    : Paths[P] extends {
          [K in M]: infer Op extends Record<string | number, unknown>;
        }
      ? Op
      : never;

// The init may be left out when the operation requires nothing (no path parameter,
// no required query parameter, no required body).
// A client of `any` paths (`createApiClient<any>`) takes any init.
type CallArgs<Op, As extends ParseAs> =
  IsAny<Op> extends true
    ? [init?: Record<string, unknown> & { parseAs?: As }]
    : RequiredKeysOf<CallInit<Op, As>> extends never
      ? [init?: CallInit<Op, As>]
      : [init: CallInit<Op, As>];

/** `{ data, error, response }`, typed from the operation's responses. */
export type CallResult<Op extends Record<string | number, unknown>, As extends ParseAs> = Promise<
  FetchResponse<Op, { parseAs: As }, MediaType>
>;

/** One HTTP method of the client: `client.GET("/tags/{id}", { params: { path: { id } } })`. */
export type ApiMethod<Paths extends {}, M extends HttpMethod> = <
  P extends PathsWithMethod<Paths, M>,
  As extends ParseAs = "json",
>(
  path: P,
  ...init: CallArgs<Operation<Paths, P, M>, As>
) => CallResult<Operation<Paths, P, M>, As>;

/** A client typed with a spec's `paths`: openapi-fetch's API, every key of every call checked. */
export interface ApiClient<Paths extends {}> {
  GET: ApiMethod<Paths, "get">;
  PUT: ApiMethod<Paths, "put">;
  POST: ApiMethod<Paths, "post">;
  DELETE: ApiMethod<Paths, "delete">;
  OPTIONS: ApiMethod<Paths, "options">;
  HEAD: ApiMethod<Paths, "head">;
  PATCH: ApiMethod<Paths, "patch">;
  TRACE: ApiMethod<Paths, "trace">;
  /** Any method by name: `client.request("get", "/tags")`. */
  request<M extends HttpMethod, P extends PathsWithMethod<Paths, M>, As extends ParseAs = "json">(
    method: M,
    path: P,
    ...init: CallArgs<Operation<Paths, P, M>, As>
  ): CallResult<Operation<Paths, P, M>, As>;
  /** Registers middleware: it sees each call once, however many attempts it takes. */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware. */
  eject(...middleware: Middleware[]): void;
}
