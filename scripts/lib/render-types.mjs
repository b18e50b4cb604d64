// @ts-check
// The TypeScript half of the generator: the bundled spec in, `schema.ts` out.
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const BLOB = ts.factory.createTypeReferenceNode("Blob");

/**
 * @param {Record<string, any>} document  bundled OpenAPI document
 * @returns {Promise<string>}
 */
export async function renderTypes(document) {
  const ast = await openapiTS(/** @type {import("openapi-typescript").OpenAPI3} */ (document), {
    // `$Read`/`$Write` markers let openapi-fetch drop readOnly fields from request
    // bodies and writeOnly fields from responses, as the spec says.
    readWriteMarkers: true,
    // A property with a default may be left out of a request: the server fills it in.
    // openapi-typescript's default would make it required in request bodies too.
    defaultNonNullable: false,
    silent: true,
    // A binary part of a multipart body is a Blob (or File) in fetch's FormData.
    transform(schema) {
      if (schema.format === "binary") return BLOB;
      return undefined;
    },
  });
  return astToString(ast);
}
