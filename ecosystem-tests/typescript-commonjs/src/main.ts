// A TypeScript user's program. With "module": "node16" in a "type": "commonjs" package,
// tsc turns these imports into require() calls in dist/main.js and resolves the packages'
// "require" condition (index.d.cts), as a CommonJS TypeScript project does. No DOM lib and
// no skipLibCheck: the packages' types must stand on @types/node alone.
import { ApiError, createPreprClient, type PreprListItem, unwrap } from "@specbound/prepr";

const client = createPreprClient({
  baseUrl: process.env.SPECBOUND_API_URL,
  token: process.env.SPECBOUND_API_TOKEN,
});

const checks: Record<string, () => Promise<void>> = {
  "prepr GET /tags with a bracket filter (slug[0][eq]=news)": async () => {
    const page = unwrap(
      await client.GET("/tags", { params: { query: { slug: [{ eq: "news" }] } } }),
    );
    const slugs: (string | undefined)[] = page.items.map((tag) => tag.slug);
    expectEqual(slugs, ["news"]);
  },

  "prepr paginate /tags, two per page": async () => {
    const tags: PreprListItem<"/tags">[] = [];
    for await (const tag of client.paginate("/tags", { params: { query: { limit: 2 } } })) {
      tags.push(tag);
    }
    expectEqual(
      tags.map((tag) => tag.slug),
      ["news", "sport", "weather"],
    );
  },

  "unwrap of a 404 throws ApiError": async () => {
    const result = await client.GET("/tags/{id}", { params: { path: { id: "missing" } } });
    try {
      unwrap(result);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return;
      throw error;
    }
    throw new Error("unwrap returned instead of throwing");
  },
};

// The types are the spec's, not `any`: each of these must fail to compile (and never runs).
export function wrongCallsDoNotCompile(): void {
  // @ts-expect-error: no such path in the Prepr spec
  void client.GET("/no-such-path");
  // @ts-expect-error: `slug` is a list of filters, not a string
  void client.GET("/tags", { params: { query: { slug: "news" } } });
}

function expectEqual(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

async function main(): Promise<void> {
  let failures = 0;
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      console.log(`ok - ${name}`);
    } catch (error) {
      failures++;
      console.log(`not ok - ${name}: ${String(error).split("\n")[0]}`);
      console.error(`${name}:`, error);
    }
  }
  process.exitCode = failures === 0 ? 0 : 1;
}

void main();
