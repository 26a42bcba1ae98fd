// Stage 9, handler: the operation's handler (the stub's own, an option's, or one `use` set)
// with the request parsed and its caller resolved. An answer of 400 or more that a handler
// returns (instead of throwing) is a refusal like a thrown one: nothing keeps or records it.
import { HttpError } from "../errors";
import { type Answer, type Exchange, handlerContext, need, pending, type Stage } from "./exchange";

/** A handler's own error answer, sent as it returned it (with or without a body). */
export class ReturnedError extends HttpError {
  constructor(readonly answer: Answer) {
    const body = answer.body && typeof answer.body === "object" ? answer.body : {};
    super(answer.status, body as Record<string, unknown>, answer.headers);
  }
}

export const handler: Stage = {
  name: "handler",
  run(x: Exchange) {
    const { operationId } = need(x.route, "route");
    const handle = x.state.handlers[operationId];
    if (!handle) throw new Error(`No handler for ${operationId}`);
    const answer = handle(handlerContext(x));
    return pending(answer) ? Promise.resolve(answer).then(refusedIfError) : refusedIfError(answer);
  },
};

function refusedIfError(answer: Answer): Answer {
  if (answer.status >= 400) throw new ReturnedError(answer);
  return answer;
}
