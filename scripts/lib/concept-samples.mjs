// @ts-check
// Client samples added to the concept sections of the reference pages (page only: the
// spec describes the API, the page also shows the client). Each is TypeScript that a
// test compiles against the packages, like every operation's sample.

const WEBHOOK_CHECK = `import { createServer } from "node:http";
import { verifyPreprWebhook } from "@specbound/prepr";

const secret = process.env.PREPR_WEBHOOK_SECRET ?? "";

createServer(async (request, response) => {
  // The raw bytes, as received: the signature covers them.
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const signature = request.headers["prepr-signature"];
  const valid = await verifyPreprWebhook(
    body,
    typeof signature === "string" ? signature : undefined,
    secret,
  );
  if (!valid) return void response.writeHead(401).end();
  const event = JSON.parse(body.toString("utf8"));
  console.log(event.event, event.payload.id);
  response.writeHead(200).end();
}).listen(8080);
`;

const PREPR_PAGES = `import { createPreprClient } from "@specbound/prepr";

const prepr = createPreprClient({
  token: process.env.PREPR_TOKEN,
});

// Fetches the next page (skip, limit) only when you reach it.
for await (const tag of prepr.paginate("/tags", {
  params: { query: { limit: 500 } },
})) {
  console.log(tag.id, tag.body);
}
`;

const PREO_PAGES = `import { createPreoClient } from "@specbound/preo";

const preo = createPreoClient({ token: process.env.PREO_TOKEN });

// Fetches the next page (page, page_size) only when you reach it.
for await (const file of preo.paginate("/v1/files", {
  params: {
    query: { organization_id: "org_3f9c2a", page_size: 100 },
  },
})) {
  console.log(file.api_id, file.file_name);
}
`;

/**
 * TypeScript samples by API, then by the concept section they are added to.
 * @type {Record<string, Record<string, { intro: string, source: string }>>}
 */
export const CONCEPT_SAMPLES = {
  prepr: {
    "Receiving webhooks": {
      intro:
        "With `@specbound/prepr`, `verifyPreprWebhook` checks the signature in constant time (`parsePreprWebhook` also returns the typed event):",
      source: WEBHOOK_CHECK,
    },
    Pagination: {
      intro: "With `@specbound/prepr`, `paginate` yields every item of a list:",
      source: PREPR_PAGES,
    },
  },
  preo: {
    Pagination: {
      intro: "With `@specbound/preo`, `paginate` yields every item of a list:",
      source: PREO_PAGES,
    },
  },
};

/**
 * The markdown added to each concept section of `api`: its intro and its sample.
 * @param {string} api @returns {Record<string, string>}
 */
export function conceptAdditions(api) {
  return Object.fromEntries(
    Object.entries(CONCEPT_SAMPLES[api] ?? {}).map(([section, { intro, source }]) => [
      section,
      `${intro}\n\n\`\`\`ts\n${source}\`\`\``,
    ]),
  );
}
