// Validation of values against a spec's schemas with Ajv in JSON Schema 2020-12 mode
// (strict types, every format), the dialect of OpenAPI 3.1. Used by the fixture
// contract tests (every example of the source documents) and the Prism contract tests.
import path from "node:path";
import { bundle, loadConfig } from "@redocly/openapi-core";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { fullFormats } from "ajv-formats/dist/formats.js";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..", "..");

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked by pointer.
export type OpenApiDocument = Record<string, any>;

const ALIASES = { prepr: "prepr@v6", preo: "preo@v1" } as const;
export type ApiName = keyof typeof ALIASES;

/** The spec as the generator sees it: bundled, external refs moved into components. */
export async function bundleSpec(api: ApiName): Promise<OpenApiDocument> {
  const config = (await loadConfig({ configPath: path.join(repoRoot, "redocly.yaml") })).forAlias(
    ALIASES[api],
  );
  const result = await bundle({
    ref: path.join(repoRoot, "specs", api, "openapi.yaml"),
    config,
    dereference: false,
  });
  return result.bundle.parsed as OpenApiDocument;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  // biome-ignore lint/suspicious/noExplicitAny: an Operation Object.
  operation: Record<string, any>;
}

function escapePointer(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Validators for one spec. Every lookup follows `$ref`s to the place the schema lives,
 * so errors point into the bundled document.
 */
export class SpecValidator {
  readonly document: OpenApiDocument;
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.document = document;
    this.ajv = new Ajv2020({
      strict: false, // an OpenAPI document carries x- extensions and OAS keywords
      strictTypes: true,
      allErrors: true,
      discriminator: true,
    });
    for (const [name, format] of Object.entries(fullFormats)) this.ajv.addFormat(name, format);
    this.ajv.addSchema({ ...document, $id: "spec.json" });
  }

  /** Every operation, with its method and path. */
  operations(): Operation[] {
    const found: Operation[] = [];
    for (const [p, rawItem] of Object.entries(this.document.paths ?? {})) {
      const item = this.resolve(rawItem as object).node;
      for (const method of HTTP_METHODS) {
        if (item[method]) {
          found.push({
            method,
            path: p,
            operationId: item[method].operationId,
            operation: item[method],
          });
        }
      }
    }
    return found;
  }

  operation(operationId: string): Operation {
    const found = this.operations().find((o) => o.operationId === operationId);
    if (!found) throw new Error(`no operation ${operationId} in the spec`);
    return found;
  }

  /** Follows `$ref`s from `node` (found at `pointer`) to the object they point at. */
  // biome-ignore lint/suspicious/noExplicitAny: walking JSON.
  resolve(node: any, pointer = ""): { node: any; pointer: string } {
    let at = node;
    let where = pointer;
    while (at && typeof at.$ref === "string" && at.$ref.startsWith("#/")) {
      where = at.$ref.slice(1);
      at = where
        .split("/")
        .slice(1)
        .map((t: string) => t.replaceAll("~1", "/").replaceAll("~0", "~"))
        // biome-ignore lint/suspicious/noExplicitAny: walking JSON.
        .reduce((parent: any, key: string) => parent?.[key], this.document);
    }
    return { node: at, pointer: where };
  }

  private validatorAt(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `spec.json#${pointer}` });
      this.cache.set(pointer, validate);
    }
    return validate;
  }

  private check(pointer: string, value: unknown): string[] {
    const validate = this.validatorAt(pointer);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || "(root)"} ${e.message} (${e.schemaPath})`,
    );
  }

  private operationPointer(op: Operation): string {
    const item = this.document.paths[op.path];
    const base = item.$ref ? this.resolve(item).pointer : `/paths/${escapePointer(op.path)}`;
    return `${base}/${op.method}`;
  }

  private mediaSchemaPointer(contentPointer: string, content: OpenApiDocument, mediaType: string) {
    if (!content?.[mediaType]?.schema) {
      throw new Error(`no ${mediaType} schema at ${contentPointer}`);
    }
    return this.resolve(
      content[mediaType].schema,
      `${contentPointer}/${escapePointer(mediaType)}/schema`,
    ).pointer;
  }

  /** The schema of a response body: operation, status code (or "default"), media type. */
  responseSchemaPointer(operationId: string, status: string, mediaType = "application/json") {
    const op = this.operation(operationId);
    const { node: response, pointer } = this.resolve(
      op.operation.responses?.[status],
      `${this.operationPointer(op)}/responses/${status}`,
    );
    if (!response) throw new Error(`${operationId} has no ${status} response`);
    return this.mediaSchemaPointer(`${pointer}/content`, response.content, mediaType);
  }

  requestSchemaPointer(operationId: string, mediaType = "application/json") {
    const op = this.operation(operationId);
    const { node: body, pointer } = this.resolve(
      op.operation.requestBody,
      `${this.operationPointer(op)}/requestBody`,
    );
    if (!body) throw new Error(`${operationId} has no request body`);
    return this.mediaSchemaPointer(`${pointer}/content`, body.content, mediaType);
  }

  /** Problems of `value` as the body of `operationId`'s `status` response; [] when valid. */
  validateResponse(
    operationId: string,
    status: string,
    value: unknown,
    mediaType?: string,
  ): string[] {
    return this.check(this.responseSchemaPointer(operationId, status, mediaType), value);
  }

  /** Problems of `value` as `operationId`'s request body; [] when valid. */
  validateRequest(operationId: string, value: unknown, mediaType?: string): string[] {
    return this.check(this.requestSchemaPointer(operationId, mediaType), value);
  }

  /** Problems of `value` against `components/schemas/<name>`; [] when valid. */
  validateSchema(name: string, value: unknown): string[] {
    if (!this.document.components?.schemas?.[name]) throw new Error(`no schema ${name}`);
    return this.check(`/components/schemas/${escapePointer(name)}`, value);
  }
}
