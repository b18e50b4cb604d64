// The Response the transport hands to openapi-fetch. Each attempt reads the whole body
// (so the timeout covers a stalled body and a failed read is retried); this Response then
// answers json(), text(), arrayBuffer(), formData()... from those bytes. `new
// Response(bytes)` would wrap them in a second web stream only for openapi-fetch to pump
// them out again: on Node 20 that doubled the client's cost per request (see
// BENCHMARKS.md). A stream is built only if someone asks for `body`, and the headers are
// the ones received unless fetch decoded a `content-encoding`, which they then stop
// claiming.

import { rememberRequest, requestOf } from "./request-of.js";

const decoder = new TextDecoder();
const NOTHING = new ArrayBuffer(0);
const USED = "Body is unusable: Body has already been read";

export class BufferedResponse extends Response {
  readonly #bytes: ArrayBuffer | null;
  readonly #url: string;
  readonly #headers: Headers;
  #used = false;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;

  /** `bytes`: the body as read (null when the response has none); `from`: its status and headers. */
  constructor(bytes: ArrayBuffer | null, from: Response, url: string) {
    super(null, { status: from.status, statusText: from.statusText });
    this.#bytes = bytes;
    this.#url = from.url || url;
    let headers = from.headers;
    if (bytes !== null && headers.has("content-encoding")) {
      headers = new Headers(headers);
      headers.delete("content-encoding");
      headers.set("content-length", String(bytes.byteLength));
    }
    this.#headers = headers;
  }

  override get headers(): Headers {
    return this.#headers;
  }

  override get url(): string {
    return this.#url;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (this.#stream === undefined) {
      this.#stream = this.#bytes === null ? null : new Response(this.#bytes).body;
    }
    return this.#stream;
  }

  override get bodyUsed(): boolean {
    return this.#used || (this.#stream?.locked ?? false);
  }

  #take(): ArrayBuffer {
    if (this.bodyUsed) throw new TypeError(USED);
    this.#used = true;
    return this.#bytes ?? NOTHING;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#take();
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(this.#take());
  }

  override async text(): Promise<string> {
    return decoder.decode(this.#take());
  }

  override async json(): Promise<unknown> {
    return JSON.parse(decoder.decode(this.#take()));
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.#take()], { type: this.#headers.get("content-type") ?? "" });
  }

  // Multipart and URL-encoded parsing is the platform's: handed the same bytes and type.
  override async formData(): Promise<FormData> {
    const type = this.#headers.get("content-type");
    return new Response(
      this.#take(),
      type === null ? {} : { headers: { "content-type": type } },
    ).formData();
  }

  override clone(): BufferedResponse {
    if (this.bodyUsed) throw new TypeError(USED);
    const copy = new BufferedResponse(this.#bytes?.slice(0) ?? null, this, this.#url);
    const request = requestOf(this);
    if (request) rememberRequest(copy, request.method, request.url);
    return copy;
  }
}
