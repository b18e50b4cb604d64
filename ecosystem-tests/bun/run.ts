// A Bun user's program: TypeScript run as it is, importing the packages npm installed.

import * as preo from "@specbound/preo";
import * as prepr from "@specbound/prepr";
import * as runtime from "@specbound/runtime";
import { resultLines, runScenario } from "./scenario/scenario.mjs";

const results = await runScenario(
  { runtime, prepr, preo },
  {
    apiUrl: Bun.env.SPECBOUND_API_URL ?? "",
    token: Bun.env.SPECBOUND_API_TOKEN ?? "",
    webhookSecret: Bun.env.SPECBOUND_WEBHOOK_SECRET ?? "",
  },
);
for (const line of resultLines(results)) console.log(line);
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
