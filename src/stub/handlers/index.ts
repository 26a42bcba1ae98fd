// Every operation of the contract, by operationId: `satisfies Handlers` makes a missing
// operation or a wrongly shaped reply a type error.
import { adapterHandlers } from "./adapters";
import { agentHandlers } from "./agents";
import { authHandlers } from "./auth";
import { keyHandlers } from "./keys";
import { organizationHandlers } from "./organizations";
import type { Handlers } from "./types";

export const handlers = {
  ...authHandlers,
  ...organizationHandlers,
  ...keyHandlers,
  ...agentHandlers,
  ...adapterHandlers,
} satisfies Handlers;
