// A TypeScript user's program, compiled by each TypeScript consumer with its own settings
// (typescript-node16/, typescript-nodenext/, typescript-bundler/) and run with node. The
// same source becomes require() calls under node16 in a CommonJS package and stays
// `import` under nodenext and bundler in an ES module package.

import * as preo from "@specbound/preo";
import * as prepr from "@specbound/prepr";
import * as runtime from "@specbound/runtime";

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  // The scenario is an ES module; import() loads it from CommonJS output too.
  const { resultLines, runScenario } = await import("../scenario/scenario.mjs");
  const results = await runScenario(
    { runtime, prepr, preo },
    {
      apiUrl: setting("SPECBOUND_API_URL"),
      token: setting("SPECBOUND_API_TOKEN"),
      webhookSecret: setting("SPECBOUND_WEBHOOK_SECRET"),
    },
  );
  for (const line of resultLines(results)) console.log(line);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

void main();
