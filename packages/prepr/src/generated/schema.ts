// Generated from specs/prepr/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:b5547e57ee025be76bd275019521604c38295385679db6cfb735caf83dd3da7f

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
    "/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List statuses
         * @description Lists the workflow statuses of the environment. A publication has one status per
         *     locale; filter publications on a status with the `status` filter of
         *     `GET /publications`.
         */
        get: operations["listStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the API's health
         * @description Returns 200 OK when all services are up, and 503 Service Unavailable when they are
         *     not.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
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
         * @description The envelope of every list. `items` holds the page; each list schema adds its typed
         *     `items` to these fields.
         */
        ListEnvelope: {
            /** @description Number of items in the whole list, across all pages. */
            total: number;
            /** @description Opaque cursor pointing after the last item of this page. */
            after?: string;
            /** @description Opaque cursor pointing before the first item of this page. */
            before?: string;
            /** @description The `skip` this page was read with. */
            skip: number;
            /** @description The `limit` this page was read with. */
            limit: number;
        };
        /** @description A workflow status, such as "To do" or "Done". */
        Status: {
            /** @description Identifier of the status. */
            id: string;
            /**
             * Format: date-time
             * @description When the status was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the status last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `Status`.
             * @constant
             */
            label: "Status";
            /**
             * @description The status name. The reference lists Archived, Published, Expired, In progress,
             *     Pending, Private, Review and To do.
             */
            body: string;
        };
        /** @description A page of statuses. */
        StatusList: components["schemas"]["ListEnvelope"] & {
            /** @description The statuses on this page. */
            items: components["schemas"]["Status"][];
        };
        /** @description An error as the API reports it. */
        Error: {
            /** @description The HTTP status code of the response. */
            code: number;
            /** @description What went wrong, such as `Not Found`. */
            message: string;
            /** @description A trace reference to quote to Prepr support. */
            dbtrace?: string;
        };
        /** @description The API's answer to a health check. */
        HealthStatus: {
            /** @description A human-readable state of the services. */
            message: string;
        };
    };
    responses: {
        /**
         * @description The request is not valid: for example a `limit` above 1000 or not an integer, or a
         *     negative `skip`.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Your OAuth2 token is incorrect or has expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The rate limit is exceeded; try again later. */
        TooManyRequests: {
            headers: {
                /**
                 * @description Inferred: seconds to wait before retrying, or an HTTP date. The reference does not
                 *     document this header; clients honour it when it is present.
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Number of items to skip before the first one returned: the offset of the page. A
         *     negative `skip` is answered with 400.
         */
        Skip: number;
        /**
         * @description Maximum number of items to return: the size of the page. Defaults to 100 and may be at
         *     most 1000; a larger or non-integer `limit` is answered with 400.
         */
        Limit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listStatuses: {
        parameters: {
            query?: {
                /**
                 * @description Number of items to skip before the first one returned: the offset of the page. A
                 *     negative `skip` is answered with 400.
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description Maximum number of items to return: the size of the page. Defaults to 100 and may be at
                 *     most 1000; a larger or non-integer `limit` is answered with 400.
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All services are up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description One or more services are down. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
}
