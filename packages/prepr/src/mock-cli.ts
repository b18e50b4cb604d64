#!/usr/bin/env node
// `prepr-mock [--port N] [--host H]`: the validating Prepr mock over HTTP.
import { runMockCli } from "@specbound/runtime/mock-server";
import { createPreprMock } from "./mock.js";

runMockCli(process.argv.slice(2), { name: "prepr-mock", create: () => createPreprMock() });
