// Short names for the spec's main schemas, as responses deliver them (`Readable`:
// write-only fields removed) and as requests take them.
import type { components, Readable } from "./generated/schema.js";

type Schemas = components["schemas"];

export type Publication = Readable<Schemas["Publication"]>;
export type PublicationInput = Schemas["PublicationInput"];
export type Channel = Readable<Schemas["Channel"]>;
export type ChannelInput = Schemas["ChannelInput"];
export type Tag = Readable<Schemas["Tag"]>;
export type TagInput = Schemas["TagInput"];
export type Container = Readable<Schemas["Container"]>;
export type Asset = Readable<Schemas["Asset"]>;
export type Locale = Readable<Schemas["Locale"]>;
export type Status = Readable<Schemas["Status"]>;
export type PublicationModel = Readable<Schemas["PublicationModel"]>;
export type Person = Readable<Schemas["Person"]>;
export type User = Readable<Schemas["User"]>;
export type Session = Readable<Schemas["Session"]>;
export type HealthStatus = Readable<Schemas["HealthStatus"]>;
/** The error body: `{ code, message, dbtrace }`. */
export type PreprError = Readable<Schemas["Error"]>;
/** A field of a publication's `items`, as responses deliver it (union on `label`). */
export type FieldOutput = Readable<Schemas["FieldOutput"]>;
/** A field of a publication's `items`, as create and update take it. */
export type FieldInput = Schemas["FieldInput"];
