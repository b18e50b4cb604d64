// A CommonJS user's program: require() of the three packages as npm installed them (their
// `require` condition, dist/index.cjs). The scenario itself is ESM, so it comes in through
// import(); the packages it exercises are the ones required here.
const runtime = require("@specbound/runtime");
const prepr = require("@specbound/prepr");
const preo = require("@specbound/preo");

// Node 20.19+ can require() an ES module too, which would hide a broken CommonJS build.
for (const name of ["@specbound/runtime", "@specbound/prepr", "@specbound/preo"]) {
  if (!require.resolve(name).endsWith(".cjs")) {
    throw new Error(`${name} resolved to ${require.resolve(name)}, not its CommonJS build`);
  }
}

import("./scenario/scenario.mjs").then(({ runInProcess }) =>
  runInProcess({ runtime, prepr, preo }),
);
