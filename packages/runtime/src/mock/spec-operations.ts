// The operations of a bundled OpenAPI 3.1 document, read once into the shape the mock
// needs: each parameter resolved, the request body, the security alternatives, and the
// success response with its example. Only internal `#/` refs exist in a bundle.

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked by pointer.
export type OpenApiDocument = Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema taken from the document.
export type JsonSchema = Record<string, any>;

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface SpecParameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: JsonSchema;
}

export interface SpecMediaType {
  schema?: JsonSchema;
}

export interface SpecOperation {
  operationId: string;
  /** Lowercase, as in the document: `get`. */
  method: string;
  /** The path template: `/tags/{id}`. */
  path: string;
  parameters: SpecParameter[];
  requestBody?: { required: boolean; content: Record<string, SpecMediaType> };
  /** Alternatives, any one of which admits the request; empty when none is needed. */
  security: Record<string, string[]>[];
  success: { status: number; contentType?: string; example?: unknown };
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Follows `$ref`s from `node` to the object they point at. */
// biome-ignore lint/suspicious/noExplicitAny: walking JSON.
export function resolveRef(document: OpenApiDocument, node: any): any {
  let at = node;
  for (let hops = 0; at && typeof at.$ref === "string"; hops++) {
    if (hops > 32 || !at.$ref.startsWith("#/")) throw new Error(`cannot resolve ${at.$ref}`);
    at = at.$ref
      .slice(2)
      .split("/")
      .map((token: string) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
      // biome-ignore lint/suspicious/noExplicitAny: walking JSON.
      .reduce((parent: any, key: string) => parent?.[key], document);
  }
  return at;
}

/** The value of a Media Type Object's `example`, or of its first `examples` entry. */
export function exampleOf(document: OpenApiDocument, media: OpenApiDocument | undefined): unknown {
  if (!media) return undefined;
  if ("example" in media) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first === undefined ? undefined : resolveRef(document, first)?.value;
}

function successOf(document: OpenApiDocument, responses: OpenApiDocument) {
  const status = Object.keys(responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  if (status === undefined) return { status: 200 };
  const response = resolveRef(document, responses[status]);
  const [contentType, media] = Object.entries(response?.content ?? {})[0] ?? [];
  if (contentType === undefined) return { status: Number(status) };
  return { status: Number(status), contentType, example: exampleOf(document, media as object) };
}

/** Every operation of the document, in document order. */
export function specOperations(document: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = resolveRef(document, rawItem);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // Operation-level parameters override path-level ones with the same name and place.
      const byKey = new Map<string, SpecParameter>();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolveRef(document, raw);
        byKey.set(`${parameter.in}:${parameter.name}`, {
          name: parameter.name,
          in: parameter.in,
          required: parameter.required === true || parameter.in === "path",
          schema: parameter.schema ?? {},
        });
      }
      const body = operation.requestBody && resolveRef(document, operation.requestBody);
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        parameters: [...byKey.values()],
        ...(body && { requestBody: { required: body.required === true, content: body.content } }),
        security: (operation.security ?? document.security ?? []).filter(
          (alternative: object) => Object.keys(alternative).length > 0,
        ),
        success: successOf(document, operation.responses),
      });
      // An empty alternative (`{}`) makes auth optional: then nothing is required.
      const declared = operation.security ?? document.security ?? [];
      if (declared.some((alternative: object) => Object.keys(alternative).length === 0)) {
        (operations.at(-1) as SpecOperation).security = [];
      }
    }
  }
  return operations;
}
