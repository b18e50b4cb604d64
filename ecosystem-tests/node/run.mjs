// An ESM user's program: static imports of the three packages as npm installed them.

import * as preo from "@specbound/preo";
import * as prepr from "@specbound/prepr";
import * as runtime from "@specbound/runtime";
import { resultLines, runScenario } from "./scenario/scenario.mjs";

const results = await runScenario(
  { runtime, prepr, preo },
  {
    apiUrl: process.env.SPECBOUND_API_URL,
    token: process.env.SPECBOUND_API_TOKEN,
    webhookSecret: process.env.SPECBOUND_WEBHOOK_SECRET,
  },
);
for (const line of resultLines(results)) console.log(line);
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
