#!/usr/bin/env node
// `preo-mock [--port N] [--host H]`: the validating Preo mock over HTTP.
import { runMockCli } from "@specbound/runtime/mock-server";
import { createPreoMock } from "./mock.js";

runMockCli(process.argv.slice(2), { name: "preo-mock", create: () => createPreoMock() });
