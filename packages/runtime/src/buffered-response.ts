// The Response the transport hands to openapi-fetch. Each attempt reads the whole body
// (so the timeout covers a stalled body and a failed read is retried); this Response then
// answers json(), text(), arrayBuffer()... from those bytes. `new Response(bytes)` would
// wrap them in a second web stream only for openapi-fetch to pump them out again: on
// Node 20 that doubled the client's cost per request (see BENCHMARKS.md). A stream is
// built only if someone asks for `body`.

const decoder = new TextDecoder();
const NOTHING = new ArrayBuffer(0);
const USED = "Body is unusable: Body has already been read";

export class BufferedResponse extends Response {
  readonly #bytes: ArrayBuffer | null;
  readonly #url: string;
  // A Response does not know the request that produced it; `unwrap` needs its method
  // and URL to describe an error, without the caller passing them along.
  readonly #request: { method: string; url: string };
  #used = false;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;

  /**
   * `bytes`: the body as read (null for a response without one); `from`: its status and
   * headers; `request`: the method and URL it answers.
   */
  constructor(bytes: ArrayBuffer | null, from: Response, request: { method: string; url: string }) {
    super(null, { status: from.status, statusText: from.statusText, headers: from.headers });
    this.#bytes = bytes;
    this.#url = from.url || request.url;
    this.#request = request;
    // fetch has already decoded the body: these now describe the bytes held here.
    this.headers.delete("content-encoding");
    if (bytes !== null) this.headers.set("content-length", String(bytes.byteLength));
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
    return JSON.parse(await this.text());
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.#take()], { type: this.headers.get("content-type") ?? "" });
  }

  override clone(): BufferedResponse {
    if (this.bodyUsed) throw new TypeError(USED);
    return new BufferedResponse(this.#bytes?.slice(0) ?? null, this, this.#request);
  }

  /** The method and URL of the request `response` answers, when the transport made it. */
  static requestOf(response: Response): { method: string; url: string } | undefined {
    return #request in response ? response.#request : undefined;
  }
}
