// Short names for the spec's main schemas, as responses deliver them.
import type { components, Readable } from "./generated/schema.js";

type Schemas = components["schemas"];

export type Status = Readable<Schemas["Status"]>;
export type HealthStatus = Readable<Schemas["HealthStatus"]>;
export type PreprError = Readable<Schemas["Error"]>;
