// This file is generated from openapi/ by `npm run generate`. Do not edit it by hand.

/**
 * Every operation as `operationId METHOD path schemes` (`k` API key, `t` token, `a` also
 * none), then, for a resource method, its name on the client and the body it takes: `b` as
 * given, `c` as camelCase options, `.field` as that field's value alone. A method takes
 * the id first when the path has `{id}`, and a `list` takes the query.
 */
export const routes = `signup POST /api/organizations/auth/signup/ a
login POST /api/organizations/auth/login/ a
getMe GET /api/organizations/auth/me/ t auth.me
logout POST /api/organizations/auth/logout/ t auth.logout
listOrganizations GET /api/organizations/organizations/ kt organizations.list
createOrganization POST /api/organizations/organizations/ t organizations.create b
getOrganization GET /api/organizations/organizations/{id}/ kt organizations.get
updateOrganization PATCH /api/organizations/organizations/{id}/ kt organizations.update b
deleteOrganization DELETE /api/organizations/organizations/{id}/ t organizations.delete
listMembers GET /api/organizations/members/ t members.list
getMember GET /api/organizations/members/{id}/ t members.get
updateMember PATCH /api/organizations/members/{id}/ t members.update b
deleteMember DELETE /api/organizations/members/{id}/ t members.delete
listInvites GET /api/organizations/invites/ t invites.list
createInvite POST /api/organizations/invites/ t invites.create b
getInvite GET /api/organizations/invites/{id}/ t invites.get
deleteInvite DELETE /api/organizations/invites/{id}/ t invites.delete
acceptInvite POST /api/organizations/invites/{id}/accept/ ta invites.accept b
listApiKeys GET /api/organizations/api-keys/ kt apiKeys.list
createApiKey POST /api/organizations/api-keys/ kt apiKeys.create b
getApiKey GET /api/organizations/api-keys/{id}/ kt apiKeys.get
updateApiKey PATCH /api/organizations/api-keys/{id}/ kt apiKeys.update b
deleteApiKey DELETE /api/organizations/api-keys/{id}/ kt apiKeys.delete
rotateApiKey POST /api/organizations/api-keys/{id}/rotate/ kt apiKeys.rotate c
getKeyPolicy GET /api/organizations/organizations/{id}/key-policy/ kt organizations.keyPolicy.get
replaceKeyPolicy PUT /api/organizations/organizations/{id}/key-policy/ t organizations.keyPolicy.replace b
updateKeyPolicy PATCH /api/organizations/organizations/{id}/key-policy/ t organizations.keyPolicy.update b
listAuditEvents GET /api/organizations/audit-events/ kt auditEvents.list
getAuditEvent GET /api/organizations/audit-events/{id}/ kt auditEvents.get
listTemplates GET /api/templates/ kt templates.list
createTemplate POST /api/templates/ kt templates.create b
getTemplate GET /api/templates/{id}/ kt templates.get
replaceTemplate PUT /api/templates/{id}/ kt templates.replace b
updateTemplate PATCH /api/templates/{id}/ kt templates.update b
deleteTemplate DELETE /api/templates/{id}/ kt templates.delete
listAgents GET /api/agents/ k agents.list
createAgent POST /api/agents/ k agents.create b
getAgent GET /api/agents/{id}/ k agents.get
replaceAgent PUT /api/agents/{id}/ k agents.replace b
updateAgent PATCH /api/agents/{id}/ k agents.update b
deleteAgent DELETE /api/agents/{id}/ k agents.delete
runAgent POST /api/agents/{id}/run/ k agents.run b
stopAgent POST /api/agents/{id}/stop/ k agents.stop
tagAgent POST /api/agents/{id}/tag/ k agents.tag .tags
listTraces GET /api/traces/ k traces.list
createTrace POST /api/traces/ k traces.create b
getTrace GET /api/traces/{id}/ k traces.get
updateTrace PATCH /api/traces/{id}/ k traces.update b
listAdapters GET /api/adapters/ k adapters.list
createAdapter POST /api/adapters/ k adapters.create b
getAdapter GET /api/adapters/{id}/ k adapters.get
deleteAdapter DELETE /api/adapters/{id}/ k adapters.delete
listAdapterConfigs GET /api/adapter-configs/ k adapterConfigs.list
createAdapterConfig POST /api/adapter-configs/ k adapterConfigs.create b
getAdapterConfig GET /api/adapter-configs/{id}/ k adapterConfigs.get
replaceAdapterConfig PUT /api/adapter-configs/{id}/ k adapterConfigs.replace b
updateAdapterConfig PATCH /api/adapter-configs/{id}/ k adapterConfigs.update b
deleteAdapterConfig DELETE /api/adapter-configs/{id}/ k adapterConfigs.delete
listContacts GET /api/adapter-state/contacts/ k adapterState.contacts.list
createContact POST /api/adapter-state/contacts/ k adapterState.contacts.create b
getContact GET /api/adapter-state/contacts/{id}/ k adapterState.contacts.get
replaceContact PUT /api/adapter-state/contacts/{id}/ k adapterState.contacts.replace b
updateContact PATCH /api/adapter-state/contacts/{id}/ k adapterState.contacts.update b
deleteContact DELETE /api/adapter-state/contacts/{id}/ k adapterState.contacts.delete
listMessages GET /api/adapter-state/messages/ k adapterState.messages.list
createMessage POST /api/adapter-state/messages/ k adapterState.messages.create b
getMessage GET /api/adapter-state/messages/{id}/ k adapterState.messages.get
replaceMessage PUT /api/adapter-state/messages/{id}/ k adapterState.messages.replace b
updateMessage PATCH /api/adapter-state/messages/{id}/ k adapterState.messages.update b
deleteMessage DELETE /api/adapter-state/messages/{id}/ k adapterState.messages.delete
listDocuments GET /api/adapter-state/documents/ k adapterState.documents.list
createDocument POST /api/adapter-state/documents/ k adapterState.documents.create b
getDocument GET /api/adapter-state/documents/{id}/ k adapterState.documents.get
replaceDocument PUT /api/adapter-state/documents/{id}/ k adapterState.documents.replace b
updateDocument PATCH /api/adapter-state/documents/{id}/ k adapterState.documents.update b
deleteDocument DELETE /api/adapter-state/documents/{id}/ k adapterState.documents.delete
listProjects GET /api/adapter-state/projects/ k adapterState.projects.list
createProject POST /api/adapter-state/projects/ k adapterState.projects.create b
getProject GET /api/adapter-state/projects/{id}/ k adapterState.projects.get
replaceProject PUT /api/adapter-state/projects/{id}/ k adapterState.projects.replace b
updateProject PATCH /api/adapter-state/projects/{id}/ k adapterState.projects.update b
deleteProject DELETE /api/adapter-state/projects/{id}/ k adapterState.projects.delete
listNotifications GET /api/adapter-state/notifications/ k adapterState.notifications.list
createNotification POST /api/adapter-state/notifications/ k adapterState.notifications.create b
getNotification GET /api/adapter-state/notifications/{id}/ k adapterState.notifications.get
replaceNotification PUT /api/adapter-state/notifications/{id}/ k adapterState.notifications.replace b
updateNotification PATCH /api/adapter-state/notifications/{id}/ k adapterState.notifications.update b
deleteNotification DELETE /api/adapter-state/notifications/{id}/ k adapterState.notifications.delete`;

/** The contract's `info.version`: the API version this SDK was generated from (it equals the package version). */
export const apiVersion = "0.2.0";
