// The scenario's calls as a TypeScript user writes them, for the compiler only (nothing
// calls `typedCalls`): each consumer's tsc checks them, and the mistakes below, against
// the packages' .d.ts (import) or .d.cts (require) under its own settings.

import { createPreoClient, type PreoListItem, uploadFile } from "@specbound/preo";
import {
  ApiTimeoutError,
  createPreprClient,
  NotFoundError,
  type PreprListItem,
  unwrap,
  verifyPreprWebhook,
} from "@specbound/prepr";

export async function typedCalls(apiUrl: string, token: string, secret: string): Promise<void> {
  const prepr = createPreprClient({ baseUrl: apiUrl, token });
  const preo = createPreoClient({ baseUrl: apiUrl, token });

  const page = unwrap(await prepr.GET("/tags", { params: { query: { slug: [{ eq: "news" }] } } }));
  const slugs: (string | undefined)[] = page.items.map((tag) => tag.slug);

  const tags: PreprListItem<"/tags">[] = [];
  for await (const tag of prepr.paginate("/tags", { params: { query: { limit: 2 } } })) {
    tags.push(tag);
  }

  try {
    await prepr.GET("/tags/{id}", {
      params: { path: { id: "stalled" } },
      timeoutMs: 200,
      maxRetries: 0,
    });
  } catch (error) {
    if (error instanceof ApiTimeoutError) {
      const limit: number = error.timeoutMs;
      void limit;
    }
  }

  try {
    unwrap(await prepr.GET("/tags/{id}", { params: { path: { id: "missing" } } }));
  } catch (error) {
    if (error instanceof NotFoundError) {
      const status: number = error.status;
      void status;
    }
  }

  const verified: boolean = await verifyPreprWebhook(new Uint8Array(), "signature", secret);

  const files: PreoListItem<"/v1/files">[] = [];
  for await (const file of preo.paginate("/v1/files", {
    params: { query: { organization_id: "org-1", page_size: 2 } },
  })) {
    files.push(file);
  }
  const names: string[] = files.map((file) => file.file_name);

  const detail = await uploadFile(preo, {
    organizationId: "org-1",
    file: new Blob([new Uint8Array([0x89, 0x50])], { type: "image/png" }),
    fileName: "poster.png",
  });
  const uploaded: string = detail.api_id;

  // A browser's option in a call's init, passed on to fetch.
  await prepr.GET("/tags", { credentials: "include" });

  // Issue 12: an optional parameter fed from the environment is `string | undefined`; the
  // runtime leaves `undefined` out of the query, so this must compile under
  // exactOptionalPropertyTypes too (typescript-nodenext/ sets it).
  await prepr.GET("/publications", { params: { query: { locale: process.env.LOCALE } } });

  void [slugs, verified, names, uploaded];
}

// The types are the spec's, not `any`: each of these must fail to compile.
export function wrongCallsDoNotCompile(): void {
  const prepr = createPreprClient({ token: "t" });
  // @ts-expect-error: no such path in the Prepr spec
  void prepr.GET("/no-such-path");
  // @ts-expect-error: `slug` is a list of filters, not a string
  void prepr.GET("/tags", { params: { query: { slug: "news" } } });
  // @ts-expect-error: a misspelt option is an error, not silently dropped
  void prepr.GET("/tags", { timeotMs: 5 });
  const preo = createPreoClient({ token: "t" });
  // @ts-expect-error: organizationId is required
  void uploadFile(preo, { file: new Blob([]) });
}
