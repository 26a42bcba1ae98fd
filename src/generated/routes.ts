// This file is generated from openapi/ by `npm run generate`. Do not edit it by hand.

/**
 * Every operation of the contract, under its path (after the last path starting with `/`
 * when it does not) and the client object that has its method (`Bedrock`: a static session
 * flow; none: the object before), as `METHOD schemes method body`. Schemes: `k` API key,
 * `t` token, `a` also none. Body: `b` as given, `c` as camelCase options, `.field` as
 * that field's value alone, none for none. A method takes the id first when the path has
 * `{id}`, then the body; a `list` the query.
 */
export const routes = `/api/organizations/auth/signup/ Bedrock
 POST a signup b
/api/organizations/auth/login/
 POST a login b
/api/organizations/auth/me/ auth
 GET t me
/api/organizations/auth/logout/
 POST t logout
/api/organizations/organizations/ organizations
 GET kt list
 POST t create b
{id}/
 GET kt get
 PATCH kt update b
 DELETE t delete
/api/organizations/members/ members
 GET t list
{id}/
 GET t get
 PATCH t update b
 DELETE t delete
/api/organizations/invites/ invites
 GET t list
 POST t create b
{id}/
 GET t get
 DELETE t delete
{id}/accept/
 POST ta accept b
/api/organizations/api-keys/ apiKeys
 GET kt list
 POST kt create b
{id}/
 GET kt get
 PATCH kt update b
 DELETE kt delete
{id}/rotate/
 POST kt rotate c
/api/organizations/organizations/{id}/key-policy/ organizations.keyPolicy
 GET kt get
 PUT t replace b
 PATCH t update b
/api/organizations/audit-events/ auditEvents
 GET kt list
{id}/
 GET kt get
/api/templates/ templates
 GET kt list
 POST kt create b
{id}/
 GET kt get
 PUT kt replace b
 PATCH kt update b
 DELETE kt delete
/api/agents/ agents
 GET k list
 POST k create b
{id}/
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
{id}/run/
 POST k run b
{id}/stop/
 POST k stop
{id}/tag/
 POST k tag .tags
/api/traces/ traces
 GET k list
 POST k create b
{id}/
 GET k get
 PATCH k update b
/api/adapters/ adapters
 GET k list
 POST k create b
{id}/
 GET k get
 DELETE k delete
/api/adapter-configs/ adapterConfigs
 GET k list
 POST k create b
{id}/
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/contacts/ adapterState.contacts
 GET k list
 POST k create b
{id}/
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/messages/ adapterState.messages
 GET k list
 POST k create b
{id}/
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/documents/ adapterState.documents
 GET k list
 POST k create b
{id}/
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/projects/ adapterState.projects
 GET k list
 POST k create b
{id}/
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete
/api/adapter-state/notifications/ adapterState.notifications
 GET k list
 POST k create b
{id}/
 GET k get
 PUT k replace b
 PATCH k update b
 DELETE k delete`;

/** The contract's `info.version`: the API version this SDK was generated from (it equals the package version). */
export const apiVersion = "0.2.0";
