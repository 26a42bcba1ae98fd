// Types of scripts/test.mjs, for its tests.

/** `npm test`'s steps: [name, command, args, minutes it may take, one-line reason it failed]. */
export const STEPS: [string, string, string[], number, ((tail: string[]) => string)?][];
/** The one-line reason a step failed, from the last lines of its output. */
export function lastLine(tail: string[]): string;
/** Runs a command in a process group of its own; past `minutes` the whole group is killed. */
export function runStep(
  command: string,
  args: string[],
  options?: { minutes?: number; env?: NodeJS.ProcessEnv; echo?: boolean },
): Promise<{ status: number; timedOut: boolean; tail: string[] }>;
