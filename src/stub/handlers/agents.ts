// Templates, agents (with run, stop and tag) and the traces runs leave behind.

import { componentSchema } from "../contract";
import { newId } from "../store";
import { compose, crud, inPath } from "./crud";
import { actingOrg, type Handlers, invalid } from "./types";

const MAX_TAGS = Number(componentSchema("Agent").properties.tags?.maxItems);

export const agentHandlers = {
  ...crud("Template", "Template"),
  ...crud("Trace", "Trace"),
  ...crud("Agent", "Agent", { filters: { tag: "tags" } }),

  runAgent: (ctx) => {
    const { caller, store, body } = ctx;
    const agent = inPath(ctx, "Agent", true).data;
    const [runId, traceId] = [newId(), newId()];
    // one reading of the clock: the run, its trace and the agent start at the same time
    const now = store.now();
    const run = compose(
      "AgentRun",
      {},
      { id: runId, agent: agent.id, input: body.input ?? {}, trace: traceId },
      now,
    );
    const trace = { id: traceId, agent: agent.id, run: runId, name: `Run of ${agent.name}` };
    store.insert("AgentRun", actingOrg(caller), run);
    try {
      store.insert("Trace", actingOrg(caller), compose("Trace", {}, trace, now));
    } catch (error) {
      store.delete("AgentRun", runId); // no run without its trace (the storage quota is full)
      throw error;
    }
    agent.status = "running";
    agent.last_run_at = agent.updated_at = run.started_at;
    return { status: 202, body: run };
  },

  stopAgent: (ctx) => {
    const agent = inPath(ctx, "Agent", true).data;
    const now = ctx.store.now().toISOString();
    const runs = ctx.store.rows(
      "AgentRun",
      (r) => r.data.agent === agent.id,
      actingOrg(ctx.caller),
    );
    for (const { data: run } of runs) {
      if (run.status !== "running") continue;
      Object.assign(run, { status: "stopped", ended_at: now });
      const trace = ctx.store.table("Trace").get(run.trace)?.data;
      if (trace?.status === "running")
        Object.assign(trace, { status: "ok", ended_at: now, updated_at: now });
    }
    Object.assign(agent, { status: "stopped", updated_at: now });
    return { status: 200, body: agent };
  },

  tagAgent: (ctx) => {
    const agent = inPath(ctx, "Agent", true).data;
    const tags = [...new Set([...agent.tags, ...ctx.body.tags])];
    if (tags.length > MAX_TAGS)
      throw invalid({
        tags: [`An agent has at most ${MAX_TAGS} tags; this would make ${tags.length}.`],
      });
    agent.tags = tags;
    agent.updated_at = ctx.store.now().toISOString();
    return { status: 200, body: agent };
  },
} satisfies Partial<Handlers>;
