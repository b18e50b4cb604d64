// What the inferred part of the Preo spec may claim, and what keeps it readable by other
// tools. Preo's reference documents only Files: elsewhere the spec must not require
// fields, close a set of values, or state behaviour as fact; and the bundle must stay
// typeable by generators that name inline schemas after their parents (orval).
import { bundleSpec, type OpenApiDocument, SpecValidator } from "@specbound/testkit";
import { beforeAll, describe, expect, it } from "vitest";

// The schemas of the documented Files group, whose `required` the reference shows.
const FILES_SCHEMAS = [
  "File",
  "FileDetail",
  "FileImage",
  "FileMetadataUpdate",
  "FileUpload",
  "FileUploadMultipart",
  "FileUsage",
  "FileUsageInstance",
  "PaginatedFileList",
];

let spec: SpecValidator;
let schemas: Record<string, OpenApiDocument>;

beforeAll(async () => {
  spec = new SpecValidator(await bundleSpec("preo"));
  schemas = spec.document.components.schemas;
});

/** Every object under `node` (itself included), with its JSON pointer. */
function* walk(node: unknown, pointer = ""): Generator<[OpenApiDocument, string]> {
  if (!node || typeof node !== "object") return;
  yield [node as OpenApiDocument, pointer];
  for (const [key, value] of Object.entries(node)) yield* walk(value, `${pointer}/${key}`);
}

/** Every description string of the document, with its pointer. */
function descriptions(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const [node, pointer] of walk(spec.document)) {
    if (typeof node.description === "string") found.push([pointer, node.description]);
  }
  return found;
}

/** The parameters of every operation, path-level ones included, resolved. */
function parameters(): Array<[string, OpenApiDocument]> {
  const found: Array<[string, OpenApiDocument]> = [];
  for (const { operationId, path } of spec.operations()) {
    const item = spec.resolve(spec.document.paths[path]).node;
    const op = spec.operation(operationId).operation;
    for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      found.push([operationId, spec.resolve(raw).node]);
    }
  }
  return found;
}

const pascal = (name: string) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");

describe("Preo inferred schemas claim no more than the reference shows", () => {
  it("require no field outside Files, but the list envelope the file list documents", () => {
    for (const [name, schema] of Object.entries(schemas)) {
      if (FILES_SCHEMAS.includes(name)) continue;
      for (const [node, pointer] of walk(schema)) {
        if (!Array.isArray(node.required)) continue;
        if (name.startsWith("Paginated") && pointer === "") {
          expect(node.required, name).toEqual(["count", "results"]);
        } else {
          expect.fail(`${name}${pointer} requires ${node.required.join(", ")}`);
        }
      }
    }
  });

  it("close no set of values: the document names none, so no enum anywhere", () => {
    const enums = [...walk(spec.document)].filter(([node]) => Array.isArray(node.enum));
    expect(enums.map(([, pointer]) => pointer)).toEqual([]);
  });

  it("leave every object open to properties it does not list", () => {
    const closed = [...walk(spec.document)].filter(([node]) => node.additionalProperties === false);
    expect(closed.map(([, pointer]) => pointer)).toEqual([]);
  });

  it("state no invented condition or state change as fact", () => {
    const stated = descriptions().filter(([, text]) =>
      /\b4\d\d (when|if)\b|\bstatus becomes\b/.test(text.replace(/\s+/g, " ")),
    );
    expect(stated.map(([pointer]) => pointer)).toEqual([]);
  });

  it("mark the authentication scheme inferred wherever auth is stated", () => {
    const statesAuth = descriptions().filter(([, text]) => /bearer|token|authenticat/i.test(text));
    expect(statesAuth.map(([pointer]) => pointer)).toEqual(
      expect.arrayContaining(["/info", "/tags/0", "/components/securitySchemes/bearerAuth"]),
    );
    for (const [pointer, text] of statesAuth) expect(text, pointer).toMatch(/inferred/i);
  });
});

describe("Preo parameters", () => {
  it("give every path parameter and every organization_id minLength 1", () => {
    const ids = parameters().filter(([, p]) => p.in === "path" || p.name === "organization_id");
    expect(ids.map(([, p]) => p.name)).toEqual(
      expect.arrayContaining(["id", "delivery_id", "organization_id"]),
    );
    for (const [operationId, p] of ids) {
      expect(p.schema.minLength, `${operationId} ${p.name}`).toBe(1);
      expect(p.description, `${operationId} ${p.name}`).toMatch(
        /minLength: 1.*inferred|inferred.*minLength: 1/is,
      );
    }
  });

  it("bound page and page_size below by 1, marked inferred", () => {
    const paging = parameters().filter(([, p]) => p.name === "page" || p.name === "page_size");
    expect(paging.length).toBeGreaterThan(0);
    for (const [operationId, p] of paging) {
      expect(p.schema.minimum, `${operationId} ${p.name}`).toBe(1);
      expect(p.schema["x-inferred"], `${operationId} ${p.name}`).toBe(true);
      expect(p.description, `${operationId} ${p.name}`).toMatch(/minimum: 1.*inferred/is);
    }
  });

  it("leave the file list's ordering an open string (multi-field ordering)", () => {
    const ordering = parameters().find(([id, p]) => id === "listFiles" && p.name === "ordering");
    expect(ordering?.[1].schema).toEqual({ type: "string" });
  });
});

describe("Preo bundle portability", () => {
  it("gives no two inline property schemas the same generated name (orval: TS2300)", () => {
    const named = new Map<string, string>();
    for (const name of Object.keys(schemas)) named.set(pascal(name), `schema ${name}`);
    for (const [name, schema] of Object.entries(schemas)) {
      for (const [node, pointer] of walk(schema)) {
        for (const [property, value] of Object.entries(node.properties ?? {})) {
          if ((value as OpenApiDocument).$ref || pointer.endsWith("/properties")) continue;
          const generated = pascal(name) + pascal(property);
          const where = `${name}${pointer}/properties/${property}`;
          expect(named.get(generated), `${generated}: ${where}`).toBeUndefined();
          named.set(generated, where);
        }
      }
    }
  });

  it("mixes no listed property with a typed additionalProperties (orval: TS2411)", () => {
    for (const [node, pointer] of walk(spec.document)) {
      const extra = node.additionalProperties;
      if (!node.properties || !extra || typeof extra !== "object") continue;
      expect.fail(`${pointer} has properties and an additionalProperties schema`);
    }
  });
});
