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

function checkOrganization(organizationId: unknown): void {
  if (typeof organizationId !== "string" || organizationId === "") {
    throw new TypeError("organizationId: expected a non-empty string");
  }
}

/** Uploads a file as `multipart/form-data` (`POST /v1/files`) and returns its detail. */
export async function uploadFile(client: PreoClient, input: UploadFileInput): Promise<FileDetail> {
  checkOrganization(input.organizationId);
  const { file } = input;
  if (!(file instanceof Blob) && !(file instanceof Uint8Array)) {
    throw new TypeError("file: expected a Blob, File or Uint8Array");
  }
  const blob = file instanceof Blob ? file : new Blob([file as Uint8Array<ArrayBuffer>]);
  const fileName =
    input.fileName ?? (typeof File !== "undefined" && file instanceof File ? file.name : undefined);
  const form = new FormData();
  form.append("organization_id", input.organizationId);
  form.append("file", blob, fileName ?? "file");
  if (fileName !== undefined) form.append("file_name", fileName);
  for (const tag of input.tags ?? []) form.append("tags", tag);
  return unwrap(
    await client.POST("/v1/files", {
      body: {
        organization_id: input.organizationId,
        file: blob,
        ...(fileName === undefined ? {} : { file_name: fileName }),
        ...(input.tags === undefined ? {} : { tags: [...input.tags] }),
      },
      bodySerializer: () => form,
    }),
  ) as FileDetail;
}

/** Uploads a file as base64 in JSON (`POST /v1/files`) and returns its detail. */
export async function uploadFileBase64(
  client: PreoClient,
  input: UploadFileBase64Input,
): Promise<FileDetail> {
  checkOrganization(input.organizationId);
  if (typeof input.fileBase64 !== "string" || input.fileBase64 === "") {
    throw new TypeError("fileBase64: expected a non-empty base64 string");
  }
  return unwrap(
    await client.POST("/v1/files", {
      body: {
        organization_id: input.organizationId,
        file_base64: input.fileBase64,
        ...(input.fileName === undefined ? {} : { file_name: input.fileName }),
        ...(input.tags === undefined ? {} : { tags: [...input.tags] }),
      },
    }),
  ) as FileDetail;
}
