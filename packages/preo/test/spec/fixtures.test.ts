// Every example of the Preo spec is a fixture under specs/preo/examples/, validated here
// against the schema of its operation and status (requests against request bodies) with Ajv
// in JSON Schema 2020-12 mode. Six come from the Files section of Preo's reference; the
// others are illustrative (marked `x-inferred: true`), so that every operation shows one.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundleSpec, type OpenApiDocument, repoRoot, SpecValidator } from "@specbound/testkit";
import { beforeAll, describe, expect, it } from "vitest";

const examplesDir = path.join(repoRoot, "specs/preo/examples");

interface Where {
  operationId: string;
  /** A response example: its status code. Without status: a request body. */
  status?: string;
  /** Default: application/json. */
  mediaType?: string;
}

// fixture file → where it belongs. A new example must be added here to be tested; the
// coverage check below fails when a fixture is dropped or left out of these tables.
// The six JSON examples of the reference's Files section, as the document shows them.
const DOCUMENTED: Record<string, Where> = {
  "files.list.200.json": { operationId: "listFiles", status: "200" },
  "files.upload.request.json": { operationId: "uploadFile" },
  "files.upload.201.json": { operationId: "uploadFile", status: "201" },
  "files.get.200.json": { operationId: "getFileDetails", status: "200" },
  "files.update.request.json": { operationId: "updateFileMetadata" },
  "files.update.200.json": { operationId: "updateFileMetadata", status: "200" },
};
// Examples the reference does not show, built from the schemas (issue 13: an example on
// every operation).
const ILLUSTRATIVE: Record<string, Where> = {
  // Auth
  "auth.me.200.json": { operationId: "getUserInfo", status: "200" },
  // Editions
  "editions.list.200.json": { operationId: "listEditions", status: "200" },
  "editions.create.request.json": { operationId: "createEdition" },
  "editions.create.201.json": { operationId: "createEdition", status: "201" },
  "editions.get.200.json": { operationId: "getEditionDetails", status: "200" },
  "editions.update.request.json": { operationId: "updateEdition" },
  "editions.update.200.json": { operationId: "updateEdition", status: "200" },
  "editions.duplicate.request.json": { operationId: "duplicateEdition" },
  "editions.duplicate.201.json": { operationId: "duplicateEdition", status: "201" },
  "editions.field-choices.200.json": { operationId: "getEditionFieldChoices", status: "200" },
  "editions.healthcheck.200.json": { operationId: "runEditionHealthcheck", status: "200" },
  // Orders
  "orders.list.200.json": { operationId: "listOrders", status: "200" },
  "orders.get.200.json": { operationId: "retrieveOrderDetails", status: "200" },
  // Purchases
  "purchases.get.200.json": { operationId: "retrievePurchaseDetails", status: "200" },
  "purchases.refund-request.request.json": { operationId: "createRefundRequestForPurchase" },
  "purchases.refund-request.201.json": {
    operationId: "createRefundRequestForPurchase",
    status: "201",
  },
  // User
  "users.list.200.json": { operationId: "listUsers", status: "200" },
  "users.get.200.json": { operationId: "retrieveUser", status: "200" },
  "users.update.request.json": { operationId: "partiallyUpdateUser" },
  "users.update.200.json": { operationId: "partiallyUpdateUser", status: "200" },
  // Refunds
  "refund-requests.list.200.json": { operationId: "listRefundRequests", status: "200" },
  "refund-requests.create.request.json": { operationId: "createRefundRequest" },
  "refund-requests.create.201.json": { operationId: "createRefundRequest", status: "201" },
  "refund-requests.get.200.json": { operationId: "retrieveRefundRequestDetails", status: "200" },
  "refund-requests.approve.200.json": { operationId: "approveRefundRequest", status: "200" },
  "refund-requests.reject.request.json": { operationId: "rejectRefundRequest" },
  "refund-requests.reject.200.json": { operationId: "rejectRefundRequest", status: "200" },
  // Files: the multipart upload, described but not shown by the reference
  "files.upload-multipart.request.json": {
    operationId: "uploadFile",
    mediaType: "multipart/form-data",
  },
  // Data Imports
  "data-imports.list.200.json": { operationId: "listDataImports", status: "200" },
  "data-imports.create.request.json": { operationId: "createDataImport" },
  "data-imports.create.201.json": { operationId: "createDataImport", status: "201" },
  "data-imports.get.200.json": { operationId: "getDataImportDetails", status: "200" },
  "data-imports.update.request.json": { operationId: "updateDataImport" },
  "data-imports.update.200.json": { operationId: "updateDataImport", status: "200" },
  "data-imports.cancel.200.json": { operationId: "cancelDataImport", status: "200" },
  "data-imports.column-mappings.list.200.json": {
    operationId: "listColumnMappings",
    status: "200",
  },
  "data-imports.column-mappings.update.request.json": { operationId: "updateColumnMappings" },
  "data-imports.column-mappings.update.200.json": {
    operationId: "updateColumnMappings",
    status: "200",
  },
  "data-imports.preview-orders.200.json": { operationId: "previewImportOrders", status: "200" },
  "data-imports.process-column-mappings.200.json": {
    operationId: "processColumnMappings",
    status: "200",
  },
  "data-imports.product-mappings.list.200.json": {
    operationId: "listProductMappings",
    status: "200",
  },
  "data-imports.product-mappings.update.request.json": { operationId: "updateProductMappings" },
  "data-imports.product-mappings.update.200.json": {
    operationId: "updateProductMappings",
    status: "200",
  },
  "data-imports.start.200.json": { operationId: "startImportProcess", status: "200" },
  "data-imports.validate-column-mappings.200.json": {
    operationId: "validateColumnMappings",
    status: "200",
  },
  "data-imports.import-external-orders.request.json": { operationId: "importExternalOrders" },
  "data-imports.import-external-orders.201.json": {
    operationId: "importExternalOrders",
    status: "201",
  },
  // Campaigns
  "campaigns.list.200.json": { operationId: "listCampaigns", status: "200" },
  "campaigns.create.request.json": { operationId: "createCampaign" },
  "campaigns.create.201.json": { operationId: "createCampaign", status: "201" },
  "campaigns.get.200.json": { operationId: "retrieveCampaign", status: "200" },
  "campaigns.update.request.json": { operationId: "updateCampaign" },
  "campaigns.update.200.json": { operationId: "updateCampaign", status: "200" },
  "campaigns.cancel.200.json": { operationId: "cancelCampaign", status: "200" },
  "campaigns.schedule.request.json": { operationId: "scheduleCampaign" },
  "campaigns.schedule.200.json": { operationId: "scheduleCampaign", status: "200" },
  "campaigns.send-now.200.json": { operationId: "sendCampaignNow", status: "200" },
  "campaigns.stats.200.json": { operationId: "getCampaignStats", status: "200" },
  // Consents
  "consents.list.200.json": { operationId: "listConsents", status: "200" },
  "consents.create.request.json": { operationId: "createConsent" },
  "consents.create.201.json": { operationId: "createConsent", status: "201" },
  "consents.get.200.json": { operationId: "retrieveConsent", status: "200" },
  "consents.update.request.json": { operationId: "updateConsent" },
  "consents.update.200.json": { operationId: "updateConsent", status: "200" },
  // Email Messages
  "email-messages.list.200.json": { operationId: "listEmailMessages", status: "200" },
  "email-messages.create.request.json": { operationId: "createEmailMessage" },
  "email-messages.create.201.json": { operationId: "createEmailMessage", status: "201" },
  "email-messages.get.200.json": { operationId: "getEmailMessageDetails", status: "200" },
  "email-messages.update.request.json": { operationId: "updateEmailMessage" },
  "email-messages.update.200.json": { operationId: "updateEmailMessage", status: "200" },
  "email-messages.adopt-to-edition.request.json": { operationId: "adoptTemplateToEdition" },
  "email-messages.adopt-to-edition.201.json": {
    operationId: "adoptTemplateToEdition",
    status: "201",
  },
  "email-messages.duplicate.201.json": { operationId: "duplicateEmailMessage", status: "201" },
  "email-messages.preview.request.json": { operationId: "previewEmail" },
  "email-messages.preview.200.json": { operationId: "previewEmail", status: "200" },
  "email-messages.template-variables.200.json": {
    operationId: "getTemplateVariables",
    status: "200",
  },
  // Segments
  "segments.list.200.json": { operationId: "listSegments", status: "200" },
  "segments.create.request.json": { operationId: "createSegment" },
  "segments.create.201.json": { operationId: "createSegment", status: "201" },
  "segments.get.200.json": { operationId: "retrieveSegment", status: "200" },
  "segments.update.request.json": { operationId: "updateSegment" },
  "segments.update.200.json": { operationId: "updateSegment", status: "200" },
  "segments.export-users.200.json": {
    operationId: "exportSegmentUsersAsCsv",
    status: "200",
    mediaType: "text/csv",
  },
  "segments.recalculate.200.json": { operationId: "recalculateSegment", status: "200" },
  "segments.reset-to-draft.200.json": { operationId: "resetStuckSegmentToDraft", status: "200" },
  "segments.cel-context.200.json": {
    operationId: "getCelContextSchemaAndDynamicValues",
    status: "200",
  },
  "segments.validate-cel-expression.request.json": { operationId: "validateCelExpression" },
  "segments.validate-cel-expression.200.json": {
    operationId: "validateCelExpression",
    status: "200",
  },
  // Webhooks
  "webhook-endpoints.list.200.json": { operationId: "listWebhookEndpoints", status: "200" },
  "webhook-endpoints.create.request.json": { operationId: "createWebhookEndpoint" },
  "webhook-endpoints.create.201.json": { operationId: "createWebhookEndpoint", status: "201" },
  "webhook-endpoints.get.200.json": { operationId: "retrieveWebhookEndpoint", status: "200" },
  "webhook-endpoints.update.request.json": { operationId: "updateWebhookEndpoint" },
  "webhook-endpoints.update.200.json": { operationId: "updateWebhookEndpoint", status: "200" },
  "webhook-endpoints.deliveries.list.200.json": {
    operationId: "listDeliveriesForWebhookEndpoint",
    status: "200",
  },
  "webhook-endpoints.deliveries.get.200.json": { operationId: "getDeliveryDetail", status: "200" },
  "webhook-endpoints.deliveries.retry.200.json": {
    operationId: "retryAFailedDelivery",
    status: "200",
  },
  "webhook-endpoints.rotate-secret.200.json": { operationId: "rotateWebhookSecret", status: "200" },
};
const FIXTURES: Record<string, Where> = { ...DOCUMENTED, ...ILLUSTRATIVE };

const read = (file: string) => JSON.parse(readFileSync(path.join(examplesDir, file), "utf8"));

let spec: SpecValidator;
beforeAll(async () => {
  spec = new SpecValidator(await bundleSpec("preo"));
});

/** The Media Type Object a fixture belongs to, resolved. */
function mediaTypeOf({ operationId, status, mediaType = "application/json" }: Where) {
  const { operation } = spec.operation(operationId);
  const holder = spec.resolve(status ? operation.responses[status] : operation.requestBody).node;
  return holder?.content?.[mediaType];
}

/**
 * Properties of `value` that its schema does not list, with their pointers. Open objects
 * (`additionalProperties: true`) accept any, so Ajv and Redocly let them through; an example
 * that shows one would document a field the spec does not. Objects whose schema lists no
 * properties (free-form maps) are not checked.
 */
function unlisted(schema: OpenApiDocument | undefined, value: unknown, pointer = ""): string[] {
  const node = schema ? spec.resolve(schema).node : undefined;
  if (!node || value === null || typeof value !== "object") return [];
  if (Array.isArray(value))
    return value.flatMap((v, i) => unlisted(node.items, v, `${pointer}/${i}`));
  const parts: OpenApiDocument[] = [
    node,
    ...(node.allOf ?? []).map((s: object) => spec.resolve(s).node),
  ];
  const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}));
  const additional = parts.find(
    (p) => typeof p.additionalProperties === "object",
  )?.additionalProperties;
  return Object.entries(value).flatMap(([key, v]) => {
    const at = `${pointer}/${key}`;
    if (properties[key]) return unlisted(properties[key], v, at);
    if (additional) return unlisted(additional, v, at);
    return Object.keys(properties).length > 0 ? [at] : [];
  });
}

describe("Preo example fixtures", () => {
  it("lists every example file, and the reference's six as documented", () => {
    expect(Object.keys(DOCUMENTED)).toHaveLength(6);
    const files = readdirSync(examplesDir).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  it("marks every example the reference does not show as illustrative, and no other", () => {
    for (const file of Object.keys(DOCUMENTED))
      expect(read(file)["x-inferred"], file).toBeUndefined();
    for (const file of Object.keys(ILLUSTRATIVE)) {
      const example = read(file);
      expect(example["x-inferred"], file).toBe(true);
      expect(example.summary, file).toEqual(expect.any(String));
      expect(example.description, file).toMatch(/^Illustrative: not from the reference\b/);
    }
  });

  it.each(Object.entries(FIXTURES))("%s validates", (file, where) => {
    const { value } = read(file);
    const problems = where.status
      ? spec.validateResponse(where.operationId, where.status, value, where.mediaType)
      : spec.validateRequest(where.operationId, value, where.mediaType);
    expect(problems).toEqual([]);
  });

  it.each(Object.entries(FIXTURES))(
    "%s is an example of where the table puts it",
    (file, where) => {
      const examples = Object.values(mediaTypeOf(where)?.examples ?? {});
      const values = examples.map((e) => spec.resolve(e as object).node?.value);
      expect(values).toContainEqual(read(file).value);
    },
  );

  it.each(Object.entries(FIXTURES))("%s shows only fields its schema lists", (file, where) => {
    expect(unlisted(mediaTypeOf(where)?.schema, read(file).value)).toEqual([]);
  });

  it("rejects a broken fixture (the checks can fail)", () => {
    const { value } = read("files.get.200.json");
    const broken = { ...value, file_name: "x".repeat(1001), image: "not an object" };
    expect(spec.validateResponse("getFileDetails", "200", broken)).toHaveLength(2);
    const campaign = { ...read("campaigns.get.200.json").value, openers: [{ email: "x" }] };
    const where = { operationId: "retrieveCampaign", status: "200" };
    expect(spec.validateResponse(where.operationId, where.status, campaign)).toEqual([]);
    expect(unlisted(mediaTypeOf(where)?.schema, campaign)).toEqual(["/openers"]);
  });
});
