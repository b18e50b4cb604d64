// Short names for the spec's main schemas, as responses deliver them (`Readable`:
// write-only fields removed) and as requests take them.
import type { components, Readable } from "./generated/schema.js";

type Schemas = components["schemas"];

export type File = Readable<Schemas["File"]>;
export type FileDetail = Readable<Schemas["FileDetail"]>;
export type PaginatedFileList = Readable<Schemas["PaginatedFileList"]>;
export type Edition = Readable<Schemas["Edition"]>;
export type Order = Readable<Schemas["Order"]>;
export type Purchase = Readable<Schemas["Purchase"]>;
export type User = Readable<Schemas["User"]>;
export type UserInfo = Readable<Schemas["UserInfo"]>;
export type RefundRequest = Readable<Schemas["RefundRequest"]>;
export type DataImport = Readable<Schemas["DataImport"]>;
export type Campaign = Readable<Schemas["Campaign"]>;
export type CampaignStats = Readable<Schemas["CampaignStats"]>;
export type Consent = Readable<Schemas["Consent"]>;
export type EmailMessage = Readable<Schemas["EmailMessage"]>;
export type Segment = Readable<Schemas["Segment"]>;
export type WebhookEndpoint = Readable<Schemas["WebhookEndpoint"]>;
/** A webhook endpoint with its signing secret: only create and rotate-secret return it. */
export type WebhookEndpointWithSecret = Readable<Schemas["WebhookEndpointWithSecret"]>;
export type WebhookDelivery = Readable<Schemas["WebhookDelivery"]>;
/** The error body (Django REST Framework: `detail`, or messages per field). */
export type PreoError = Readable<Schemas["Error"]>;
