// The one scenario every target runs: Node (ESM and CommonJS), Bun, Deno, workerd and
// Chromium. Plain ESM using web APIs only (fetch, Blob, AbortSignal, crypto.subtle), no
// `node:` import, so the same file runs unchanged everywhere. Each target loads the
// packages its own way (import, require, a bundle) and hands them in; the fake API server
// (src/fake-api-server.ts) answers, and the test checks on its side what arrived.

/** The checks, in the order they run; every target prints one line for each. */
export const CHECKS = [
  "prepr GET /tags with a bracket filter (slug[0][eq]=news)",
  "prepr paginate /tags by skip/limit, 2 pages",
  "prepr GET /tags/{id}: 503, retried, then 200",
  "prepr GET /tags/{id} that never answers: ApiTimeoutError after timeoutMs 200",
  "prepr unwrap of a 404: NotFoundError, one ApiError class across the three packages",
  "prepr verifyPreprWebhook: true for the right signature, false for a wrong one",
  "preo paginate /v1/files by next link, 2 pages",
  "preo uploadFile: multipart POST /v1/files",
];

/** The file the upload sends: binary bytes, so a text-mangled body shows. */
export const UPLOAD = {
  organizationId: "org-1",
  fileName: "poster.png",
  type: "image/png",
  bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff],
};

/**
 * Runs every check and returns `{ check, ok, error }` for each, in `CHECKS` order.
 * @param {{ runtime: any, prepr: any, preo: any }} modules the three packages, as loaded
 * @param {{ apiUrl: string, token: string, webhookSecret: string }} config
 */
export async function runScenario({ runtime, prepr, preo }, { apiUrl, token, webhookSecret }) {
  let preprClient;
  let preoClient;
  try {
    preprClient = prepr.createPreprClient({ baseUrl: apiUrl, token });
    preoClient = preo.createPreoClient({ baseUrl: apiUrl, token });
  } catch (error) {
    // A client that cannot be made (a broken build) fails every check, each with the reason.
    return CHECKS.map((check) => ({
      check,
      ok: false,
      error: `creating the clients: ${describe(error)}`,
    }));
  }

  const run = {
    [CHECKS[0]]: async () => {
      const page = prepr.unwrap(
        await preprClient.GET("/tags", { params: { query: { slug: [{ eq: "news" }] } } }),
      );
      equal(
        page.items.map((tag) => tag.slug),
        ["news"],
      );
    },

    [CHECKS[1]]: async () => {
      const slugs = [];
      for await (const tag of preprClient.paginate("/tags", { params: { query: { limit: 2 } } })) {
        slugs.push(tag.slug);
      }
      equal(slugs, ["news", "sport", "weather"]);
    },

    [CHECKS[2]]: async () => {
      // The server answers 503 to the first request for "flaky", 200 to the next.
      const tag = prepr.unwrap(
        await preprClient.GET("/tags/{id}", { params: { path: { id: "flaky" } } }),
      );
      equal(tag.id, "flaky");
    },

    [CHECKS[3]]: async () => {
      let thrown;
      try {
        // maxRetries 0: one attempt, so the server sees exactly one request.
        await preprClient.GET("/tags/{id}", {
          params: { path: { id: "stalled" } },
          timeoutMs: 200,
          maxRetries: 0,
        });
      } catch (error) {
        thrown = error;
      }
      assert(thrown !== undefined, "the call returned instead of throwing");
      assert(thrown instanceof prepr.ApiTimeoutError, `expected ApiTimeoutError, got ${thrown}`);
      assert(thrown instanceof runtime.ApiTimeoutError, "instanceof runtime's ApiTimeoutError");
      assert(thrown instanceof runtime.SpecboundError, "instanceof SpecboundError");
      equal(thrown.timeoutMs, 200);
    },

    [CHECKS[4]]: async () => {
      const result = await preprClient.GET("/tags/{id}", { params: { path: { id: "missing" } } });
      let thrown;
      try {
        prepr.unwrap(result);
      } catch (error) {
        thrown = error;
      }
      assert(thrown !== undefined, "unwrap returned instead of throwing");
      // One runtime installed, so the class the clients throw is the one users import.
      assert(thrown instanceof prepr.NotFoundError, `expected NotFoundError, got ${thrown}`);
      assert(thrown instanceof prepr.ApiError, "instanceof ApiError from @specbound/prepr");
      assert(thrown instanceof preo.ApiError, "instanceof ApiError from @specbound/preo");
      assert(thrown instanceof runtime.ApiError, "instanceof ApiError from @specbound/runtime");
      equal(thrown.status, 404);
      equal(thrown.requestId, "req-404");
    },

    [CHECKS[5]]: async () => {
      // A delivery as Prepr makes it: the raw body, signed by the server with node:crypto.
      const delivery = await fetch(`${apiUrl}/__fixtures/prepr-webhook`);
      equal(delivery.status, 200);
      const rawBody = new Uint8Array(await delivery.arrayBuffer());
      const signature = delivery.headers.get("prepr-signature");
      assert(typeof signature === "string" && signature.length === 64, "a Prepr-Signature");
      const text = new TextDecoder().decode(rawBody);
      equal(await prepr.verifyPreprWebhook(rawBody, signature, webhookSecret), true);
      equal(await prepr.verifyPreprWebhook(text, signature, webhookSecret), true);
      const wrong = signature.slice(0, -1) + (signature.endsWith("0") ? "1" : "0");
      equal(await prepr.verifyPreprWebhook(rawBody, wrong, webhookSecret), false);
      equal(await prepr.verifyPreprWebhook(`${text} `, signature, webhookSecret), false);
      equal(await prepr.verifyPreprWebhook(rawBody, signature, `${webhookSecret}x`), false);
    },

    [CHECKS[6]]: async () => {
      const names = [];
      const pages = preoClient.paginate("/v1/files", {
        params: { query: { organization_id: "org-1", page_size: 2 } },
      });
      for await (const file of pages) names.push(file.file_name);
      equal(names, ["a.png", "b.png", "c.png"]);
    },

    [CHECKS[7]]: async () => {
      const file = new Blob([new Uint8Array(UPLOAD.bytes)], { type: UPLOAD.type });
      const detail = await preo.uploadFile(preoClient, {
        organizationId: UPLOAD.organizationId,
        file,
        fileName: UPLOAD.fileName,
      });
      // The server checks the parts it parsed (the test asserts them) and echoes the fields.
      equal(
        [detail.api_id, detail.file_name, detail.organization_id],
        ["file-new", UPLOAD.fileName, UPLOAD.organizationId],
      );
    },
  };

  const results = [];
  for (const check of CHECKS) {
    try {
      await run[check]();
      results.push({ check, ok: true });
    } catch (error) {
      results.push({ check, ok: false, error: describe(error) });
    }
  }
  return results;
}

/**
 * Runs the scenario in a process (Node, Bun) with its settings from the environment, prints
 * a line per check, and sets the exit code: what every command-line target's entry does
 * once it has loaded the packages its own way.
 * @param {{ runtime: any, prepr: any, preo: any }} modules
 */
export async function runInProcess(modules) {
  const env = globalThis.process.env;
  const results = await runScenario(modules, {
    apiUrl: env.SPECBOUND_API_URL ?? "",
    token: env.SPECBOUND_API_TOKEN ?? "",
    webhookSecret: env.SPECBOUND_WEBHOOK_SECRET ?? "",
  });
  for (const line of resultLines(results)) console.log(line);
  globalThis.process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

/**
 * The lines a target prints: `ok - <check>` or `not ok - <check>: <error>`.
 * @param {{ check: string, ok: boolean, error?: string }[]} results
 */
export function resultLines(results) {
  return results.map(({ check, ok, error }) =>
    ok ? `ok - ${check}` : `not ok - ${check}: ${error}`,
  );
}

function describe(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : "";
  return `${error.name}: ${error.message}${cause}`.replace(/\s+/g, " ");
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected) {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Error(`expected ${e}, got ${a}`);
}
