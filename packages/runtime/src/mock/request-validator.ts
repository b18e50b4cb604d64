// Checks a request against its operation: auth, path, query (bracket filters parsed back
// with `qs`, as servers such as PHP's and Rails' read them), headers and body (JSON,
// multipart, form), all with Ajv in JSON Schema 2020-12 mode, OpenAPI 3.1's dialect.
// Parameters and form fields arrive as text, so they are validated with type coercion;
// JSON bodies are validated as they are.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
import qs from "qs";
import {
  type JsonSchema,
  type OpenApiDocument,
  resolveRef,
  type SpecOperation,
  type SpecParameter,
} from "./spec-operations.js";
import { type Violation, type ViolationLocation, violationOfAjvError } from "./violations.js";

const SPEC_ID = "openapi.json";

/** A copy of `schema` whose `#/...` refs point into the document added as `SPEC_ID`. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? SPEC_ID + value
        : anchored(value),
    ]),
  );
}

/**
 * The document as a request sees it: OpenAPI says a `readOnly` property in `required`
 * is required in responses only, which JSON Schema cannot say, so it is dropped from
 * every `required` list here (the client's types make the same cut).
 */
function requestView(document: OpenApiDocument): OpenApiDocument {
  const readOnly = (property: unknown) => resolveRef(document, property)?.readOnly === true;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    const { properties, required } = node as { properties?: object; required?: unknown };
    if (properties && Array.isArray(required)) {
      copy.required = required.filter(
        (name) => !readOnly((properties as Record<string, unknown>)[name]),
      );
    }
    return copy;
  };
  return walk(document) as OpenApiDocument;
}

function createAjv(document: OpenApiDocument, coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false, // an OpenAPI document carries x- extensions and OAS keywords
    allErrors: true,
    verbose: true, // errors carry their schema, to list the keys a filter allows
    coerceTypes: coerce ? "array" : false,
    logger: false,
  });
  for (const [name, format] of Object.entries(fullFormats)) ajv.addFormat(name, format);
  // OpenAPI's own formats: a file part, and number widths that JSON Schema leaves open.
  for (const name of ["binary", "byte", "int32", "int64", "float", "double", "password"]) {
    ajv.addFormat(name, true);
  }
  ajv.addSchema({ ...document, $id: SPEC_ID });
  return ajv;
}

export interface CheckedRequest {
  /** Credentials missing: answer 401. */
  auth: Violation[];
  /** Anything else that does not match: answer 400. */
  request: Violation[];
  /** The parsed, coerced query: what pagination reads. */
  query: Record<string, unknown>;
}

/** Parameters of one location as a single object schema: one property per parameter. */
function parametersSchema(parameters: SpecParameter[], closed: boolean): JsonSchema {
  return {
    type: "object",
    properties: Object.fromEntries(parameters.map((p) => [p.name, anchored(p.schema)])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
    ...(closed && { additionalProperties: false }),
  };
}

export class RequestValidator {
  private readonly coercing: Ajv2020;
  private readonly exact: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    const view = requestView(document);
    this.coercing = createAjv(view, true);
    this.exact = createAjv(view, false);
  }

  private validator(key: string, ajv: Ajv2020, schema: () => unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema() as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  private run(
    location: ViolationLocation,
    validate: ValidateFunction,
    value: unknown,
  ): Violation[] {
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error: ErrorObject) =>
      violationOfAjvError(location, error),
    );
  }

  /** The names of query parameters that carry credentials (apiKey schemes in the query). */
  private queryCredentials(operation: SpecOperation): string[] {
    return operation.security.flatMap((alternative) =>
      Object.keys(alternative)
        .map((name) => resolveRef(this.document, this.document.components?.securitySchemes?.[name]))
        .filter((scheme) => scheme?.type === "apiKey" && scheme.in === "query")
        .map((scheme) => scheme.name as string),
    );
  }

  private checkAuth(operation: SpecOperation, request: Request, url: URL): Violation[] {
    if (operation.security.length === 0) return [];
    const wanted: string[] = [];
    const admitted = operation.security.some((alternative) =>
      Object.keys(alternative).every((name) => {
        const scheme = resolveRef(this.document, this.document.components?.securitySchemes?.[name]);
        if (scheme?.type === "apiKey") {
          const found =
            scheme.in === "query"
              ? url.searchParams.get(scheme.name)
              : scheme.in === "header"
                ? request.headers.get(scheme.name)
                : null;
          wanted.push(`${scheme.in} ${scheme.name} (${name})`);
          return Boolean(found);
        }
        const word = scheme?.type === "http" ? String(scheme.scheme) : "bearer";
        const shown = word.charAt(0).toUpperCase() + word.slice(1);
        wanted.push(`header Authorization: ${shown} <credentials> (${name})`);
        const [given, credentials] = (request.headers.get("authorization") ?? "").split(/\s+/);
        return given?.toLowerCase() === word.toLowerCase() && Boolean(credentials);
      }),
    );
    return admitted ? [] : [{ in: "auth", where: "credentials", expected: wanted.join(", or ") }];
  }

  private checkPath(operation: SpecOperation, pathParameters: Record<string, string>) {
    const parameters = operation.parameters.filter((p) => p.in === "path");
    if (parameters.length === 0) return [];
    const validate = this.validator(`${operation.operationId} path`, this.coercing, () =>
      parametersSchema(parameters, false),
    );
    return this.run("path", validate, { ...pathParameters });
  }

  private checkQuery(operation: SpecOperation, url: URL) {
    const query = qs.parse(url.search.slice(1), { depth: 10, arrayLimit: 100 }) as Record<
      string,
      unknown
    >;
    for (const name of this.queryCredentials(operation)) delete query[name];
    const parameters = operation.parameters.filter((p) => p.in === "query");
    const validate = this.validator(`${operation.operationId} query`, this.coercing, () =>
      parametersSchema(parameters, true),
    );
    return { violations: this.run("query", validate, query), query };
  }

  private checkHeaders(operation: SpecOperation, request: Request) {
    const parameters = operation.parameters.filter((p) => p.in === "header");
    if (parameters.length === 0) return [];
    const headers: Record<string, string> = {};
    for (const p of parameters) {
      const value = request.headers.get(p.name);
      if (value !== null) headers[p.name] = value;
    }
    const validate = this.validator(`${operation.operationId} header`, this.coercing, () =>
      parametersSchema(parameters, false),
    );
    return this.run("header", validate, headers);
  }

  private async checkBody(operation: SpecOperation, request: Request): Promise<Violation[]> {
    const bytes = new Uint8Array(await request.arrayBuffer());
    const declared = operation.requestBody;
    if (!declared) {
      return bytes.length === 0
        ? []
        : [{ in: "body", where: "(root)", expected: "no body: the operation takes none" }];
    }
    if (bytes.length === 0) {
      return declared.required
        ? [{ in: "body", where: "(root)", expected: "a body (required)" }]
        : [];
    }
    const header = request.headers.get("content-type") ?? "";
    const mediaType = header.split(";")[0]?.trim().toLowerCase() ?? "";
    const media = declared.content[mediaType];
    if (!media) {
      return [
        {
          in: "header",
          where: "Content-Type",
          expected: `one of ${Object.keys(declared.content).join(", ")}, got ${JSON.stringify(header)}`,
        },
      ];
    }
    const key = `${operation.operationId} body ${mediaType}`;
    const schema = () => anchored(media.schema ?? {});
    if (mediaType === "application/json" || mediaType.endsWith("+json")) {
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
      } catch (error) {
        return [{ in: "body", where: "(root)", expected: `JSON: ${(error as Error).message}` }];
      }
      return this.run("body", this.validator(key, this.exact, schema), value);
    }
    if (mediaType === "multipart/form-data" || mediaType === "application/x-www-form-urlencoded") {
      let form: FormData;
      try {
        form = await new Request("http://mock.invalid/", {
          method: "POST",
          headers: { "content-type": header },
          body: bytes,
        }).formData();
      } catch (error) {
        return [
          { in: "body", where: "(root)", expected: `${mediaType}: ${(error as Error).message}` },
        ];
      }
      const { value, violations } = this.formFields(form, media.schema);
      return [
        ...violations,
        ...this.run("body", this.validator(key, this.coercing, schema), value),
      ];
    }
    return this.run(
      "body",
      this.validator(key, this.exact, schema),
      new TextDecoder().decode(bytes),
    );
  }

  /** Form fields as an object; a file where the schema wants one, text elsewhere. */
  private formFields(form: FormData, schema: JsonSchema | undefined) {
    const properties = resolveRef(this.document, schema)?.properties ?? {};
    const value: Record<string, unknown> = {};
    const violations: Violation[] = [];
    for (const name of new Set(form.keys())) {
      const parts = form.getAll(name);
      const property = resolveRef(this.document, properties[name]) ?? {};
      const wantsFile = property.format === "binary" || "contentMediaType" in property;
      parts.forEach((part, index) => {
        if (wantsFile && typeof part === "string") {
          violations.push({ in: "body", where: name, expected: "a file part (with a filename)" });
        }
        if (!wantsFile && typeof part !== "string" && index === 0 && property.type !== undefined) {
          violations.push({ in: "body", where: name, expected: "a text field, not a file" });
        }
      });
      const texts = parts.map((part) => (typeof part === "string" ? part : part.name || "file"));
      value[name] = texts.length === 1 ? texts[0] : texts;
    }
    return { value, violations };
  }

  /** Every violation of `request` against `operation`, sorted into auth and the rest. */
  async check(
    operation: SpecOperation,
    request: Request,
    pathParameters: Record<string, string>,
  ): Promise<CheckedRequest> {
    const url = new URL(request.url);
    const query = this.checkQuery(operation, url);
    return {
      auth: this.checkAuth(operation, request, url),
      request: [
        ...this.checkPath(operation, pathParameters),
        ...query.violations,
        ...this.checkHeaders(operation, request),
        ...(await this.checkBody(operation, request)),
      ],
      query: query.query,
    };
  }
}
