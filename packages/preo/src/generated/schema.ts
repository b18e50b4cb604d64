// Generated from specs/preo/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:5e753579456f8da566dff8229913daa2082930b8cf93f91d91c1eefe211bd639

export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files
         * @description List files for an organization. Optionally filter by tags, file name, or date range.
         *     Results can be ordered by created_at, updated_at, or file_name.
         *
         *     The reference names a date-range filter but documents no parameter for it.
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Upload file
         * @description Upload a new file. Supports both multipart/form-data and base64 JSON uploads. Use
         *     'file' field for multipart upload, or 'file_base64' for base64 upload.
         *     organization_id is required. Tags can be optionally specified.
         *
         *     The reference shows the response body but not its status code; 201 Created, as
         *     Django REST Framework answers a create, is inferred.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique value identifying this File. */
                id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Get file details
         * @description Get detailed information about a file, including where it's being used.
         */
        get: operations["getFileDetails"];
        put?: never;
        post?: never;
        /**
         * Delete file
         * @description Delete a file. If the file is in use, the request will fail unless 'force=true' is
         *     provided. When force=true, the file will be deleted even if it's in use (use with
         *     caution).
         *
         *     The reference says "No response body" without a status code; 204 No Content, as
         *     Django REST Framework answers a delete, is inferred, as is 409 Conflict for a file
         *     in use.
         */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        /**
         * Update file metadata
         * @description Update file metadata such as alt-text, caption, copyright, and tags.
         */
        patch: operations["updateFileMetadata"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Renditions of an image file, each a URL. */
        FileImage: {
            /**
             * Format: uri
             * @description A thumbnail rendition.
             */
            thumbnail?: string;
            /**
             * Format: uri
             * @description A rendition optimized for the web.
             */
            optimized?: string;
            /**
             * Format: uri
             * @description A large rendition.
             */
            large?: string;
            /**
             * Format: uri
             * @description The file as uploaded.
             */
            original?: string;
        };
        /**
         * @description A file as it appears in a list: the file detail without `usage`.
         *
         *     Inferred: the reference documents the list's items only as `object[]`; these fields
         *     are those of its example and of the file detail.
         */
        File: {
            /** @description Identifier of the file. */
            api_id: $Read<string>;
            /** @description Name of the file. */
            file_name: string;
            /** @description Organization the file belongs to. */
            organization_id: $Read<string | null>;
            image: components["schemas"]["FileImage"];
            /** @description Where the file can be downloaded. */
            file_url: $Read<string>;
            /** @description Alternative text for an image. */
            image_alt_text?: string;
            /** @description Caption shown with the file. */
            caption?: string;
            /** @description Copyright notice of the file. */
            copyright?: string;
            /** @description Tags of the file. */
            tags?: string[];
            /**
             * Format: date-time
             * @description When the file was uploaded.
             */
            created_at: $Read<string>;
            /**
             * Format: date-time
             * @description When the file last changed.
             */
            updated_at: $Read<string>;
        };
        /** @description A page of files. */
        PaginatedFileList: {
            /** @description Number of files in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page. The reference shows it as a
             *     string; null on the last page is inferred from Django REST Framework's paginator.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page (null inferred as for `next`).
             */
            previous?: string | null;
            /** @description The files on this page. */
            results: components["schemas"]["File"][];
            /** @description All available tags from accessible files */
            available_tags?: string[];
        };
        /**
         * @description Inferred: the reference documents no error bodies. Django REST Framework answers an
         *     error with `detail`, and a validation error with a list of messages per field.
         */
        Error: {
            /** @description What went wrong. */
            detail?: string;
        } & {
            [key: string]: string | string[];
        };
        /**
         * @description The multipart form of the upload serializer: the file's bytes travel in the `file`
         *     part. Derived from the documented serializer, whose `file` field the reference names
         *     for multipart uploads.
         */
        FileUploadMultipart: {
            /** @description Organization that owns the file. */
            organization_id: string;
            /**
             * Format: binary
             * @description The file's bytes.
             */
            file: $Write<Blob>;
            /** @description Name of the file. */
            file_name?: string;
            /** @description Tags of the file, one form field per tag. */
            tags?: string[];
        };
        /**
         * @description Serializer for uploading files. Supports both multipart and base64 uploads. This is
         *     the JSON form: send the content as `file_base64`.
         */
        FileUpload: {
            /** @description Identifier of the file, assigned by the server. */
            api_id: $Read<string>;
            /** @description Organization that owns the file. */
            organization_id: string;
            /**
             * Format: uri
             * @description The file. In this JSON form the reference shows it as a URI.
             */
            file?: $Write<string>;
            /** @description The file's content, base64-encoded. */
            file_base64?: $Write<string>;
            /** @description Name of the file. */
            file_name?: string;
            /** @description Tags of the file. */
            tags?: string[];
        };
        /** @description One model instance that uses a file. */
        FileUsageInstance: {
            /** @description Identifier of the instance. */
            id?: string;
            /** @description Name of the instance. */
            name?: string;
            /** @description Kind of model the instance is. */
            model?: string;
        };
        /**
         * @description Models and instances using this file, keyed by the kind of model (the reference's
         *     example shows the key `key`), each a list of the instances that use the file.
         */
        FileUsage: {
            [key: string]: components["schemas"]["FileUsageInstance"][];
        };
        /** @description Serializer for file detail view with usage information. */
        FileDetail: components["schemas"]["File"] & {
            usage: components["schemas"]["FileUsage"];
        };
        /** @description Serializer for updating file metadata (alt-text, caption, copyright, tags). */
        FileMetadataUpdate: {
            /** @description Alternative text for an image. */
            image_alt_text?: string;
            /** @description Caption shown with the file. */
            caption?: string;
            /** @description Copyright notice of the file. */
            copyright?: string;
            /** @description Tags of the file; replaces the current tags. */
            tags?: string[];
        };
    };
    responses: {
        /**
         * @description The request is not valid; field errors name the fields.
         *     Inferred (400): the reference documents no error responses.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The bearer token is missing, wrong or expired.
         *     Inferred (401): the reference documents no error responses.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The token may not act on this organization or object.
         *     Inferred (403): the reference documents no error responses.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The rate limit is exceeded; try again later.
         *     Inferred (429): the reference documents no error responses.
         */
        TooManyRequests: {
            headers: {
                /** @description Inferred. Seconds to wait before retrying, or an HTTP date. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description No object with this id.
         *     Inferred (404): the reference documents no error responses.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The object is in use; for a file, delete it with force=true to delete it anyway.
         *     Inferred (409): the reference documents no error responses.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description A page number within the paginated result set. */
        Page: number;
        /** @description Number of results to return per page. */
        PageSize: number;
        /** @description A unique value identifying this File. */
        FileId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFiles: {
        parameters: {
            query: {
                /** @description Organization to list files from */
                organization_id: string;
                /** @description Filter by file name (case-insensitive contains) */
                file_name?: string;
                /** @description Order by: created_at, -created_at, updated_at, -updated_at, file_name, -file_name */
                ordering?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "file_name" | "-file_name";
                /** @description A page number within the paginated result set. */
                page?: components["parameters"]["Page"];
                /** @description Number of results to return per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated list of tags (e.g., 'product,event') */
                tags?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedFileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUploadMultipart"];
                "application/json": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The uploaded file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getFileDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique value identifying this File. */
                id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its usage. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteFile: {
        parameters: {
            query?: {
                /** @description Force deletion even if file is in use (default: false) */
                force?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique value identifying this File. */
                id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. The file is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateFileMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique value identifying this File. */
                id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileMetadataUpdate"];
            };
        };
        responses: {
            /** @description The updated file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
