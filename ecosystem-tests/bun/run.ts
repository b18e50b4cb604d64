// A Bun user's program: TypeScript run as it is, importing the packages npm installed.

import * as preo from "@specbound/preo";
import * as prepr from "@specbound/prepr";
import * as runtime from "@specbound/runtime";
import { runInProcess } from "./scenario/scenario.mjs";

await runInProcess({ runtime, prepr, preo });
