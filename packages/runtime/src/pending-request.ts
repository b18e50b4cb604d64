// What openapi-fetch builds for a call when no middleware will look at it: the URL and
// the init, kept as given. openapi-fetch makes a `Request` per call only so that
// middleware can see it, and `fetch` then copies that Request again; while no middleware
// is registered the client hands openapi-fetch this class instead (its `Request`
// option), and the transport sends the call's one request from the URL and init.
// openapi-fetch also copies the call's extra init keys (`timeoutMs`, ...) onto whatever
// it built, so the transport reads them the same way from this and from a real Request.

export class PendingRequest {
  readonly url: string;
  readonly init: RequestInit & Record<string, unknown>;

  constructor(url: string, init: RequestInit & Record<string, unknown>) {
    this.url = url;
    this.init = init;
  }

  get method(): string {
    return this.init.method ?? "GET";
  }
}
