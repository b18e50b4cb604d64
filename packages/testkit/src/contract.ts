// The shared body of the Prism contract tests: call every operation through a client,
// then check that Prism saw no request violation, answered with the operation's success
// status, and that the body validates against that response's schema.
import { expect } from "vitest";
import type { SpecValidator } from "./spec-validation.js";

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
