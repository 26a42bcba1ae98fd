// The stub's request path, in order: each stage does one thing, then calls the next (or
// answers by itself); a refusal thrown anywhere after `throttle` comes back to it as an answer.
// This array is the order: src/stub/README.md draws it and says why, and a test asserts it.
//
//   route → throttle → authenticate → policy → body → recheck → passwords → idempotency → audit
//   → handler
//   then reply: the answer (or refusal) ready to send, with the request id and CORS fields.
import { audit } from "./audit";
import { authenticate } from "./authenticate";
import { body } from "./body";
import {
  type Answer,
  type Answering,
  type Exchange,
  type Incoming,
  type Outgoing,
  pending,
  type Settings,
  type Stage,
  type StubState,
  type Transport,
} from "./exchange";
import { handler } from "./handler";
import { idempotency } from "./idempotency";
import { passwords } from "./passwords";
import { policy } from "./policy";
import { recheck } from "./recheck";
import { refusal, reply } from "./reply";
import { route } from "./route";
import { pathAndQuery } from "./target";
import { throttle } from "./throttle";

export type {
  Answer,
  AnyHandler,
  Exchange,
  Incoming,
  Outgoing,
  Settings,
  Stage,
  StubState,
  Transport,
} from "./exchange";
export { pending } from "./exchange";
export { fromFetchArguments, fromRequest, joinChunks } from "./incoming";
export { ClientGone, describe, INTERNAL_ERROR, toResponse } from "./reply";

export const STAGES: readonly Stage[] = [
  route,
  throttle,
  authenticate,
  policy,
  body,
  recheck,
  passwords,
  idempotency,
  audit,
  handler,
];

/**
 * Runs `stages` from the first: each one's `next` is the rest. A stage that answers at once
 * (most do, for most requests) adds no promise: only the awaited answer in `handle` is one.
 */
function run(stages: readonly Stage[], x: Exchange, at = 0): Answer | Promise<Answer> {
  const stage = stages[at];
  if (!stage) throw new Error("The last stage called next().");
  return stage.run(x, () => run(stages, x, at + 1));
}

/**
 * A new request id: always the server's own, never a client's `X-Request-Id`, so that the audit
 * trail and the log cannot be handed an id the server did not give.
 */
export const newRequestId = () => `req_${crypto.randomUUID()}`;

/**
 * The core: a request in, the answer to send out, with the state `state()` gives at that
 * moment. `transport` says what only the transport knows (the client's address).
 */
export function createCore(settings: Settings, state: () => StubState) {
  return function handle(request: Incoming, transport: Transport): Outgoing | Promise<Outgoing> {
    const { path, query } = pathAndQuery(request.url);
    const x: Exchange = {
      request,
      path,
      query,
      parsedUrl: undefined,
      method: request.method,
      client: transport.client,
      id: transport.requestId ?? newRequestId(),
      state: state(),
      settings,
      headers: {},
      // every field a stage sets, there from the start: one object shape for every request
      route: undefined,
      unrouted: undefined,
      pathParams: undefined,
      attempts: undefined,
      authorization: undefined,
      presented: undefined,
      caller: undefined,
      credential: undefined,
      keyRow: undefined,
      params: undefined,
      body: undefined,
      context: undefined,
    };
    let answer: Answering;
    try {
      answer = run(STAGES, x);
    } catch (error) {
      answer = refusal(x, error);
    }
    // an answer given at once is sent at once, without a promise
    if (!pending(answer)) return reply(x, answer);
    return Promise.resolve(answer).then(
      (settled) => reply(x, settled),
      (error: unknown) => reply(x, refusal(x, error)),
    );
  };
}
