// What the benchmark scripts print their sections with.

/** Lines of markdown, printed as they come and kept (`lines`) for docs/benchmarks.md. */
export function printer() {
  const lines = [];
  const say = (line = "") => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  return { lines, say };
}

/** Milliseconds as the tables show them: three decimals under 10, else one. */
export const ms = (value) => (value < 10 ? value.toFixed(3) : value.toFixed(1));

/** The value at quantile `q` (0.5: the median) of the samples, in any order. */
export function percentile(values, q) {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/** A target's verdict as the tables show it. */
export const verdict = (met) => (met ? "met" : "**missed**");
