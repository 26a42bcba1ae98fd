// Counted words in the stub's messages, so that each reads right for one and for several.

/** The form of a word for `count`: `plural(1, "second")` → "second", else "seconds" (0 too). */
export function plural(count: number, one: string, other = `${one}s`) {
  return count === 1 ? one : other;
}

/** A count with its noun: `counted(1, "day")` → "1 day", `counted(3, "day")` → "3 days". */
export function counted(count: number, one: string, other?: string) {
  return `${count} ${plural(count, one, other)}`;
}
