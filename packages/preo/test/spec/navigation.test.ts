// Preo's reference lists 13 endpoint groups in its navigation but documents only Files.
// Every navigation entry must be an operation of the spec, with the entry's words as its
// summary, its group as a tag and the method the navigation shows; every operation must
// say whether it is documented or inferred.
import { bundleSpec, type Operation, SpecValidator } from "@specbound/testkit";
import { beforeAll, describe, expect, it } from "vitest";

// The navigation of the source document (specs/preo's seed), entry by entry, in its order.
const NAVIGATION: Array<[group: string, summary: string, method: string]> = [
  ["Auth", "Get user info", "get"],
  ["Editions", "List editions", "get"],
  ["Editions", "Create edition", "post"],
  ["Editions", "Get edition details", "get"],
  ["Editions", "Update edition", "patch"],
  ["Editions", "Duplicate edition", "post"],
  ["Editions", "Get edition field choices", "get"],
  ["Editions", "Run edition healthcheck", "get"],
  ["Orders", "List orders", "get"],
  ["Orders", "Retrieve order details", "get"],
  ["Purchases", "Retrieve purchase details", "get"],
  ["Purchases", "Create refund request for purchase", "post"],
  ["User", "List users", "get"],
  ["User", "Retrieve user", "get"],
  ["User", "Partially update user", "patch"],
  ["Refunds", "Create refund request for purchase", "post"],
  ["Refunds", "List refund requests", "get"],
  ["Refunds", "Create refund request", "post"],
  ["Refunds", "Retrieve refund request details", "get"],
  ["Refunds", "Approve refund request", "post"],
  ["Refunds", "Reject refund request", "post"],
  ["Files", "List files", "get"],
  ["Files", "Upload file", "post"],
  ["Files", "Get file details", "get"],
  ["Files", "Delete file", "delete"],
  ["Files", "Update file metadata", "patch"],
  ["Data Imports", "List data imports", "get"],
  ["Data Imports", "Create data import", "post"],
  ["Data Imports", "Get data import details", "get"],
  ["Data Imports", "Update data import", "patch"],
  ["Data Imports", "Cancel data import", "post"],
  ["Data Imports", "List column mappings", "get"],
  ["Data Imports", "Update column mappings", "patch"],
  ["Data Imports", "Preview import orders", "get"],
  ["Data Imports", "Process column mappings", "post"],
  ["Data Imports", "List product mappings", "get"],
  ["Data Imports", "Update product mappings", "patch"],
  ["Data Imports", "Start import process", "post"],
  ["Data Imports", "Validate column mappings", "post"],
  ["Data Imports", "Import external orders", "post"],
  ["Campaigns", "List campaigns", "get"],
  ["Campaigns", "Create campaign", "post"],
  ["Campaigns", "Retrieve campaign", "get"],
  ["Campaigns", "Delete campaign", "delete"],
  ["Campaigns", "Update campaign", "patch"],
  ["Campaigns", "Cancel campaign", "post"],
  ["Campaigns", "Schedule campaign", "post"],
  ["Campaigns", "Send campaign now", "post"],
  ["Campaigns", "Get campaign stats", "get"],
  ["Consents", "List consents", "get"],
  ["Consents", "Create consent", "post"],
  ["Consents", "Retrieve consent", "get"],
  ["Consents", "Delete consent", "delete"],
  ["Consents", "Update consent", "patch"],
  ["Email Messages", "List email messages", "get"],
  ["Email Messages", "Create email message", "post"],
  ["Email Messages", "Get email message details", "get"],
  ["Email Messages", "Delete email message", "delete"],
  ["Email Messages", "Update email message", "patch"],
  ["Email Messages", "Adopt template to edition", "post"],
  ["Email Messages", "Duplicate email message", "post"],
  ["Email Messages", "Preview email", "post"],
  ["Email Messages", "Get template variables", "get"],
  ["Segments", "List segments", "get"],
  ["Segments", "Create segment", "post"],
  ["Segments", "Retrieve segment", "get"],
  ["Segments", "Delete segment", "delete"],
  ["Segments", "Update segment", "patch"],
  ["Segments", "Export segment users as CSV", "get"],
  ["Segments", "Recalculate segment", "post"],
  ["Segments", "Reset stuck segment to draft", "post"],
  ["Segments", "Get CEL context schema and dynamic values", "get"],
  ["Segments", "Validate CEL expression", "post"],
  ["Webhooks", "List webhook endpoints", "get"],
  ["Webhooks", "Create webhook endpoint", "post"],
  ["Webhooks", "Retrieve webhook endpoint", "get"],
  ["Webhooks", "Delete webhook endpoint", "delete"],
  ["Webhooks", "Update webhook endpoint", "patch"],
  ["Webhooks", "List deliveries for webhook endpoint", "get"],
  ["Webhooks", "Get delivery detail", "get"],
  ["Webhooks", "Retry a failed delivery", "post"],
  ["Webhooks", "Rotate webhook secret", "post"],
];

const GROUPS = [
  "Auth",
  "Editions",
  "Orders",
  "Purchases",
  "User",
  "Refunds",
  "Files",
  "Data Imports",
  "Campaigns",
  "Consents",
  "Email Messages",
  "Segments",
  "Webhooks",
];

// The only operations the reference documents in full.
const DOCUMENTED = [
  "listFiles",
  "uploadFile",
  "getFileDetails",
  "deleteFile",
  "updateFileMetadata",
];

const INFERRED_OPENING =
  "Inferred: this operation's path and shapes follow the conventions of the documented Files endpoints; Preo's reference names it but does not document it.";

// Within a group the navigation lists operations in the order of their paths, and within
// a path in this order of methods. The spec's inferred paths must keep that order: it is
// the document's only evidence of where the undocumented operations live (it puts, for
// instance, a webhook delivery under its endpoint, and Import external orders after every
// `/v1/data-imports/{id}/…` path).
const METHOD_ORDER = ["get", "post", "delete", "patch"];

/**
 * Path order as the navigation shows it: segment by segment, a path parameter before any
 * literal segment, literal segments by their characters, a path before its extensions.
 */
function comparePaths(a: string, b: string): number {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i] as string, right[i] as string];
    if (x === y) continue;
    const [xParam, yParam] = [x.startsWith("{"), y.startsWith("{")];
    if (xParam !== yParam) return xParam ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** "Get CEL context schema and dynamic values" → "getCelContextSchemaAndDynamicValues". */
function camelCase(summary: string): string {
  return summary
    .split(/\s+/)
    .map((word, i) => {
      const lower = word.toLowerCase();
      return i === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}

/** A description's first paragraph, its line breaks (YAML block wrapping) undone. */
function opening(description: string): string {
  return (description.split(/\n\s*\n/)[0] ?? "").replace(/\s+/g, " ").trim();
}

let spec: SpecValidator;
let operations: Operation[];
const bySummary = (summary: string) => operations.filter((o) => o.operation.summary === summary);

beforeAll(async () => {
  spec = new SpecValidator(await bundleSpec("preo"));
  operations = spec.operations();
});

describe("Preo navigation", () => {
  it("has the document's 82 entries in 13 groups", () => {
    expect(NAVIGATION).toHaveLength(82);
    expect([...new Set(NAVIGATION.map(([group]) => group))]).toEqual(GROUPS);
  });

  it("has exactly 81 operations: the shared refund entry is one operation", () => {
    expect(operations).toHaveLength(81);
    expect(new Set(NAVIGATION.map(([, summary]) => summary)).size).toBe(81);
  });

  it.each(NAVIGATION)("%s: %s (%s) is an operation", (group, summary, method) => {
    const found = bySummary(summary);
    expect(found).toHaveLength(1);
    const [op] = found as [Operation];
    expect(op.method).toBe(method);
    expect(op.operation.tags).toContain(group);
    expect(op.operationId).toBe(camelCase(summary));
  });

  it("has no operation the navigation does not list, each tagged with exactly its groups", () => {
    for (const { operation, operationId } of operations) {
      const groups = NAVIGATION.filter(([, summary]) => summary === operation.summary).map(
        ([group]) => group,
      );
      expect(groups, operationId).not.toHaveLength(0);
      expect([...operation.tags].sort(), operationId).toEqual(groups.sort());
    }
  });

  it.each(GROUPS)("lists %s's operations in the order of their paths", (group) => {
    const listed = NAVIGATION.filter(([g]) => g === group).map(([, summary]) => {
      const [op] = bySummary(summary) as [Operation];
      return op;
    });
    const ordered = [...listed].sort(
      (a, b) =>
        comparePaths(a.path, b.path) ||
        METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method),
    );
    expect(listed.map((o) => `${o.method} ${o.path}`)).toEqual(
      ordered.map((o) => `${o.method} ${o.path}`),
    );
  });

  it("nests a webhook delivery under its endpoint, where the navigation's order puts it", () => {
    expect(spec.operation("listDeliveriesForWebhookEndpoint").path).toBe(
      "/v1/webhook-endpoints/{id}/deliveries",
    );
    expect(spec.operation("getDeliveryDetail").path).toBe(
      "/v1/webhook-endpoints/{id}/deliveries/{delivery_id}",
    );
    expect(spec.operation("retryAFailedDelivery").path).toBe(
      "/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/retry",
    );
  });

  it("tags the refund request for a purchase with both Purchases and Refunds", () => {
    const [op] = bySummary("Create refund request for purchase");
    expect(op?.operationId).toBe("createRefundRequestForPurchase");
    expect(op?.operation.tags).toEqual(["Purchases", "Refunds"]);
  });

  it("declares every group as a tag with a description, in the navigation's order", () => {
    const tags = spec.document.tags as Array<{ name: string; description?: string }>;
    expect(tags.map((t) => t.name)).toEqual(GROUPS);
    for (const tag of tags) expect(tag.description, tag.name).toMatch(/\S/);
  });
});

describe("Preo provenance", () => {
  it("marks the five Files operations documented", () => {
    const documented = operations.filter((o) => o.operation["x-provenance"] === "documented");
    expect(documented.map((o) => o.operationId).sort()).toEqual([...DOCUMENTED].sort());
    for (const op of documented) expect(op.operation.tags).toEqual(["Files"]);
  });

  it("marks every other operation inferred, its description opening with the inference", () => {
    const others = operations.filter((o) => !DOCUMENTED.includes(o.operationId));
    expect(others).toHaveLength(76);
    for (const { operationId, operation } of others) {
      expect(operation["x-provenance"], operationId).toBe("inferred");
      expect(opening(operation.description), operationId).toBe(INFERRED_OPENING);
    }
  });

  it("never opens a documented operation's description with the inference", () => {
    for (const id of DOCUMENTED) {
      expect(spec.operation(id).operation.description).not.toMatch(/^Inferred/);
    }
  });
});
