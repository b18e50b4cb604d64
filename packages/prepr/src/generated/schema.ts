// Generated from specs/prepr/openapi.yaml by scripts/generate.mjs. Do not edit: change the spec
// and run `pnpm generate`.
// Spec content hash: sha256:fba185a8990cfc309351183d55d225154ad9b2c0d45ee5112d77a42a59b4c957

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
         *     Some filters also take `param`, the property the values are matched on (`Id`, `Slug`
         *     or `Body`).
         *
         *     Filters travel in the query string in indexed bracket notation, the form Prepr's Node
         *     SDK (`qs.stringify`) and PHP SDKs (`http_build_query`) produce: the filter
         *     `{"tags":[{"in":["a","b"],"param":"Id"}]}` is sent as
         *     `tags[0][in][0]=a&tags[0][in][1]=b&tags[0][param]=Id`. Every filter parameter carries
         *     `x-query-encoding: brackets`.
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
         *     The reference's example differs from its Body Params in two ways, and both forms are
         *     accepted: `publish_on` and `expire_on` are sent as Unix seconds in strings
         *     (`"1546956658"`) where the Body Params say date-time, and `channels` and `containers`
         *     are sent as arrays where the Body Params say objects.
         *
         *     The reference says the response is the same as GET /publications/{id}. That it answers
         *     200 is inferred from Prepr's status code documentation, which lists 200 as the success
         *     status.
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
                /** @description Identifier of the publication. */
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
         *     exception that label is not required". The POST body has no `label` (only the fields'
         *     labels, which are optional already), so the body is the same as for POST: `locales` is
         *     required.
         *
         *     The response is the same as GET /publications/{id}; that it answers 200 is inferred.
         */
        put: operations["updatePublication"];
        post?: never;
        /**
         * Delete a publication
         * @description Deletes a publication. Triggers the `publication.deleted` event.
         *
         *     The reference shows an empty response; that it is 204 No Content is inferred from
         *     Prepr's later documentation of deletes.
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
         *     Inferred: the reference shows no response ("Try the API to see results") and names no
         *     scope for this endpoint. The `containers` scope is assumed, as every other resource
         *     has a scope of its own name and the scopes the reference names include `containers`;
         *     items are typed as minimal containers.
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
         *     Sort with `sort`; filter on `name` (`eq`, `fz`) and `slug` (`eq`). Filters travel in
         *     indexed bracket notation, as for GET /publications.
         */
        get: operations["listChannels"];
        put?: never;
        /**
         * Create a channel
         * @description Creates a channel. `name` is required; `slug` must be unique. Triggers the
         *     `channel.created` event.
         *
         *     The response is the same as GET /channels/{id}; that it answers 200 is inferred from
         *     Prepr's status code documentation.
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
                /** @description Identifier of the channel. */
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
         *     The response is the same as GET /channels/{id}; that it answers 200 is inferred.
         */
        put: operations["updateChannel"];
        post?: never;
        /**
         * Delete a channel
         * @description Deletes a channel. The slug of a deleted channel cannot be reused. Triggers the
         *     `channel.deleted` event.
         *
         *     The reference shows an empty response; that it is 204 No Content is inferred from
         *     Prepr's later documentation of deletes.
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
         *     (`fz`) and filter on `slug` (`eq`). Filters travel in indexed bracket notation, as for
         *     GET /publications.
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
         *     The reference says this endpoint "returns the same result as GET /publications/{id}".
         *     That is most likely a copy of the publications page: a tag endpoint returns the tag,
         *     as GET /tags/{id} does, so the response is typed as Tag. That it answers 200 is
         *     inferred.
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
                /** @description Identifier of the tag. */
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
         *     The reference says this endpoint "returns the same result as GET /publications/{id}".
         *     That is most likely a copy of the publications page: a tag endpoint returns the tag,
         *     as GET /tags/{id} does, so the response is typed as Tag. That it answers 200 is
         *     inferred.
         */
        put: operations["updateTag"];
        post?: never;
        /**
         * Delete a tag
         * @description Deletes a tag.
         *
         *     The reference shows an empty response; that it is 204 No Content is inferred from
         *     Prepr's later documentation of deletes. It names no event for tags.
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
                /** @description Identifier of the publication model. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a publication model
         * @description Returns one publication model. Use `fields=fields` to include its field definitions.
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
         *     takes seconds. Filters travel in indexed bracket notation, as for GET /publications.
         *
         *     The reference's example for this endpoint shows publications, a copy of the GET
         *     /publications example. The API most likely returns persons, so items are typed as
         *     Person; the publication form is accepted too, so the example stays valid.
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
                /** @description Identifier of the session. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description Returns one session. Sessions are created when a user logs in; endpoints that need a
         *     user action to validate the request, like creating a publication, need the session.
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
         * @description Prepr calls your webhook with `publication.created` when a publication is created
         *     (POST /publications). The reference names the event on that endpoint; the call's
         *     envelope and signature come from Prepr's public webhook documentation, and the `event`
         *     of this call is `publication.created`.
         *
         *     Inferred: the call is a POST with a JSON body, and your endpoint acknowledges it with
         *     any 2xx.
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
         * @description Prepr calls your webhook with `publication.changed` when a publication changes (PUT
         *     /publications/{id}). The reference names the event on that endpoint; the call's
         *     envelope and signature come from Prepr's public webhook documentation, and the `event`
         *     of this call is `publication.changed`.
         *
         *     Inferred: the call is a POST with a JSON body, and your endpoint acknowledges it with
         *     any 2xx.
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
         * @description Prepr calls your webhook with `publication.deleted` when a publication is deleted
         *     (DELETE /publications/{id}). The reference names the event on that endpoint; the
         *     call's envelope and signature come from Prepr's public webhook documentation, and the
         *     `event` of this call is `publication.deleted`.
         *
         *     Inferred: the call is a POST with a JSON body, and your endpoint acknowledges it with
         *     any 2xx.
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
         * @description Prepr calls your webhook with `channel.created` when a channel is created (POST
         *     /channels). The reference names the event on that endpoint; the call's envelope and
         *     signature come from Prepr's public webhook documentation, and the `event` of this call
         *     is `channel.created`.
         *
         *     Inferred: the call is a POST with a JSON body, and your endpoint acknowledges it with
         *     any 2xx.
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
         * @description Prepr calls your webhook with `channel.changed` when a channel changes (PUT
         *     /channels/{id}). The reference names the event on that endpoint; the call's envelope
         *     and signature come from Prepr's public webhook documentation, and the `event` of this
         *     call is `channel.changed`.
         *
         *     Inferred: the call is a POST with a JSON body, and your endpoint acknowledges it with
         *     any 2xx.
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
         * @description Prepr calls your webhook with `channel.deleted` when a channel is deleted (DELETE
         *     /channels/{id}). The reference names the event on that endpoint; the call's envelope
         *     and signature come from Prepr's public webhook documentation, and the `event` of this
         *     call is `channel.deleted`.
         *
         *     Inferred: the call is a POST with a JSON body, and your endpoint acknowledges it with
         *     any 2xx.
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
         *     descending.
         *
         *     The reference lists `published_on` and `-published_on`, but its heading and the field
         *     are `publish_on` ("Sorting on publish_on"). The API most likely sorts on the field's
         *     name, `publish_on`; both spellings are accepted here, the listed one first. Because
         *     `publish_on` is localized, the API sorts on the environment's default locale unless
         *     `locale` is given.
         * @enum {string}
         */
        PublicationSort: "created_on" | "-created_on" | "changed_on" | "-changed_on" | "published_on" | "-published_on" | "publish_on" | "-publish_on";
        /**
         * @description The `model` filter of publications: the publication model, by name (`body`). Unlike the
         *     other filters the reference shows it as an object, `{"body": "One"}`, not as an array of
         *     clauses, and names no operators; it is accepted as shown. It travels in bracket
         *     notation: `model[body]=One`.
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
         * @description A filter with the operators `eq` and `in`, such as the `status`, `locales`,
         *     `created_by`, `assigned_to` and `containers` filters of publications. Each filter
         *     travels in indexed bracket notation, such as `tags[0][in][0]=a&tags[0][param]=Id`.
         */
        EqInFilter: {
            /** @description `eq` (equal): matches the value exactly. Takes a single value. */
            eq?: string;
            /** @description `in`: matches at least one of the values. */
            in?: string[];
        }[];
        /**
         * @description The `channels` filter of publications: operators `eq` and `in`, matched on the channel's
         *     id (default), slug or name. Each filter travels in indexed bracket notation, such as
         *     `tags[0][in][0]=a&tags[0][param]=Id`.
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
         * @description The `tags` filter of publications: operators `eq`, `all`, `in` and `has`, matched on the
         *     tag's id (default), slug or body. Each filter travels in indexed bracket notation, such
         *     as `tags[0][in][0]=a&tags[0][param]=Id`.
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
             * @description What the operators match on: id (default), slug or body. The reference's prose
             *     writes them in lowercase (`id`, `slug`, `body`) while its example sends `Id`, and
             *     the channels filter uses `Id`, `Slug`, `Body`; both spellings are accepted.
             * @enum {string}
             */
            param?: "Id" | "Slug" | "Body" | "id" | "slug" | "body";
        }[];
        /**
         * @description A filter with the operator `eq` only, such as the `slug` filters. Each filter travels in
         *     indexed bracket notation, such as `tags[0][in][0]=a&tags[0][param]=Id`.
         */
        EqFilter: {
            /** @description `eq` (equal): matches the value exactly. Takes a single value. */
            eq?: string;
        }[];
        /**
         * @description A fuzzy search filter with the operator `fz` only, such as the `q` filters. Each filter
         *     travels in indexed bracket notation, such as `tags[0][in][0]=a&tags[0][param]=Id`.
         */
        FuzzyFilter: {
            /** @description `fz`: fuzzy search for the text. */
            fz?: string;
        }[];
        /**
         * @description A date filter of publications with the operators `eq`, `lt` and `gt`, which accept UTC
         *     timestamps. Each filter travels in indexed bracket notation, such as
         *     `tags[0][in][0]=a&tags[0][param]=Id`.
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
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
            /** @description The format of `body` in PHP date notation, such as `Y-m-d`. */
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
         * @description A Coordinates field (a location) as responses deliver it. Responses carry the
         *     coordinates as numbers, although the reference's request sends them as strings.
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
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
         * @description A TwitterPost field (a post on Twitter (X)) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
         * @description A InstagramPost field (a post on Instagram) as responses deliver it.
         *
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
         *     Inferred: the reference shows only the request form of this field. The response form is
         *     inferred from the fields whose response the reference does show: `id`, `created_on`,
         *     `changed_on` and `label`, plus the properties of the request form.
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
         * @description A Assets reference field (one-to-many references to assets) as responses deliver it. Its
         *     label is `Asset`, not `Assets`.
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
         * @description A Persons reference field (one-to-many references to person (audience)s) as responses
         *     deliver it. Its label is `Person`, not `Persons`.
         */
        PersonsField: {
            /**
             * @description The field type, always `Person` for this field.
             * @constant
             */
            label: "Person";
            /**
             * @description The referenced person (audience)s. The reference shows them as an object keyed by
             *     position ("0", "1", ...) rather than an array; both forms are accepted.
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
        /** @description A Text field as requests send it. */
        TextFieldInput: {
            /**
             * @description The text: plain for the heading formats, HTML for CODE and the WYSIWYG editor
             *     (format null).
             */
            body: string;
            /**
             * @description The field type, `Text`. The reference marks it "required inside the Drag-and-drop
             *     editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `Color`. The reference marks it "required inside the Drag-and-drop
             *     editor"; elsewhere it may be left out, so it is optional here.
             * @constant
             */
            label?: "Color";
        };
        /** @description A DateTime field as requests send it. */
        DateTimeFieldInput: {
            /** @description The date (and time), written in `format`, such as `2020-01-01`. */
            body: string;
            /**
             * @description The field type, `DateTime`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
             * @constant
             */
            label?: "DateTime";
            /**
             * @description The format of `body` in PHP date notation, such as `Y-m-d`. The reference marks it
             *     "required inside the Drag-and-drop editor", so it is optional here.
             */
            format?: string;
        };
        /** @description A Boolean field as requests send it. */
        BooleanFieldInput: {
            /** @description The value. */
            value: boolean;
            /**
             * @description The field type, `Boolean`. The reference marks it "required inside the Drag-and-drop
             *     editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `ElementBox`. Shown in the reference's request; optional here like
             *     the other fields' labels.
             * @constant
             */
            label?: "ElementBox";
        };
        /** @description An Integer field as requests send it. */
        IntegerFieldInput: {
            /** @description The value: an integer. */
            value: number;
            /**
             * @description The field type, `Integer`. The reference marks it "required inside the Drag-and-drop
             *     editor"; elsewhere it may be left out, so it is optional here.
             * @constant
             */
            label?: "Integer";
        };
        /** @description A Float field as requests send it. */
        FloatFieldInput: {
            /** @description The value: a floating-point number. */
            value: number;
            /**
             * @description The field type, `Float`. The reference marks it "required inside the Drag-and-drop
             *     editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `Coordinates`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `Quote`. The reference marks it "required inside the Drag-and-drop
             *     editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `Number`. Shown in the reference's request; optional here like the
             *     other fields' labels.
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
             * @description The field type, `Resource`. Shown in the reference's request; optional here like the
             *     other fields' labels.
             * @constant
             */
            label?: "Resource";
        };
        /** @description A TwitterPost field (a post on Twitter (X)) as requests send it. */
        TwitterPostFieldInput: {
            /**
             * Format: uri
             * @description The URL of the post.
             */
            url: string;
            /**
             * @description The field type, `TwitterPost`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
             * @constant
             */
            label?: "TwitterPost";
        };
        /** @description A InstagramPost field (a post on Instagram) as requests send it. */
        InstagramPostFieldInput: {
            /**
             * Format: uri
             * @description The URL of the post.
             */
            url: string;
            /**
             * @description The field type, `InstagramPost`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `YouTubePost`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `FacebookPost`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `VimeoPost`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `SoundCloudPost`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
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
             * @description The field type, `SpotifyPlaylist`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
             * @constant
             */
            label?: "SpotifyPlaylist";
        };
        /** @description A BnnvaraPost field (a BNNVARA post) as requests send it. */
        BnnvaraPostFieldInput: {
            /** @description Identifier of a BNNVARA post, such as `AB6CD2`. */
            id: string;
            /**
             * @description The field type, `BnnvaraPost`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
             * @constant
             */
            label?: "BnnvaraPost";
        };
        /** @description A QualifioPost field (a Qualifio campaign) as requests send it. */
        QualifioPostFieldInput: {
            /** @description Identifier of a Qualifio campaign, such as `87654321`. */
            id: string;
            /**
             * @description The field type, `QualifioPost`. The reference marks it "required inside the
             *     Drag-and-drop editor"; elsewhere it may be left out, so it is optional here.
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
        /** @description A Assets reference field (one-to-many references to assets) as requests send it. */
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
         * @description A Persons reference field (one-to-many references to person (audience)s) as requests
         *     send it.
         */
        PersonsFieldInput: {
            /** @description The person (audience)s to reference, in order. */
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
        /**
         * @description A filter with the operators `eq` and `fz`, such as the `name` filter of channels. Each
         *     filter travels in indexed bracket notation, such as
         *     `tags[0][in][0]=a&tags[0][param]=Id`.
         */
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
         * @description A date filter of persons with the operators `eq`, `lt`, `lte`, `gt`, `gte`, which accept
         *     UTC timestamps, and `il`, which takes seconds. Each filter travels in indexed bracket
         *     notation, such as `tags[0][in][0]=a&tags[0][param]=Id`.
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
         *     The reference's example for this list shows publications (it repeats the GET
         *     /publications example). The API most likely lists persons, so items are typed as Person;
         *     the Publication form is accepted too so that the documented example stays valid. `label`
         *     tells them apart.
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
        /**
         * @description The body of a webhook call for a publication event.
         *
         *     Inferred: the reference names the events only. The envelope `{id, created_on, event,
         *     payload}` comes from Prepr's public webhook documentation; that `payload` is the
         *     publication as GET /publications/{id} returns it is inferred.
         */
        PublicationEvent: {
            /** @description Identifier of the webhook call. */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened (UTC).
             */
            created_on: string;
            /**
             * @description The event.
             * @enum {string}
             */
            event: "publication.created" | "publication.changed" | "publication.deleted";
            /** @description The publication the event is about (inferred). */
            payload: components["schemas"]["Publication"];
        };
        /**
         * @description The body of a webhook call for a channel event.
         *
         *     Inferred: the reference names the events only. The envelope `{id, created_on, event,
         *     payload}` comes from Prepr's public webhook documentation; that `payload` is the channel
         *     as GET /channels/{id} returns it is inferred.
         */
        ChannelEvent: {
            /** @description Identifier of the webhook call. */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened (UTC).
             */
            created_on: string;
            /**
             * @description The event.
             * @enum {string}
             */
            event: "channel.created" | "channel.changed" | "channel.deleted";
            /** @description The channel the event is about (inferred). */
            payload: components["schemas"]["Channel"];
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
        /**
         * @description A service is down or its performance is degraded; try again after a few seconds. The
         *     reference documents this answer, and its `{message}` body, for GET /health.
         *
         *     Inferred for the other operations: they run on the same services, and Prepr's status
         *     code documentation names 5xx answers for every endpoint. Their body is assumed to carry
         *     at least a `message`, which an `Error` body does too.
         */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HealthStatus"];
            };
        };
        /** @description The resource does not exist. */
        NotFound: {
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
    listPublications: {
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
                /** @description The order of the publications, such as `created_on` or `-created_on` (descending). */
                sort?: components["schemas"]["PublicationSort"];
                /**
                 * @description The locale to read localized properties in, such as `en-EN`. Sorting and filtering
                 *     on `publish_on` use the environment's default locale when it is not given, and
                 *     `slug` filters need it.
                 */
                locale?: string;
                /**
                 * @description Extra fields to include in the response: items, title, model, locales, status,
                 *     environment, created_by, updated_by, assigned_to. Several values are separated by
                 *     commas. Inferred: the reference lists the values but not how to combine them;
                 *     comma-separated is what Prepr's API takes elsewhere. The reference lists `fields`
                 *     for GET /publications/{id}; that the list takes it too is inferred.
                 */
                fields?: string;
                /**
                 * @description Filter publications on their publication model.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `model[body]=One`. For this object filter that is OpenAPI's
                 *     `deepObject` style.
                 */
                model?: components["schemas"]["ModelFilter"];
                /**
                 * @description Filter publications on their status, by name (see GET /statuses). Supported
                 *     operators: `eq`, `in`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `status[0][in][0]=Done&status[0][in][1]=To%20do`.
                 */
                status?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on their locales (see GET /locales). Supported operators:
                 *     `eq`, `in`. A publication only gets a locale when at least one field is filled for
                 *     that locale.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `locales[0][eq]=en-EN`.
                 */
                locales?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on the user who created them, by user id (see GET /users).
                 *     Supported operators: `eq`, `in`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `created_by[0][in][0]=<user id>`.
                 */
                created_by?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on the user they are assigned to, by user id (see GET /users).
                 *     Supported operators: `eq`, `in`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `assigned_to[0][eq]=<user id>`.
                 */
                assigned_to?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on their channels (see GET /channels). Supported operators:
                 *     `eq`, `in`. Supported params: `Id` (default), `Slug`, `Body`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `channels[0][in][0]=<id>&channels[0][param]=Id`.
                 */
                channels?: components["schemas"]["ChannelsFilter"];
                /**
                 * @description Filter publications on all the tags associated with them. Supported operators:
                 *     `eq`, `all`, `in`, `has`. Supported params: id (default), slug, body; the
                 *     reference writes them in lowercase in the prose and as `Id` in its example, so
                 *     both spellings are accepted.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `tags[0][in][0]=a&tags[0][in][1]=b&tags[0][param]=Id`.
                 */
                tags?: components["schemas"]["TagsFilter"];
                /**
                 * @description Filter publications on their containers (stories, see GET /containers). Supported
                 *     operators: `eq`, `in`. The reference's example misspells the key as `conainers`;
                 *     the parameter is `containers`, as the section title and the request body name it.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `containers[0][in][0]=<id>`.
                 */
                containers?: components["schemas"]["EqInFilter"];
                /**
                 * @description Filter publications on their slug. Supported operator: `eq`. Requires `locale`,
                 *     and `model` for a unique result.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `slug[0][eq]=international`.
                 */
                slug?: components["schemas"]["EqFilter"];
                /**
                 * @description Search publications in all text fields with fuzzy search. Supported operator:
                 *     `fz`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `q[0][fz]=search%20words`.
                 */
                q?: components["schemas"]["FuzzyFilter"];
                /**
                 * @description Filter publications on when they were created. Supported operators: `eq`, `lt`,
                 *     `gt`, with UTC timestamps; `eq`, and `lt` together with `gt`, are optimized.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `created_on[0][gt]=2019-01-08T14:10:58%2B00:00`.
                 */
                created_on?: components["schemas"]["DateFilter"];
                /**
                 * @description Filter publications on when they last changed. Supported operators: `eq`, `lt`,
                 *     `gt`, with UTC timestamps.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `changed_on[0][lt]=2019-01-08T14:10:58%2B00:00`.
                 */
                changed_on?: components["schemas"]["DateFilter"];
                /**
                 * @description Filter publications on their publish date. Supported operators: `eq`, `lt`, `gt`,
                 *     with UTC timestamps; `eq`, and `lt` together with `gt`, are optimized. Without
                 *     `locale` the results are accurate within a one hour window.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it:
                 *     `publish_on[0][gt]=2019-01-08T14:10:58%2B00:00&publish_on[0][lt]=2019-02-08T14:10:58%2B00:00`.
                 */
                publish_on?: components["schemas"]["DateFilter"];
                /**
                 * @description Filter publications on their expiry date. Supported operators: `eq`, `lt`, `gt`,
                 *     with UTC timestamps. The reference marks this filter "coming soon".
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `expire_on[0][lt]=2019-01-08T14:10:58%2B00:00`.
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
            503: components["responses"]["ServiceUnavailable"];
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
             * @description The created publication, as GET /publications/{id} returns it. The status code is
             *     inferred from Prepr's status code documentation, which lists 200 as the success
             *     status; the reference does not give it.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPublication: {
        parameters: {
            query?: {
                /**
                 * @description Extra fields to include in the response: items, title, model, locales, status,
                 *     environment, created_by, updated_by, assigned_to. Several values are separated by
                 *     commas. Inferred: the reference lists the values but not how to combine them;
                 *     comma-separated is what Prepr's API takes elsewhere.
                 */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description Identifier of the publication. */
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the publication. */
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
             * @description The changed publication, as GET /publications/{id} returns it. The status code is
             *     inferred from Prepr's status code documentation, which lists 200 as the success
             *     status; the reference does not give it.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the publication. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Deleted; the response is empty. The status code is inferred from Prepr's later
             *     documentation of deletes; the reference shows only the empty body.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContainers: {
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listChannels: {
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
                /** @description The order of the channels, such as `created_on` or `-created_on` (descending). */
                sort?: components["schemas"]["ChannelSort"];
                /**
                 * @description Filter channels by name, equal or with fuzzy search. Supported operators: `eq`,
                 *     `fz`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `name[0][fz]=interna`.
                 */
                name?: components["schemas"]["EqFuzzyFilter"];
                /**
                 * @description Filter channels by slug. A slug is unique, so this filter returns at most one
                 *     channel. Supported operator: `eq`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `slug[0][eq]=international`.
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
            503: components["responses"]["ServiceUnavailable"];
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
             * @description The created channel, as GET /channels/{id} returns it. The status code is inferred
             *     from Prepr's status code documentation, which lists 200 as the success status; the
             *     reference does not give it.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
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
                /** @description Identifier of the channel. */
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the channel. */
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
             * @description The changed channel, as GET /channels/{id} returns it. The status code is inferred
             *     from Prepr's status code documentation, which lists 200 as the success status; the
             *     reference does not give it.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the channel. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Deleted; the response is empty. The status code is inferred from Prepr's later
             *     documentation of deletes; the reference shows only the empty body.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLocales: {
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
                /** @description The order of the locales, such as `created_on` or `-created_on` (descending). */
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTags: {
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
                /** @description The order of the tags, such as `created_on` or `-created_on` (descending). */
                sort?: components["schemas"]["TagSort"];
                /**
                 * @description Search tags in their body with fuzzy search. Supported operator: `fz`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `q[0][fz]=search%20words`.
                 */
                q?: components["schemas"]["FuzzyFilter"];
                /**
                 * @description Filter tags by slug. Supported operator: `eq`.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `slug[0][eq]=international`.
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
            503: components["responses"]["ServiceUnavailable"];
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
             * @description The created tag. The status code is inferred from Prepr's status code
             *     documentation, which lists 200 as the success status; the reference does not give
             *     it.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the tag. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the tag. */
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
             * @description The changed tag. The status code is inferred from Prepr's status code
             *     documentation, which lists 200 as the success status; the reference does not give
             *     it.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the tag. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Deleted; the response is empty. The status code is inferred from Prepr's later
             *     documentation of deletes; the reference shows only the empty body.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPublicationModels: {
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
                /**
                 * @description Extra fields to include in the response: fields, title. Several values are
                 *     separated by commas. Inferred: the reference lists the values but not how to
                 *     combine them; comma-separated is what Prepr's API takes elsewhere.
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPublicationModel: {
        parameters: {
            query?: {
                /**
                 * @description Extra fields to include in the response: fields, title. Several values are
                 *     separated by commas. Inferred: the reference lists the values but not how to
                 *     combine them; comma-separated is what Prepr's API takes elsewhere.
                 */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description Identifier of the publication model. */
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPersons: {
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
                /** @description The order of the persons, such as `created_on` or `-created_on` (descending). */
                sort?: components["schemas"]["PersonSort"];
                /**
                 * @description Filter persons on their registration date. Supported operators: `eq`, `lt`, `lte`,
                 *     `gt`, `gte` with UTC timestamps, and `il` with seconds.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `created_on[0][gt]=2019-01-08T14:10:58%2B00:00`.
                 */
                created_on?: components["schemas"]["PersonDateFilter"];
                /**
                 * @description Filter persons on when they were last seen. Supported operators: `eq`, `lt`,
                 *     `lte`, `gt`, `gte` with UTC timestamps, and `il` with seconds.
                 *
                 *     Serialized in indexed bracket notation (`x-query-encoding: brackets`), as Prepr's
                 *     SDKs send it: `last_seen[0][il]=3600`.
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUsers: {
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the session. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
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
                 *     secret (the webhook's id). Verify it on the bytes as received, before parsing the
                 *     JSON (`verifyPreprWebhook` in `@specbound/prepr`). Taken from Prepr's public
                 *     webhook documentation; the reference does not describe it.
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
            /** @description The call is received; any 2xx acknowledges it (inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because `Prepr-Signature` does not
             *     match (inferred).
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
                 *     secret (the webhook's id). Verify it on the bytes as received, before parsing the
                 *     JSON (`verifyPreprWebhook` in `@specbound/prepr`). Taken from Prepr's public
                 *     webhook documentation; the reference does not describe it.
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
            /** @description The call is received; any 2xx acknowledges it (inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because `Prepr-Signature` does not
             *     match (inferred).
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
                 *     secret (the webhook's id). Verify it on the bytes as received, before parsing the
                 *     JSON (`verifyPreprWebhook` in `@specbound/prepr`). Taken from Prepr's public
                 *     webhook documentation; the reference does not describe it.
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
            /** @description The call is received; any 2xx acknowledges it (inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because `Prepr-Signature` does not
             *     match (inferred).
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
                 *     secret (the webhook's id). Verify it on the bytes as received, before parsing the
                 *     JSON (`verifyPreprWebhook` in `@specbound/prepr`). Taken from Prepr's public
                 *     webhook documentation; the reference does not describe it.
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
            /** @description The call is received; any 2xx acknowledges it (inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because `Prepr-Signature` does not
             *     match (inferred).
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
                 *     secret (the webhook's id). Verify it on the bytes as received, before parsing the
                 *     JSON (`verifyPreprWebhook` in `@specbound/prepr`). Taken from Prepr's public
                 *     webhook documentation; the reference does not describe it.
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
            /** @description The call is received; any 2xx acknowledges it (inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because `Prepr-Signature` does not
             *     match (inferred).
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
                 *     secret (the webhook's id). Verify it on the bytes as received, before parsing the
                 *     JSON (`verifyPreprWebhook` in `@specbound/prepr`). Taken from Prepr's public
                 *     webhook documentation; the reference does not describe it.
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
            /** @description The call is received; any 2xx acknowledges it (inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Your endpoint rejects the call, for example because `Prepr-Signature` does not
             *     match (inferred).
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
