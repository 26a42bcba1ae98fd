// Adapters (built-in ones shared by every organization, read-only; custom ones per
// organization), the configs that enable them for a template, and the default adapter's state.
import { crud } from "./crud";
import type { Handlers } from "./types";

export const adapterHandlers = {
  ...crud("Adapter", "Adapter", {
    init: (org) => ({ is_builtin: false, organization: org }),
  }),
  ...crud("AdapterConfig", "AdapterConfig"),
  ...crud("Contact", "Contact"),
  ...crud("Message", "Message"),
  ...crud("Document", "Document"),
  ...crud("Project", "Project"),
  ...crud("Notification", "Notification"),
} satisfies Partial<Handlers>;
