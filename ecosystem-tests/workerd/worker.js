// A Worker that uses the clients: each POST runs the scenario against the API named in
// its JSON body and answers the result lines (status 200 when every check passed).

import * as preo from "@specbound/preo";
import * as prepr from "@specbound/prepr";
import * as runtime from "@specbound/runtime";
import { resultLines, runScenario } from "./scenario/scenario.mjs";

export default {
  async fetch(request) {
    if (request.method !== "POST") return new Response("POST a scenario config\n", { status: 405 });
    const config = await request.json();
    const results = await runScenario({ runtime, prepr, preo }, config);
    const passed = results.every((result) => result.ok);
    return new Response(`${resultLines(results).join("\n")}\n`, { status: passed ? 200 : 500 });
  },
};
