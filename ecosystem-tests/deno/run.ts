// A Deno user's program: TypeScript, the packages imported from the node_modules npm
// installed (deno.json: nodeModulesDir "manual"). Run with no permission but
// --allow-net=127.0.0.1: the settings come as arguments, not from the environment.

import * as preo from "@specbound/preo";
import * as prepr from "@specbound/prepr";
import * as runtime from "@specbound/runtime";
import { resultLines, runScenario } from "./scenario/scenario.mjs";

const [apiUrl = "", token = "", webhookSecret = ""] = Deno.args;
const results = await runScenario({ runtime, prepr, preo }, { apiUrl, token, webhookSecret });
for (const line of resultLines(results)) console.log(line);
Deno.exitCode = results.every((result) => result.ok) ? 0 : 1;
