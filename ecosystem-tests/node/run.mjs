// An ESM user's program: static imports of the three packages as npm installed them.

import * as preo from "@specbound/preo";
import * as prepr from "@specbound/prepr";
import * as runtime from "@specbound/runtime";
import { runInProcess } from "./scenario/scenario.mjs";

await runInProcess({ runtime, prepr, preo });
