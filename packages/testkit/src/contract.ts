// The shared body of the Prism contract tests: call every operation through a client,
// then check that Prism saw no request violation, answered with the operation's success
// status, and that the body validates against that response's schema.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PrismServer, startPrism } from "./prism.js";
import { type ApiName, bundleSpec, SpecValidator } from "./spec-validation.js";

export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Asserts what a contract test asserts about one call of `operationId`. */
export function expectContractKept(
  spec: SpecValidator,
  operationId: string,
  result: CallResult,
): void {
  const { response } = result;
  const violations = response.headers.get("sl-violations");
  expect(violations, `${operationId}: Prism reported violations`).toBeNull();
  expect(
    response.ok,
    `${operationId}: status ${response.status}, body ${JSON.stringify(result.error)}`,
  ).toBe(true);
  const { operation } = spec.operation(operationId);
  const status = String(response.status);
  expect(
    Object.keys(operation.responses),
    `${operationId}: undocumented status ${status}`,
  ).toContain(status);
  const declared = spec.resolve(operation.responses[status]).node;
  if (!declared.content) {
    expect(result.data, `${operationId}: ${status} has no body in the spec`).toBeUndefined();
    return;
  }
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  expect(Object.keys(declared.content), `${operationId}: undeclared media type`).toContain(
    mediaType,
  );
  expect(spec.validateResponse(operationId, status, result.data, mediaType)).toEqual([]);
}

export interface ContractContext<Client> {
  prism: PrismServer;
  spec: SpecValidator;
  client: Client;
}

/**
 * Registers, in the enclosing `describe`, the contract tests of one spec: Prism serving
 * it with `--errors` for the suite's life, a test per entry of `calls` (keyed by
 * operationId), and a coverage test that fails when the spec has an operation without
 * one. Returns the context (filled in before the tests run) for further tests.
 */
export function contractSuite<Client>(
  api: ApiName,
  createClient: (baseUrl: string) => Client,
  calls: Record<string, (client: Client) => Promise<CallResult>>,
): ContractContext<Client> {
  const context = {} as ContractContext<Client>;
  beforeAll(async () => {
    const [prism, document] = await Promise.all([startPrism(api), bundleSpec(api)]);
    Object.assign(context, {
      prism,
      spec: new SpecValidator(document),
      client: createClient(prism.url),
    });
  }, 90_000);
  afterAll(async () => context.prism?.close());

  it("has a contract test for every operationId of the spec", () => {
    const inSpec = context.spec.operations().map((o) => o.operationId);
    expect(Object.keys(calls).sort()).toEqual(inSpec.sort());
  });

  it.each(Object.entries(calls))("%s", async (operationId, call) => {
    expectContractKept(context.spec, operationId, await call(context.client));
  });
  return context;
}
