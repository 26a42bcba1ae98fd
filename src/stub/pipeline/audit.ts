// Stage 8, audit: records each successful write (and each failed login of a known user) in the
// trail of the organizations it concerns, right around the handler: what was refused earlier
// wrote nothing, and what is replayed by the idempotency stage is not recorded twice.
import type { OperationId } from "../../generated/operations";
import { audited } from "../audit";
import type { Handler } from "../handlers/types";
import { type Exchange, handlerContext, need, type Stage } from "./exchange";

export const audit: Stage = {
  name: "audit",
  run(x: Exchange, next) {
    const operationId = need(x.route, "route").operationId as OperationId;
    const rest = next as unknown as Handler<OperationId>;
    return audited(operationId, rest, x.settings.auditLimit)(handlerContext(x));
  },
};
