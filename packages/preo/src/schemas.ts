// Short names for the spec's main schemas, as responses deliver them.
import type { components, Readable } from "./generated/schema.js";

type Schemas = components["schemas"];

export type File = Readable<Schemas["File"]>;
export type FileDetail = Readable<Schemas["FileDetail"]>;
export type PaginatedFileList = Readable<Schemas["PaginatedFileList"]>;
export type PreoError = Readable<Schemas["Error"]>;
