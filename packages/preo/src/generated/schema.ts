// Generated from specs/preo/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:d81110cd2a2fa17dd36bc2051dd99add6d83f00bd77bae25395a0ce891d6fc42

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
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user info
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The user the token belongs to (a bearer token: the scheme is inferred, as the reference
         *     shows no authentication). `/v1/auth/me` is inferred: the reference names the operation
         *     under Auth, and `me` is the usual name of the token's own user.
         */
        get: operations["getUserInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List editions
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's editions, a page at a time (`page`, `page_size`), in the envelope of
         *     the file list.
         */
        get: operations["listEditions"];
        put?: never;
        /**
         * Create edition
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Create an edition. Answers 201 Created with the new edition, as Django REST Framework
         *     answers a create.
         */
        post: operations["createEdition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        /**
         * Get edition details
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The edition with this id.
         */
        get: operations["getEditionDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update edition
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Change some fields of the edition (a partial update, like Update file metadata); the
         *     fields left out keep their values.
         */
        patch: operations["updateEdition"];
        trace?: never;
    };
    "/v1/editions/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate edition
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Copy the edition, with its settings, into a new edition. The optional body sets the
         *     copy's name and dates; fields left out are copied. Answers 201 Created with the copy.
         */
        post: operations["duplicateEdition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editions/{id}/field-choices": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        /**
         * Get edition field choices
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The choices of the edition's choice fields, keyed by field name, each with `value` and
         *     `display_name` as Django REST Framework describes choices.
         */
        get: operations["getEditionFieldChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editions/{id}/healthcheck": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        /**
         * Run edition healthcheck
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Run the edition's checks and answer their results. A GET, as the navigation shows:
         *     running the checks changes nothing.
         */
        get: operations["runEditionHealthcheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's orders, a page at a time (`page`, `page_size`), in the envelope of
         *     the file list.
         */
        get: operations["listOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Order.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve order details
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The order with this id, with its purchases.
         */
        get: operations["retrieveOrderDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Purchase.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve purchase details
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The purchase with this id.
         */
        get: operations["retrievePurchaseDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchases/{id}/refund-request": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Purchase.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create refund request for purchase
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Request a refund of this purchase: the same refund request as Create refund request,
         *     with the purchase taken from the path. The reference lists this operation under both
         *     Purchases and Refunds. Answers 201 Created, as Django REST Framework answers a
         *     create (inferred). Inferred from Approve refund request and Reject refund request: a
         *     new request is likely `pending`.
         */
        post: operations["createRefundRequestForPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's users, a page at a time (`page`, `page_size`), in the envelope of the
         *     file list.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this User.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve user
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The user with this id.
         */
        get: operations["retrieveUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Partially update user
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Change some fields of the user (a partial update, like Update file metadata); the fields
         *     left out keep their values.
         */
        patch: operations["partiallyUpdateUser"];
        trace?: never;
    };
    "/v1/refund-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List refund requests
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's refund requests, a page at a time (`page`, `page_size`), in the
         *     envelope of the file list.
         */
        get: operations["listRefundRequests"];
        put?: never;
        /**
         * Create refund request
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Request a refund of the purchase the body names. Answers 201 Created, as Django REST
         *     Framework answers a create (inferred). Inferred from Approve refund request and
         *     Reject refund request: a new request is likely `pending`.
         */
        post: operations["createRefundRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refund-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Refund Request.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["RefundRequestId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve refund request details
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The refund request with this id.
         */
        get: operations["retrieveRefundRequestDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refund-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Refund Request.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["RefundRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve refund request
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Approve the refund request. Inferred from the operation's name: its status likely
         *     becomes `approved`, and a request already decided may be refused (400).
         */
        post: operations["approveRefundRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refund-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Refund Request.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["RefundRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject refund request
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Reject the refund request, optionally saying why. Inferred from the operation's
         *     name: its status likely becomes `rejected`, and a request already decided may be
         *     refused (400).
         */
        post: operations["rejectRefundRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
                /**
                 * @description A unique value identifying this File.
                 *
                 *     Not empty (`minLength: 1`): inferred, as an empty id would address another path; the
                 *     reference shows `string · required`.
                 */
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
    "/v1/data-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data imports
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's data imports, a page at a time (`page`, `page_size`), in the envelope
         *     of the file list.
         */
        get: operations["listDataImports"];
        put?: never;
        /**
         * Create data import
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Create an import of orders from a file uploaded with Upload file (`file_id`); its
         *     column mappings are then set. Answers 201 Created, as Django REST Framework answers
         *     a create (inferred). Inferred from the operations' names: a new import is likely a
         *     `draft`.
         */
        post: operations["createDataImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        /**
         * Get data import details
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The data import with this id, with its column and product mappings.
         */
        get: operations["getDataImportDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update data import
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Change some fields of the data import (a partial update, like Update file metadata); the
         *     fields left out keep their values.
         */
        patch: operations["updateDataImport"];
        trace?: never;
    };
    "/v1/data-imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel data import
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Cancel the import, so that nothing more is imported. Inferred from the operation's
         *     name: its status likely becomes `cancelled`, and an import that has already ended
         *     may be refused (400).
         */
        post: operations["cancelDataImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-imports/{id}/column-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        /**
         * List column mappings
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The import's columns and the order field each maps to, a page at a time, in the envelope
         *     of the file list. A sub-resource of the import, so no `organization_id`.
         */
        get: operations["listColumnMappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update column mappings
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Set the mappings of the columns the body names; other columns keep theirs. Answers the
         *     import, whose `column_mappings` show the result.
         */
        patch: operations["updateColumnMappings"];
        trace?: never;
    };
    "/v1/data-imports/{id}/preview-orders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        /**
         * Preview import orders
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The orders the import would create, row by row, with each row's problems, a page at
         *     a time; nothing is imported. Inferred from the operations' names: meaningful once
         *     Process column mappings has run.
         */
        get: operations["previewImportOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-imports/{id}/process-column-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Process column mappings
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Apply the column mappings to the import's rows. Inferred from the operations' names:
         *     afterwards the products the rows name appear as product mappings and orders can be
         *     previewed, the status likely becomes `processed`, and mappings that are not valid
         *     (see Validate column mappings) may be refused (400).
         */
        post: operations["processColumnMappings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-imports/{id}/product-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        /**
         * List product mappings
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The products the import names and the edition's product each maps to, a page at a time,
         *     in the envelope of the file list.
         */
        get: operations["listProductMappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update product mappings
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Set the mappings of the products the body names; other products keep theirs. Answers the
         *     import, whose `product_mappings` show the result.
         */
        patch: operations["updateProductMappings"];
        trace?: never;
    };
    "/v1/data-imports/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start import process
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Start importing the orders. Inferred from the operation's name and the other Data
         *     Imports operations: the import likely runs in the background (poll Get data import
         *     details), its status going to `importing`, then `completed` or `failed`, and an
         *     import whose mappings are not yet processed may be refused (400).
         */
        post: operations["startImportProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-imports/{id}/validate-column-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate column mappings
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Check the column mappings without applying them. Inferred: the answer says whether
         *     the mappings are valid and what to fix; invalid mappings may instead be answered
         *     with 400.
         */
        post: operations["validateColumnMappings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-imports/import-external-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import external orders
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Create a data import from orders sent in the body by an external system, instead of
         *     from an uploaded file. A collection action (`POST
         *     /v1/data-imports/import-external-orders`), as the navigation lists it after every
         *     operation on one import (`/v1/data-imports/{id}/…`) and it creates a new import.
         *     Inferred from the operation's name: the orders' keys are then mapped like a file's
         *     columns. Answers 201 Created with the new import, as Django REST Framework answers a
         *     create (inferred).
         */
        post: operations["importExternalOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's campaigns, a page at a time (`page`, `page_size`), in the envelope of
         *     the file list.
         */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Create campaign
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Create a campaign; Schedule campaign or Send campaign now then sends it. Answers 201
         *     Created, as Django REST Framework answers a create (inferred). Inferred from the
         *     operations' names: a new campaign is likely a `draft`.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve campaign
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The campaign with this id.
         */
        get: operations["retrieveCampaign"];
        put?: never;
        post?: never;
        /**
         * Delete campaign
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Delete the campaign. Inferred by analogy with Delete file: the answer is 204 with no
         *     body, and a campaign still in use may be refused with 409 Conflict (Delete file
         *     fails for a file in use); the reference states no such case for campaigns.
         */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        /**
         * Update campaign
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Change some fields of the campaign (a partial update, like Update file metadata); the
         *     fields left out keep their values.
         */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/v1/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel campaign
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Cancel the campaign, so that it is not sent. Inferred from the operation's name: its
         *     status likely becomes `cancelled`, and a campaign that cannot be cancelled (for
         *     instance one already sent) may be refused (400).
         */
        post: operations["cancelCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule campaign
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Schedule the campaign to be sent at `scheduled_at`. Inferred from the operation's
         *     name: its status likely becomes `scheduled`, and a campaign that cannot be scheduled
         *     may be refused (400); the reference states no conditions.
         */
        post: operations["scheduleCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/send-now": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send campaign now
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Start sending the campaign now. Inferred from the operation's name: its status
         *     likely becomes `sending`, then `sent`, and a campaign that cannot be sent may be
         *     refused (400); the reference states no conditions.
         */
        post: operations["sendCampaignNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        /**
         * Get campaign stats
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Delivery and engagement counts of the campaign.
         */
        get: operations["getCampaignStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List consents
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's consents, a page at a time (`page`, `page_size`), in the envelope of
         *     the file list.
         */
        get: operations["listConsents"];
        put?: never;
        /**
         * Create consent
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Create a consent. Answers 201 Created with the new consent, as Django REST Framework
         *     answers a create.
         */
        post: operations["createConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Consent.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve consent
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The consent with this id.
         */
        get: operations["retrieveConsent"];
        put?: never;
        post?: never;
        /**
         * Delete consent
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Delete the consent. Inferred by analogy with Delete file: the answer is 204 with no
         *     body, and a consent still in use may be refused with 409 Conflict (Delete file fails
         *     for a file in use); the reference states no such case for consents.
         */
        delete: operations["deleteConsent"];
        options?: never;
        head?: never;
        /**
         * Update consent
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Change some fields of the consent (a partial update, like Update file metadata); the
         *     fields left out keep their values. Inferred: `granted: false` likely withdraws it.
         */
        patch: operations["updateConsent"];
        trace?: never;
    };
    "/v1/email-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List email messages
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's email messages, a page at a time (`page`, `page_size`), in the
         *     envelope of the file list.
         */
        get: operations["listEmailMessages"];
        put?: never;
        /**
         * Create email message
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Create an email message. Answers 201 Created with the new email message, as Django REST
         *     Framework answers a create.
         */
        post: operations["createEmailMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email-messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        /**
         * Get email message details
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The email message with this id.
         */
        get: operations["getEmailMessageDetails"];
        put?: never;
        post?: never;
        /**
         * Delete email message
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Delete the email message. Inferred by analogy with Delete file: the answer is 204
         *     with no body, and a email message still in use may be refused with 409 Conflict
         *     (Delete file fails for a file in use); the reference states no such case for email
         *     messages.
         */
        delete: operations["deleteEmailMessage"];
        options?: never;
        head?: never;
        /**
         * Update email message
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Change some fields of the email message (a partial update, like Update file metadata);
         *     the fields left out keep their values.
         */
        patch: operations["updateEmailMessage"];
        trace?: never;
    };
    "/v1/email-messages/{id}/adopt-to-edition": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adopt template to edition
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Copy this email message, an organization-wide template, into the edition the body names.
         *     The template is left as it is. Answers 201 Created with the edition's new email message.
         */
        post: operations["adoptTemplateToEdition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email-messages/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate email message
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Copy the email message into a new one. Answers 201 Created with the copy.
         */
        post: operations["duplicateEmailMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email-messages/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview email
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Render the email message with its template variables filled in, from a user's data
         *     or the values in the body. A POST, as the navigation shows, likely because it takes
         *     a body; inferred from the operation's name: nothing is sent.
         */
        post: operations["previewEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email-messages/{id}/template-variables": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        /**
         * Get template variables
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The template variables the email message can use in its subject and body.
         */
        get: operations["getTemplateVariables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List segments
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's segments, a page at a time (`page`, `page_size`), in the envelope of
         *     the file list.
         */
        get: operations["listSegments"];
        put?: never;
        /**
         * Create segment
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Create a segment from a CEL expression; Recalculate segment calculates its users.
         *     Answers 201 Created, as Django REST Framework answers a create (inferred). Inferred
         *     from the operations' names: a new segment is likely a `draft`.
         */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve segment
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The segment with this id.
         */
        get: operations["retrieveSegment"];
        put?: never;
        post?: never;
        /**
         * Delete segment
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Delete the segment. Inferred by analogy with Delete file: the answer is 204 with no
         *     body, and a segment still in use may be refused with 409 Conflict (Delete file fails
         *     for a file in use); the reference states no such case for segments.
         */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        /**
         * Update segment
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Change some fields of the segment (a partial update, like Update file metadata); the
         *     fields left out keep their values.
         */
        patch: operations["updateSegment"];
        trace?: never;
    };
    "/v1/segments/{id}/export-users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        /**
         * Export segment users as CSV
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The segment's users as a CSV file (`text/csv`), one row per user, from its last
         *     calculation. The columns are not documented.
         */
        get: operations["exportSegmentUsersAsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/{id}/recalculate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recalculate segment
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Calculate the segment's users again. Inferred from the operations' names: the
         *     calculation likely runs in the background, the status going to `calculating`, then
         *     `ready` or `failed` (a segment can get stuck: see Reset stuck segment to draft), and
         *     a segment that is already calculating may be refused (400).
         */
        post: operations["recalculateSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/{id}/reset-to-draft": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset stuck segment to draft
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Return a stuck segment to draft, so that it can be edited and recalculated. Inferred
         *     from the operation's name: "stuck" likely means stuck calculating, and a segment
         *     that is not stuck may be refused (400).
         */
        post: operations["resetStuckSegmentToDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/cel-context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get CEL context schema and dynamic values
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     What a segment's CEL expression can use: the schema of the context it is evaluated
         *     in, and the values the organization's data holds for some fields (inferred from the
         *     operation's name). A collection action (`GET /v1/segments/cel-context`): the
         *     navigation lists it after every operation on one segment (`/v1/segments/{id}/…`),
         *     and it concerns every segment of the organization, not one.
         */
        get: operations["getCelContextSchemaAndDynamicValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/validate-cel-expression": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate CEL expression
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Check a CEL expression against the organization's context before saving it in a
         *     segment. A collection action (`POST /v1/segments/validate-cel-expression`): the
         *     navigation lists it after every operation on one segment (`/v1/segments/{id}/…`),
         *     and the expression need not belong to a segment yet. Inferred: the answer says
         *     whether the expression is valid and why not; an invalid expression may instead be
         *     answered with 400.
         */
        post: operations["validateCelExpression"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The organization's webhook endpoints, a page at a time (`page`, `page_size`), in the
         *     envelope of the file list.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create webhook endpoint
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Create a webhook endpoint. Answers 201 Created, as Django REST Framework answers a
         *     create (inferred). Inferred from Rotate webhook secret: the endpoint has a signing
         *     secret, which the server likely creates; whether this answer or later reads show it
         *     is not documented.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve webhook endpoint
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The webhook endpoint with this id.
         */
        get: operations["retrieveWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete webhook endpoint
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Delete the webhook endpoint. Inferred by analogy with Delete file: the answer is 204
         *     with no body, and a webhook endpoint still in use may be refused with 409 Conflict
         *     (Delete file fails for a file in use); the reference states no such case for webhook
         *     endpoints.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update webhook endpoint
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Change some fields of the webhook endpoint (a partial update, like Update file
         *     metadata); the fields left out keep their values.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * List deliveries for webhook endpoint
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     The events sent or to be sent to the endpoint, a page at a time, in the envelope of the
         *     file list.
         */
        get: operations["listDeliveriesForWebhookEndpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description A unique value identifying this Webhook Delivery.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                delivery_id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        /**
         * Get delivery detail
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     One delivery of the webhook endpoint. The path nests the delivery under its endpoint,
         *     inferred from the reference's navigation: it lists every group's operations in the order
         *     of their paths, and lists this operation between List deliveries for webhook endpoint
         *     (`/v1/webhook-endpoints/{id}/deliveries`) and Rotate webhook secret
         *     (`/v1/webhook-endpoints/{id}/rotate-secret`).
         */
        get: operations["getDeliveryDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description A unique value identifying this Webhook Delivery.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                delivery_id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a failed delivery
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Send a failed delivery of the webhook endpoint again. The path nests the delivery under
         *     its endpoint, as for Get delivery detail (inferred from the order of the reference's
         *     navigation). Inferred from the operation's name: the answer is the delivery, and a
         *     delivery that has not failed may be refused (400).
         */
        post: operations["retryAFailedDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate webhook secret
         * @description Inferred: this operation's path and shapes follow the conventions of the documented
         *     Files endpoints; Preo's reference names it but does not document it.
         *
         *     Replace the endpoint's signing secret with a new one. Inferred from the operation's
         *     name: events are then signed with the new secret, and the answer is the endpoint,
         *     likely with its new secret.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The user the token belongs to (a bearer token: the scheme is inferred, as the reference
         *     shows no authentication).
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        UserInfo: {
            /** @description Identifier of the user. */
            api_id?: $Read<string>;
            /**
             * Format: email
             * @description Email address of the user.
             */
            email?: $Read<string>;
            /** @description First name of the user. */
            first_name?: $Read<string>;
            /** @description Last name of the user. */
            last_name?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An error body, in Django REST Framework's shape: `{"detail": "..."}`, a message, for most
         *     errors, or `{"field": ["message", ...]}`, a list of messages per field, for a validation
         *     error. Every value is a message or a list of messages, so one map holds both.
         *
         *     Inferred: the reference documents no error bodies; the shape is that of Django REST
         *     Framework, whose conventions the documented Files endpoints show.
         */
        Error: {
            [key: string]: string | string[];
        };
        /**
         * @description An edition: one occurrence of an event (for instance a festival's year), which orders,
         *     email messages and data imports belong to.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        Edition: {
            /** @description Identifier of the edition. */
            api_id?: $Read<string>;
            /** @description Organization the edition belongs to. */
            organization_id?: $Read<string>;
            /** @description Name of the edition. */
            name?: string;
            /**
             * Format: date-time
             * @description When the edition starts; null while not yet set.
             */
            starts_at?: string | null;
            /**
             * Format: date-time
             * @description When the edition ends; null while not yet set.
             */
            ends_at?: string | null;
            /**
             * Format: date-time
             * @description When the edition was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the edition last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of editions.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedEditionList: {
            /** @description Number of editions in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The editions on this page. */
            results: components["schemas"]["Edition"][];
        };
        /**
         * @description A new edition.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        EditionCreate: {
            /** @description Organization that owns the edition. */
            organization_id?: string;
            /** @description Name of the edition. */
            name?: string;
            /**
             * Format: date-time
             * @description When the edition starts; null while not yet set.
             */
            starts_at?: string | null;
            /**
             * Format: date-time
             * @description When the edition ends; null while not yet set.
             */
            ends_at?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Changes to an edition.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        EditionUpdate: {
            /** @description Name of the edition. */
            name?: string;
            /**
             * Format: date-time
             * @description When the edition starts; null while not yet set.
             */
            starts_at?: string | null;
            /**
             * Format: date-time
             * @description When the edition ends; null while not yet set.
             */
            ends_at?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Settings of the copy made by Duplicate edition; a field left out is copied from the
         *     original edition.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show.
         */
        EditionDuplicate: {
            /** @description Name of the edition. */
            name?: string;
            /**
             * Format: date-time
             * @description When the edition starts; null while not yet set.
             */
            starts_at?: string | null;
            /**
             * Format: date-time
             * @description When the edition ends; null while not yet set.
             */
            ends_at?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One choice of a choice field.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        FieldChoice: {
            /** @description The value to send for this choice. */
            value?: unknown;
            /** @description The choice as shown to people. */
            display_name?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The choices of the edition's choice fields, keyed by field name.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. Each choice has Django REST Framework's `value` and
         *     `display_name`, as its OPTIONS metadata shows choices.
         */
        EditionFieldChoices: {
            [key: string]: components["schemas"]["FieldChoice"][];
        };
        /**
         * @description One check of an edition's healthcheck.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        EditionHealthcheckCheck: {
            /** @description What was checked. */
            name?: string;
            /**
             * @description Outcome of the check. Likely values: `ok`, `warning`, `error` (inferred; the reference
             *     names no values).
             */
            status?: string;
            /** @description What to fix, or null when the check passed. */
            message?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The result of an edition's healthcheck: whether the edition is set up to sell and send,
         *     check by check.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        EditionHealthcheck: {
            /**
             * @description Overall outcome of the checks. Likely values: `ok`, `warning`, `error` (inferred; the
             *     reference names no values).
             */
            status?: string;
            /** @description The checks that were run. */
            checks?: components["schemas"]["EditionHealthcheckCheck"][];
            /**
             * Format: date-time
             * @description When the checks ran.
             */
            checked_at?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A purchase: one product bought within an order, which a refund request can be made for.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        Purchase: {
            /** @description Identifier of the purchase. */
            api_id?: $Read<string>;
            /** @description Organization the purchase belongs to. */
            organization_id?: $Read<string>;
            /** @description The order the purchase is part of. */
            order_id?: $Read<string>;
            /** @description Name of the product bought. */
            product_name?: $Read<string>;
            /** @description How many were bought. */
            quantity?: $Read<number>;
            /** @description Price paid, a decimal number in a string. */
            amount?: $Read<string>;
            /** @description Currency of the amount, an ISO 4217 code. */
            currency?: $Read<string>;
            /**
             * Format: date-time
             * @description When the purchase was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the purchase last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An order: what a buyer bought in one checkout, made of purchases.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        Order: {
            /** @description Identifier of the order. */
            api_id?: $Read<string>;
            /** @description Organization the order belongs to. */
            organization_id?: $Read<string>;
            /** @description Edition the order belongs to. */
            edition_id?: $Read<string | null>;
            /** @description The buyer (a user's `api_id`), or null when unknown. */
            user_id?: $Read<string | null>;
            /** @description Status of the order. The reference names no statuses. */
            status?: $Read<string>;
            /**
             * @description Total of the order, a decimal number in a string (as Django REST Framework sends
             *     decimals by default).
             */
            total_amount?: $Read<string>;
            /** @description Currency of the amounts, an ISO 4217 code. */
            currency?: $Read<string>;
            /** @description The purchases of the order. */
            purchases?: $Read<components["schemas"]["Purchase"][]>;
            /**
             * Format: date-time
             * @description When the order was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the order last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of orders.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedOrderList: {
            /** @description Number of orders in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The orders on this page. */
            results: components["schemas"]["Order"][];
        };
        /**
         * @description A new refund request for the purchase in the path.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show.
         */
        RefundRequestForPurchaseCreate: {
            /** @description Why the refund is requested. */
            reason?: string | null;
            /**
             * @description Amount to refund, a decimal number in a string; null for the full price of the
             *     purchase.
             */
            amount?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A request to refund a purchase, which Approve refund request or Reject refund request
         *     decides.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        RefundRequest: {
            /** @description Identifier of the refund request. */
            api_id?: $Read<string>;
            /** @description Organization the refund request belongs to. */
            organization_id?: $Read<string>;
            /** @description The purchase to refund. */
            purchase_id?: string;
            /**
             * @description State of the request. Likely values: `pending`, `approved`, `rejected` (inferred from
             *     the operations' names: Approve refund request, Reject refund request). The reference
             *     names no states: expect others.
             */
            status?: $Read<string>;
            /** @description Why the refund is requested. */
            reason?: string | null;
            /**
             * @description Amount to refund, a decimal number in a string; null for the full price of the
             *     purchase.
             */
            amount?: string | null;
            /** @description Why the request was rejected; null unless rejected. */
            rejection_reason?: $Read<string | null>;
            /**
             * Format: date-time
             * @description When the request was approved or rejected; null while pending.
             */
            decided_at?: $Read<string | null>;
            /**
             * Format: date-time
             * @description When the refund request was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the refund request last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A user known to an organization: a person who bought tickets or can be reached by its
         *     campaigns, and a member of segments.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        User: {
            /** @description Identifier of the user. */
            api_id?: $Read<string>;
            /** @description Organization the user belongs to. */
            organization_id?: $Read<string>;
            /**
             * Format: email
             * @description Email address of the user.
             */
            email?: string;
            /** @description First name of the user. */
            first_name?: string;
            /** @description Last name of the user. */
            last_name?: string;
            /** @description Phone number of the user, or null. */
            phone?: string | null;
            /**
             * Format: date-time
             * @description When the user was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the user last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of users.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedUserList: {
            /** @description Number of users in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The users on this page. */
            results: components["schemas"]["User"][];
        };
        /**
         * @description Changes to a user.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        UserUpdate: {
            /**
             * Format: email
             * @description Email address of the user.
             */
            email?: string;
            /** @description First name of the user. */
            first_name?: string;
            /** @description Last name of the user. */
            last_name?: string;
            /** @description Phone number of the user, or null. */
            phone?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of refund requests.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedRefundRequestList: {
            /** @description Number of refund requests in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The refund requests on this page. */
            results: components["schemas"]["RefundRequest"][];
        };
        /**
         * @description A new refund request for the purchase it names.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        RefundRequestCreate: {
            /** @description The purchase to refund. */
            purchase_id?: string;
            /** @description Why the refund is requested. */
            reason?: string | null;
            /**
             * @description Amount to refund, a decimal number in a string; null for the full price of the
             *     purchase.
             */
            amount?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Why a refund request is rejected.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. Named `RefundRejection`,
         *     not `RefundRequestRejection`, so that generators that name inline schemas after their
         *     schema and property do not give its `reason` and the refund request's `rejection_reason`
         *     the same name.
         */
        RefundRejection: {
            /**
             * @description Why the request is rejected; likely kept as the request's `rejection_reason`
             *     (inferred).
             */
            reason?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Renditions of an image file, each a URL.
         *
         *     Inferred: the reference shows `image` only as `object · readOnly · required`; these four
         *     keys, and their values being URLs, come from its examples.
         */
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
         * @description The multipart form of the upload serializer: the file's bytes travel in the `file` part.
         *
         *     Inferred: the reference shows only the JSON request body, and says that an upload
         *     "supports both multipart/form-data and base64 JSON uploads" and to "use 'file' field for
         *     multipart upload". This form is the documented serializer's fields without the JSON-only
         *     `file_base64` and the read-only `api_id`; `file` is required here because a multipart
         *     upload carries the file in it, and `organization_id` because the reference says it is
         *     required.
         */
        FileUploadMultipart: {
            /** @description Organization that owns the file. */
            organization_id: string;
            /**
             * Format: binary
             * @description The file's bytes (a file part; its media type is not documented).
             */
            file: $Write<Blob>;
            /** @description Name of the file. */
            file_name?: string;
            /**
             * @description Tags of the file. One form field per tag (inferred: Django REST Framework reads a list
             *     from repeated form fields).
             */
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
        /**
         * @description One model instance that uses a file.
         *
         *     Inferred: the reference documents `usage` only as an object; these fields come from its
         *     examples, and their meanings from their names.
         */
        FileUsageInstance: {
            /** @description Identifier of the instance. */
            id?: string;
            /** @description Name of the instance. */
            name?: string;
            /** @description Kind of model the instance is. */
            model?: string;
        };
        /**
         * @description Models and instances using this file
         *
         *     Inferred from the reference's examples, which show one key, the placeholder `key`,
         *     holding a list of objects with `id`, `name` and `model`: the keys name kinds of model,
         *     each holding the list of instances that use the file.
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
            /** @description Tags of the file. */
            tags?: string[];
        };
        /**
         * @description How one column of an import maps to an order field.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        ColumnMapping: {
            /**
             * @description The column as it is named in the import (a file's header, or a key of the external
             *     orders).
             */
            source_column?: string;
            /** @description The order field the column fills; null to ignore the column. */
            target_field?: string | null;
            /** @description The first values of the column, to help choose its field. */
            sample_values?: $Read<string[]>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description How one product named in an import maps to a product of the edition.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        ProductMapping: {
            /** @description The product as the import names it. */
            external_product?: string;
            /** @description The edition's product it maps to; null while unmapped. */
            product_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An import of orders from an uploaded file or an external system. Its columns are mapped to
         *     order fields (column mappings) and its products to the edition's products (product
         *     mappings) before the import process starts.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        DataImport: {
            /** @description Identifier of the data import. */
            api_id?: $Read<string>;
            /** @description Organization the data import belongs to. */
            organization_id?: $Read<string>;
            /** @description Edition the imported orders belong to. */
            edition_id?: string | null;
            /**
             * @description The uploaded file the orders are read from (a file's `api_id`); null for an import of
             *     external orders.
             */
            file_id?: $Read<string | null>;
            /**
             * @description Where the orders come from. Likely values: `file` (Create data import, from an uploaded
             *     file), `external` (Import external orders) (inferred from the operations' names; the
             *     reference names no values).
             */
            source?: $Read<string>;
            /**
             * @description State of the import. Likely values: `draft`, `processed`, `importing`, `completed`,
             *     `failed`, `cancelled` (inferred from the operations' names: Process column mappings,
             *     Start import process, Cancel data import). The reference names no states: expect
             *     others.
             */
            status?: $Read<string>;
            /** @description How the import's columns map to order fields. */
            column_mappings?: $Read<components["schemas"]["ColumnMapping"][]>;
            /** @description How the import's products map to the edition's products. */
            product_mappings?: $Read<components["schemas"]["ProductMapping"][]>;
            /** @description Number of rows (orders) to import; null until known. */
            row_count?: $Read<number | null>;
            /** @description Number of orders imported so far; null before the import process starts. */
            imported_count?: $Read<number | null>;
            /**
             * Format: date-time
             * @description When the data import was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the data import last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of data imports.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedDataImportList: {
            /** @description Number of data imports in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The data imports on this page. */
            results: components["schemas"]["DataImport"][];
        };
        /**
         * @description A new import of orders from an uploaded file.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        DataImportCreate: {
            /** @description Organization that owns the data import. */
            organization_id?: string;
            /** @description Edition the imported orders belong to. */
            edition_id?: string | null;
            /** @description The uploaded file to read orders from (a file's `api_id`, see Upload file). */
            file_id?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Changes to a data import.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        DataImportUpdate: {
            /** @description Edition the imported orders belong to. */
            edition_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of column mappings.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedColumnMappingList: {
            /** @description Number of column mappings in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The column mappings on this page. */
            results: components["schemas"]["ColumnMapping"][];
        };
        /**
         * @description New mappings for some of an import's columns.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        ColumnMappingsUpdate: {
            /** @description Mappings of the columns they name; other columns keep theirs. */
            column_mappings?: components["schemas"]["ColumnMapping"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One order as the import would create it from one row.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        ImportOrderPreview: {
            /** @description The row the order comes from, counting from 1. */
            row_number?: number;
            /** @description The order's fields as mapped from the row. */
            order?: {
                [key: string]: unknown;
            };
            /** @description Why the row would not import; empty when it would. */
            problems?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of previewed orders.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedImportOrderPreviewList: {
            /** @description Number of previewed orders in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The previewed orders on this page. */
            results: components["schemas"]["ImportOrderPreview"][];
        };
        /**
         * @description A page of product mappings.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedProductMappingList: {
            /** @description Number of product mappings in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The product mappings on this page. */
            results: components["schemas"]["ProductMapping"][];
        };
        /**
         * @description New mappings for some of an import's products.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        ProductMappingsUpdate: {
            /** @description Mappings of the products they name; other products keep theirs. */
            product_mappings?: components["schemas"]["ProductMapping"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One problem of an import's column mappings.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        ColumnMappingProblem: {
            /**
             * @description The column the problem is about, or null for the mappings as a whole (e.g. a required
             *     field no column fills).
             */
            source_column?: string | null;
            /** @description The order field the problem is about, or null. */
            target_field?: string | null;
            /** @description What is wrong. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Whether an import's column mappings can be processed, with the problems found.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        ColumnMappingValidation: {
            /** @description True when the mappings can be processed. */
            valid?: boolean;
            /** @description What to fix; empty when valid. */
            problems?: components["schemas"]["ColumnMappingProblem"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Orders from an external system, to import as a new data import. Each order's keys play the
         *     part of a file's columns: they are mapped with column and product mappings like the rows
         *     of a file.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        ExternalOrdersImport: {
            /** @description Organization that owns the data import. */
            organization_id?: string;
            /** @description Edition the imported orders belong to. */
            edition_id?: string | null;
            /** @description The orders, in the external system's shape. */
            orders?: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An email campaign: an email message sent to the users of a segment, now or at a scheduled
         *     time.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        Campaign: {
            /** @description Identifier of the campaign. */
            api_id?: $Read<string>;
            /** @description Organization the campaign belongs to. */
            organization_id?: $Read<string>;
            /** @description Name of the campaign. */
            name?: string;
            /** @description The email message the campaign sends. */
            email_message_id?: string | null;
            /** @description The segment whose users receive the campaign. */
            segment_id?: string | null;
            /**
             * @description State of the campaign. Likely values: `draft`, `scheduled`, `sending`, `sent`,
             *     `cancelled`, `failed` (inferred from the operations' names: Create campaign, Schedule
             *     campaign, Send campaign now, Cancel campaign). The reference names no states: expect
             *     others.
             */
            status?: $Read<string>;
            /**
             * Format: date-time
             * @description When the campaign is scheduled to be sent (set by Schedule campaign); null unless
             *     scheduled.
             */
            scheduled_at?: $Read<string | null>;
            /**
             * Format: date-time
             * @description When sending started; null before.
             */
            sent_at?: $Read<string | null>;
            /**
             * Format: date-time
             * @description When the campaign was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the campaign last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of campaigns.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedCampaignList: {
            /** @description Number of campaigns in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The campaigns on this page. */
            results: components["schemas"]["Campaign"][];
        };
        /**
         * @description A new campaign, created as a draft.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        CampaignCreate: {
            /** @description Organization that owns the campaign. */
            organization_id?: string;
            /** @description Name of the campaign. */
            name?: string;
            /** @description The email message the campaign sends. */
            email_message_id?: string | null;
            /** @description The segment whose users receive the campaign. */
            segment_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Changes to a campaign.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        CampaignUpdate: {
            /** @description Name of the campaign. */
            name?: string;
            /** @description The email message the campaign sends. */
            email_message_id?: string | null;
            /** @description The segment whose users receive the campaign. */
            segment_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description When to send a campaign.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        CampaignSchedule: {
            /**
             * Format: date-time
             * @description When to send the campaign, in the future.
             */
            scheduled_at?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Delivery and engagement counts of a campaign.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name.
         */
        CampaignStats: {
            /** @description Users the campaign is addressed to. */
            recipients?: number;
            /** @description Emails sent. */
            sent?: number;
            /** @description Emails delivered. */
            delivered?: number;
            /** @description Emails opened at least once. */
            opened?: number;
            /** @description Emails with at least one link clicked. */
            clicked?: number;
            /** @description Emails that bounced. */
            bounced?: number;
            /** @description Recipients who unsubscribed through the campaign. */
            unsubscribed?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A user's consent to a purpose (for instance email marketing), given or withdrawn.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        Consent: {
            /** @description Identifier of the consent. */
            api_id?: $Read<string>;
            /** @description Organization the consent belongs to. */
            organization_id?: $Read<string>;
            /** @description The user the consent is from. */
            user_id?: string;
            /** @description What the user consents to, e.g. email marketing. */
            purpose?: string;
            /** @description True while the consent is given, false once withdrawn. */
            granted?: boolean;
            /** @description Where the consent was given (e.g. checkout), or null. */
            source?: string | null;
            /**
             * Format: date-time
             * @description When the consent was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the consent last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of consents.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedConsentList: {
            /** @description Number of consents in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The consents on this page. */
            results: components["schemas"]["Consent"][];
        };
        /**
         * @description A new consent.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        ConsentCreate: {
            /** @description Organization that owns the consent. */
            organization_id?: string;
            /** @description The user the consent is from. */
            user_id?: string;
            /** @description What the user consents to, e.g. email marketing. */
            purpose?: string;
            /**
             * @description True when the consent is given, false when refused.
             * @default true
             */
            granted?: boolean;
            /** @description Where the consent was given (e.g. checkout), or null. */
            source?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Changes to a consent.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        ConsentUpdate: {
            /** @description What the user consents to, e.g. email marketing. */
            purpose?: string;
            /** @description True to give the consent, false to withdraw it. */
            granted?: boolean;
            /** @description Where the consent was given (e.g. checkout), or null. */
            source?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An email message: a subject and body, with template variables filled in per recipient,
         *     that campaigns send.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        EmailMessage: {
            /** @description Identifier of the email message. */
            api_id?: $Read<string>;
            /** @description Organization the email message belongs to. */
            organization_id?: $Read<string>;
            /**
             * @description Edition the message belongs to; null for an organization-wide template, which Adopt
             *     template to edition copies into an edition.
             */
            edition_id?: string | null;
            /** @description Name of the message, as shown to the organization. */
            name?: string;
            /** @description Subject line; may use template variables. */
            subject?: string;
            /**
             * @description The message's HTML body, a template that may use template variables (see Get template
             *     variables).
             */
            body_html?: string;
            /**
             * Format: date-time
             * @description When the email message was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the email message last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of email messages.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedEmailMessageList: {
            /** @description Number of email messages in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The email messages on this page. */
            results: components["schemas"]["EmailMessage"][];
        };
        /**
         * @description A new email message.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        EmailMessageCreate: {
            /** @description Organization that owns the email message. */
            organization_id?: string;
            /**
             * @description Edition the message belongs to; null for an organization-wide template, which Adopt
             *     template to edition copies into an edition.
             */
            edition_id?: string | null;
            /** @description Name of the message, as shown to the organization. */
            name?: string;
            /** @description Subject line; may use template variables. */
            subject?: string;
            /**
             * @description The message's HTML body, a template that may use template variables (see Get template
             *     variables).
             */
            body_html?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Changes to an email message.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        EmailMessageUpdate: {
            /**
             * @description Edition the message belongs to; null for an organization-wide template, which Adopt
             *     template to edition copies into an edition.
             */
            edition_id?: string | null;
            /** @description Name of the message, as shown to the organization. */
            name?: string;
            /** @description Subject line; may use template variables. */
            subject?: string;
            /**
             * @description The message's HTML body, a template that may use template variables (see Get template
             *     variables).
             */
            body_html?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The edition to adopt a template to.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        EmailTemplateAdoption: {
            /** @description The edition that gets its own copy of the template. */
            edition_id?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description What to fill the template variables with when previewing an email.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show.
         */
        EmailPreviewRequest: {
            /** @description A user whose data fills the template variables; null for sample data. */
            user_id?: string | null;
            /** @description Values of template variables by name; they override the user's data. */
            variables?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An email message rendered with its template variables filled in.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        EmailPreview: {
            /** @description The rendered subject line. */
            subject?: string;
            /** @description The rendered HTML body. */
            html?: string;
            /** @description The rendered plain-text body, or null when the message has none. */
            text?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One template variable.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        TemplateVariable: {
            /** @description The variable's name, as written in the template. */
            name?: string;
            /** @description What the variable holds. */
            description?: string | null;
            /** @description An example value of the variable. */
            example?: unknown;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The template variables an email message can use.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        TemplateVariables: {
            /** @description The variables. */
            variables?: components["schemas"]["TemplateVariable"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A segment: the users that a CEL expression selects, calculated in the background.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        Segment: {
            /** @description Identifier of the segment. */
            api_id?: $Read<string>;
            /** @description Organization the segment belongs to. */
            organization_id?: $Read<string>;
            /** @description Name of the segment. */
            name?: string;
            /** @description What the segment is for. */
            description?: string | null;
            /**
             * @description A CEL (Common Expression Language) expression evaluated for each user: the users for
             *     whom it is true are the segment's members. Get CEL context schema and dynamic values
             *     lists what it can use; Validate CEL expression checks it.
             */
            expression?: string;
            /**
             * @description State of the segment. Likely values: `draft`, `calculating`, `ready`, `failed`
             *     (inferred from the operations' names: Recalculate segment, Reset stuck segment to
             *     draft). The reference names no states: expect others.
             */
            status?: $Read<string>;
            /** @description Number of users in the segment at its last calculation; null before the first. */
            user_count?: $Read<number | null>;
            /**
             * Format: date-time
             * @description When the segment was last calculated; null before the first calculation.
             */
            calculated_at?: $Read<string | null>;
            /**
             * Format: date-time
             * @description When the segment was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the segment last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of segments.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedSegmentList: {
            /** @description Number of segments in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The segments on this page. */
            results: components["schemas"]["Segment"][];
        };
        /**
         * @description A new segment, created as a draft.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        SegmentCreate: {
            /** @description Organization that owns the segment. */
            organization_id?: string;
            /** @description Name of the segment. */
            name?: string;
            /** @description What the segment is for. */
            description?: string | null;
            /**
             * @description A CEL (Common Expression Language) expression evaluated for each user: the users for
             *     whom it is true are the segment's members. Get CEL context schema and dynamic values
             *     lists what it can use; Validate CEL expression checks it.
             */
            expression?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Changes to a segment.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        SegmentUpdate: {
            /** @description Name of the segment. */
            name?: string;
            /** @description What the segment is for. */
            description?: string | null;
            /**
             * @description A CEL (Common Expression Language) expression evaluated for each user: the users for
             *     whom it is true are the segment's members. Get CEL context schema and dynamic values
             *     lists what it can use; Validate CEL expression checks it.
             */
            expression?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description What a segment's CEL expression can use: the shape of its context and the values known for
         *     some fields.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        CelContext: {
            /** @description The variables an expression can use and their types (the context's schema). */
            schema?: {
                [key: string]: unknown;
            };
            /**
             * @description Values that exist in the organization's data (e.g. its editions or products), keyed by
             *     the field they are values of.
             */
            dynamic_values?: {
                [key: string]: unknown[];
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A CEL expression to check.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        CelExpressionValidationRequest: {
            /** @description Organization whose context the expression is checked against. */
            organization_id?: string;
            /** @description The CEL expression. */
            expression?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One error of a CEL expression.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        CelExpressionError: {
            /** @description What is wrong. */
            message?: string;
            /**
             * @description Offset in the expression where the error is, counting from 0; null when it is not
             *     located.
             */
            position?: number | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Whether a CEL expression is valid for a segment, with its errors.
         *
         *     Inferred: Preo's reference names this operation but documents no response; the shape
         *     follows from the operation's name. No field is marked required: the reference shows none.
         */
        CelExpressionValidation: {
            /** @description True when the expression compiles against the context. */
            valid?: boolean;
            /** @description What is wrong; empty when valid. */
            errors?: components["schemas"]["CelExpressionError"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A webhook endpoint: a URL that receives the organization's events. Its signing secret
         *     (inferred from Rotate webhook secret) is described apart, in `WebhookEndpointWithSecret`,
         *     the answer of Create webhook endpoint and Rotate webhook secret; whether other answers
         *     show it is not documented.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        WebhookEndpoint: {
            /** @description Identifier of the webhook endpoint. */
            api_id?: $Read<string>;
            /** @description Organization the webhook endpoint belongs to. */
            organization_id?: $Read<string>;
            /**
             * Format: uri
             * @description Where events are sent, by POST.
             */
            url?: string;
            /** @description Names of the events sent to the endpoint. The reference names no events. */
            events?: string[];
            /** @description What the endpoint is for. */
            description?: string | null;
            /** @description False to stop sending events to the endpoint. */
            is_active?: boolean;
            /**
             * Format: date-time
             * @description When the webhook endpoint was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the webhook endpoint last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of webhook endpoints.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedWebhookEndpointList: {
            /** @description Number of webhook endpoints in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The webhook endpoints on this page. */
            results: components["schemas"]["WebhookEndpoint"][];
        };
        /**
         * @description A new webhook endpoint. The server creates its signing secret.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. No field is marked
         *     required: the reference shows none.
         */
        WebhookEndpointCreate: {
            /** @description Organization that owns the webhook endpoint. */
            organization_id?: string;
            /**
             * Format: uri
             * @description Where events are sent, by POST.
             */
            url?: string;
            /** @description Names of the events sent to the endpoint. The reference names no events. */
            events?: string[];
            /** @description What the endpoint is for. */
            description?: string | null;
            /**
             * @description False to stop sending events to the endpoint.
             * @default true
             */
            is_active?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A webhook endpoint with its signing secret, as Create webhook endpoint and Rotate webhook
         *     secret answer it.
         *
         *     Inferred: the reference names the secret's rotation but documents no fields. That these
         *     two answers carry the secret is inferred from the operations' names; whether the secret
         *     is shown only then is not documented. No field is marked required: the reference shows
         *     none.
         */
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /** @description The secret that signs the events sent to the endpoint. */
            secret?: $Read<string>;
        };
        /**
         * @description Changes to a webhook endpoint.
         *
         *     Inferred: Preo's reference names this operation but documents no request body. The fields
         *     follow the conventions of the documented Files endpoints and the operation's name; the
         *     object is left open for the fields the reference does not show. A partial update: send
         *     only the fields to change.
         */
        WebhookEndpointUpdate: {
            /**
             * Format: uri
             * @description Where events are sent, by POST.
             */
            url?: string;
            /** @description Names of the events sent to the endpoint. The reference names no events. */
            events?: string[];
            /** @description What the endpoint is for. */
            description?: string | null;
            /** @description False to stop sending events to the endpoint. */
            is_active?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One event sent (or to be sent) to a webhook endpoint, with its attempts.
         *
         *     Inferred: Preo's reference names this object's operations but documents none of its
         *     fields. The fields follow the conventions of the documented Files endpoints (`api_id`,
         *     `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is
         *     left open for the fields the reference does not show. No field is marked required: the
         *     reference shows none.
         */
        WebhookDelivery: {
            /** @description Identifier of the delivery. */
            api_id?: $Read<string>;
            /** @description The endpoint the event is sent to. */
            webhook_endpoint_id?: $Read<string>;
            /** @description Name of the event. */
            event?: $Read<string>;
            /**
             * @description State of the delivery. Likely values: `pending`, `succeeded`, `failed` (inferred from
             *     the operation Retry a failed delivery). The reference names no states: expect others.
             */
            status?: $Read<string>;
            /** @description Number of attempts made so far. */
            attempts?: $Read<number>;
            /**
             * @description HTTP status the endpoint answered the last attempt with; null before the first attempt
             *     or when no answer came.
             */
            response_status_code?: $Read<number | null>;
            /**
             * Format: date-time
             * @description When the last attempt was made; null before the first.
             */
            last_attempt_at?: $Read<string | null>;
            /**
             * Format: date-time
             * @description When the next attempt is due; null when none is.
             */
            next_attempt_at?: $Read<string | null>;
            /** @description The event's body as sent to the endpoint. */
            payload?: $Read<{
                [key: string]: unknown;
            }>;
            /**
             * Format: date-time
             * @description When the delivery was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the delivery last changed.
             */
            updated_at?: $Read<string>;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A page of deliveries.
         *
         *     Inferred: the envelope of the documented file list (`count`, `next`, `previous`,
         *     `results`, from Django REST Framework's page-number paginator), without the file-specific
         *     `available_tags`; `count` and `results` are required as the reference marks them in the
         *     file list.
         */
        PaginatedWebhookDeliveryList: {
            /** @description Number of deliveries in the whole list, across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next?: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous?: string | null;
            /** @description The deliveries on this page. */
            results: components["schemas"]["WebhookDelivery"][];
        };
    };
    responses: {
        /**
         * @description The token is missing, wrong or expired.
         *     Inferred (401): the reference documents no error responses, and shows no authentication:
         *     the bearer scheme is inferred.
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
         * @description The token may not act on this organization or object.
         *     Inferred (403): the reference documents no error responses, and shows no authentication:
         *     the bearer scheme is inferred.
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
         *     Inferred (409): the reference documents no error responses. A lasting state, not a
         *     passing one (`x-retryable: false`): the clients do not retry it, as asking again
         *     will not help until the object is no longer in use.
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
        /**
         * @description Organization to act on: a list holds only this organization's objects. Inferred from the
         *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
         *     names no organization (inferred).
         */
        OrganizationId: string;
        /**
         * @description A page number within the paginated result set.
         *
         *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
         *     Framework's page-number pagination (the reference uses its wording), whose pages count
         *     from 1; the reference shows only `integer`.
         */
        Page: number;
        /**
         * @description Number of results to return per page.
         *
         *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
         *     Framework's page-number pagination, whose wording the reference uses, ignores a
         *     `page_size` below 1); the reference shows only `integer` and states no maximum.
         */
        PageSize: number;
        /**
         * @description A unique value identifying this Edition.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        EditionId: string;
        /**
         * @description A unique value identifying this Order.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        OrderId: string;
        /**
         * @description A unique value identifying this Purchase.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        PurchaseId: string;
        /**
         * @description A unique value identifying this User.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        UserId: string;
        /**
         * @description A unique value identifying this Refund Request.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        RefundRequestId: string;
        /**
         * @description A unique value identifying this File.
         *
         *     Not empty (`minLength: 1`): inferred, as an empty id would address another path; the
         *     reference shows `string · required`.
         */
        FileId: string;
        /**
         * @description A unique value identifying this Data Import.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        DataImportId: string;
        /**
         * @description A unique value identifying this Campaign.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        CampaignId: string;
        /**
         * @description A unique value identifying this Consent.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        ConsentId: string;
        /**
         * @description A unique value identifying this Email Message.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        EmailMessageId: string;
        /**
         * @description A unique value identifying this Segment.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        SegmentId: string;
        /**
         * @description A unique value identifying this Webhook Endpoint.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        WebhookEndpointId: string;
        /**
         * @description A unique value identifying this Webhook Delivery.
         *
         *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
         *     would address another path.
         */
        WebhookDeliveryId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getUserInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's user (the bearer scheme is inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listEditions: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of editions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedEditionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createEdition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditionCreate"];
            };
        };
        responses: {
            /** @description The new edition. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEditionDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edition"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateEdition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EditionUpdate"];
            };
        };
        responses: {
            /** @description The updated edition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    duplicateEdition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EditionDuplicate"];
            };
        };
        responses: {
            /** @description The new edition, a copy of this one. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEditionFieldChoices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The choices, by field. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditionFieldChoices"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    runEditionHealthcheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Edition.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EditionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results of the checks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditionHealthcheck"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listOrders: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retrieveOrderDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Order.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retrievePurchaseDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Purchase.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchase. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Purchase"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createRefundRequestForPurchase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Purchase.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefundRequestForPurchaseCreate"];
            };
        };
        responses: {
            /** @description The new refund request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listUsers: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedUserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retrieveUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this User.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    partiallyUpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this User.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listRefundRequests: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Only refund requests with this status. Inferred: the reference documents no filter
                 *     for this list. Likely values: `pending`, `approved`, `rejected` (inferred from the
                 *     operations Approve refund request and Reject refund request).
                 */
                status?: string;
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of refund requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRefundRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createRefundRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundRequestCreate"];
            };
        };
        responses: {
            /** @description The new refund request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retrieveRefundRequestDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Refund Request.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["RefundRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refund request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundRequest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    approveRefundRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Refund Request.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["RefundRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approved refund request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rejectRefundRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Refund Request.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["RefundRequestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefundRejection"];
            };
        };
        responses: {
            /** @description The rejected refund request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listFiles: {
        parameters: {
            query: {
                /**
                 * @description Organization to list files from
                 *
                 *     Not empty (`minLength: 1`): inferred, as an empty value names no organization; the
                 *     reference shows `string · required`.
                 */
                organization_id: string;
                /** @description Filter by file name (case-insensitive contains) */
                file_name?: string;
                /**
                 * @description Order by: created_at, -created_at, updated_at, -updated_at, file_name, -file_name
                 *
                 *     A string, not a closed list: the reference names these six values and types the
                 *     parameter `string`. Several of them separated by commas (e.g.
                 *     `-created_at,file_name`) may also work, as Django REST Framework's ordering filter
                 *     accepts them (inferred).
                 */
                ordering?: string;
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
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
                /**
                 * @description A unique value identifying this File.
                 *
                 *     Not empty (`minLength: 1`): inferred, as an empty id would address another path; the
                 *     reference shows `string · required`.
                 */
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
                /**
                 * @description A unique value identifying this File.
                 *
                 *     Not empty (`minLength: 1`): inferred, as an empty id would address another path; the
                 *     reference shows `string · required`.
                 */
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
                /**
                 * @description A unique value identifying this File.
                 *
                 *     Not empty (`minLength: 1`): inferred, as an empty id would address another path; the
                 *     reference shows `string · required`.
                 */
                id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: {
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
    listDataImports: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of data imports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedDataImportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createDataImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataImportCreate"];
            };
        };
        responses: {
            /** @description The new data import. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDataImportDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data import. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateDataImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DataImportUpdate"];
            };
        };
        responses: {
            /** @description The updated data import. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    cancelDataImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled data import. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listColumnMappings: {
        parameters: {
            query?: {
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of column mappings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedColumnMappingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateColumnMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ColumnMappingsUpdate"];
            };
        };
        responses: {
            /** @description The data import with its new column mappings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    previewImportOrders: {
        parameters: {
            query?: {
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of previewed orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedImportOrderPreviewList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    processColumnMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The processed data import. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listProductMappings: {
        parameters: {
            query?: {
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of product mappings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProductMappingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProductMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProductMappingsUpdate"];
            };
        };
        responses: {
            /** @description The data import with its new product mappings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    startImportProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data import, now importing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    validateColumnMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Data Import.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["DataImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the mappings are valid, and why not. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnMappingValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    importExternalOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalOrdersImport"];
            };
        };
        responses: {
            /** @description The new data import. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCampaigns: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCampaignList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignCreate"];
            };
        };
        responses: {
            /** @description The new campaign. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retrieveCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. The campaign is deleted. */
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
    updateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CampaignUpdate"];
            };
        };
        responses: {
            /** @description The updated campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    cancelCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    scheduleCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignSchedule"];
            };
        };
        responses: {
            /** @description The scheduled campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    sendCampaignNow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign, now sending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCampaignStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Campaign.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignStats"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConsents: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedConsentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentCreate"];
            };
        };
        responses: {
            /** @description The new consent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retrieveConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Consent.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Consent.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. The consent is deleted. */
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
    updateConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Consent.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConsentUpdate"];
            };
        };
        responses: {
            /** @description The updated consent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listEmailMessages: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of email messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedEmailMessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createEmailMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailMessageCreate"];
            };
        };
        responses: {
            /** @description The new email message. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEmailMessageDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteEmailMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. The email message is deleted. */
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
    updateEmailMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmailMessageUpdate"];
            };
        };
        responses: {
            /** @description The updated email message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    adoptTemplateToEdition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailTemplateAdoption"];
            };
        };
        responses: {
            /** @description The edition's copy of the template. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    duplicateEmailMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new email message, a copy of this one. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    previewEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmailPreviewRequest"];
            };
        };
        responses: {
            /** @description The rendered email. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTemplateVariables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Email Message.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVariables"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSegments: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of segments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedSegmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentCreate"];
            };
        };
        responses: {
            /** @description The new segment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retrieveSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. The segment is deleted. */
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
    updateSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SegmentUpdate"];
            };
        };
        responses: {
            /** @description The updated segment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    exportSegmentUsersAsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment's users, as CSV. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    recalculateSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment, now calculating. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resetStuckSegmentToDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Segment.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment, back in draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCelContextSchemaAndDynamicValues: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The context's schema and known values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CelContext"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    validateCelExpression: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CelExpressionValidationRequest"];
            };
        };
        responses: {
            /** @description Whether the expression is valid, and why not. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CelExpressionValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query: {
                /**
                 * @description Organization to act on: a list holds only this organization's objects. Inferred from the
                 *     documented file list, which requires it; not empty (`minLength: 1`), as an empty value
                 *     names no organization (inferred).
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedWebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description The new webhook endpoint. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retrieveWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. The webhook endpoint is deleted. */
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
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointUpdate"];
            };
        };
        responses: {
            /** @description The updated webhook endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listDeliveriesForWebhookEndpoint: {
        parameters: {
            query?: {
                /**
                 * @description Only deliveries with this status. Inferred: the reference documents no filter for
                 *     this list. Likely values: `pending`, `succeeded`, `failed` (inferred from the
                 *     operation Retry a failed delivery).
                 */
                status?: string;
                /**
                 * @description A page number within the paginated result set.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as this is the page parameter of Django REST
                 *     Framework's page-number pagination (the reference uses its wording), whose pages count
                 *     from 1; the reference shows only `integer`.
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Number of results to return per page.
                 *
                 *     At least 1 (`minimum: 1`): inferred, as a page holds at least one result (Django REST
                 *     Framework's page-number pagination, whose wording the reference uses, ignores a
                 *     `page_size` below 1); the reference shows only `integer` and states no maximum.
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedWebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDeliveryDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description A unique value identifying this Webhook Delivery.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                delivery_id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retryAFailedDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description A unique value identifying this Webhook Delivery.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                delivery_id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique value identifying this Webhook Endpoint.
                 *
                 *     Inferred, like the operations that take it; not empty (`minLength: 1`), as an empty id
                 *     would address another path.
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
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
