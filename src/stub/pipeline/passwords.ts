// Stage 7, passwords: the operations that hash a password (signup, login, accepting an invite:
// those whose body has a `password` field) take one lane per client address, one at a time.
// A hash is slow on purpose; without lanes, 100 signups from one address would queue 100
// hashes ahead of everyone else's login. With them, a flood waits behind itself.
import { type Answer, type Answering, type Exchange, need, type Stage } from "./exchange";

/** Runs `next` when the requests from `x`'s address ahead of it in its lane are done. */
async function inLane(x: Exchange, next: () => Answering): Promise<Answer> {
  const { lanes } = x.state;
  const ahead = lanes.get(x.client) ?? Promise.resolve();
  let release = () => {};
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = ahead.then(() => done);
  lanes.set(x.client, tail);
  await ahead;
  try {
    return await next();
  } finally {
    release();
    if (lanes.get(x.client) === tail) lanes.delete(x.client);
  }
}

export const passwords: Stage = {
  name: "passwords",
  run(x, next) {
    if (!need(x.route, "route").body?.fields?.includes("password")) return next();
    return inLane(x, next);
  },
};
