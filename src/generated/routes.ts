// This file is generated from openapi/ by `npm run generate`. Do not edit it by hand.

/**
 * Every operation of the contract, under its path and the client object that has its method
 * (`Bedrock`: a static session flow): `METHOD schemes method body`. Schemes: `k` API key,
 * `t` token, `a` also none. Body: `b` as given, `c` as camelCase options, `.field` as
 * that field's value alone, nothing for none. A method takes the id first when the path has
 * `{id}`, then the body; a `list` takes the query.
 */
export const routes = `/api/organizations/auth/signup/ Bedrock
 POST a signup b
/api/organizations/auth/login/ Bedrock
 POST a login b
/api/organizations/auth/me/ auth
 GET t me
/api/organizations/auth/logout/ auth
 POST t logout
/api/organizations/organizations/ organizations
 GET kt list
 POST t create b
/api/organizations/organizations/{id}/ organizations
 GET kt get
 PATCH kt update b
 DELETE t delete
/api/organizations/members/ members
 GET t list
/api/organizations/members/{id}/ members
 GET t get
 PATCH t update b
 DELETE t delete
/api/organizations/invites/ invites
 GET t list
 POST t create b
/api/organizations/invites/{id}/ invites
 GET t get
 DELETE t delete
/api/organizations/invites/{id}/accept/ invites
 POST ta accept b
/api/organizations/api-keys/ apiKeys
 GET kt list
 POST kt create b
/api/organizations/api-keys/{id}/ apiKeys
 GET kt get
 PATCH kt update b
 DELETE kt delete
/api/organizations/api-keys/{id}/rotate/ apiKeys
 POST kt rotate c
/api/organizations/organizations/{id}/key-policy/ organizations.keyPolicy
 GET kt get
 PUT t replace b
 PATCH t update b
/api/organizations/audit-events/ auditEvents
 GET kt list
/api/organizations/audit-events/{id}/ auditEvents
 GET kt get
/api/templates/ templates
 GET kt list
 POST kt create b
/api/templates/{id}/ templates
 GET kt get
 PUT kt replace b
 PATCH kt update b
 DELETE kt delete
/api/agents/ agents
 GET k list
 POST k create b
/api/agents/{id}/ agents
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/agents/{id}/run/ agents
 POST k run b
/api/agents/{id}/stop/ agents
 POST k stop
/api/agents/{id}/tag/ agents
 POST k tag .tags
/api/traces/ traces
 GET k list
 POST k create b
/api/traces/{id}/ traces
 GET k get
 PATCH k update b
/api/adapters/ adapters
 GET k list
 POST k create b
/api/adapters/{id}/ adapters
 GET k get
 DELETE k delete
/api/adapter-configs/ adapterConfigs
 GET k list
 POST k create b
/api/adapter-configs/{id}/ adapterConfigs
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/contacts/ adapterState.contacts
 GET k list
 POST k create b
/api/adapter-state/contacts/{id}/ adapterState.contacts
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/messages/ adapterState.messages
 GET k list
 POST k create b
/api/adapter-state/messages/{id}/ adapterState.messages
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/documents/ adapterState.documents
 GET k list
 POST k create b
/api/adapter-state/documents/{id}/ adapterState.documents
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/projects/ adapterState.projects
 GET k list
 POST k create b
/api/adapter-state/projects/{id}/ adapterState.projects
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/notifications/ adapterState.notifications
 GET k list
 POST k create b
/api/adapter-state/notifications/{id}/ adapterState.notifications
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete`;

/** The contract's `info.version`: the API version this SDK was generated from (it equals the package version). */
export const apiVersion = "0.2.0";
