// Generated from specs/prepr/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:cfb170efe28655911b5393fa9ee82615e02ab372b0e5b11b05f6146c3f88b631

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
    "/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List publications
         * @description Lists the publications of the environment, a page at a time.
         *
         *     Sort with `sort`. Filter with one query parameter per field: `model`, `status`,
         *     `locales`, `created_by`, `assigned_to`, `channels`, `tags`, `containers`, `slug`, `q`,
         *     `created_on`, `changed_on`, `publish_on` and `expire_on`. Except for `model`, each
         *     filter is a list of clauses, and a clause holds only the operators its field supports:
         *
         *     - `eq` (equal) checks that the field matches the value exactly; it takes a single
         *       value.
         *     - `all` matches publications that have all of a set of values.
         *     - `in` filters a field by multiple values; the publication must match at least one of
         *       them.
         *     - `has` filters a field by existence; the publication must have at least one.
         *     - `fz` searches all text fields with fuzzy search.
         *     - `lt` and `gt` compare dates.
         *
         *     The `channels` and `tags` filters also take `param`, the property the values are
         *     matched on (`Id`, `Slug` or `Body`).
         *
         *     Filters travel in the query string in indexed bracket notation, marked
         *     `x-query-encoding: brackets`, the form `qs.stringify` produces:
         *     `{"tags":[{"in":["a","b"],"param":"Id"}]}` is sent as
         *     `tags[0][in][0]=a&tags[0][in][1]=b&tags[0][param]=Id`. From Prepr's public docs and
         *     SDKs (not in the reference).
         *
         *     Performance: querying `eq` status `Done` is optimized and responds faster than a
         *     multi-status request if a locale is specified. Querying `created_on` or `publish_on`
         *     with `eq`, or `gt` with `lt`, is optimized and responds much faster than other range
         *     requests. Querying `publish_on` without a locale is accurate within a one hour window.
         *
         *     A location proximity search (publications with a location field, within a geographical
         *     area) is announced as coming soon and is not part of this description; the reference
         *     advises rounding coordinates to 3 or 2 decimals (about 300 m or 1 km) to improve cache
         *     hit rates.
         */
        get: operations["listPublications"];
        put?: never;
        /**
         * Create a publication
         * @description Creates a publication. `locales` is required (at least one); `items` holds the content
         *     per locale, one object per field as the field types of "Items explained" describe.
         *
         *     Triggers the `publication.created` event.
         *
         *     The reference on sessions: "The session is required to be passed to endpoints that
         *     need a user action to validate the request like creating an publication." It does not
         *     say how a session is passed, so no parameter here carries one.
         *
         *     The reference's example differs from its Body Params in two ways, and both forms are
         *     accepted: `publish_on` and `expire_on` are sent as Unix seconds in strings
         *     (`"1546956658"`) where the Body Params say date-time, and `channels` and `containers`
         *     are sent as arrays where the Body Params say objects.
         *
         *     Inferred from REST convention: the status 200; the reference gives the response only
         *     as "the same result as GET /publications/{id}".
         */
        post: operations["createPublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the publication. Inferred: `minLength: 1`, as an empty id would make
                 *     the path `/publications/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a publication
         * @description Returns one publication. Use `fields` to include more of it.
         */
        get: operations["getPublication"];
        /**
         * Update a publication
         * @description Changes a publication. Triggers the `publication.changed` event.
         *
         *     The reference says this endpoint is identical to POST /publications, "with the
         *     exception that label is not required". The POST body has no `label` of its own (only
         *     the fields' labels, optional already), so the body is the same as for POST, with
         *     `locales` required. Whether changing a publication needs a session, as creating one
         *     does (see POST /publications), the reference does not say.
         *
         *     Inferred from REST convention: the status 200; the reference gives the response only
         *     as "the same result as GET /publications/{id}".
         */
        put: operations["updatePublication"];
        post?: never;
        /**
         * Delete a publication
         * @description Deletes a publication. Triggers the `publication.deleted` event. Whether deleting
         *     needs a session, as creating does (see POST /publications), the reference does not
         *     say.
         *
         *     Inferred from REST convention: the status 204; the reference shows only an empty
         *     response.
         */
        delete: operations["deletePublication"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/containers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List containers
         * @description Lists the containers (stories) of the environment, a page at a time.
         *
         *     Inferred: the reference shows no response ("Try the API to see results") and no
         *     `Scopes:` line for this endpoint, so any valid token is assumed to do, and items are
         *     typed as minimal containers.
         */
        get: operations["listContainers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List channels
         * @description Lists the channels of the environment, a page at a time. With Prepr you can publish to
         *     all your digital channels: your website, app, live blog, social wall, social media and
         *     screens on location. Each of those front ends is a channel.
         *
         *     Sort with `sort`; filter on `name` (`eq`, `fz`) and `slug` (`eq`).
         */
        get: operations["listChannels"];
        put?: never;
        /**
         * Create a channel
         * @description Creates a channel. `name` is required; `slug` must be unique. Triggers the
         *     `channel.created` event.
         *
         *     Inferred from REST convention: the status 200; the reference gives the response only
         *     as "the same result as GET /channels/{id}".
         */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the channel. Inferred: `minLength: 1`, as an empty id would make the
                 *     path `/channels/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a channel
         * @description Returns one channel.
         */
        get: operations["getChannel"];
        /**
         * Update a channel
         * @description Changes a channel. Identical to POST /channels, except that `name` is not required.
         *     Triggers the `channel.changed` event.
         *
         *     Inferred from REST convention: the status 200; the reference gives the response only
         *     as "the same result as GET /channels/{id}".
         */
        put: operations["updateChannel"];
        post?: never;
        /**
         * Delete a channel
         * @description Deletes a channel. The slug of a deleted channel cannot be reused. Triggers the
         *     `channel.deleted` event.
         *
         *     Inferred from REST convention: the status 204; the reference shows only an empty
         *     response.
         */
        delete: operations["deleteChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/locales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locales
         * @description Lists the locales of the environment, a page at a time.
         *
         *     Inferred: the reference names no scope for this endpoint (it only says authentication
         *     is required), and there is no locales scope among the ones it names, so any valid
         *     token is assumed to do.
         */
        get: operations["listLocales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description Lists the tags of the environment, a page at a time. Sort with `sort`; search with `q`
         *     (`fz`) and filter on `slug` (`eq`).
         *
         *     The reference shows this endpoint without its path; the example (tags), the sorting
         *     and filtering sections and the scope place it at GET /tags.
         */
        get: operations["listTags"];
        put?: never;
        /**
         * Create a tag
         * @description Creates a tag. `body` is required; `slug` is generated when not set.
         *
         *     The reference says this endpoint "returns the same result as GET /publications/{id}",
         *     apparently words from the publications pages; the response is typed as the tag, as GET
         *     /tags/{id} returns it (inferred). The status 200 is inferred from REST convention.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the tag. Inferred: `minLength: 1`, as an empty id would make the path
                 *     `/tags/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a tag
         * @description Returns one tag.
         */
        get: operations["getTag"];
        /**
         * Update a tag
         * @description Changes a tag. Identical to POST /tags: `body` is required.
         *
         *     The reference says this endpoint "returns the same result as GET /publications/{id}",
         *     apparently words from the publications pages; the response is typed as the tag, as GET
         *     /tags/{id} returns it (inferred). The status 200 is inferred from REST convention.
         */
        put: operations["updateTag"];
        post?: never;
        /**
         * Delete a tag
         * @description Deletes a tag. The reference names no event for tags.
         *
         *     Inferred from REST convention: the status 204; the reference shows only an empty
         *     response.
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publication_models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List publication models
         * @description Lists the publication models of the environment, a page at a time. Prepr organizes
         *     content into environments, which group the related data of a project: publications,
         *     assets, and settings for localizing content. Each environment has its own publication
         *     models, which represent the data structure of a publication.
         */
        get: operations["listPublicationModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publication_models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the publication model. Inferred: `minLength: 1`, as an empty id would
                 *     make the path `/publication_models/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a publication model
         * @description Returns one publication model. Use `fields` to include more of it.
         */
        get: operations["getPublicationModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List persons (beta)
         * @description Lists the persons (the audience) of the environment, a page at a time.
         *
         *     Beta endpoint: the reference advises version 5 of the API for production environments
         *     (https://docs.prepr.io/v5/reference#persons).
         *
         *     Sort with `sort`; filter on the registration date (`created_on`) and on `last_seen`
         *     with `eq`, `lt`, `lte`, `gt` and `gte`, which take UTC timestamps, and `il`, which
         *     takes a number such as 3600 (seconds, inferred).
         *
         *     The reference's example for this endpoint is a copy of the GET /publications example.
         *     Items are typed as persons (inferred from the endpoint's name and its sort and filter
         *     fields), and the publication form is accepted too, so the example stays valid.
         */
        get: operations["listPersons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the users of the environment, a page at a time. A user is a back-end account in
         *     Prepr; users create, change or are assigned to publications.
         *
         *     The reference shows no response ("Try the API to see results"), so items are typed as
         *     minimal users.
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
    "/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the session. Inferred: `minLength: 1`, as an empty id would make the
                 *     path `/sessions/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description Returns one session. The reference: "Sessions are created on a user log-in. The
         *     session is required to be passed to endpoints that need a user action to validate the
         *     request like creating an publication." It does not say how a session is passed.
         *
         *     Inferred: the reference names no scope for this endpoint (it only says authentication
         *     is required), so any valid token is assumed to do.
         */
        get: operations["getSession"];
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
         *     down or their performance is degraded.
         *
         *     Inferred: the reference says authentication is required but names no scope, so any
         *     valid token is assumed to do.
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
export interface webhooks {
    "publication.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publication created
         * @description Prepr calls your webhook with `publication.created` when a publication is created: the
         *     reference names the event on POST /publications.
         *
         *     The call carries a JSON envelope `{id, created_on, event, payload}` and is signed
         *     with `Prepr-Signature`. From Prepr's public docs and SDKs (not in the reference).
         *
         *     Inferred: the call is a POST, and your endpoint acknowledges it with any 2xx.
         */
        post: operations["onPublicationCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "publication.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publication changed
         * @description Prepr calls your webhook with `publication.changed` when a publication changes: the
         *     reference names the event on PUT /publications/{id}.
         *
         *     The call carries a JSON envelope `{id, created_on, event, payload}` and is signed
         *     with `Prepr-Signature`. From Prepr's public docs and SDKs (not in the reference).
         *
         *     Inferred: the call is a POST, and your endpoint acknowledges it with any 2xx.
         */
        post: operations["onPublicationChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "publication.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publication deleted
         * @description Prepr calls your webhook with `publication.deleted` when a publication is deleted: the
         *     reference names the event on DELETE /publications/{id}.
         *
         *     The call carries a JSON envelope `{id, created_on, event, payload}` and is signed
         *     with `Prepr-Signature`. From Prepr's public docs and SDKs (not in the reference).
         *
         *     Inferred: the call is a POST, and your endpoint acknowledges it with any 2xx.
         */
        post: operations["onPublicationDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "channel.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Channel created
         * @description Prepr calls your webhook with `channel.created` when a channel is created: the
         *     reference names the event on POST /channels.
         *
         *     The call carries a JSON envelope `{id, created_on, event, payload}` and is signed
         *     with `Prepr-Signature`. From Prepr's public docs and SDKs (not in the reference).
         *
         *     Inferred: the call is a POST, and your endpoint acknowledges it with any 2xx.
         */
        post: operations["onChannelCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "channel.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Channel changed
         * @description Prepr calls your webhook with `channel.changed` when a channel changes: the reference
         *     names the event on PUT /channels/{id}.
         *
         *     The call carries a JSON envelope `{id, created_on, event, payload}` and is signed
         *     with `Prepr-Signature`. From Prepr's public docs and SDKs (not in the reference).
         *
         *     Inferred: the call is a POST, and your endpoint acknowledges it with any 2xx.
         */
        post: operations["onChannelChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "channel.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Channel deleted
         * @description Prepr calls your webhook with `channel.deleted` when a channel is deleted: the
         *     reference names the event on DELETE /channels/{id}.
         *
         *     The call carries a JSON envelope `{id, created_on, event, payload}` and is signed
         *     with `Prepr-Signature`. From Prepr's public docs and SDKs (not in the reference).
         *
         *     Inferred: the call is a POST, and your endpoint acknowledges it with any 2xx.
         */
        post: operations["onChannelDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The order of the publications: a property name, ascending, or with a leading `-`,
         *     descending. `publish_on` is localized, so without `locale` the API sorts on the
         *     environment's default locale.
         *
         *     Inferred: `publish_on` and `-publish_on`. The reference lists `published_on` and
         *     `-published_on`, but heads the next section "Sorting on publish_on" and calls the field
         *     `publish_on`; both spellings are accepted, the listed one first.
         * @enum {string}
         */
        PublicationSort: "created_on" | "-created_on" | "changed_on" | "-changed_on" | "published_on" | "-published_on" | "publish_on" | "-publish_on";
        /**
         * @description The `model` filter of publications: the publication model, by name (`body`). Unlike the
         *     other filters the reference shows it as an object, `{"body": "One"}`, not as an array of
         *     clauses, and names no operators; it is accepted as shown.
         */
        ModelFilter: {
            /** @description The name of the publication model, such as `One`. */
            body?: string;
            /**
             * @description The id of the publication model. Inferred from the request body's `model.id`; the
             *     filter's example shows only `body`.
             */
            id?: string;
        };
        /**
         * @description A filter with the operators `eq` and `in`: the `status`, `locales`, `created_by`,
         *     `assigned_to` and `containers` filters of publications.
         */
        EqInFilter: {
            /** @description `eq` (equal): matches the value exactly. Takes a single value. */
            eq?: string;
            /** @description `in`: matches at least one of the values. */
            in?: string[];
        }[];
        /**
         * @description The `channels` filter of publications: clauses of `eq` and `in`, matched on what `param`
         *     names.
         */
        ChannelsFilter: {
            /** @description `eq` (equal): matches the value exactly. Takes a single value. */
            eq?: string;
            /** @description `in`: matches at least one of the values. */
            in?: string[];
            /**
             * @description What `eq` and `in` match on: `Id` (default), `Slug` or `Body`.
             * @enum {string}
             */
            param?: "Id" | "Slug" | "Body";
        }[];
        /**
         * @description The `tags` filter of publications: clauses of `eq`, `all`, `in` and `has`, matched on
         *     what `param` names.
         */
        TagsFilter: {
            /** @description `eq` (equal): matches the value exactly. Takes a single value. */
            eq?: string;
            /** @description `all`: matches publications that have all of the values. */
            all?: string[];
            /** @description `in`: matches at least one of the values. */
            in?: string[];
            /** @description `has`: filters on existence; with `true`, the publication must have at least one. */
            has?: boolean;
            /**
             * @description What the operators match on: `Id` (default), `Slug` or `Body`, as the reference's
             *     example (`"param": "Id"`) and the channels filter write them. The Tag section's
             *     prose writes them in lowercase (`id`, `slug`, `body`); whether the API accepts
             *     that casing too, the reference does not say.
             * @enum {string}
             */
            param?: "Id" | "Slug" | "Body";
        }[];
        /**
         * @description A filter with the operator `eq` only: the `slug` filters of publications, channels and
         *     tags.
         */
        EqFilter: {
            /** @description `eq` (equal): matches the value exactly. Takes a single value. */
            eq?: string;
        }[];
        /** @description A fuzzy search with the operator `fz` only: the `q` filters of publications and tags. */
        FuzzyFilter: {
            /** @description `fz`: fuzzy search for the text. */
            fz?: string;
        }[];
        /**
         * @description A date filter of publications (`created_on`, `changed_on`, `publish_on`, `expire_on`):
         *     clauses of `eq`, `lt` and `gt`, which accept UTC timestamps.
         */
        DateFilter: {
            /**
             * Format: date-time
             * @description `eq` (equal): a UTC timestamp.
             */
            eq?: string;
            /**
             * Format: date-time
             * @description `lt` (before): a UTC timestamp.
             */
            lt?: string;
            /**
             * Format: date-time
             * @description `gt` (after): a UTC timestamp.
             */
            gt?: string;
        }[];
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
        /** @description A Text field as responses deliver it. */
        TextField: {
            /** @description Identifier of this field value. */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Text`.
             * @constant
             */
            label: "Text";
            /**
             * @description The text: plain for the heading formats, HTML for CODE and the WYSIWYG editor
             *     (format null).
             */
            body: string;
            /**
             * @description The text format. H1 to H6: a heading input field; the body is plain text without
             *     HTML. CODE: a raw HTML input field; the body contains HTML (used for the UI editor).
             *     null: the basic WYSIWYG editor (bold, italic, lists, numbered lists, links); the
             *     body contains HTML.
             * @enum {string|null}
             */
            format?: "H1" | "H2" | "H3" | "H4" | "H5" | "H6" | "CODE" | null;
        };
        /** @description A Color field as responses deliver it. */
        ColorField: {
            /** @description Identifier of this field value. */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Color`.
             * @constant
             */
            label: "Color";
            /** @description The color as a hex code, such as `#003366`. */
            body: string;
            /**
             * @description Always `Color`, as the reference's response shows.
             * @constant
             */
            format?: "Color";
        };
        /**
         * @description A DateTime field as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        DateTimeField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `DateTime`.
             * @constant
             */
            label: "DateTime";
            /** @description The date (and time), written in `format`, such as `2020-01-01`. */
            body: string;
            /** @description The format of `body`, such as `Y-m-d`. */
            format?: string;
        };
        /** @description A Boolean field as responses deliver it. */
        BooleanField: {
            /** @description Identifier of this field value. */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Boolean`.
             * @constant
             */
            label: "Boolean";
            /** @description The value. */
            value: boolean;
        };
        /**
         * @description One field of a publication's `items`, as responses deliver it: one of the 25 field types
         *     of "Items explained". Every type but BusinessHours is an object whose `label` names its
         *     type (`Text`, `Color`, ..., `Publication` for Publications, `Asset` for Assets, `TagBox`
         *     for Tags, `Person` for Persons), so `label` tells them apart; BusinessHours is an array.
         *
         *     Each `label` is a `const`, which makes the union discriminated by `label` in JSON Schema
         *     and in the generated TypeScript. The OpenAPI `discriminator` keyword is left out on
         *     purpose: without a `mapping`, openapi-typescript 7 replaces each `label` with the
         *     schema's name (`TextField`), and JSON Schema validators such as Ajv reject a `mapping`.
         */
        FieldOutput: components["schemas"]["TextField"] | components["schemas"]["ColorField"] | components["schemas"]["DateTimeField"] | components["schemas"]["BooleanField"] | components["schemas"]["ElementBoxField"] | components["schemas"]["IntegerField"] | components["schemas"]["FloatField"] | components["schemas"]["CoordinatesField"] | components["schemas"]["QuoteField"] | components["schemas"]["NumberField"] | components["schemas"]["ResourceField"] | components["schemas"]["TwitterPostField"] | components["schemas"]["InstagramPostField"] | components["schemas"]["YouTubePostField"] | components["schemas"]["FacebookPostField"] | components["schemas"]["VimeoPostField"] | components["schemas"]["SoundCloudPostField"] | components["schemas"]["SpotifyPlaylistField"] | components["schemas"]["BnnvaraPostField"] | components["schemas"]["QualifioPostField"] | components["schemas"]["PublicationsField"] | components["schemas"]["AssetsField"] | components["schemas"]["TagsField"] | components["schemas"]["PersonsField"] | components["schemas"]["BusinessHoursField"];
        /**
         * @description An ElementBox field (a list of elements) as responses deliver it. The reference's
         *     response shows only `items` and `label`.
         */
        ElementBoxField: {
            /**
             * @description The elements, in order. The reference shows each element only as a placeholder (`//
             *     element 1`); typing an element as an object of fields keyed by their API ids is
             *     inferred.
             */
            items: {
                [key: string]: components["schemas"]["FieldOutput"];
            }[];
            /**
             * @description The field type, always `ElementBox`.
             * @constant
             */
            label: "ElementBox";
        };
        /** @description An Integer field as responses deliver it. */
        IntegerField: {
            /** @description Identifier of this field value. */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Integer`.
             * @constant
             */
            label: "Integer";
            /** @description The value: an integer. */
            value: number;
        };
        /** @description A Float field as responses deliver it. */
        FloatField: {
            /** @description Identifier of this field value. */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Float`.
             * @constant
             */
            label: "Float";
            /** @description The value: a floating-point number. */
            value: number;
        };
        /**
         * @description A Coordinates field (a location) as responses deliver it, with the coordinates as
         *     numbers. (Requests send numbers in the POST /publications example, strings in the
         *     Coordinates section.)
         */
        CoordinatesField: {
            /** @description Identifier of this field value. */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Coordinates`.
             * @constant
             */
            label: "Coordinates";
            /** @description Latitude in decimal degrees, such as 21.3137. */
            latitude: number;
            /** @description Longitude in decimal degrees, such as -157.806. */
            longitude: number;
        };
        /** @description A Quote field as responses deliver it. */
        QuoteField: {
            /** @description Identifier of this field value. */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Quote`.
             * @constant
             */
            label: "Quote";
            /** @description The quote. */
            body: string;
            /** @description Who said it. */
            author?: string;
        };
        /** @description A Number field (a highlighted number with a title and text) as responses deliver it. */
        NumberField: {
            /** @description Identifier of this field value. */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Number`.
             * @constant
             */
            label: "Number";
            /** @description A title for the number, such as `Viering van de liefde in Amsterdam`. */
            title?: string;
            /** @description The number, such as 349. */
            number: number;
            /** @description What is counted, shown after the number, such as `mensen`. */
            body?: string;
            /** @description A line that explains the number. */
            description?: string;
        };
        /**
         * @description A Resource field (a resource (web page) by URL) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        ResourceField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `Resource`.
             * @constant
             */
            label: "Resource";
            /**
             * Format: uri
             * @description The URL of the resource.
             */
            url: string;
        };
        /**
         * @description A TwitterPost field (a post on Twitter) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        TwitterPostField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `TwitterPost`.
             * @constant
             */
            label: "TwitterPost";
            /**
             * Format: uri
             * @description The URL of the post.
             */
            url: string;
        };
        /**
         * @description An InstagramPost field (a post on Instagram) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        InstagramPostField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `InstagramPost`.
             * @constant
             */
            label: "InstagramPost";
            /**
             * Format: uri
             * @description The URL of the post.
             */
            url: string;
        };
        /**
         * @description A YouTubePost field (a video on YouTube) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        YouTubePostField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `YouTubePost`.
             * @constant
             */
            label: "YouTubePost";
            /**
             * Format: uri
             * @description The URL of the video.
             */
            url: string;
        };
        /**
         * @description A FacebookPost field (a post on Facebook) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        FacebookPostField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `FacebookPost`.
             * @constant
             */
            label: "FacebookPost";
            /**
             * Format: uri
             * @description The URL of the post.
             */
            url: string;
        };
        /**
         * @description A VimeoPost field (a video on Vimeo) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        VimeoPostField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `VimeoPost`.
             * @constant
             */
            label: "VimeoPost";
            /**
             * Format: uri
             * @description The URL of the video.
             */
            url: string;
        };
        /**
         * @description A SoundCloudPost field (a track on SoundCloud) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        SoundCloudPostField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `SoundCloudPost`.
             * @constant
             */
            label: "SoundCloudPost";
            /**
             * Format: uri
             * @description The URL of the track.
             */
            url: string;
        };
        /**
         * @description A SpotifyPlaylist field (a playlist on Spotify) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form. The response is assumed to add
         *     `id`, `created_on` and `changed_on`, as the field responses it does show carry.
         */
        SpotifyPlaylistField: {
            /** @description Identifier of this field value. */
            id?: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `SpotifyPlaylist`.
             * @constant
             */
            label: "SpotifyPlaylist";
            /**
             * Format: uri
             * @description The URL of the playlist.
             */
            url: string;
        };
        /**
         * @description A BnnvaraPost field (a BNNVARA post) as responses deliver it. The reference's response
         *     carries no other properties than these four.
         */
        BnnvaraPostField: {
            /**
             * @description Identifier. The reference's example returns a different value than the one sent, so
             *     this is most likely the id of the field value rather than of a BNNVARA post.
             */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `BnnvaraPost`.
             * @constant
             */
            label: "BnnvaraPost";
        };
        /**
         * @description A QualifioPost field (a Qualifio campaign) as responses deliver it. The reference's
         *     response carries no other properties than these four.
         */
        QualifioPostField: {
            /**
             * @description Identifier. The reference's example returns a different value than the one sent, so
             *     this is most likely the id of the field value rather than of a Qualifio campaign.
             */
            id: string;
            /**
             * Format: date-time
             * @description When this field value was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When this field value last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The field type, always `QualifioPost`.
             * @constant
             */
            label: "QualifioPost";
        };
        /**
         * @description A publication (a content item) as responses deliver it. Localized properties (`slug`,
         *     `publish_on`, `expire_on`, `status`, `assigned_to`, `items`) are objects keyed by
         *     locale, such as `en-EN`.
         *
         *     Which properties a response carries depends on the endpoint and on `fields`: the
         *     reference's list example carries `slug`, `publish_on` and `status`; its GET
         *     /publications/{id} example carries `publish_on`, `expire_on`, `locales`, `status` and
         *     `items`. The `fields` values (items, title, model, locales, status, environment,
         *     created_by, updated_by, assigned_to) name the others.
         */
        Publication: {
            /** @description Identifier of the publication. */
            id: string;
            /**
             * Format: date-time
             * @description When the publication was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the publication last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `Publication`.
             * @constant
             */
            label: "Publication";
            /** @description The slug per locale. */
            slug?: {
                [key: string]: string;
            };
            /** @description When the publication is (or was) published, per locale (UTC). */
            publish_on?: {
                [key: string]: string;
            };
            /** @description When the publication expires, per locale (UTC). */
            expire_on?: {
                [key: string]: string;
            };
            /**
             * @description The locales the publication has content in. A publication only gets a locale when at
             *     least one field is filled for that locale.
             */
            locales?: string[];
            /** @description The workflow status per locale. */
            status?: {
                [key: string]: components["schemas"]["Status"];
            };
            /**
             * @description The content per locale: for every locale an object of the fields the publication
             *     model specifies, keyed by each field's API id.
             */
            items?: {
                [key: string]: {
                    [key: string]: components["schemas"]["FieldOutput"];
                };
            };
            /**
             * @description The user the publication is assigned to, per locale. Included with
             *     `fields=assigned_to`. Inferred: the reference shows this only in requests (`{"id":
             *     ...}` per locale); a user object is assumed in responses.
             */
            assigned_to?: {
                [key: string]: components["schemas"]["User"];
            };
            /**
             * @description The publication model. Included with `fields=model`. Inferred: the reference names
             *     the field value but shows no response with it; a publication model object is
             *     assumed.
             */
            model?: components["schemas"]["PublicationModel"];
            /**
             * @description The publication's title. Included with `fields=title`. Inferred: the reference names
             *     the field value but not its shape, so it is left untyped.
             */
            title?: unknown;
            /**
             * @description The environment the publication belongs to. Included with `fields=environment`.
             *     Inferred: the reference names the field value but not its shape, so it is left
             *     untyped.
             */
            environment?: unknown;
            /**
             * @description The user who created the publication. Included with `fields=created_by`. Inferred: a
             *     user object is assumed.
             */
            created_by?: components["schemas"]["User"];
            /**
             * @description The user who last changed the publication. Included with `fields=updated_by`.
             *     Inferred: a user object is assumed.
             */
            updated_by?: components["schemas"]["User"];
            /**
             * @description The channels the publication is published to. Inferred: the reference shows channels
             *     only in requests; an array of channels is assumed in responses.
             */
            channels?: components["schemas"]["Channel"][];
            /**
             * @description The containers (stories) the publication belongs to. Inferred: the reference shows
             *     containers only in requests; an array of containers is assumed in responses.
             */
            containers?: components["schemas"]["Container"][];
        };
        /**
         * @description A Publications reference field (one-to-many references to publications) as responses
         *     deliver it. Its label is `Publication`, not `Publications`.
         */
        PublicationsField: {
            /**
             * @description The field type, always `Publication` for this field.
             * @constant
             */
            label: "Publication";
            /**
             * @description The referenced publications. The reference shows them as an object keyed by position
             *     ("0", "1", ...) rather than an array; both forms are accepted.
             */
            items: {
                [key: string]: components["schemas"]["Publication"];
            } | components["schemas"]["Publication"][];
        };
        /**
         * @description An asset (a media file) as an Assets reference field delivers it. The reference shows no
         *     other properties.
         */
        Asset: {
            /** @description Identifier of the asset. */
            id: string;
            /**
             * Format: date-time
             * @description When the asset was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the asset last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `Asset`.
             * @constant
             */
            label: "Asset";
        };
        /**
         * @description An Assets reference field (one-to-many references to assets) as responses deliver it.
         *     Its label is `Asset`, not `Assets`.
         */
        AssetsField: {
            /**
             * @description The field type, always `Asset` for this field.
             * @constant
             */
            label: "Asset";
            /**
             * @description The referenced assets. The reference shows them as an object keyed by position ("0",
             *     "1", ...) rather than an array; both forms are accepted.
             */
            items: {
                [key: string]: components["schemas"]["Asset"];
            } | components["schemas"]["Asset"][];
        };
        /** @description A tag. */
        Tag: {
            /** @description Identifier of the tag. */
            id: string;
            /**
             * Format: date-time
             * @description When the tag was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the tag last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `Tag`.
             * @constant
             */
            label: "Tag";
            /** @description The tag's text, such as `Climate change`. */
            body: string;
            /** @description The tag's slug, such as `climate-change`. */
            slug?: string;
        };
        /**
         * @description A Tags reference field (one-to-many references to tags) as responses deliver it. Its
         *     label is `TagBox`, not `Tags`.
         */
        TagsField: {
            /**
             * @description The field type, always `TagBox` for this field.
             * @constant
             */
            label: "TagBox";
            /**
             * @description The referenced tags. The reference shows them as an object keyed by position ("0",
             *     "1", ...) rather than an array; both forms are accepted.
             */
            items: {
                [key: string]: components["schemas"]["Tag"];
            } | components["schemas"]["Tag"][];
        };
        /**
         * @description A person of the audience, as the Persons reference field delivers it. The reference
         *     shows no person beyond these properties.
         */
        Person: {
            /** @description Identifier of the person. */
            id: string;
            /**
             * Format: date-time
             * @description When the person was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the person last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `Person`.
             * @constant
             */
            label: "Person";
            /**
             * Format: date-time
             * @description When the person was last seen (UTC). Inferred from the `last_seen` sort and filter
             *     of GET /persons.
             */
            last_seen?: string | null;
        };
        /**
         * @description A Persons reference field (one-to-many references to persons of the audience) as
         *     responses deliver it. Its label is `Person`, not `Persons`.
         */
        PersonsField: {
            /**
             * @description The field type, always `Person` for this field.
             * @constant
             */
            label: "Person";
            /**
             * @description The referenced persons. The reference shows them as an object keyed by position
             *     ("0", "1", ...) rather than an array; both forms are accepted.
             */
            items: {
                [key: string]: components["schemas"]["Person"];
            } | components["schemas"]["Person"][];
        };
        /**
         * @description A BusinessHours field as responses deliver it: an array of opening periods, not an
         *     object, so it has no `label`.
         *
         *     Inferred: the reference shows only the request form; the response is assumed to be the
         *     same array.
         */
        BusinessHoursField: {
            /**
             * @description Day of the week the period opens, such as 2 or 6. The reference does not say how
             *     days are numbered.
             */
            open_day: number;
            /** @description Opening time, such as `08:00`. */
            open_time: string;
            /** @description Day of the week the period closes, numbered as `open_day`. */
            close_day: number;
            /** @description Closing time, such as `19:00`. */
            close_time: string;
        }[];
        /**
         * @description A user: a back-end account in Prepr that creates, changes or is assigned to
         *     publications.
         *
         *     Inferred: the reference documents GET /users without a response ("Try the API to see
         *     results"). The properties below are the ones every other Prepr object carries; the rest
         *     of a user is not typed.
         */
        User: {
            /** @description Identifier of the user. */
            id: string;
            /**
             * Format: date-time
             * @description When the user was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When the user last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /** @description The kind of object. */
            label?: string;
        };
        /**
         * @description A publication model: the data structure of a publication. Each environment has its own
         *     publication models.
         */
        PublicationModel: {
            /** @description Identifier of the publication model. */
            id: string;
            /**
             * Format: date-time
             * @description When the publication model was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the publication model last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `PublicationModel`.
             * @constant
             */
            label: "PublicationModel";
            /** @description The model's name. */
            body: string;
            /** @description A description of the model, such as `Example Model for StarFm`. */
            description?: string;
            /** @description The model's stories (containers) flag; the reference shows it without explaining it. */
            stories?: boolean;
            /** @description The model's channels flag; the reference shows it without explaining it. */
            channels?: boolean;
            /**
             * @description The model's field definitions. Included with `fields=fields`. Inferred: the
             *     reference names the field value but not its shape.
             */
            fields?: {
                [key: string]: unknown;
            }[];
            /**
             * @description Included with `fields=title`. Inferred: the reference names the field value but not
             *     its shape, so it is left untyped.
             */
            title?: unknown;
        };
        /**
         * @description A channel: a front end publications are published to, such as a website, an app, a live
         *     blog, a social wall, social media or screens on location.
         */
        Channel: {
            /** @description Identifier of the channel. */
            id: string;
            /**
             * Format: date-time
             * @description When the channel was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the channel last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `Channel`.
             * @constant
             */
            label: "Channel";
            /** @description The channel's name. */
            name: string;
            /** @description The channel's slug, unique. Slugs of deleted channels cannot be reused. */
            slug?: string;
        };
        /**
         * @description A container (a story) that groups publications.
         *
         *     Inferred: the reference documents GET /containers without a response ("Try the API to
         *     see results"). The properties below are the ones every other Prepr object carries; the
         *     rest of a container is not typed.
         */
        Container: {
            /** @description Identifier of the container. */
            id: string;
            /**
             * Format: date-time
             * @description When the container was created (UTC).
             */
            created_on?: string;
            /**
             * Format: date-time
             * @description When the container last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /** @description The kind of object. */
            label?: string;
        };
        /** @description A page of publications. */
        PublicationList: components["schemas"]["ListEnvelope"] & {
            /** @description The publications on this page. */
            items: components["schemas"]["Publication"][];
        };
        /**
         * @description The error body the reference shows for 404: `{"code": 404, "message": "Not Found",
         *     "dbtrace": "GAE.xxxxxxxxxxxxxx"}`.
         */
        Error: {
            /** @description The HTTP status code of the response. */
            code: number;
            /** @description What went wrong, such as `Not Found`. */
            message: string;
            /**
             * @description A value the reference shows masked, `GAE.xxxxxxxxxxxxxx`, and does not explain; by
             *     its name, a trace of the request.
             */
            dbtrace?: string;
        };
        /** @description A Text field as requests send it. */
        TextFieldInput: {
            /**
             * @description The text: plain for the heading formats, HTML for CODE and the WYSIWYG editor
             *     (format null).
             */
            body: string;
            /**
             * @description The field type, `Text`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Text";
            /**
             * @description The text format. H1 to H6: a heading input field; the body is plain text without
             *     HTML. CODE: a raw HTML input field; the body contains HTML (used for the UI editor).
             *     null: the basic WYSIWYG editor (bold, italic, lists, numbered lists, links); the
             *     body contains HTML. Optional.
             * @enum {string|null}
             */
            format?: "H1" | "H2" | "H3" | "H4" | "H5" | "H6" | "CODE" | null;
        };
        /** @description A Color field as requests send it. */
        ColorFieldInput: {
            /** @description The color as a hex code, such as `#003366`. */
            body: string;
            /**
             * @description The field type, `Color`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Color";
        };
        /** @description A DateTime field as requests send it. */
        DateTimeFieldInput: {
            /** @description The date (and time), written in `format`, such as `2020-01-01`. */
            body: string;
            /**
             * @description The field type, `DateTime`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "DateTime";
            /** @description The format of `body`, such as `Y-m-d` (required only in the Drag-and-drop editor). */
            format?: string;
        };
        /** @description A Boolean field as requests send it. */
        BooleanFieldInput: {
            /** @description The value. */
            value: boolean;
            /**
             * @description The field type, `Boolean`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Boolean";
        };
        /**
         * @description One field of a publication's `items`, as requests send it: one of the 25 field types of
         *     "Items explained". `label` is optional in requests (the reference requires it only
         *     inside the Drag-and-drop editor), so several forms can match the same value, such as
         *     `{"id": "384727"}`; any form that matches is accepted.
         */
        FieldInput: components["schemas"]["TextFieldInput"] | components["schemas"]["ColorFieldInput"] | components["schemas"]["DateTimeFieldInput"] | components["schemas"]["BooleanFieldInput"] | components["schemas"]["ElementBoxFieldInput"] | components["schemas"]["IntegerFieldInput"] | components["schemas"]["FloatFieldInput"] | components["schemas"]["CoordinatesFieldInput"] | components["schemas"]["QuoteFieldInput"] | components["schemas"]["NumberFieldInput"] | components["schemas"]["ResourceFieldInput"] | components["schemas"]["TwitterPostFieldInput"] | components["schemas"]["InstagramPostFieldInput"] | components["schemas"]["YouTubePostFieldInput"] | components["schemas"]["FacebookPostFieldInput"] | components["schemas"]["VimeoPostFieldInput"] | components["schemas"]["SoundCloudPostFieldInput"] | components["schemas"]["SpotifyPlaylistFieldInput"] | components["schemas"]["BnnvaraPostFieldInput"] | components["schemas"]["QualifioPostFieldInput"] | components["schemas"]["PublicationsFieldInput"] | components["schemas"]["AssetsFieldInput"] | components["schemas"]["TagsFieldInput"] | components["schemas"]["PersonsFieldInput"] | components["schemas"]["BusinessHoursFieldInput"];
        /** @description An ElementBox field (a list of elements) as requests send it. */
        ElementBoxFieldInput: {
            /**
             * @description The elements, in order. The reference shows each element only as a placeholder (`//
             *     element 1`); typing an element as an object of fields keyed by their API ids is
             *     inferred.
             */
            items: {
                [key: string]: components["schemas"]["FieldInput"];
            }[];
            /**
             * @description The field type, shown in the reference's request. Inferred: optional, like the
             *     labels the reference requires only in the Drag-and-drop editor.
             * @constant
             */
            label?: "ElementBox";
        };
        /** @description An Integer field as requests send it. */
        IntegerFieldInput: {
            /** @description The value: an integer. */
            value: number;
            /**
             * @description The field type, `Integer`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Integer";
        };
        /** @description A Float field as requests send it. */
        FloatFieldInput: {
            /** @description The value: a floating-point number. */
            value: number;
            /**
             * @description The field type, `Float`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Float";
        };
        /** @description A Coordinates field (a location) as requests send it. */
        CoordinatesFieldInput: {
            /**
             * @description Latitude in decimal degrees. The Coordinates section sends it as a string
             *     (`"21.3137"`) while the POST /publications example sends a number (`21.3137`); both
             *     are accepted.
             */
            latitude: string | number;
            /**
             * @description Longitude in decimal degrees. The Coordinates section sends it as a string
             *     (`"-157.806"`) while the POST /publications example sends a number (`-157.806`);
             *     both are accepted.
             */
            longitude: string | number;
            /**
             * @description The field type, `Coordinates`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Coordinates";
        };
        /** @description A Quote field as requests send it. */
        QuoteFieldInput: {
            /** @description Who said it. */
            author?: string;
            /** @description The quote. */
            body: string;
            /**
             * @description The field type, `Quote`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Quote";
        };
        /** @description A Number field (a highlighted number with a title and text) as requests send it. */
        NumberFieldInput: {
            /** @description A title for the number, such as `Viering van de liefde in Amsterdam`. */
            title?: string;
            /** @description The number, such as 349. */
            number: number;
            /** @description What is counted, shown after the number, such as `mensen`. */
            body?: string;
            /** @description A line that explains the number. */
            description?: string;
            /**
             * @description The field type, shown in the reference's request. Inferred: optional, like the
             *     labels the reference requires only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Number";
        };
        /** @description A Resource field (a resource (web page) by URL) as requests send it. */
        ResourceFieldInput: {
            /**
             * Format: uri
             * @description The URL of the resource.
             */
            url: string;
            /**
             * @description The field type, shown in the reference's request. Inferred: optional, like the
             *     labels the reference requires only in the Drag-and-drop editor.
             * @constant
             */
            label?: "Resource";
        };
        /** @description A TwitterPost field (a post on Twitter) as requests send it. */
        TwitterPostFieldInput: {
            /**
             * Format: uri
             * @description The URL of the post.
             */
            url: string;
            /**
             * @description The field type, `TwitterPost`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "TwitterPost";
        };
        /** @description An InstagramPost field (a post on Instagram) as requests send it. */
        InstagramPostFieldInput: {
            /**
             * Format: uri
             * @description The URL of the post.
             */
            url: string;
            /**
             * @description The field type, `InstagramPost`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "InstagramPost";
        };
        /** @description A YouTubePost field (a video on YouTube) as requests send it. */
        YouTubePostFieldInput: {
            /**
             * Format: uri
             * @description The URL of the video.
             */
            url: string;
            /**
             * @description The field type, `YouTubePost`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "YouTubePost";
        };
        /** @description A FacebookPost field (a post on Facebook) as requests send it. */
        FacebookPostFieldInput: {
            /**
             * Format: uri
             * @description The URL of the post.
             */
            url: string;
            /**
             * @description The field type, `FacebookPost`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "FacebookPost";
        };
        /** @description A VimeoPost field (a video on Vimeo) as requests send it. */
        VimeoPostFieldInput: {
            /**
             * Format: uri
             * @description The URL of the video.
             */
            url: string;
            /**
             * @description The field type, `VimeoPost`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "VimeoPost";
        };
        /** @description A SoundCloudPost field (a track on SoundCloud) as requests send it. */
        SoundCloudPostFieldInput: {
            /**
             * Format: uri
             * @description The URL of the track.
             */
            url: string;
            /**
             * @description The field type, `SoundCloudPost`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "SoundCloudPost";
        };
        /** @description A SpotifyPlaylist field (a playlist on Spotify) as requests send it. */
        SpotifyPlaylistFieldInput: {
            /**
             * Format: uri
             * @description The URL of the playlist.
             */
            url: string;
            /**
             * @description The field type, `SpotifyPlaylist`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "SpotifyPlaylist";
        };
        /** @description A BnnvaraPost field (a BNNVARA post) as requests send it. */
        BnnvaraPostFieldInput: {
            /** @description Identifier of a BNNVARA post, such as `AB6CD2`. */
            id: string;
            /**
             * @description The field type, `BnnvaraPost`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "BnnvaraPost";
        };
        /** @description A QualifioPost field (a Qualifio campaign) as requests send it. */
        QualifioPostFieldInput: {
            /** @description Identifier of a Qualifio campaign, such as `87654321`. */
            id: string;
            /**
             * @description The field type, `QualifioPost`; required only in the Drag-and-drop editor.
             * @constant
             */
            label?: "QualifioPost";
        };
        /** @description A reference to another object by id, as requests send it. */
        ReferenceInput: {
            /** @description Identifier of the referenced object. */
            id: string;
        };
        /**
         * @description A Publications reference field (one-to-many references to publications) as requests send
         *     it. Send `items`, or `id` for a single publication as the POST /publications example
         *     does.
         */
        PublicationsFieldInput: {
            /** @description The publications to reference, in order. */
            items?: components["schemas"]["ReferenceInput"][];
            /**
             * @description The field type, `Publication`. Inferred: the reference's requests for this field
             *     send no label; it is accepted like the other fields' labels.
             * @constant
             */
            label?: "Publication";
            /**
             * @description The id of a single publication to reference. The POST /publications example sends
             *     `"publication": {"id": ...}` beside the `items` form; accepted as shown.
             */
            id?: string;
        };
        /** @description An Assets reference field (one-to-many references to assets) as requests send it. */
        AssetsFieldInput: {
            /** @description The assets to reference, in order. */
            items: components["schemas"]["ReferenceInput"][];
            /**
             * @description The field type, `Asset`. Inferred: the reference's requests for this field send no
             *     label; it is accepted like the other fields' labels.
             * @constant
             */
            label?: "Asset";
        };
        /**
         * @description A tag to reference, by `id` or by `body`. A tag sent by `body` is created when it does
         *     not exist.
         */
        TagReferenceInput: {
            /** @description Identifier of an existing tag. Optional: add by id or by body. */
            id?: string;
            /** @description The tag's text. Optional: add by id or by body. */
            body?: string;
            /**
             * @description The tag's text under another key: the POST /publications example sends `{"name":
             *     "airplane"}`, while the Tags section documents `id` and `body`. Accepted as shown;
             *     prefer `body`.
             */
            name?: string;
        };
        /** @description A Tags reference field (one-to-many references to tags) as requests send it. */
        TagsFieldInput: {
            /**
             * @description The tags to reference, in order. Tags sent by `body` are created when they do not
             *     exist.
             */
            items: components["schemas"]["TagReferenceInput"][];
            /**
             * @description The field type, `TagBox`. Inferred: the reference's requests for this field send no
             *     label; it is accepted like the other fields' labels.
             * @constant
             */
            label?: "TagBox";
        };
        /**
         * @description A Persons reference field (one-to-many references to persons of the audience) as
         *     requests send it.
         */
        PersonsFieldInput: {
            /** @description The persons to reference, in order. */
            items: components["schemas"]["ReferenceInput"][];
            /**
             * @description The field type, `Person`. Inferred: the reference's requests for this field send no
             *     label; it is accepted like the other fields' labels.
             * @constant
             */
            label?: "Person";
        };
        /**
         * @description A BusinessHours field as requests send it: an array of opening periods, not an object
         *     like the other fields, so it carries no `label`.
         */
        BusinessHoursFieldInput: {
            /**
             * @description Day of the week the period opens, such as 2 or 6. The reference does not say how
             *     days are numbered.
             */
            open_day: number;
            /** @description Opening time, such as `08:00`. */
            open_time: string;
            /** @description Day of the week the period closes, numbered as `open_day`. */
            close_day: number;
            /** @description Closing time, such as `19:00`. */
            close_time: string;
        }[];
        /**
         * @description A publication as POST /publications and PUT /publications/{id} send it. Only `locales`
         *     is required. Localized properties are objects keyed by locale, such as `en-EN`.
         */
        PublicationInput: {
            /** @description The publication model to create the publication with. */
            model?: {
                /** @description Identifier of the publication model. */
                id: string;
            };
            /**
             * @description The content per locale: for every locale an object of fields keyed by their API ids.
             *     The Body Params call it "mixed type"; see the field types of "Items explained".
             */
            items?: {
                [key: string]: {
                    [key: string]: components["schemas"]["FieldInput"];
                };
            };
            /** @description The locales of the publication (at least one). */
            locales: string[];
            /** @description The workflow status per locale, by name. */
            status?: {
                [key: string]: {
                    /** @description The status name, such as `To do` or `Done` (see GET /statuses). */
                    body: string;
                };
            };
            /** @description When to publish, per locale. */
            publish_on?: {
                [key: string]: string;
            };
            /** @description When to expire, per locale. */
            expire_on?: {
                [key: string]: string;
            };
            /**
             * @description The channels to link, each as `{"id": ...}`. The Body Params describe an object
             *     (`channels.*.id`) while the reference's example sends an array; both are accepted.
             */
            channels?: components["schemas"]["ReferenceInput"][] | {
                [key: string]: components["schemas"]["ReferenceInput"];
            };
            /**
             * @description The containers to link, each as `{"id": ...}`. The Body Params describe an object
             *     (`containers.*.id`) while the reference's example sends an array; both are accepted.
             */
            containers?: components["schemas"]["ReferenceInput"][] | {
                [key: string]: components["schemas"]["ReferenceInput"];
            };
            /** @description The user to assign the publication to, per locale (a user id from GET /users). */
            assigned_to?: {
                [key: string]: components["schemas"]["ReferenceInput"];
            };
        };
        /** @description A page of containers. */
        ContainerList: components["schemas"]["ListEnvelope"] & {
            /** @description The containers on this page. */
            items: components["schemas"]["Container"][];
        };
        /**
         * @description The order of the channels: a property name, ascending, or with a leading `-`,
         *     descending.
         * @enum {string}
         */
        ChannelSort: "created_on" | "-created_on" | "changed_on" | "-changed_on" | "name" | "-name";
        /** @description A filter with the operators `eq` and `fz`: the `name` filter of channels. */
        EqFuzzyFilter: {
            /** @description `eq` (equal): matches the value exactly. Takes a single value. */
            eq?: string;
            /** @description `fz`: fuzzy search for the text. */
            fz?: string;
        }[];
        /** @description A page of channels. */
        ChannelList: components["schemas"]["ListEnvelope"] & {
            /** @description The channels on this page. */
            items: components["schemas"]["Channel"][];
        };
        /** @description A channel as POST /channels sends it. */
        ChannelInput: {
            /** @description The channel's name. */
            name: string;
            /** @description The channel's slug; it must be unique. */
            slug?: string;
        };
        /**
         * @description A channel as PUT /channels/{id} sends it: as POST /channels, except that `name` is not
         *     required.
         */
        ChannelUpdate: {
            /** @description The channel's name. */
            name?: string;
            /** @description The channel's slug; it must be unique. */
            slug?: string;
        };
        /** @description A page of statuses. */
        StatusList: components["schemas"]["ListEnvelope"] & {
            /** @description The statuses on this page. */
            items: components["schemas"]["Status"][];
        };
        /**
         * @description The order of the locales: a property name, ascending, or with a leading `-`, descending.
         * @enum {string}
         */
        LocaleSort: "-id" | "id" | "-created_on" | "created_on" | "-body" | "body";
        /** @description A locale of the environment. */
        Locale: {
            /** @description Identifier of the locale. */
            id: string;
            /**
             * Format: date-time
             * @description When the locale was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the locale last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `Locale`.
             * @constant
             */
            label: "Locale";
            /** @description The locale code, such as `en-EN` or `nl-NL`. */
            body: string;
        };
        /** @description A page of locales. */
        LocaleList: components["schemas"]["ListEnvelope"] & {
            /** @description The locales on this page. */
            items: components["schemas"]["Locale"][];
        };
        /**
         * @description The order of the tags: a property name, ascending, or with a leading `-`, descending.
         * @enum {string}
         */
        TagSort: "id" | "-id" | "created_on" | "-created_on" | "changed_on" | "-changed_on" | "body" | "-body";
        /** @description A page of tags. */
        TagList: components["schemas"]["ListEnvelope"] & {
            /** @description The tags on this page. */
            items: components["schemas"]["Tag"][];
        };
        /** @description A tag as POST /tags and PUT /tags/{id} send it. */
        TagInput: {
            /** @description The tag's text. */
            body: string;
            /** @description The tag's slug; generated from `body` when not set. */
            slug?: string;
        };
        /** @description A page of publication models. */
        PublicationModelList: components["schemas"]["ListEnvelope"] & {
            /** @description The publication models on this page. */
            items: components["schemas"]["PublicationModel"][];
        };
        /**
         * @description The order of the persons: a property name, ascending, or with a leading `-`, descending.
         * @enum {string}
         */
        PersonSort: "created_on" | "-created_on" | "changed_on" | "-changed_on" | "last_seen" | "-last_seen";
        /**
         * @description A date filter of persons (`created_on`, `last_seen`): clauses of `eq`, `lt`, `lte`,
         *     `gt` and `gte`, which accept UTC timestamps, and `il`, which takes a number.
         */
        PersonDateFilter: {
            /**
             * Format: date-time
             * @description `eq` (equal): a UTC timestamp.
             */
            eq?: string;
            /**
             * Format: date-time
             * @description `lt` (before): a UTC timestamp.
             */
            lt?: string;
            /**
             * Format: date-time
             * @description `lte` (at or before): a UTC timestamp.
             */
            lte?: string;
            /**
             * Format: date-time
             * @description `gt` (after): a UTC timestamp.
             */
            gt?: string;
            /**
             * Format: date-time
             * @description `gte` (at or after): a UTC timestamp.
             */
            gte?: string;
            /**
             * @description `il`: a number of seconds, such as 3600, unlike the other operators, which take
             *     timestamps. Inferred: "in the last" so many seconds before now; the reference does
             *     not spell it out.
             */
            il?: number;
        }[];
        /**
         * @description A page of persons.
         *
         *     Inferred: items are persons, from the endpoint's name and its sort and filter fields;
         *     the reference's example shows publications (a copy of the GET /publications example),
         *     so that form is accepted too. `label` tells them apart.
         */
        PersonList: components["schemas"]["ListEnvelope"] & {
            /** @description The persons on this page. */
            items: (components["schemas"]["Person"] | components["schemas"]["Publication"])[];
        };
        /** @description A page of users. */
        UserList: components["schemas"]["ListEnvelope"] & {
            /** @description The users on this page. */
            items: components["schemas"]["User"][];
        };
        /**
         * @description A session, created when a user logs in. Endpoints that need a user action to validate a
         *     request, like creating a publication, need the session.
         */
        Session: {
            /** @description Identifier of the session. */
            id: string;
            /**
             * Format: date-time
             * @description When the session was created (UTC).
             */
            created_on: string;
            /**
             * Format: date-time
             * @description When the session last changed (UTC), or null if it never did.
             */
            changed_on?: string | null;
            /**
             * @description The kind of object, always `Session`.
             * @constant
             */
            label: "Session";
            /** @description The session hash; the reference's example shows the same value as `id`. */
            hash: string;
            /**
             * @description The session's time to live, such as 1546542307. Inferred: the value reads as the
             *     Unix time the session expires (January 2019, a month after the example's
             *     `created_on`).
             */
            ttl: number;
            /** @description The IP address the session was created from, or null. */
            ip_address?: string | null;
        };
        /** @description The API's answer to a health check. */
        HealthStatus: {
            /** @description A human-readable state of the services. */
            message: string;
        };
        /**
         * @description The body of a webhook call for a publication event, which the reference names only.
         *
         *     A JSON envelope `{id, created_on, event, payload}`. From Prepr's public docs and SDKs
         *     (not in the reference).
         *
         *     Inferred: `payload` is the publication as GET /publications/{id} returns it.
         */
        PublicationEvent: {
            /** @description Identifier of the webhook call. */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened (UTC). Inferred from the name.
             */
            created_on: string;
            /**
             * @description The event.
             * @enum {string}
             */
            event: "publication.created" | "publication.changed" | "publication.deleted";
            /** @description The publication the event is about. Inferred: as GET /publications/{id} returns it. */
            payload: components["schemas"]["Publication"];
        };
        /**
         * @description The body of a webhook call for a channel event, which the reference names only.
         *
         *     A JSON envelope `{id, created_on, event, payload}`. From Prepr's public docs and SDKs
         *     (not in the reference).
         *
         *     Inferred: `payload` is the channel as GET /channels/{id} returns it.
         */
        ChannelEvent: {
            /** @description Identifier of the webhook call. */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened (UTC). Inferred from the name.
             */
            created_on: string;
            /**
             * @description The event.
             * @enum {string}
             */
            event: "channel.created" | "channel.changed" | "channel.deleted";
            /** @description The channel the event is about. Inferred: as GET /channels/{id} returns it. */
            payload: components["schemas"]["Channel"];
        };
    };
    responses: {
        /**
         * @description The request is not valid, such as a `limit` above 1000 or not an integer, or a negative
         *     `skip`. From Prepr's public docs and SDKs (not in the reference).
         *
         *     Inferred: the body is the error body the reference shows for 404.
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
         * @description The token is incorrect or has expired. The reference's text for this answer: "Your
         *     OAuth2 token is incorrect or has expired" ("You couldn't be authenticated" on some
         *     endpoints).
         *
         *     A bad token gets 401. From Prepr's public docs and SDKs (not in the reference).
         *
         *     Inferred: the body is the error body the reference shows for 404.
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
         * @description Over the rate limit; try again later. Rate limits answer 429. From Prepr's public docs
         *     and SDKs (not in the reference).
         *
         *     Inferred: the body is the error body the reference shows for 404.
         */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait before retrying, or an HTTP date. Inferred from HTTP convention (RFC
                 *     9110): no source names this header for Prepr; clients honour it when present.
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description A service is down or its performance is degraded; try again later.
         *
         *     Inferred: the reference documents 503 for GET /health ("when down or has degraded
         *     performance"); this operation is assumed to answer 503 too when a service is down. The
         *     body is assumed to be the error body the reference shows for 404.
         */
        ServiceUnavailableInferred: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The request is not valid, such as a body that does not match its schema.
         *
         *     Inferred from REST convention: the reference gives no 400 for this operation. The body
         *     is assumed to be the error body the reference shows for 404.
         */
        BadRequestInferred: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No item has this id. The reference shows this answer and its body. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description No item has this id.
         *
         *     Inferred: the reference shows 404, with its body, for GET /publications/{id} and GET
         *     /channels/{id} only; this operation on one item by id is assumed to answer the same way.
         */
        NotFoundInferred: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description A service is down or its performance is degraded. The reference: "Returns 503 Service
         *     Unavailable when down or has degraded performance."
         */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HealthStatus"];
            };
        };
    };
    parameters: {
        /**
         * @description How many items to skip before the first one returned: the page's offset, as the list's
         *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
         *     SDKs (not in the reference).
         */
        Skip: number;
        /**
         * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
         *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
         *     (not in the reference).
         *
         *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
         */
        Limit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPublications: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The order of the publications, such as `-published_on` (descending). */
                sort?: components["schemas"]["PublicationSort"];
                /**
                 * @description The locale, such as `en-EN`. Without it, sorting on `publish_on` uses the
                 *     environment's default locale and `publish_on` filters are accurate within a one
                 *     hour window; `slug` filters need it.
                 */
                locale?: string;
                /**
                 * @description Extra fields to include in the response: items, title, model, locales, status,
                 *     environment, created_by, updated_by, assigned_to. Inferred: that the list takes
                 *     `fields` (the reference lists it for GET /publications/{id}), and that several are
                 *     sent comma-separated, as its `Fields:` line lists them.
                 */
                fields?: string;
                /**
                 * @description Filter publications on their publication model, by name: `{"body": "One"}`.
                 *
                 *     Sent as `model[body]=One` (OpenAPI's `deepObject` style). From Prepr's public docs
                 *     and SDKs (not in the reference).
                 */
                model?: components["schemas"]["ModelFilter"];
                /**
                 * @description Filter publications on their status, by name (see GET /statuses): `eq`, `in`.
                 *
                 *     Sent as `status[0][in][0]=Done&status[0][in][1]=To%20do`. From Prepr's public docs
                 *     and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                status?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on their locales (see GET /locales): `eq`, `in`. A publication
                 *     only gets a locale when at least one field is filled for that locale.
                 *
                 *     Sent as `locales[0][eq]=en-EN`. From Prepr's public docs and SDKs (not in the
                 *     reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                locales?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on the user who created them, by user id (see GET /users):
                 *     `eq`, `in`.
                 *
                 *     Sent as `created_by[0][in][0]=<user id>`. From Prepr's public docs and SDKs (not
                 *     in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                created_by?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on the user they are assigned to, by user id (see GET /users):
                 *     `eq`, `in`.
                 *
                 *     Sent as `assigned_to[0][eq]=<user id>`. From Prepr's public docs and SDKs (not in
                 *     the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                assigned_to?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on their channels (see GET /channels): `eq`, `in`, matched on
                 *     the `param` `Id` (default), `Slug` or `Body`.
                 *
                 *     Sent as `channels[0][in][0]=<id>&channels[0][param]=Id`. From Prepr's public docs
                 *     and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                channels?: components["schemas"]["ChannelsFilter"];
                /**
                 * @description Filter publications on all the tags associated with them: `eq`, `all`, `in`,
                 *     `has`, matched on the `param` `Id` (default), `Slug` or `Body`. The reference's
                 *     prose writes the params in lowercase (`id`, `slug`, `body`) and its example `Id`;
                 *     the spec keeps the example's casing.
                 *
                 *     Sent as `tags[0][in][0]=a&tags[0][in][1]=b&tags[0][param]=Id`. From Prepr's public
                 *     docs and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                tags?: components["schemas"]["TagsFilter"];
                /**
                 * @description Filter publications on their containers (stories, see GET /containers): `eq`,
                 *     `in`. The reference's example misspells the key as `conainers`; the parameter is
                 *     `containers`, as the section title and the request body name it.
                 *
                 *     Sent as `containers[0][in][0]=<id>`. From Prepr's public docs and SDKs (not in the
                 *     reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                containers?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on their slug (`eq`). Requires `locale`, and `model` for a
                 *     unique result.
                 *
                 *     Sent as `slug[0][eq]=<slug>`. From Prepr's public docs and SDKs (not in the
                 *     reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                slug?: components["schemas"]["EqFilter"];
                /**
                 * @description Search all text fields of publications with fuzzy search (`fz`).
                 *
                 *     Sent as `q[0][fz]=search%20words`. From Prepr's public docs and SDKs (not in the
                 *     reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                q?: components["schemas"]["FuzzyFilter"];
                /**
                 * @description Filter publications on when they were created: `eq`, `lt`, `gt`, with UTC
                 *     timestamps. `eq`, and `lt` together with `gt`, are optimized.
                 *
                 *     Sent as `created_on[0][gt]=2019-01-08T14:10:58%2B00:00`. From Prepr's public docs
                 *     and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                created_on?: components["schemas"]["DateFilter"];
                /**
                 * @description Filter publications on when they last changed: `eq`, `lt`, `gt`, with UTC
                 *     timestamps.
                 *
                 *     Sent as `changed_on[0][lt]=2019-01-08T14:10:58%2B00:00`. From Prepr's public docs
                 *     and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                changed_on?: components["schemas"]["DateFilter"];
                /**
                 * @description Filter publications on their publish date: `eq`, `lt`, `gt`, with UTC timestamps.
                 *     `eq`, and `lt` together with `gt`, are optimized; without `locale` the results are
                 *     accurate within a one hour window.
                 *
                 *     Sent as `publish_on[0][gt]=2019-01-08T14:10:58%2B00:00`. From Prepr's public docs
                 *     and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                publish_on?: components["schemas"]["DateFilter"];
                /**
                 * @description Filter publications on their expiry date: `eq`, `lt`, `gt`, with UTC timestamps.
                 *     The reference marks this filter "coming soon".
                 *
                 *     Sent as `expire_on[0][lt]=2019-01-08T14:10:58%2B00:00`. From Prepr's public docs
                 *     and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                expire_on?: components["schemas"]["DateFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of publications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    createPublication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The publication to create. The examples after the first show each field type inside
         *     a publication.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationInput"];
            };
        };
        responses: {
            /**
             * @description The created publication, as GET /publications/{id} returns it. Inferred from REST
             *     convention: the status code, which the reference does not give.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    getPublication: {
        parameters: {
            query?: {
                /**
                 * @description Extra fields to include in the response: items, title, model, locales, status,
                 *     environment, created_by, updated_by, assigned_to. Inferred: several are sent
                 *     comma-separated, as the reference's `Fields:` line lists them; it does not say how
                 *     to send several.
                 */
                fields?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the publication. Inferred: `minLength: 1`, as an empty id would make
                 *     the path `/publications/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The publication. The examples after the first show each field type's response form
             *     inside a publication.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    updatePublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the publication. Inferred: `minLength: 1`, as an empty id would make
                 *     the path `/publications/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The publication's new content, as for POST /publications. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationInput"];
            };
        };
        responses: {
            /**
             * @description The changed publication, as GET /publications/{id} returns it. Inferred from REST
             *     convention: the status code, which the reference does not give.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    deletePublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the publication. Inferred: `minLength: 1`, as an empty id would make
                 *     the path `/publications/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Deleted; the response is empty, as the reference shows. Inferred from REST
             *     convention: the status code, which the reference does not give.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    listContainers: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of containers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The order of the channels, such as `name` or `-created_on` (descending). */
                sort?: components["schemas"]["ChannelSort"];
                /**
                 * @description Filter channels by name, equal (`eq`) or with fuzzy search (`fz`).
                 *
                 *     Sent as `name[0][fz]=interna`. From Prepr's public docs and SDKs (not in the
                 *     reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                name?: components["schemas"]["EqFuzzyFilter"];
                /**
                 * @description Filter channels by slug (`eq`). A slug is unique, so the result is at most one
                 *     channel.
                 *
                 *     Sent as `slug[0][eq]=international`. From Prepr's public docs and SDKs (not in the
                 *     reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                slug?: components["schemas"]["EqFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The channel to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelInput"];
            };
        };
        responses: {
            /**
             * @description The created channel, as GET /channels/{id} returns it. Inferred from REST
             *     convention: the status code, which the reference does not give.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    getChannel: {
        parameters: {
            query?: {
                /**
                 * @description Extra fields to include in the response. The reference lists the parameter without
                 *     its values.
                 */
                fields?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the channel. Inferred: `minLength: 1`, as an empty id would make the
                 *     path `/channels/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the channel. Inferred: `minLength: 1`, as an empty id would make the
                 *     path `/channels/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The channel's new name and slug. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelUpdate"];
            };
        };
        responses: {
            /**
             * @description The changed channel, as GET /channels/{id} returns it. Inferred from REST
             *     convention: the status code, which the reference does not give.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    deleteChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the channel. Inferred: `minLength: 1`, as an empty id would make the
                 *     path `/channels/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Deleted; the response is empty, as the reference shows. Inferred from REST
             *     convention: the status code, which the reference does not give.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    listStatuses: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
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
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    listLocales: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Extra fields to include in the response. The reference lists the parameter without
                 *     its values.
                 */
                fields?: string;
                /**
                 * @description Search text. The reference lists `q` for locales as a plain string, not as a
                 *     filter of clauses.
                 */
                q?: string;
                /** @description The order of the locales, such as `body` or `-created_on` (descending). */
                sort?: components["schemas"]["LocaleSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of locales. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocaleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The order of the tags, such as `body` or `-created_on` (descending). */
                sort?: components["schemas"]["TagSort"];
                /**
                 * @description Search the tags' body with fuzzy search (`fz`).
                 *
                 *     Sent as `q[0][fz]=Spor`. From Prepr's public docs and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                q?: components["schemas"]["FuzzyFilter"];
                /**
                 * @description Filter tags by slug (`eq`).
                 *
                 *     Sent as `slug[0][eq]=news-and-sports`. From Prepr's public docs and SDKs (not in
                 *     the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                slug?: components["schemas"]["EqFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The tag to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagInput"];
            };
        };
        responses: {
            /**
             * @description The created tag. Inferred: the status code (REST convention) and the body, typed
             *     as GET /tags/{id} returns a tag.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the tag. Inferred: `minLength: 1`, as an empty id would make the path
                 *     `/tags/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the tag. Inferred: `minLength: 1`, as an empty id would make the path
                 *     `/tags/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The tag's new body and slug. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagInput"];
            };
        };
        responses: {
            /**
             * @description The changed tag. Inferred: the status code (REST convention) and the body, typed
             *     as GET /tags/{id} returns a tag.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the tag. Inferred: `minLength: 1`, as an empty id would make the path
                 *     `/tags/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Deleted; the response is empty, as the reference shows. Inferred from REST
             *     convention: the status code, which the reference does not give.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    listPublicationModels: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Extra fields to include in the response: fields, title. Inferred: both are sent
                 *     comma-separated, as the reference's `Fields:` line lists them; it does not say how
                 *     to send several.
                 */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of publication models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationModelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    getPublicationModel: {
        parameters: {
            query?: {
                /**
                 * @description Extra fields to include in the response: fields, title. Inferred: both are sent
                 *     comma-separated, as the reference's `Fields:` line lists them; it does not say how
                 *     to send several.
                 */
                fields?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the publication model. Inferred: `minLength: 1`, as an empty id would
                 *     make the path `/publication_models/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The publication model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationModel"];
                };
            };
            400: components["responses"]["BadRequestInferred"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    listPersons: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The order of the persons, such as `last_seen` or `-created_on` (descending). */
                sort?: components["schemas"]["PersonSort"];
                /**
                 * @description Filter persons on their registration date: `eq`, `lt`, `lte`, `gt`, `gte` with UTC
                 *     timestamps, `il` with a number such as 3600.
                 *
                 *     Sent as `created_on[0][gte]=2019-01-08T14:10:58%2B00:00`. From Prepr's public docs
                 *     and SDKs (not in the reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                created_on?: components["schemas"]["PersonDateFilter"];
                /**
                 * @description Filter persons on when they were last seen: `eq`, `lt`, `lte`, `gt`, `gte` with
                 *     UTC timestamps, `il` with a number such as 3600.
                 *
                 *     Sent as `last_seen[0][il]=3600`. From Prepr's public docs and SDKs (not in the
                 *     reference).
                 *
                 *     OpenAPI 3.1 cannot describe this indexed bracket form, so generic tools send
                 *     `[object Object]` or refuse the filter; use the client, or `stringifyBrackets`
                 *     from `@specbound/prepr` with another HTTP client.
                 */
                last_seen?: components["schemas"]["PersonDateFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of persons. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description How many items to skip before the first one returned: the page's offset, as the list's
                 *     `skip` reports it. A negative `skip` is answered with 400. From Prepr's public docs and
                 *     SDKs (not in the reference).
                 */
                skip?: components["parameters"]["Skip"];
                /**
                 * @description The page size: how many items to return. Defaults to 100 and may be at most 1000; a
                 *     larger or non-integer `limit` is answered with 400. From Prepr's public docs and SDKs
                 *     (not in the reference).
                 *
                 *     Inferred: the minimum of 1, which no source gives; a smaller page holds nothing.
                 */
                limit?: components["parameters"]["Limit"];
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
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the session. Inferred: `minLength: 1`, as an empty id would make the
                 *     path `/sessions/`.
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFoundInferred"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailableInferred"];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    onPublicationCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The lowercase hex HMAC-SHA256 of the raw request body, keyed with the webhook's
                 *     secret (the webhook's id). From Prepr's public docs and SDKs (not in the
                 *     reference). Verify it on the bytes as received, before parsing the JSON
                 *     (`verifyPreprWebhook` in `@specbound/prepr`).
                 */
                "Prepr-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, with the publication it is about. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationEvent"];
            };
        };
        responses: {
            /** @description The call is received. Inferred: any 2xx acknowledges it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because its signature does not match.
             *     Inferred: any answer but a 2xx rejects it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPublicationChanged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The lowercase hex HMAC-SHA256 of the raw request body, keyed with the webhook's
                 *     secret (the webhook's id). From Prepr's public docs and SDKs (not in the
                 *     reference). Verify it on the bytes as received, before parsing the JSON
                 *     (`verifyPreprWebhook` in `@specbound/prepr`).
                 */
                "Prepr-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, with the publication it is about. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationEvent"];
            };
        };
        responses: {
            /** @description The call is received. Inferred: any 2xx acknowledges it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because its signature does not match.
             *     Inferred: any answer but a 2xx rejects it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPublicationDeleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The lowercase hex HMAC-SHA256 of the raw request body, keyed with the webhook's
                 *     secret (the webhook's id). From Prepr's public docs and SDKs (not in the
                 *     reference). Verify it on the bytes as received, before parsing the JSON
                 *     (`verifyPreprWebhook` in `@specbound/prepr`).
                 */
                "Prepr-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, with the publication it is about. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationEvent"];
            };
        };
        responses: {
            /** @description The call is received. Inferred: any 2xx acknowledges it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because its signature does not match.
             *     Inferred: any answer but a 2xx rejects it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onChannelCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The lowercase hex HMAC-SHA256 of the raw request body, keyed with the webhook's
                 *     secret (the webhook's id). From Prepr's public docs and SDKs (not in the
                 *     reference). Verify it on the bytes as received, before parsing the JSON
                 *     (`verifyPreprWebhook` in `@specbound/prepr`).
                 */
                "Prepr-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, with the channel it is about. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelEvent"];
            };
        };
        responses: {
            /** @description The call is received. Inferred: any 2xx acknowledges it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because its signature does not match.
             *     Inferred: any answer but a 2xx rejects it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onChannelChanged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The lowercase hex HMAC-SHA256 of the raw request body, keyed with the webhook's
                 *     secret (the webhook's id). From Prepr's public docs and SDKs (not in the
                 *     reference). Verify it on the bytes as received, before parsing the JSON
                 *     (`verifyPreprWebhook` in `@specbound/prepr`).
                 */
                "Prepr-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, with the channel it is about. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelEvent"];
            };
        };
        responses: {
            /** @description The call is received. Inferred: any 2xx acknowledges it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because its signature does not match.
             *     Inferred: any answer but a 2xx rejects it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onChannelDeleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The lowercase hex HMAC-SHA256 of the raw request body, keyed with the webhook's
                 *     secret (the webhook's id). From Prepr's public docs and SDKs (not in the
                 *     reference). Verify it on the bytes as received, before parsing the JSON
                 *     (`verifyPreprWebhook` in `@specbound/prepr`).
                 */
                "Prepr-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, with the channel it is about. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelEvent"];
            };
        };
        responses: {
            /** @description The call is received. Inferred: any 2xx acknowledges it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because its signature does not match.
             *     Inferred: any answer but a 2xx rejects it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
