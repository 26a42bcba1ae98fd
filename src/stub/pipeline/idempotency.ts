// Stage 7, idempotency: a POST or PATCH with `Idempotency-Key` runs the stages after it once
// per caller and key; the same request again gets the kept answer (`Idempotent-Replayed`), another
// request with that key 422, one while the first is in flight 409. After authentication and
// the body: a replay goes only to who made the first request, and only to the same request.
import { type Exchange, need, type Stage } from "./exchange";

export const idempotency: Stage = {
  name: "idempotency",
  run(x: Exchange, next) {
    const route = need(x.route, "route");
    const key = need(x.params, "params").header["Idempotency-Key"] as string | undefined;
    if (key === undefined) return next();
    return x.state.idempotent(
      {
        caller: need(x.caller, "caller"),
        credential: need(x.credential, "credential"),
        key,
        method: x.method,
        path: x.path,
        body: x.body,
        inOrganization: route.headers.includes("X-Organization-Id"),
      },
      next,
    );
  },
};
