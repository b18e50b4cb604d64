// @ts-check
// The landing page's quick start for each client: how to install it from the repository
// (the packages are not on npm yet, so `npm install @specbound/<api>` would fail), a
// first call, and where to read on. A test compiles every TypeScript snippet and checks
// every shell snippet with `bash -n`, as they appear on the built page.

export const REPOSITORY = "https://github.com/specbound/specbound";

/**
 * A first call per client, by its variable name: a list read with the token from the
 * environment, as a reader's first try would be.
 * @type {Record<string, string>}
 */
const FIRST_CALLS = {
  prepr: `import { createPreprClient, unwrap } from "@specbound/prepr";

// The token: PREPR_TOKEN, unless you pass { token }.
const prepr = createPreprClient();

const tags = unwrap(
  await prepr.GET("/tags", { params: { query: { limit: 10 } } }),
);
console.log(tags.total, tags.items.map((tag) => tag.body));
`,
  preo: `import { createPreoClient, unwrap } from "@specbound/preo";

// The token: PREO_TOKEN, unless you pass { token }.
const preo = createPreoClient();

const files = unwrap(
  await preo.GET("/v1/files", {
    params: { query: { organization_id: "org_3f9c2a" } },
  }),
);
console.log(files.count, files.results.map((f) => f.file_name));
`,
};

/** @param {string} packageName  `@specbound/prepr` @param {string} version */
export function tarballName(packageName, version) {
  // As npm and pnpm name a packed scoped package: `@scope/name` → `scope-name-<version>.tgz`.
  return `${packageName.replace(/^@/, "").replace("/", "-")}-${version}.tgz`;
}

/**
 * @param {import("./code-samples.mjs").ClientInfo} client @param {string} version
 * @param {string} runtimeVersion  the @specbound/runtime it depends on
 * @returns {{ install: string, firstCall: string }}
 */
export function quickStart(client, version, runtimeVersion) {
  const tarball = tarballName(client.packageName, version);
  // The client depends on @specbound/runtime, which is not on npm either: both tarballs.
  const runtime = tarballName("@specbound/runtime", runtimeVersion);
  const install = `# Not on npm yet: build the packages from the repository.
git clone ${REPOSITORY}.git
cd specbound
./scripts/bootstrap
pnpm --filter @specbound/runtime --filter ${client.packageName} \\
  pack --pack-destination "$PWD"

# Then, in your project:
npm install /path/to/specbound/${runtime} \\
  /path/to/specbound/${tarball}
`;
  const firstCall = FIRST_CALLS[client.variable];
  if (!firstCall) throw new Error(`no first call written for ${client.packageName}`);
  return { install, firstCall };
}

/** @param {string} api  the package folder: `prepr` */
export function packageLinks(api) {
  const tree = `${REPOSITORY}/blob/main/packages/${api}`;
  return { readme: `${tree}/README.md`, changelog: `${tree}/CHANGELOG.md` };
}
