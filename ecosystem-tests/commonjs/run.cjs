// A CommonJS user's program: require() of the three packages as npm installed them, and
// real calls over HTTP to the test's loopback server. One line per check on stdout (the
// failing ones' stacks on stderr); exit code 1 when any check fails.
const assert = require("node:assert/strict");
const runtime = require("@specbound/runtime");
const prepr = require("@specbound/prepr");
const preo = require("@specbound/preo");

const baseUrl = process.env.SPECBOUND_API_URL;
const token = process.env.SPECBOUND_API_TOKEN;

const checks = {
  "prepr GET /tags with a bracket filter (slug[0][eq]=news)": async () => {
    const client = prepr.createPreprClient({ baseUrl, token });
    const { data, error } = await client.GET("/tags", {
      params: { query: { slug: [{ eq: "news" }] } },
    });
    assert.equal(error, undefined);
    assert.deepEqual(
      data.items.map((tag) => tag.slug),
      ["news"],
    );
  },

  "prepr paginate /tags, two per page": async () => {
    const client = prepr.createPreprClient({ baseUrl, token });
    const slugs = [];
    for await (const tag of client.paginate("/tags", { params: { query: { limit: 2 } } })) {
      slugs.push(tag.slug);
    }
    assert.deepEqual(slugs, ["news", "sport", "weather"]);
  },

  "preo GET /v1/files?organization_id=org-1": async () => {
    const client = preo.createPreoClient({ baseUrl, token });
    const files = preo.unwrap(
      await client.GET("/v1/files", { params: { query: { organization_id: "org-1" } } }),
    );
    assert.equal(files.count, 1);
    assert.equal(files.results[0].organization_id, "org-1");
  },

  "unwrap of a 404 throws ApiError, one class across the three packages": async () => {
    const client = prepr.createPreprClient({ baseUrl, token });
    const result = await client.GET("/tags/{id}", { params: { path: { id: "missing" } } });
    assert.throws(
      () => prepr.unwrap(result),
      (error) => {
        // One runtime installed, so the class the clients throw is the one users import.
        assert.ok(error instanceof prepr.ApiError, "instanceof ApiError from @specbound/prepr");
        assert.ok(error instanceof preo.ApiError, "instanceof ApiError from @specbound/preo");
        assert.ok(error instanceof runtime.ApiError, "instanceof ApiError from @specbound/runtime");
        assert.ok(error instanceof runtime.SpecboundError, "instanceof SpecboundError");
        assert.equal(error.status, 404);
        assert.equal(error.requestId, "req-404");
        return true;
      },
    );
  },
};

async function main() {
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

main();
