import { unwrap } from "@specbound/runtime";
import type { PreoClient } from "./client.js";
import type { FileDetail } from "./schemas.js";

export interface UploadFileInput {
  /** Organization that will own the file. */
  organizationId: string;
  /** The file's bytes. A `File` brings its own name. */
  file: Blob | Uint8Array;
  /** Name to store the file under (default: the `File`'s name). */
  fileName?: string;
  tags?: readonly string[];
}

export interface UploadFileBase64Input {
  organizationId: string;
  /** The file's content, base64-encoded. */
  fileBase64: string;
  fileName?: string;
  tags?: readonly string[];
}

// The fields both forms of upload share, as the spec names them; `undefined` ones are left out.
function fileFields(input: UploadFileInput | UploadFileBase64Input) {
  if (typeof input.organizationId !== "string" || input.organizationId === "") {
    throw new TypeError("organizationId: expected a non-empty string");
  }
  return {
    organization_id: input.organizationId,
    ...(input.fileName === undefined ? {} : { file_name: input.fileName }),
    ...(input.tags === undefined ? {} : { tags: [...input.tags] }),
  };
}

/** Uploads a file as `multipart/form-data` (`POST /v1/files`) and returns its detail. */
export async function uploadFile(client: PreoClient, input: UploadFileInput): Promise<FileDetail> {
  const { file } = input;
  const fileName =
    input.fileName ?? (typeof File !== "undefined" && file instanceof File ? file.name : undefined);
  const body = { ...fileFields({ ...input, fileName }), file: toBlob(file) };
  // One form part per field, one per tag; the file part carries its name.
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const item of [value].flat()) {
      if (item instanceof Blob) form.append(name, item, fileName ?? "file");
      else form.append(name, item);
    }
  }
  return unwrap(await client.POST("/v1/files", { body, bodySerializer: () => form })) as FileDetail;
}

function toBlob(file: unknown): Blob {
  if (file instanceof Blob) return file;
  if (file instanceof Uint8Array) return new Blob([file as Uint8Array<ArrayBuffer>]);
  throw new TypeError("file: expected a Blob, File or Uint8Array");
}

/** Uploads a file as base64 in JSON (`POST /v1/files`) and returns its detail. */
export async function uploadFileBase64(
  client: PreoClient,
  input: UploadFileBase64Input,
): Promise<FileDetail> {
  const fields = fileFields(input);
  if (typeof input.fileBase64 !== "string" || input.fileBase64 === "") {
    throw new TypeError("fileBase64: expected a non-empty base64 string");
  }
  return unwrap(
    await client.POST("/v1/files", { body: { ...fields, file_base64: input.fileBase64 } }),
  ) as FileDetail;
}
