import { readFileSync } from "node:fs";
import { type RecordedRequest, sendJson, startLoopbackServer } from "@specbound/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, createPreoClient, uploadFile, uploadFileBase64 } from "../../src/index.js";

const detail = JSON.parse(
  readFileSync(
    new URL("../../../../specs/preo/examples/files.upload.201.json", import.meta.url),
    "utf8",
  ),
).value;

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function uploadServer() {
  const server = await startLoopbackServer((_req, res) => sendJson(res, 201, detail));
  close = server.close;
  return { server, client: createPreoClient({ baseUrl: server.url, token: "preo-token" }) };
}

/** The multipart body the server received, parsed as a server would. */
function formOf(request: RecordedRequest): Promise<FormData> {
  return new Request("http://x", {
    method: "POST",
    headers: { "content-type": String(request.headers["content-type"]) },
    body: new Uint8Array(request.body),
  }).formData();
}

describe("uploadFile (multipart)", () => {
  const inputs: Array<[string, { file: Blob | Uint8Array; fileName?: string; wantName: string }]> =
    [
      [
        "a Blob",
        {
          file: new Blob(["hello"], { type: "text/plain" }),
          fileName: "hello.txt",
          wantName: "hello.txt",
        },
      ],
      [
        "a File, named by itself",
        { file: new File(["hello"], "greeting.txt"), wantName: "greeting.txt" },
      ],
      [
        "a Uint8Array",
        { file: new TextEncoder().encode("hello"), fileName: "bytes.bin", wantName: "bytes.bin" },
      ],
    ];
  it.each(inputs)(
    "sends %s with organization_id, file name and tags",
    async (_name, { file, fileName, wantName }) => {
      const { server, client } = await uploadServer();
      const result = await uploadFile(client, {
        organizationId: "org-1",
        file,
        ...(fileName === undefined ? {} : { fileName }),
        tags: ["product", "event"],
      });
      expect(result.api_id).toBe("api_id");
      const [request] = server.requests;
      expect(request?.method).toBe("POST");
      expect(request?.url).toBe("/v1/files");
      expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      expect(request?.headers.authorization).toBe("Bearer preo-token");
      const form = await formOf(request as RecordedRequest);
      expect(form.get("organization_id")).toBe("org-1");
      expect(form.get("file_name")).toBe(wantName);
      expect(form.getAll("tags")).toEqual(["product", "event"]);
      const sent = form.get("file") as File;
      expect(sent.name).toBe(wantName);
      expect(await sent.text()).toBe("hello");
    },
  );

  it("names the bad parameter", async () => {
    const { client } = await uploadServer();
    await expect(uploadFile(client, { organizationId: "", file: new Blob(["x"]) })).rejects.toThrow(
      /^organizationId:/,
    );
    await expect(
      uploadFile(client, { organizationId: "o", file: "not bytes" as unknown as Blob }),
    ).rejects.toThrow(/^file:/);
  });

  it("throws ApiError when the server refuses", async () => {
    const server = await startLoopbackServer((_req, res) =>
      sendJson(res, 400, { file: ["No file was submitted."] }),
    );
    close = server.close;
    const client = createPreoClient({ baseUrl: server.url, token: "t" });
    const error = await uploadFile(client, { organizationId: "o", file: new Blob(["x"]) }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.body).toEqual({ file: ["No file was submitted."] });
  });
});

describe("uploadFileBase64 (JSON)", () => {
  it("sends file_base64 as JSON", async () => {
    const { server, client } = await uploadServer();
    const result = await uploadFileBase64(client, {
      organizationId: "org-1",
      fileBase64: Buffer.from("hello").toString("base64"),
      fileName: "hello.txt",
    });
    expect(result.file_name).toBe("file_name");
    const [request] = server.requests;
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(String(request?.body))).toEqual({
      organization_id: "org-1",
      file_base64: "aGVsbG8=",
      file_name: "hello.txt",
    });
  });
});
