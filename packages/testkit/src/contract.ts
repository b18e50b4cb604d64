// The shared body of the contract tests: call every operation through a client against
// the package's own validating mock (served over loopback HTTP), then check that the mock
// found no violation in the request, answered with the operation's success status, and
// that the body validates against that response's schema, here with a second, separate
// validator (the testkit's Ajv over the spec as Redocly bundles it).
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiName, bundleSpec, SpecValidator } from "./spec-validation.js";

/** A mock of the API listening on loopback. */
export interface MockServerHandle {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

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
  mock: MockServerHandle;
  spec: SpecValidator;
  client: Client;
}

/**
 * Registers, in the enclosing `describe`, the contract tests of one spec: `startMock`'s
 * server for the suite's life, a test per entry of `calls` (keyed by
 * operationId), and a coverage test that fails when the spec has an operation without
 * one. Returns the context (filled in before the tests run) for further tests.
 */
export function contractSuite<Client>(
  api: ApiName,
  createClient: (baseUrl: string) => Client,
  calls: Record<string, (client: Client) => Promise<CallResult>>,
  startMock: () => Promise<MockServerHandle>,
): ContractContext<Client> {
  const context = {} as ContractContext<Client>;
  beforeAll(async () => {
    const [mock, document] = await Promise.all([startMock(), bundleSpec(api)]);
    Object.assign(context, {
      mock,
      spec: new SpecValidator(document),
      client: createClient(mock.url),
    });
  }, 90_000);
  afterAll(async () => context.mock?.close());

  it("has a contract test for every operationId of the spec", () => {
    const inSpec = context.spec.operations().map((o) => o.operationId);
    expect(Object.keys(calls).sort()).toEqual(inSpec.sort());
  });

  it.each(Object.entries(calls))("%s", async (operationId, call) => {
    expectContractKept(context.spec, operationId, await call(context.client));
  });
  return context;
}
