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
