// Chromium (Debian's package, driven by playwright-core): both clients bundled by esbuild
// for the browser into a page served from one loopback origin, calling the fake API on
// another (CORS). The bundle must hold no Node built-in, and `credentials: "include"` in a
// call's init must reach the request: the page's origin sets a cookie, and the API server
// must receive it on that call and on no other.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { chromiumLaunchOptions, type LoopbackServer } from "@specbound/testkit";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type Bundle,
  bundleWithEsbuild,
  describeBundle,
  nodeBuiltinReferences,
} from "../src/bundle.js";
import { type ConsumerProject, createConsumerProject } from "../src/consumer-project.js";
import { scenarioConfig, scenarioRequests, TEST_TOKEN } from "../src/fake-api-server.js";
import { PAGE_COOKIE, servePage } from "../src/page-server.js";
import { runScenarioTarget, type ScenarioRun, scenarioTests } from "../src/scenario-run.js";

const CREDENTIALS_CHECK =
  'prepr GET /tags/{id} with credentials "include", then without (the server checks the cookie)';
const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const EXTRA = {
  checks: [CREDENTIALS_CHECK],
  requests: [
    { method: "GET", path: "/tags/tag-1", query: {}, ...auth },
    { method: "GET", path: "/tags/tag-2", query: {}, ...auth },
  ],
};

let project: ConsumerProject | undefined;
let browser: Browser | undefined;
let pageServer: LoopbackServer | undefined;
let bundle: Bundle | undefined;
let run: Promise<ScenarioRun> | undefined;
const outsideRequests: string[] = [];

beforeAll(async () => {
  const options = chromiumLaunchOptions();
  const launching = chromium.launch(options);
  project = await createConsumerProject("chromium", Object.values(inject("tarballs")));
  const built = await bundleWithEsbuild(project, "page.js", "dist/page.js");
  bundle = built;
  const ready = project;
  run = runScenarioTarget(
    `chromium ${options.executablePath}: index.html + dist/page.js`,
    async (api) => {
      browser = await launching;
      if (built.build.exitCode !== 0) throw new Error(describeBundle(built));
      pageServer = await servePage(ready.dir);
      const allowed = [pageServer.url, api.url];
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        if (!allowed.some((origin) => request.url().startsWith(`${origin}/`))) {
          outsideRequests.push(request.url());
        }
      });
      const config = encodeURIComponent(JSON.stringify(scenarioConfig(api)));
      await page.goto(`${pageServer.url}/#${config}`);
      const done = await page.waitForFunction(
        () => (window as unknown as { scenarioLines?: string[] }).scenarioLines,
        undefined,
        { timeout: 60_000 },
      );
      const lines = (await done.jsonValue()) as string[];
      await context.close();
      const passed = lines.every((line) => line.startsWith("ok - "));
      return {
        exitCode: passed ? 0 : 1,
        signal: null,
        stdout: lines.join("\n"),
        stderr: errors.join("\n"),
      };
    },
  );
  await run;
}, 120_000);

afterAll(async () => {
  await Promise.all([browser?.close(), pageServer?.close()]);
  await project?.remove();
});

describe("chromium", () => {
  it("bundles both clients for the browser with no Node built-in", () => {
    expect(bundle?.build.exitCode, bundle && describeBundle(bundle)).toBe(0);
    expect(bundle?.externalImports).toEqual([]);
    expect(nodeBuiltinReferences(bundle?.code ?? "")).toEqual([]);
    // The browser gets the packages' ES module builds.
    expect(bundle?.inputs).toEqual(
      expect.arrayContaining([
        "node_modules/@specbound/runtime/dist/index.js",
        "node_modules/@specbound/prepr/dist/index.js",
        "node_modules/@specbound/preo/dist/index.js",
      ]),
    );
  });

  it("fails the bundle when a module imports a Node built-in (the guard works)", async () => {
    const ready = project as ConsumerProject;
    const probe = "probe-node-builtin.js";
    await writeFile(
      path.join(ready.dir, probe),
      'import { createHash } from "node:crypto";\nimport * as prepr from "@specbound/prepr";\nconsole.log(createHash, prepr);\n',
    );
    const failed = await bundleWithEsbuild(ready, probe, "dist/probe.js");
    expect(failed.build.exitCode).not.toBe(0);
    expect(failed.build.stderr).toContain('Could not resolve "node:crypto"');
    expect(nodeBuiltinReferences('import{createHash as c}from"node:crypto";require("fs")')).toEqual(
      ['from"node:crypto"', 'require("fs"'],
    );
  });

  scenarioTests(() => run ?? Promise.reject(new Error("chromium did not start")), EXTRA);

  it('sent the page\'s cookie on the call with credentials "include", and on no other', async () => {
    const { server, details } = await (run ?? Promise.reject(new Error("chromium did not start")));
    const cookies = server.cookies();
    const expected = [...scenarioRequests().map(() => undefined), PAGE_COOKIE, undefined];
    expect(cookies, details).toEqual(expected);
  });

  it("made no request outside its two loopback servers", () => {
    expect(outsideRequests).toEqual([]);
  });
});
