// A web page using both clients, bundled by esbuild for the browser. The API is on another
// origin (the fake server allows it with CORS); the page's own origin set a cookie, which
// a cross-origin request carries only when its init says `credentials: "include"`.

import * as preo from "@specbound/preo";
import * as prepr from "@specbound/prepr";
import * as runtime from "@specbound/runtime";
import { resultLines, runScenario } from "./scenario/scenario.mjs";

const CREDENTIALS_CHECK =
  'prepr GET /tags/{id} with credentials "include", then without (the server checks the cookie)';

async function main() {
  // The config comes in the URL's fragment, which is never sent to a server.
  const config = JSON.parse(decodeURIComponent(location.hash.slice(1)));
  const results = await runScenario({ runtime, prepr, preo }, config);
  try {
    const client = prepr.createPreprClient({ baseUrl: config.apiUrl, token: config.token });
    const path = { id: "tag-1" };
    prepr.unwrap(await client.GET("/tags/{id}", { params: { path }, credentials: "include" }));
    prepr.unwrap(await client.GET("/tags/{id}", { params: { path: { id: "tag-2" } } }));
    results.push({ check: CREDENTIALS_CHECK, ok: true });
  } catch (error) {
    results.push({ check: CREDENTIALS_CHECK, ok: false, error: String(error) });
  }
  const lines = resultLines(results);
  document.getElementById("results").textContent = lines.join("\n");
  window.scenarioLines = lines;
}

main().catch((error) => {
  window.scenarioLines = [`not ok - the page failed: ${error}`];
});
