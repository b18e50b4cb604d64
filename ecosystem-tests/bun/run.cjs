// A Bun user's CommonJS program: require() of the three packages (their `require`
// condition, dist/index.cjs). The scenario is ESM and comes in through import().
const runtime = require("@specbound/runtime");
const prepr = require("@specbound/prepr");
const preo = require("@specbound/preo");

// Bun can require() an ES module too, which would hide a broken CommonJS build.
for (const name of ["@specbound/runtime", "@specbound/prepr", "@specbound/preo"]) {
  if (!require.resolve(name).endsWith(".cjs")) {
    throw new Error(`${name} resolved to ${require.resolve(name)}, not its CommonJS build`);
  }
}

import("./scenario/scenario.mjs").then(({ runInProcess }) =>
  runInProcess({ runtime, prepr, preo }),
);
