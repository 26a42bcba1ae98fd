// This file is generated from openapi/ by `npm run generate`. Do not edit it by hand.

export interface paths {
    "/api/organizations/auth/signup/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up
         * @description Create a user, a new organization with the user as `owner`, the membership and a token. An email that is already taken is a 400 on `email`.
         */
        post: operations["signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/auth/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Exchange an email and password for the user's token. Wrong credentials give a 400 with `non_field_errors`, whatever the password's length. Failed logins are throttled per client and per email (429 with `Retry-After`). A user holds at most 1,000 tokens at once; a login past it revokes their oldest token, and the short-term keys that token made.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/auth/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user
         * @description The token's user with their memberships, oldest first.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/auth/logout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Revoke the token used for this request; it stops working at once.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/organizations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description With a token, the organizations the user is a member of; with an API key, the key's own organization.
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization
         * @description Create an organization; the caller becomes its `owner`. Token only: an API key belongs to one organization.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/organizations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description One of the caller's organizations; another organization's id is a 403.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        /**
         * Delete an organization
         * @description Delete the organization and everything in it. Owners only, and so token only: an API key cannot delete the organization it belongs to.
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        /**
         * Update an organization
         * @description Change only the fields sent.
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/api/organizations/members/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description The organization's memberships, oldest first.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/members/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a member
         * @description One member of the organization.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Remove a member from the organization. Owners remove anyone; admins remove admins and members (see Roles); anyone may remove their own membership (leave). Removing the last owner is a 400: promote someone else to owner first.
         */
        delete: operations["deleteMember"];
        options?: never;
        head?: never;
        /**
         * Update a member
         * @description Change a member's role. Owners change any role; admins change `admin` and `member` roles, to `admin` or `member`, and never touch an owner (see Roles): nobody grants a role above their own. Demoting the last owner is a 400: promote someone else to owner first.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/organizations/invites/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invites
         * @description A page of the organization's invites, oldest first unless `ordering` says otherwise. Owners and admins only (see Roles). A pending invite whose `expires_at` has passed reads `expired`. No invite's secret is ever listed.
         */
        get: operations["listInvites"];
        put?: never;
        /**
         * Create an invite
         * @description Invite an email address to the organization with a role. Owners invite with any role, admins as `admin` or `member` (see Roles); a higher role is a 403. An email that already belongs to a member of the organization is a 400 on `email`: change a member's role through the members endpoints. The response is the only one that shows the invite's secret `token`: send it to the invitee, who needs it to accept.
         */
        post: operations["createInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/invites/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invite
         * @description One invite of the organization, without its secret. Owners and admins only (see Roles). A pending invite whose `expires_at` has passed reads `expired`.
         */
        get: operations["getInvite"];
        put?: never;
        post?: never;
        /**
         * Revoke an invite
         * @description Revoke a pending invite: it can no longer be accepted. Owners revoke any invite, admins those with the role `admin` or `member` (see Roles). An invite that is not `pending` is a 400.
         */
        delete: operations["deleteInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/invites/{id}/accept/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invite
         * @description Accept an invite with its secret `token` (from the response that created it) and return a token. When the invited email has no account yet, send `name` and `password` too: the user is created. When it has one, send no password but that user's `Authorization: Token …`: the membership is added to them (without it, a 401 says to log in first; another user's token is a 403). A wrong or missing secret is a 400 on `token` whether or not the invite exists; an invite that is not `pending` (accepted, revoked or expired) is a 400. Accepting never changes an existing member's role: a user who is already a member of the organization gets a 400 and keeps their role. An invite revoked, or an organization deleted, while the acceptance is under way is not accepted (400, 404). Failed attempts are throttled per client (429).
         */
        post: operations["acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/api-keys/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description A page of the organization's API keys, oldest first unless `ordering` says otherwise.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Create an API key. The response alone carries the full `key`: store it now, it is never shown again. A `long_term` key (the default) expires never or at least a day ahead; a `short_term` one at most 12 hours ahead (12 hours by default) and, made with a token, when that token logs out. No credential outlives or outranks the one that made it: a key made with an API key expires no later than that key (left out, `expires_at` defaults to the kind's default cut to the maker's end; later, or never, is a 400 on `expires_at`); a short-term key makes only short-term keys (another `kind`, or none, is a 400 on `kind`), which also end when the token its maker ends with logs out. With API keys disabled for the organization, 403; an `expires_at` beyond the policy's `max_key_lifetime_days` (or never, under a cap) is a 400 on `expires_at`.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/api-keys/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key
         * @description One API key of the organization.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revoke the key: it stops working at once.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        /**
         * Update an API key
         * @description Rename the key.
         */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/api/organizations/api-keys/{id}/rotate/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key
         * @description Replace a key without downtime: a new key with the same `name` and `kind` (its full `key` shown in this response only; by default as long-lived as the old one), while the old key keeps working for `grace_seconds` and then gets 401. Owners and admins (or the organization's key). The new key keeps the old one's bounds: it expires no later than the key that made the old one (and than the API key rotating it), and a short-term key's replacement still ends when the token the old one was tied to logs out; beyond that, 400 on `expires_at`. A short-term key cannot rotate a long-term one (400). An idempotent replay goes to the replacement as to the key it replaced. A revoked or expired key cannot be rotated (400); with API keys disabled for the organization, 403; a new `expires_at` beyond the policy's `max_key_lifetime_days` is a 400 on `expires_at`.
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/organizations/{id}/key-policy/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the key policy
         * @description The organization's rules for API keys. Any member (with a token) or the organization's own key; another organization's is a 403.
         */
        get: operations["getKeyPolicy"];
        /**
         * Replace the key policy
         * @description Set the whole policy (an omitted `max_key_lifetime_days` becomes `null`). Owners and admins, with a token only: a key can never loosen its own organization's policy.
         */
        put: operations["replaceKeyPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the key policy
         * @description Change only the fields sent. Owners and admins, with a token only: a key can never loosen its own organization's policy.
         */
        patch: operations["updateKeyPolicy"];
        trace?: never;
    };
    "/api/organizations/audit-events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description A page of the organization's audit trail, newest first unless `ordering` says otherwise: every successful write through any resource, every key event, every refused use of an expired, revoked or disabled key and every failed login of a member. Owners and admins (with a token), or the organization's key.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/audit-events/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an audit event
         * @description One event of the organization's audit trail. Owners and admins (with a token), or the organization's key.
         */
        get: operations["getAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description A page of the organization's templates, oldest first unless `ordering` says otherwise.
         */
        get: operations["listTemplates"];
        put?: never;
        /**
         * Create a template
         * @description Create a template in the organization.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a template
         * @description One template of the organization.
         */
        get: operations["getTemplate"];
        /**
         * Replace a template
         * @description Replace every writable field of the template; omitted optional fields take their defaults.
         */
        put: operations["replaceTemplate"];
        post?: never;
        /**
         * Delete a template
         * @description Delete the template. Refused with 409 while agents or adapter configs refer to it.
         */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /**
         * Update a template
         * @description Change only the fields sent.
         */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/api/agents/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description A page of the organization's agents, oldest first unless `ordering` says otherwise.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Create an agent from a template of the same organization. A new agent is `idle`.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agent
         * @description One agent of the organization.
         */
        get: operations["getAgent"];
        /**
         * Replace an agent
         * @description Replace every writable field of the agent; omitted optional fields take their defaults.
         */
        put: operations["replaceAgent"];
        post?: never;
        /**
         * Delete an agent
         * @description Delete the agent. Its runs and traces are deleted with it.
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Change only the fields sent.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/api/agents/{id}/run/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an agent
         * @description Start a run: the agent becomes `running`, `last_run_at` is set, and a trace is created for the run.
         */
        post: operations["runAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{id}/stop/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an agent
         * @description Stop the agent: it becomes `stopped`.
         */
        post: operations["stopAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{id}/tag/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag an agent
         * @description Add tags to the agent; tags it already has are not duplicated.
         */
        post: operations["tagAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/traces/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List traces
         * @description A page of the organization's traces, oldest first unless `ordering` says otherwise.
         */
        get: operations["listTraces"];
        put?: never;
        /**
         * Create a trace
         * @description Record a trace for an agent of the organization.
         */
        post: operations["createTrace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/traces/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a trace
         * @description One trace of the organization.
         */
        get: operations["getTrace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a trace
         * @description Change only the fields sent.
         */
        patch: operations["updateTrace"];
        trace?: never;
    };
    "/api/adapters/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List adapters
         * @description The built-in adapters and the organization's own, oldest first.
         */
        get: operations["listAdapters"];
        put?: never;
        /**
         * Create an adapter
         * @description Create a custom adapter for the organization.
         */
        post: operations["createAdapter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adapters/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an adapter
         * @description A built-in adapter or one of the organization's own.
         */
        get: operations["getAdapter"];
        put?: never;
        post?: never;
        /**
         * Delete an adapter
         * @description Delete one of the organization's custom adapters. A built-in adapter is a 403. Refused with 409 while adapter configs refer to it.
         */
        delete: operations["deleteAdapter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adapter-configs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List adapter configs
         * @description A page of the organization's adapter configs, oldest first unless `ordering` says otherwise.
         */
        get: operations["listAdapterConfigs"];
        put?: never;
        /**
         * Create an adapter config
         * @description Create an adapter config in the organization.
         */
        post: operations["createAdapterConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adapter-configs/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an adapter config
         * @description One adapter config of the organization.
         */
        get: operations["getAdapterConfig"];
        /**
         * Replace an adapter config
         * @description Replace every writable field of the adapter config; omitted optional fields take their defaults.
         */
        put: operations["replaceAdapterConfig"];
        post?: never;
        /**
         * Delete an adapter config
         * @description Delete the adapter config.
         */
        delete: operations["deleteAdapterConfig"];
        options?: never;
        head?: never;
        /**
         * Update an adapter config
         * @description Change only the fields sent.
         */
        patch: operations["updateAdapterConfig"];
        trace?: never;
    };
    "/api/adapter-state/contacts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description A page of the organization's contacts, oldest first unless `ordering` says otherwise.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Create a contact in the organization.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adapter-state/contacts/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description One contact of the organization.
         */
        get: operations["getContact"];
        /**
         * Replace a contact
         * @description Replace every writable field of the contact; omitted optional fields take their defaults.
         */
        put: operations["replaceContact"];
        post?: never;
        /**
         * Delete a contact
         * @description Delete the contact. Refused with 409 while messages refer to it.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Change only the fields sent.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/adapter-state/messages/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description A page of the organization's messages, oldest first unless `ordering` says otherwise.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Create a message
         * @description Create a message in the organization.
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adapter-state/messages/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a message
         * @description One message of the organization.
         */
        get: operations["getMessage"];
        /**
         * Replace a message
         * @description Replace every writable field of the message; omitted optional fields take their defaults.
         */
        put: operations["replaceMessage"];
        post?: never;
        /**
         * Delete a message
         * @description Delete the message.
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        /**
         * Update a message
         * @description Change only the fields sent.
         */
        patch: operations["updateMessage"];
        trace?: never;
    };
    "/api/adapter-state/documents/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List documents
         * @description A page of the organization's documents, oldest first unless `ordering` says otherwise.
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Create a document
         * @description Create a document in the organization.
         */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adapter-state/documents/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a document
         * @description One document of the organization.
         */
        get: operations["getDocument"];
        /**
         * Replace a document
         * @description Replace every writable field of the document; omitted optional fields take their defaults.
         */
        put: operations["replaceDocument"];
        post?: never;
        /**
         * Delete a document
         * @description Delete the document.
         */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        /**
         * Update a document
         * @description Change only the fields sent.
         */
        patch: operations["updateDocument"];
        trace?: never;
    };
    "/api/adapter-state/projects/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description A page of the organization's projects, oldest first unless `ordering` says otherwise.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Create a project in the organization.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adapter-state/projects/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project
         * @description One project of the organization.
         */
        get: operations["getProject"];
        /**
         * Replace a project
         * @description Replace every writable field of the project; omitted optional fields take their defaults.
         */
        put: operations["replaceProject"];
        post?: never;
        /**
         * Delete a project
         * @description Delete the project. Refused with 409 while documents refer to it.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Change only the fields sent.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/api/adapter-state/notifications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notifications
         * @description A page of the organization's notifications, oldest first unless `ordering` says otherwise.
         */
        get: operations["listNotifications"];
        put?: never;
        /**
         * Create a notification
         * @description Create a notification in the organization.
         */
        post: operations["createNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adapter-state/notifications/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a notification
         * @description One notification of the organization.
         */
        get: operations["getNotification"];
        /**
         * Replace a notification
         * @description Replace every writable field of the notification; omitted optional fields take their defaults.
         */
        put: operations["replaceNotification"];
        post?: never;
        /**
         * Delete a notification
         * @description Delete the notification.
         */
        delete: operations["deleteNotification"];
        options?: never;
        head?: never;
        /**
         * Update a notification
         * @description Change only the fields sent.
         */
        patch: operations["updateNotification"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Create a user, their organization (with them as `owner`) and a token. */
        SignupRequest: {
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @description Password, at least 8 characters. Never returned. */
            password: string;
            /** @description Display name. */
            name: string;
            /** @description Name of the new organization. */
            organization_name: string;
        };
        /** @description A person who signs in to Bedrock. */
        User: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /**
             * Format: email
             * @description Sign-in email, unique.
             */
            email: string;
            /** @description Display name. */
            name: string;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
        };
        /** @description A tenant: everything else belongs to one organization. */
        Organization: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Display name. */
            name: string;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /**
         * @description A member's role in an organization. Owners and admins manage members and invites; only owners delete the organization.
         * @enum {string}
         */
        Role: "owner" | "admin" | "member";
        /** @description A user's membership of an organization. */
        Membership: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            readonly user: components["schemas"]["User"];
            /**
             * Format: uuid
             * @description The organization.
             */
            readonly organization: string;
            role: components["schemas"]["Role"];
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
        };
        /** @description What signup and invite acceptance create: a token, the user, the organization and the membership. */
        AuthSession: {
            /** @description DRF token. Send it as `Authorization: Token <token>`. Shown only in this response. */
            readonly token: string;
            user: components["schemas"]["User"];
            organization: components["schemas"]["Organization"];
            membership: components["schemas"]["Membership"];
        };
        /** @description DRF validation errors: each invalid field maps to its messages; errors about the request as a whole are under `non_field_errors`. A message about a value inside a field says where it is (`definition.model: Not a valid string.`, `Unknown field "definition.modle"; …`). A malformed JSON body yields `detail` instead. */
        ValidationError: {
            /** @description Errors not tied to one field. */
            non_field_errors?: string[];
            /** @description Set instead of field errors when the body could not be parsed. */
            detail?: string;
        } & {
            [key: string]: string[];
        };
        /** @description An error with a single human-readable message (DRF's `detail`). */
        ErrorDetail: {
            /** @description What went wrong. */
            detail: string;
        };
        /** @description Exchange an email and password for a token. The password is checked, not validated: wrong credentials of any length get the same `non_field_errors`. */
        LoginRequest: {
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @description The user's password. Never returned. */
            password: string;
        };
        /** @description A token and the user it belongs to. */
        AuthToken: {
            /** @description DRF token. Send it as `Authorization: Token <token>`. Shown only in this response. */
            readonly token: string;
            user: components["schemas"]["User"];
        };
        /** @description The signed-in user with their memberships, oldest first. */
        Me: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /**
             * Format: email
             * @description Sign-in email, unique.
             */
            email: string;
            /** @description Display name. */
            name: string;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /** @description The organizations the user belongs to and their role in each, oldest first. */
            readonly memberships: components["schemas"]["Membership"][];
        };
        /** @description A page of Organization objects (DRF page-number pagination). */
        PaginatedOrganizationList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Organization"][];
        };
        /** @description Body to create or replace an organization. */
        OrganizationRequest: {
            /** @description Display name. */
            name: string;
        };
        /** @description Partial update: only the fields sent change. */
        PatchedOrganizationRequest: {
            /** @description Display name. */
            name?: string;
        };
        /** @description A page of Membership objects (DRF page-number pagination). */
        PaginatedMembershipList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Membership"][];
        };
        /** @description Change a member's role. */
        PatchedMembershipRequest: {
            role?: components["schemas"]["Role"];
        };
        /**
         * @description Where an invite stands. Only a `pending` invite can be accepted.
         * @enum {string}
         */
        InviteStatus: "pending" | "accepted" | "revoked" | "expired";
        /** @description An invitation for an email address to join the organization. */
        Invite: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            role: components["schemas"]["Role"];
            /**
             * Format: uuid
             * @description The organization invited to.
             */
            readonly organization: string;
            readonly status: components["schemas"]["InviteStatus"];
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When the invite stops being valid (7 days after creation).
             */
            readonly expires_at: string;
        };
        /** @description A page of Invite objects (DRF page-number pagination). */
        PaginatedInviteList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Invite"][];
        };
        /** @description Invite someone by email. */
        InviteRequest: {
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @default member */
            role?: components["schemas"]["Role"];
        };
        /** @description A new invite with its secret `token`, shown only in this response: send it to the invitee. */
        InviteCreated: components["schemas"]["Invite"] & {
            /** @description The invite's secret. Accepting the invite requires it; it is stored hashed and never shown again. */
            readonly token: string;
        };
        /** @description Accept an invite with its secret. A new user also sends a name and a password; a user who already has an account sends only the secret, with their own token. */
        InviteAcceptRequest: {
            /** @description The invite's secret, from the response that created the invite. */
            token: string;
            /** @description Display name of the new user. Required when the email has no account yet. */
            name?: string;
            /** @description Password of the new user, at least 8 characters. Required when the email has no account yet; never returned. */
            password?: string;
        };
        /**
         * @description `long_term`: `expires_at` `null` (never) or at least one day ahead. `short_term`: at most 12 hours ahead (12 hours by default); one made with a token also ends when that token is revoked (logout). A short-term key makes only short-term keys, which end no later than it and at the same logout.
         * @enum {string}
         */
        ApiKeyKind: "long_term" | "short_term";
        /** @description Who did something: a user, or an API key, named by its id and `prefix` (never the key itself). */
        Actor: {
            /**
             * @description `user` (with a token) or `api_key`.
             * @enum {string}
             */
            type: "user" | "api_key";
            /**
             * Format: uuid
             * @description The user's or the API key's id.
             */
            id: string;
            /** @description For an API key, the first characters of the key, enough to recognise it. */
            prefix?: string;
        };
        /** @description An API key, without its secret. `prefix` is enough to recognise it. */
        ApiKey: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Display name. */
            name: string;
            /** @description First characters of the key. */
            readonly prefix: string;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When the key stops working; `null` for never. A rotated key's is the end of its grace period.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description When the key last authenticated a request; `null` if never.
             */
            readonly last_used_at: string | null;
            kind: components["schemas"]["ApiKeyKind"];
            /** @description Who made the key. */
            readonly created_by: components["schemas"]["Actor"];
        };
        /** @description A page of ApiKey objects (DRF page-number pagination). */
        PaginatedApiKeyList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["ApiKey"][];
        };
        /** @description Create an API key. */
        ApiKeyRequest: {
            /** @description Display name: name a key by its purpose (`nightly-export`), so the audit trail reads well. */
            name: string;
            /** @default long_term */
            kind?: components["schemas"]["ApiKeyKind"];
            /**
             * Format: date-time
             * @description When the key stops working. A long-term key: `null` (never; the default) or at least one day ahead. A short-term key: at most 12 hours ahead (default: in 12 hours). The organization's `max_key_lifetime_days` caps both; a key made with an API key expires no later than that key (the default is cut to it).
             */
            expires_at?: string | null;
        };
        /** @description A new API key with its full secret `key`, shown only in this response: store it now. */
        ApiKeyCreated: components["schemas"]["ApiKey"] & {
            /** @description The full API key. Send it as `Authorization: Bearer <key>`. */
            readonly key: string;
        };
        /** @description Rename an API key. */
        PatchedApiKeyRequest: {
            /** @description Display name. */
            name?: string;
        };
        /** @description Rotate an API key. */
        ApiKeyRotateRequest: {
            /**
             * @description How long the old key keeps working, in seconds (0 ends it at once).
             * @default 3600
             */
            grace_seconds?: number;
            /**
             * Format: date-time
             * @description When the new key stops working, under the same rules as at creation, and no later than the old key's maker allows. Default: a lifetime as long as the old key's, or never when the old key never expired, cut to that bound.
             */
            expires_at?: string | null;
        };
        /** @description The organization's rules for its API keys. */
        KeyPolicy: {
            /** @description `false`: every request with a key of the organization gets 403, and no key can be created or rotated. Tokens are unaffected. */
            api_keys_enabled: boolean;
            /** @description The longest a new or rotated key may live, in days; `null` for no cap. Existing keys are not changed. */
            max_key_lifetime_days: number | null;
            /**
             * Format: date-time
             * @description When the policy last changed (the organization's creation until then).
             */
            readonly updated_at: string;
            /** @description Who last changed the policy; `null` until someone does. */
            readonly updated_by: components["schemas"]["Actor"] | null;
        };
        /** @description Replace the organization's key policy. */
        KeyPolicyRequest: {
            /** @description Whether API keys of the organization may be used, created and rotated. */
            api_keys_enabled: boolean;
            /**
             * @description The longest a new or rotated key may live, in days; `null` (the default) for no cap.
             * @default null
             */
            max_key_lifetime_days?: number | null;
        };
        /** @description Change some of the organization's key policy. */
        PatchedKeyPolicyRequest: {
            /** @description Whether API keys of the organization may be used, created and rotated. */
            api_keys_enabled?: boolean;
            /** @description The longest a new or rotated key may live, in days; `null` for no cap. */
            max_key_lifetime_days?: number | null;
        };
        /** @description What an audit event is about. */
        AuditTarget: {
            /** @description The kind of object, e.g. `template`, `api_key`, `member`, `key_policy` (its `id` is the organization's), `user`. */
            type: string;
            /**
             * Format: uuid
             * @description The object's id.
             */
            id: string;
        };
        /** @description Something that happened in the organization: a successful write, a key event, a refused key or a failed login. Never holds a key, a token, a password or an invite secret; a key appears only as its `prefix`. An organization's trail keeps, apart from each other, at least its newest 10,000 security events (`auth`, `api_key`, `key_policy`, `member`, `invite` and `organization` actions), its newest 10,000 refusals (`api_key.*_use`, `auth.login_failed`) and its newest 10,000 other events (writes to its resources): older ones of a kind may be dropped, so no flood of one kind pushes out another. Repeated refusals of one key (or failed logins of one user) are one event with a `count` for 10 minutes from the first. The trail goes with its organization. */
        AuditEvent: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description `<resource>.<verb>`, e.g. `template.created`, `agent.run`, `member.role_changed`, `api_key.rotated`, `api_key.expired_use`, `key_policy.changed`, `auth.login_failed`. */
            action: string;
            /** @description Who did it; `null` when no one was signed in (a failed login). */
            actor: components["schemas"]["Actor"] | null;
            target: components["schemas"]["AuditTarget"];
            /** @description The id the server gave the request (its response's `X-Request-Id`), never one the client sent; the first request's, for a `count` above 1. */
            request_id: string;
            /**
             * @description How many times it happened: 1, except for a refusal (`api_key.expired_use`, `api_key.revoked_use`, `api_key.disabled_use`, `auth.login_failed`), which counts the refusals of the same key (or user) in the 10 minutes from its `created_at`.
             * @default 1
             */
            readonly count: number;
            /**
             * Format: date-time
             * @description When it happened.
             */
            readonly created_at: string;
            /** @description The fields the request set, as sent, without secrets: a field whose name marks a secret (`password`, `secret`, `token`, `key`, `credentials`, `authorization`, or ending in one of them, such as `api_key`, `access_token` or `client_secret`, in any case) is left out at any depth, free-form objects and arrays included. A value longer than 1,000 characters (a string, or as JSON) is cut to its first 1,000, followed by `…`. */
            changes?: {
                [key: string]: unknown;
            };
        };
        /** @description A page of AuditEvent objects (DRF page-number pagination). */
        PaginatedAuditEventList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["AuditEvent"][];
        };
        /** @description What an agent made from the template runs: the model, its instructions and the tools it may call. Every field is optional; a field the API does not know is refused with a 400 (put data of your own under `metadata`). */
        TemplateDefinition: {
            /** @description The model the agent runs, e.g. `bedrock-large`. */
            model?: string;
            /** @description The agent's standing instructions (its system prompt). */
            instructions?: string;
            /** @description The tools the agent may call, by name, e.g. `adapter-state.contacts`. */
            tools?: string[];
            /** @description Sampling temperature, from 0 (the most predictable replies) to 2. */
            temperature?: number;
            /** @description Free-form data of your own, stored as it is. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A reusable agent definition. */
        Template: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Display name. */
            name: string;
            /**
             * @description Free-form description.
             * @default
             */
            description: string;
            /** @default {} */
            definition: components["schemas"]["TemplateDefinition"];
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of Template objects (DRF page-number pagination). */
        PaginatedTemplateList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Template"][];
        };
        /** @description Body to create or replace a template. */
        TemplateRequest: {
            /** @description Display name. */
            name: string;
            /**
             * @description Free-form description.
             * @default
             */
            description?: string;
            /** @default {} */
            definition?: components["schemas"]["TemplateDefinition"];
        };
        /** @description Partial update: only the fields sent change. */
        PatchedTemplateRequest: {
            /** @description Display name. */
            name?: string;
            /**
             * @description Free-form description.
             * @default
             */
            description?: string;
            /** @default {} */
            definition?: components["schemas"]["TemplateDefinition"];
        };
        /**
         * @description An agent's state: new agents are `idle`, `run` makes them `running`, `stop` makes them `stopped`.
         * @enum {string}
         */
        AgentStatus: "idle" | "running" | "stopped" | "failed";
        /** @description An agent built from a template. */
        Agent: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Display name. */
            name: string;
            /**
             * @description Free-form description.
             * @default
             */
            description: string;
            /**
             * Format: uuid
             * @description The template this agent runs (same organization).
             */
            template: string;
            readonly status: components["schemas"]["AgentStatus"];
            /**
             * @description Labels, without duplicates.
             * @default []
             */
            tags: string[];
            /**
             * @description Free-form configuration.
             * @default {}
             */
            config: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it last ran; `null` if never.
             */
            readonly last_run_at: string | null;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of Agent objects (DRF page-number pagination). */
        PaginatedAgentList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Agent"][];
        };
        /** @description Body to create or replace an agent. */
        AgentRequest: {
            /** @description Display name. */
            name: string;
            /**
             * @description Free-form description.
             * @default
             */
            description?: string;
            /**
             * Format: uuid
             * @description The template this agent runs (same organization).
             */
            template: string;
            /**
             * @description Labels, without duplicates.
             * @default []
             */
            tags?: string[];
            /**
             * @description Free-form configuration.
             * @default {}
             */
            config?: {
                [key: string]: unknown;
            };
        };
        /** @description Partial update: only the fields sent change. */
        PatchedAgentRequest: {
            /** @description Display name. */
            name?: string;
            /**
             * @description Free-form description.
             * @default
             */
            description?: string;
            /**
             * Format: uuid
             * @description The template this agent runs (same organization).
             */
            template?: string;
            /**
             * @description Labels, without duplicates.
             * @default []
             */
            tags?: string[];
            /**
             * @description Free-form configuration.
             * @default {}
             */
            config?: {
                [key: string]: unknown;
            };
        };
        /** @description Start a run. */
        AgentRunRequest: {
            /**
             * @description Input handed to the agent.
             * @default {}
             */
            input?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Where a run stands.
         * @enum {string}
         */
        RunStatus: "running" | "succeeded" | "failed" | "stopped";
        /** @description One run of an agent, with the trace recorded for it. */
        AgentRun: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /**
             * Format: uuid
             * @description The agent.
             */
            readonly agent: string;
            status: components["schemas"]["RunStatus"];
            /** @description Input handed to the agent. */
            input: {
                [key: string]: unknown;
            };
            /** @description The result; `null` until the run ends. */
            output: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: uuid
             * @description The trace recorded for this run.
             */
            readonly trace: string;
            /**
             * Format: date-time
             * @description When it started.
             */
            readonly started_at: string;
            /**
             * Format: date-time
             * @description When it ended; `null` while running.
             */
            readonly ended_at: string | null;
        };
        /** @description Tags to add (existing ones are kept, duplicates ignored). */
        AgentTagRequest: {
            /** @description The tags to add. */
            tags: string[];
        };
        /**
         * @description Outcome of a trace.
         * @enum {string}
         */
        TraceStatus: "running" | "ok" | "error";
        /** @description One timed step of a trace. */
        Span: {
            /** @description Display name. */
            name: string;
            /**
             * Format: date-time
             * @description When it started.
             */
            started_at: string;
            /**
             * Format: date-time
             * @description When it ended.
             * @default null
             */
            ended_at?: string | null;
            /**
             * @description Key/value details.
             * @default {}
             */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /** @description What an agent did: a run's spans and metadata. */
        Trace: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /**
             * Format: uuid
             * @description The agent traced (same organization).
             */
            agent: string;
            /**
             * Format: uuid
             * @description The run, if any.
             * @default null
             */
            run: string | null;
            /** @description Display name. */
            name: string;
            /** @default running */
            status: components["schemas"]["TraceStatus"];
            /**
             * @description The steps, in order.
             * @default []
             */
            spans: components["schemas"]["Span"][];
            /**
             * @description Free-form metadata.
             * @default {}
             */
            metadata: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it started.
             */
            started_at: string;
            /**
             * Format: date-time
             * @description When it ended.
             * @default null
             */
            ended_at: string | null;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of Trace objects (DRF page-number pagination). */
        PaginatedTraceList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Trace"][];
        };
        /** @description Body to create or replace a trace. */
        TraceRequest: {
            /**
             * Format: uuid
             * @description The agent traced (same organization).
             */
            agent: string;
            /**
             * Format: uuid
             * @description The run, if any.
             * @default null
             */
            run?: string | null;
            /** @description Display name. */
            name: string;
            /** @default running */
            status?: components["schemas"]["TraceStatus"];
            /**
             * @description The steps, in order.
             * @default []
             */
            spans?: components["schemas"]["Span"][];
            /**
             * @description Free-form metadata.
             * @default {}
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it started; defaults to now.
             */
            started_at?: string;
            /**
             * Format: date-time
             * @description When it ended.
             * @default null
             */
            ended_at?: string | null;
        };
        /** @description Partial update: only the fields sent change. */
        PatchedTraceRequest: {
            /**
             * Format: uuid
             * @description The agent traced (same organization).
             */
            agent?: string;
            /**
             * Format: uuid
             * @description The run, if any.
             * @default null
             */
            run?: string | null;
            /** @description Display name. */
            name?: string;
            /** @default running */
            status?: components["schemas"]["TraceStatus"];
            /**
             * @description The steps, in order.
             * @default []
             */
            spans?: components["schemas"]["Span"][];
            /**
             * @description Free-form metadata.
             * @default {}
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it started; defaults to now.
             */
            started_at?: string;
            /**
             * Format: date-time
             * @description When it ended.
             * @default null
             */
            ended_at?: string | null;
        };
        /** @description A connector agents use. Built-in adapters (`is_builtin`, `organization` null) are shared by every organization; custom ones belong to one. */
        Adapter: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Display name. */
            name: string;
            /** @description What the adapter connects to, e.g. `state`, `http`, `email`. */
            kind: string;
            /**
             * @description Free-form description.
             * @default
             */
            description: string;
            /**
             * @description JSON Schema of the configuration an adapter config must provide.
             * @default {}
             */
            config_schema: {
                [key: string]: unknown;
            };
            /** @description Whether Bedrock provides it. */
            readonly is_builtin: boolean;
            /**
             * Format: uuid
             * @description Owner organization; `null` for a built-in.
             */
            readonly organization: string | null;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
        };
        /** @description A page of Adapter objects (DRF page-number pagination). */
        PaginatedAdapterList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Adapter"][];
        };
        /** @description Create a custom adapter. */
        AdapterRequest: {
            /** @description Display name. */
            name: string;
            /** @description What the adapter connects to, e.g. `state`, `http`, `email`. */
            kind: string;
            /**
             * @description Free-form description.
             * @default
             */
            description?: string;
            /**
             * @description JSON Schema of the configuration an adapter config must provide.
             * @default {}
             */
            config_schema?: {
                [key: string]: unknown;
            };
        };
        /** @description An adapter enabled for a template, with its configuration. */
        AdapterConfig: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /**
             * Format: uuid
             * @description The template (same organization).
             */
            template: string;
            /**
             * Format: uuid
             * @description The adapter (built-in or the organization's own).
             */
            adapter: string;
            /**
             * @description Free-form configuration.
             * @default {}
             */
            config: {
                [key: string]: unknown;
            };
            /**
             * @description Whether agents of the template use it.
             * @default true
             */
            enabled: boolean;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of AdapterConfig objects (DRF page-number pagination). */
        PaginatedAdapterConfigList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["AdapterConfig"][];
        };
        /** @description Body to create or replace an adapter config. */
        AdapterConfigRequest: {
            /**
             * Format: uuid
             * @description The template (same organization).
             */
            template: string;
            /**
             * Format: uuid
             * @description The adapter (built-in or the organization's own).
             */
            adapter: string;
            /**
             * @description Free-form configuration.
             * @default {}
             */
            config?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether agents of the template use it.
             * @default true
             */
            enabled?: boolean;
        };
        /** @description Partial update: only the fields sent change. */
        PatchedAdapterConfigRequest: {
            /**
             * Format: uuid
             * @description The template (same organization).
             */
            template?: string;
            /**
             * Format: uuid
             * @description The adapter (built-in or the organization's own).
             */
            adapter?: string;
            /**
             * @description Free-form configuration.
             * @default {}
             */
            config?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether agents of the template use it.
             * @default true
             */
            enabled?: boolean;
        };
        /** @description A person the agents talk to. */
        Contact: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Display name. */
            name: string;
            /**
             * Format: email
             * @description Email address, if known.
             * @default null
             */
            email: string | null;
            /**
             * @description Phone number, if known.
             * @default
             */
            phone: string;
            /**
             * @description Free-form metadata.
             * @default {}
             */
            metadata: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of Contact objects (DRF page-number pagination). */
        PaginatedContactList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Contact"][];
        };
        /** @description Body to create or replace a contact. */
        ContactRequest: {
            /** @description Display name. */
            name: string;
            /**
             * Format: email
             * @description Email address, if known.
             * @default null
             */
            email?: string | null;
            /**
             * @description Phone number, if known.
             * @default
             */
            phone?: string;
            /**
             * @description Free-form metadata.
             * @default {}
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description Partial update: only the fields sent change. */
        PatchedContactRequest: {
            /** @description Display name. */
            name?: string;
            /**
             * Format: email
             * @description Email address, if known.
             * @default null
             */
            email?: string | null;
            /**
             * @description Phone number, if known.
             * @default
             */
            phone?: string;
            /**
             * @description Free-form metadata.
             * @default {}
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Channel a message travelled on.
         * @enum {string}
         */
        Channel: "email" | "sms" | "chat" | "voice";
        /**
         * @description Whether the contact sent the message (`inbound`) or received it (`outbound`).
         * @enum {string}
         */
        Direction: "inbound" | "outbound";
        /** @description A message exchanged with a contact. */
        Message: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /**
             * Format: uuid
             * @description The contact (same organization).
             */
            contact: string;
            /** @default chat */
            channel: components["schemas"]["Channel"];
            /** @default outbound */
            direction: components["schemas"]["Direction"];
            /**
             * @description Message text.
             * @default
             */
            body: string;
            /**
             * Format: date-time
             * @description When it was sent; defaults to now.
             */
            sent_at: string;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of Message objects (DRF page-number pagination). */
        PaginatedMessageList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Message"][];
        };
        /** @description Body to create or replace a message. */
        MessageRequest: {
            /**
             * Format: uuid
             * @description The contact (same organization).
             */
            contact: string;
            /** @default chat */
            channel?: components["schemas"]["Channel"];
            /** @default outbound */
            direction?: components["schemas"]["Direction"];
            /**
             * @description Message text.
             * @default
             */
            body?: string;
            /**
             * Format: date-time
             * @description When it was sent; defaults to now.
             */
            sent_at?: string;
        };
        /** @description Partial update: only the fields sent change. */
        PatchedMessageRequest: {
            /**
             * Format: uuid
             * @description The contact (same organization).
             */
            contact?: string;
            /** @default chat */
            channel?: components["schemas"]["Channel"];
            /** @default outbound */
            direction?: components["schemas"]["Direction"];
            /**
             * @description Message text.
             * @default
             */
            body?: string;
            /**
             * Format: date-time
             * @description When it was sent; defaults to now.
             */
            sent_at?: string;
        };
        /** @description A document agents can read and write. */
        Document: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Title. */
            title: string;
            /**
             * @description Text content.
             * @default
             */
            content: string;
            /**
             * @description Media type of `content`.
             * @default text/plain
             */
            mime_type: string;
            /**
             * Format: uuid
             * @description The project it belongs to, if any (same organization).
             * @default null
             */
            project: string | null;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of Document objects (DRF page-number pagination). */
        PaginatedDocumentList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Document"][];
        };
        /** @description Body to create or replace a document. */
        DocumentRequest: {
            /** @description Title. */
            title: string;
            /**
             * @description Text content.
             * @default
             */
            content?: string;
            /**
             * @description Media type of `content`.
             * @default text/plain
             */
            mime_type?: string;
            /**
             * Format: uuid
             * @description The project it belongs to, if any (same organization).
             * @default null
             */
            project?: string | null;
        };
        /** @description Partial update: only the fields sent change. */
        PatchedDocumentRequest: {
            /** @description Title. */
            title?: string;
            /**
             * @description Text content.
             * @default
             */
            content?: string;
            /**
             * @description Media type of `content`.
             * @default text/plain
             */
            mime_type?: string;
            /**
             * Format: uuid
             * @description The project it belongs to, if any (same organization).
             * @default null
             */
            project?: string | null;
        };
        /**
         * @description A project's state.
         * @enum {string}
         */
        ProjectStatus: "active" | "archived";
        /** @description A project grouping documents. */
        Project: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Display name. */
            name: string;
            /**
             * @description Free-form description.
             * @default
             */
            description: string;
            /** @default active */
            status: components["schemas"]["ProjectStatus"];
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of Project objects (DRF page-number pagination). */
        PaginatedProjectList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Project"][];
        };
        /** @description Body to create or replace a project. */
        ProjectRequest: {
            /** @description Display name. */
            name: string;
            /**
             * @description Free-form description.
             * @default
             */
            description?: string;
            /** @default active */
            status?: components["schemas"]["ProjectStatus"];
        };
        /** @description Partial update: only the fields sent change. */
        PatchedProjectRequest: {
            /** @description Display name. */
            name?: string;
            /**
             * @description Free-form description.
             * @default
             */
            description?: string;
            /** @default active */
            status?: components["schemas"]["ProjectStatus"];
        };
        /**
         * @description How important a notification is.
         * @enum {string}
         */
        NotificationLevel: "info" | "warning" | "error";
        /** @description A notification for the organization's users. */
        Notification: {
            /**
             * Format: uuid
             * @description Unique identifier.
             */
            readonly id: string;
            /** @description Title. */
            title: string;
            /**
             * @description Text.
             * @default
             */
            body: string;
            /** @default info */
            level: components["schemas"]["NotificationLevel"];
            /**
             * @description Whether it has been read.
             * @default false
             */
            read: boolean;
            /**
             * Format: date-time
             * @description When it was created.
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            readonly updated_at: string;
        };
        /** @description A page of Notification objects (DRF page-number pagination). */
        PaginatedNotificationList: {
            /** @description Total number of objects across all pages. */
            count: number;
            /**
             * Format: uri
             * @description Absolute URL of the next page; `null` on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page; `null` on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Notification"][];
        };
        /** @description Body to create or replace a notification. */
        NotificationRequest: {
            /** @description Title. */
            title: string;
            /**
             * @description Text.
             * @default
             */
            body?: string;
            /** @default info */
            level?: components["schemas"]["NotificationLevel"];
            /**
             * @description Whether it has been read.
             * @default false
             */
            read?: boolean;
        };
        /** @description Partial update: only the fields sent change. */
        PatchedNotificationRequest: {
            /** @description Title. */
            title?: string;
            /**
             * @description Text.
             * @default
             */
            body?: string;
            /** @default info */
            level?: components["schemas"]["NotificationLevel"];
            /**
             * @description Whether it has been read.
             * @default false
             */
            read?: boolean;
        };
    };
    responses: {
        /** @description Invalid body or query: each invalid field with its messages. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description A request with the same `Idempotency-Key` is still being processed: retry once it has finished, to get its answer. */
        IdempotencyInFlight: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description The request body is over 1 MiB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description The request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description The `Idempotency-Key` was already used, within 24 hours, for a request with another method, path, body or caller (another user, or an API key other than the first one and the keys that replaced it by rotation): use a new key for a new request. */
        IdempotencyKeyReused: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description Throttled: wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description Credentials missing, malformed, unknown, revoked or expired, or a scheme this path does not accept. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description Done; no body. */
        NoContent: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Valid credentials, but the object belongs to another organization or the action is not allowed. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description No such object. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description The object cannot be deleted: other objects still refer to it (they are named). */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
    };
    parameters: {
        /**
         * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
         * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
         */
        IdempotencyKey: string;
        /** @description Page number, from 1. */
        Page: number;
        /** @description Objects per page. */
        PageSize: number;
        /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
        Ordering: "created_at" | "-created_at";
        /** @description The object's id. */
        Id: string;
        /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
        XOrganizationId: string;
        /** @description Sort order: `-created_at` (newest first, the default) or `created_at` (oldest first). */
        AuditEventOrdering: "-created_at" | "created_at";
        /** @description Only events of this action, e.g. `api_key.created`. */
        AuditEventActionFilter: string;
        /** @description Only events done by a user or by an API key. */
        AuditEventActorTypeFilter: "user" | "api_key";
        /** @description Only events done by this user or API key. */
        AuditEventActorIdFilter: string;
        /** @description Only events about this kind of object, e.g. `api_key`. */
        AuditEventTargetTypeFilter: string;
        /** @description Only events about this object. */
        AuditEventTargetIdFilter: string;
        /** @description Only events at or after this time. */
        AuditEventSinceFilter: string;
        /** @description Only events before this time. */
        AuditEventUntilFilter: string;
        /** @description Only agents in this state. */
        AgentStatusFilter: components["schemas"]["AgentStatus"];
        /** @description Only agents with this tag. */
        AgentTagFilter: string;
        /** @description Only agents of this template. */
        AgentTemplateFilter: string;
        /** @description Only traces of this agent. */
        TraceAgentFilter: string;
        /** @description Only messages with this contact. */
        MessageContactFilter: string;
        /** @description Only documents of this project. */
        DocumentProjectFilter: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Unique id the server gave this request, the one its audit events carry; an `X-Request-Id` the client sends is not used. Quote it when reporting a problem.
         * @example req_01JD7Y6Q8ZK2M4N5P6R7S8T9V0
         */
        XRequestId: string;
        /**
         * @description The caller's current quota (IETF `RateLimit` field): `r` requests remain under the policy named first, which is back to its full quota in `t` seconds. One quota per caller (per client address without one); `"unlimited";r=1000000000;t=0` where nothing is throttled.
         * @example "default";r=199;t=1
         */
        RateLimit: string;
        /**
         * @description The quota policy (IETF `RateLimit-Policy` field): `q` requests per window of `w` seconds, regained continuously (a token bucket: a burst of `q`, then `q / w` per second). A server that does not throttle (the stub, unless asked) states the policy `"unlimited";q=1000000000;w=1`.
         * @example "default";q=200;w=2
         */
        RateLimitPolicy: string;
        /**
         * @description `true` when this is the kept answer to an earlier request with the same `Idempotency-Key`: the request was not acted on again. Absent otherwise.
         * @example true
         */
        IdempotentReplayed: "true";
        /**
         * @description Seconds to wait before retrying.
         * @example 1
         */
        RetryAfter: number;
        /**
         * @description The scheme(s) the path accepts, e.g. `Bearer realm="api"` or `Token`.
         * @example Bearer realm="api", Token
         */
        WWWAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            /** @description The new user, organization, membership and token. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description The user's token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyInFlight"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organizations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrganizationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationRequest"];
            };
        };
        responses: {
            /** @description The new organization. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedOrganizationRequest"];
            };
        };
        responses: {
            /** @description The updated organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedMembershipList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedMembershipRequest"];
            };
        };
        responses: {
            /** @description The updated member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvites: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invites. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedInviteList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteRequest"];
            };
        };
        responses: {
            /** @description The new invite, with its secret shown this once. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invite. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    acceptInvite: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteAcceptRequest"];
            };
        };
        responses: {
            /** @description The user (new, or the signed-in one), the organization, the membership and a new token. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new API key. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedApiKeyRequest"];
            };
        };
        responses: {
            /** @description The updated API key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApiKeyRotateRequest"];
            };
        };
        responses: {
            /** @description The new API key. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getKeyPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key policy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyPolicy"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceKeyPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyPolicyRequest"];
            };
        };
        responses: {
            /** @description The key policy now in force. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateKeyPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedKeyPolicyRequest"];
            };
        };
        responses: {
            /** @description The key policy now in force. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `-created_at` (newest first, the default) or `created_at` (oldest first). */
                ordering?: components["parameters"]["AuditEventOrdering"];
                /** @description Only events of this action, e.g. `api_key.created`. */
                action?: components["parameters"]["AuditEventActionFilter"];
                /** @description Only events done by a user or by an API key. */
                actor_type?: components["parameters"]["AuditEventActorTypeFilter"];
                /** @description Only events done by this user or API key. */
                actor_id?: components["parameters"]["AuditEventActorIdFilter"];
                /** @description Only events about this kind of object, e.g. `api_key`. */
                target_type?: components["parameters"]["AuditEventTargetTypeFilter"];
                /** @description Only events about this object. */
                target_id?: components["parameters"]["AuditEventTargetIdFilter"];
                /** @description Only events at or after this time. */
                since?: components["parameters"]["AuditEventSinceFilter"];
                /** @description Only events before this time. */
                until?: components["parameters"]["AuditEventUntilFilter"];
            };
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAuditEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAuditEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of templates. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTemplateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateRequest"];
            };
        };
        responses: {
            /** @description The new template. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateRequest"];
            };
        };
        responses: {
            /** @description The replaced template. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a token: the organization to act on, among the user's memberships (default: the oldest). With an API key it may only name the key's own organization. */
                "X-Organization-Id"?: components["parameters"]["XOrganizationId"];
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedTemplateRequest"];
            };
        };
        responses: {
            /** @description The updated template. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
                /** @description Only agents in this state. */
                status?: components["parameters"]["AgentStatusFilter"];
                /** @description Only agents with this tag. */
                tag?: components["parameters"]["AgentTagFilter"];
                /** @description Only agents of this template. */
                template?: components["parameters"]["AgentTemplateFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agents. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAgentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentRequest"];
            };
        };
        responses: {
            /** @description The new agent. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentRequest"];
            };
        };
        responses: {
            /** @description The replaced agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedAgentRequest"];
            };
        };
        responses: {
            /** @description The updated agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    runAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AgentRunRequest"];
            };
        };
        responses: {
            /** @description The run, accepted. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    stopAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stopped agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tagAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentTagRequest"];
            };
        };
        responses: {
            /** @description The agent with the tags added. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTraces: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
                /** @description Only traces of this agent. */
                agent?: components["parameters"]["TraceAgentFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of traces. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTraceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTrace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TraceRequest"];
            };
        };
        responses: {
            /** @description The new trace. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trace. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trace"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTrace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedTraceRequest"];
            };
        };
        responses: {
            /** @description The updated trace. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAdapters: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of adapters. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAdapterList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAdapter: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdapterRequest"];
            };
        };
        responses: {
            /** @description The new adapter. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adapter"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAdapter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adapter. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adapter"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteAdapter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAdapterConfigs: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of adapter configs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAdapterConfigList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAdapterConfig: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdapterConfigRequest"];
            };
        };
        responses: {
            /** @description The new adapter config. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdapterConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAdapterConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adapter config. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdapterConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceAdapterConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdapterConfigRequest"];
            };
        };
        responses: {
            /** @description The replaced adapter config. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdapterConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteAdapterConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateAdapterConfig: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedAdapterConfigRequest"];
            };
        };
        responses: {
            /** @description The updated adapter config. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdapterConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedContactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactRequest"];
            };
        };
        responses: {
            /** @description The new contact. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactRequest"];
            };
        };
        responses: {
            /** @description The replaced contact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedContactRequest"];
            };
        };
        responses: {
            /** @description The updated contact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
                /** @description Only messages with this contact. */
                contact?: components["parameters"]["MessageContactFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedMessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description The new message. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description The replaced message. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedMessageRequest"];
            };
        };
        responses: {
            /** @description The updated message. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
                /** @description Only documents of this project. */
                project?: components["parameters"]["DocumentProjectFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedDocumentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentRequest"];
            };
        };
        responses: {
            /** @description The new document. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentRequest"];
            };
        };
        responses: {
            /** @description The replaced document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedDocumentRequest"];
            };
        };
        responses: {
            /** @description The updated document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectRequest"];
            };
        };
        responses: {
            /** @description The new project. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectRequest"];
            };
        };
        responses: {
            /** @description The replaced project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedProjectRequest"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Sort order: `created_at` (oldest first, the default) or `-created_at` (newest first). */
                ordering?: components["parameters"]["Ordering"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedNotificationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createNotification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationRequest"];
            };
        };
        responses: {
            /** @description The new notification. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationRequest"];
            };
        };
        responses: {
            /** @description The replaced notification. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateNotification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a key of your choosing, unique per intended action (e.g. a UUID; the SDK sends a fresh one with every call, the same on each retry). For 24 hours the server keeps, per organization and key (per user and key for a request that is not made in an organization, such as creating one or accepting an invite), the first request's method, path, body and caller with its answer: repeating the request replays that answer, marked `Idempotent-Replayed: true`, without acting again, to the same caller only (the same user, or the same API key or a key that replaced it by rotation); the same key on another request, or from another caller (another API key or user of the organization), is a 422, and while the first request is still being processed a 409. Answers to requests the server refused before acting (401, 403, 413, 415, 429, an invalid body) and server errors (5xx) are not kept, so the request may be retried with the same key.
                 * @example 3f2c1e0a-9b8d-4c7e-a6f5-0e1d2c3b4a59
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The object's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedNotificationRequest"];
            };
        };
        responses: {
            /** @description The updated notification. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInFlight"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
