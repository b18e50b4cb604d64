// Contract tests: every operation of the Preo spec, called through createPreoClient
// against the package's validating mock (`preo-mock`'s server), which checks every
// request against the spec. A new operation in the spec fails the type-check here (the
// table is keyed by every operationId) and the coverage test.
import { serveMockApi } from "@specbound/runtime/mock-server";
import { type CallResult, contractSuite } from "@specbound/testkit";
import { describe, expect, it } from "vitest";
import {
  createPreoClient,
  type operations,
  type PreoClient,
  uploadFile,
  uploadFileBase64,
} from "../../src/index.js";
import { createPreoMock } from "../../src/mock.js";

type Call = (client: PreoClient) => Promise<CallResult>;

const ORG = "org_3f9c2a";
const FILE = "file_7d1e04";
const EDITION = "ed_summer_2026";
const PURCHASE = "pur_51c0aa";
const USER = "usr_9b27de";
const REFUND = "rfr_0c8e13";
const IMPORT = "imp_4a6f90";
const CAMPAIGN = "cmp_launch_mail";
const CONSENT = "cns_77f210";
const MESSAGE = "msg_welcome";
const SEGMENT = "seg_vip_buyers";
const ENDPOINT = "whe_2d9c51";
const DELIVERY = "whd_83b7e4";
const page = { page: 1, page_size: 20 };
const id = (value: string) => ({ params: { path: { id: value } } });

const calls = {
  // Auth
  getUserInfo: (c) => c.GET("/v1/auth/me"),
  // Editions
  listEditions: (c) =>
    c.GET("/v1/editions", { params: { query: { organization_id: ORG, ...page } } }),
  createEdition: (c) =>
    c.POST("/v1/editions", {
      body: {
        organization_id: ORG,
        name: "Summer Festival 2026",
        starts_at: "2026-07-03T16:00:00Z",
        ends_at: "2026-07-05T23:00:00Z",
      },
    }),
  getEditionDetails: (c) => c.GET("/v1/editions/{id}", id(EDITION)),
  updateEdition: (c) =>
    c.PATCH("/v1/editions/{id}", {
      ...id(EDITION),
      body: { name: "Summer Festival 2026 (sold out)" },
    }),
  duplicateEdition: (c) =>
    c.POST("/v1/editions/{id}/duplicate", {
      ...id(EDITION),
      body: { name: "Summer Festival 2027", starts_at: "2027-07-02T16:00:00Z" },
    }),
  getEditionFieldChoices: (c) => c.GET("/v1/editions/{id}/field-choices", id(EDITION)),
  runEditionHealthcheck: (c) => c.GET("/v1/editions/{id}/healthcheck", id(EDITION)),
  // Orders and purchases
  listOrders: (c) => c.GET("/v1/orders", { params: { query: { organization_id: ORG, ...page } } }),
  retrieveOrderDetails: (c) => c.GET("/v1/orders/{id}", id("ord_1f3a77")),
  retrievePurchaseDetails: (c) => c.GET("/v1/purchases/{id}", id(PURCHASE)),
  createRefundRequestForPurchase: (c) =>
    c.POST("/v1/purchases/{id}/refund-request", {
      ...id(PURCHASE),
      body: { reason: "Event cancelled", amount: "49.00" },
    }),
  // Users
  listUsers: (c) => c.GET("/v1/users", { params: { query: { organization_id: ORG, ...page } } }),
  retrieveUser: (c) => c.GET("/v1/users/{id}", id(USER)),
  partiallyUpdateUser: (c) =>
    c.PATCH("/v1/users/{id}", { ...id(USER), body: { phone: "+45 12 34 56 78" } }),
  // Refunds
  listRefundRequests: (c) =>
    c.GET("/v1/refund-requests", { params: { query: { organization_id: ORG, ...page } } }),
  createRefundRequest: (c) =>
    c.POST("/v1/refund-requests", { body: { purchase_id: PURCHASE, reason: "Double charge" } }),
  retrieveRefundRequestDetails: (c) => c.GET("/v1/refund-requests/{id}", id(REFUND)),
  approveRefundRequest: (c) => c.POST("/v1/refund-requests/{id}/approve", id(REFUND)),
  rejectRefundRequest: (c) =>
    c.POST("/v1/refund-requests/{id}/reject", {
      ...id(REFUND),
      body: { reason: "Outside the refund window" },
    }),
  // Files (documented)
  listFiles: (c) =>
    c.GET("/v1/files", {
      params: {
        query: { organization_id: ORG, ordering: "-created_at", ...page, tags: "product,event" },
      },
    }),
  uploadFile: (c) =>
    c.POST("/v1/files", {
      body: {
        organization_id: ORG,
        file_base64: "aGVsbG8=",
        file_name: "hello.txt",
        tags: ["product"],
      },
    }),
  getFileDetails: (c) => c.GET("/v1/files/{id}", id(FILE)),
  deleteFile: (c) =>
    c.DELETE("/v1/files/{id}", { params: { path: { id: FILE }, query: { force: true } } }),
  updateFileMetadata: (c) =>
    c.PATCH("/v1/files/{id}", {
      ...id(FILE),
      body: { image_alt_text: "Stage at night", caption: "Main stage", tags: ["event"] },
    }),
  // Data imports
  listDataImports: (c) =>
    c.GET("/v1/data-imports", { params: { query: { organization_id: ORG, ...page } } }),
  createDataImport: (c) =>
    c.POST("/v1/data-imports", { body: { organization_id: ORG, file_id: FILE } }),
  getDataImportDetails: (c) => c.GET("/v1/data-imports/{id}", id(IMPORT)),
  updateDataImport: (c) =>
    c.PATCH("/v1/data-imports/{id}", { ...id(IMPORT), body: { edition_id: EDITION } }),
  cancelDataImport: (c) => c.POST("/v1/data-imports/{id}/cancel", id(IMPORT)),
  listColumnMappings: (c) =>
    c.GET("/v1/data-imports/{id}/column-mappings", {
      params: { path: { id: IMPORT }, query: page },
    }),
  updateColumnMappings: (c) =>
    c.PATCH("/v1/data-imports/{id}/column-mappings", {
      ...id(IMPORT),
      body: { column_mappings: [{ source_column: "E-mail", target_field: "email" }] },
    }),
  previewImportOrders: (c) =>
    c.GET("/v1/data-imports/{id}/preview-orders", {
      params: { path: { id: IMPORT }, query: page },
    }),
  processColumnMappings: (c) => c.POST("/v1/data-imports/{id}/process-column-mappings", id(IMPORT)),
  listProductMappings: (c) =>
    c.GET("/v1/data-imports/{id}/product-mappings", {
      params: { path: { id: IMPORT }, query: page },
    }),
  updateProductMappings: (c) =>
    c.PATCH("/v1/data-imports/{id}/product-mappings", {
      ...id(IMPORT),
      body: { product_mappings: [{ external_product: "Weekend pass", product_id: "prd_weekend" }] },
    }),
  startImportProcess: (c) => c.POST("/v1/data-imports/{id}/start", id(IMPORT)),
  validateColumnMappings: (c) =>
    c.POST("/v1/data-imports/{id}/validate-column-mappings", id(IMPORT)),
  importExternalOrders: (c) =>
    c.POST("/v1/data-imports/import-external-orders", {
      body: {
        organization_id: ORG,
        edition_id: EDITION,
        orders: [{ email: "ada@example.com", product: "Weekend pass" }],
      },
    }),
  // Campaigns
  listCampaigns: (c) =>
    c.GET("/v1/campaigns", { params: { query: { organization_id: ORG, ...page } } }),
  createCampaign: (c) =>
    c.POST("/v1/campaigns", {
      body: {
        organization_id: ORG,
        name: "Early bird",
        email_message_id: MESSAGE,
        segment_id: SEGMENT,
      },
    }),
  retrieveCampaign: (c) => c.GET("/v1/campaigns/{id}", id(CAMPAIGN)),
  deleteCampaign: (c) => c.DELETE("/v1/campaigns/{id}", id(CAMPAIGN)),
  updateCampaign: (c) =>
    c.PATCH("/v1/campaigns/{id}", { ...id(CAMPAIGN), body: { name: "Early bird (last call)" } }),
  cancelCampaign: (c) => c.POST("/v1/campaigns/{id}/cancel", id(CAMPAIGN)),
  scheduleCampaign: (c) =>
    c.POST("/v1/campaigns/{id}/schedule", {
      ...id(CAMPAIGN),
      body: { scheduled_at: "2026-03-01T08:00:00Z" },
    }),
  sendCampaignNow: (c) => c.POST("/v1/campaigns/{id}/send-now", id(CAMPAIGN)),
  getCampaignStats: (c) => c.GET("/v1/campaigns/{id}/stats", id(CAMPAIGN)),
  // Consents
  listConsents: (c) =>
    c.GET("/v1/consents", { params: { query: { organization_id: ORG, ...page } } }),
  createConsent: (c) =>
    c.POST("/v1/consents", {
      body: { organization_id: ORG, user_id: USER, purpose: "newsletter", granted: true },
    }),
  retrieveConsent: (c) => c.GET("/v1/consents/{id}", id(CONSENT)),
  deleteConsent: (c) => c.DELETE("/v1/consents/{id}", id(CONSENT)),
  updateConsent: (c) => c.PATCH("/v1/consents/{id}", { ...id(CONSENT), body: { granted: false } }),
  // Email messages
  listEmailMessages: (c) =>
    c.GET("/v1/email-messages", { params: { query: { organization_id: ORG, ...page } } }),
  createEmailMessage: (c) =>
    c.POST("/v1/email-messages", {
      body: {
        organization_id: ORG,
        name: "Welcome",
        subject: "See you at the festival",
        body_html: "<p>Hi {{ first_name }}</p>",
      },
    }),
  getEmailMessageDetails: (c) => c.GET("/v1/email-messages/{id}", id(MESSAGE)),
  deleteEmailMessage: (c) => c.DELETE("/v1/email-messages/{id}", id(MESSAGE)),
  updateEmailMessage: (c) =>
    c.PATCH("/v1/email-messages/{id}", {
      ...id(MESSAGE),
      body: { subject: "Doors open at 16:00" },
    }),
  adoptTemplateToEdition: (c) =>
    c.POST("/v1/email-messages/{id}/adopt-to-edition", {
      ...id(MESSAGE),
      body: { edition_id: EDITION },
    }),
  duplicateEmailMessage: (c) => c.POST("/v1/email-messages/{id}/duplicate", id(MESSAGE)),
  previewEmail: (c) =>
    c.POST("/v1/email-messages/{id}/preview", {
      ...id(MESSAGE),
      body: { user_id: USER, variables: { first_name: "Ada" } },
    }),
  getTemplateVariables: (c) => c.GET("/v1/email-messages/{id}/template-variables", id(MESSAGE)),
  // Segments
  listSegments: (c) =>
    c.GET("/v1/segments", { params: { query: { organization_id: ORG, ...page } } }),
  createSegment: (c) =>
    c.POST("/v1/segments", {
      body: { organization_id: ORG, name: "VIP buyers", expression: "user.orders.size() >= 3" },
    }),
  retrieveSegment: (c) => c.GET("/v1/segments/{id}", id(SEGMENT)),
  deleteSegment: (c) => c.DELETE("/v1/segments/{id}", id(SEGMENT)),
  updateSegment: (c) =>
    c.PATCH("/v1/segments/{id}", {
      ...id(SEGMENT),
      body: { expression: "user.orders.size() >= 5" },
    }),
  exportSegmentUsersAsCsv: (c) =>
    c.GET("/v1/segments/{id}/export-users", { ...id(SEGMENT), parseAs: "text" }),
  recalculateSegment: (c) => c.POST("/v1/segments/{id}/recalculate", id(SEGMENT)),
  resetStuckSegmentToDraft: (c) => c.POST("/v1/segments/{id}/reset-to-draft", id(SEGMENT)),
  getCelContextSchemaAndDynamicValues: (c) =>
    c.GET("/v1/segments/cel-context", { params: { query: { organization_id: ORG } } }),
  validateCelExpression: (c) =>
    c.POST("/v1/segments/validate-cel-expression", {
      body: { organization_id: ORG, expression: "user.age > 17" },
    }),
  // Webhooks
  listWebhookEndpoints: (c) =>
    c.GET("/v1/webhook-endpoints", { params: { query: { organization_id: ORG, ...page } } }),
  createWebhookEndpoint: (c) =>
    c.POST("/v1/webhook-endpoints", {
      body: {
        organization_id: ORG,
        url: "https://hooks.example.com/preo",
        events: ["order.created"],
        is_active: true,
      },
    }),
  retrieveWebhookEndpoint: (c) => c.GET("/v1/webhook-endpoints/{id}", id(ENDPOINT)),
  deleteWebhookEndpoint: (c) => c.DELETE("/v1/webhook-endpoints/{id}", id(ENDPOINT)),
  updateWebhookEndpoint: (c) =>
    c.PATCH("/v1/webhook-endpoints/{id}", { ...id(ENDPOINT), body: { is_active: false } }),
  listDeliveriesForWebhookEndpoint: (c) =>
    c.GET("/v1/webhook-endpoints/{id}/deliveries", {
      params: { path: { id: ENDPOINT }, query: page },
    }),
  getDeliveryDetail: (c) =>
    c.GET("/v1/webhook-endpoints/{id}/deliveries/{delivery_id}", {
      params: { path: { id: ENDPOINT, delivery_id: DELIVERY } },
    }),
  retryAFailedDelivery: (c) =>
    c.POST("/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/retry", {
      params: { path: { id: ENDPOINT, delivery_id: DELIVERY } },
    }),
  rotateWebhookSecret: (c) => c.POST("/v1/webhook-endpoints/{id}/rotate-secret", id(ENDPOINT)),
} satisfies Record<keyof operations, Call>;

describe("Preo contract (the validating mock)", () => {
  const context = contractSuite(
    "preo",
    (baseUrl) => createPreoClient({ baseUrl, token: "contract-test-token", maxRetries: 0 }),
    calls,
    () => serveMockApi(createPreoMock()),
  );

  it("uploadFile sends a multipart body the mock accepts", async () => {
    const detail = await uploadFile(context.client, {
      organizationId: ORG,
      file: new File(["hello"], "hello.txt", { type: "text/plain" }),
      tags: ["product", "event"],
    });
    expect(context.spec.validateResponse("uploadFile", "201", detail)).toEqual([]);
  });

  it("uploadFileBase64 sends a JSON body the mock accepts", async () => {
    const detail = await uploadFileBase64(context.client, {
      organizationId: ORG,
      fileBase64: "aGVsbG8=",
    });
    expect(context.spec.validateResponse("uploadFile", "201", detail)).toEqual([]);
  });

  it("is a real check: the mock answers 400 and names a missing required parameter", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong on purpose.
    const result = await (context.client.GET as any)("/v1/files", { params: { query: {} } });
    expect(result.response.status).toBe(400);
    expect(result.error).toMatchObject({
      violations: [{ in: "query", where: "organization_id", expected: "present (required)" }],
    });
  });
});
