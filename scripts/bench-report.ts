/** How `npm run bench` prints: medians, fixed digits, and one line per budget. */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
export const fmt = (n: number, digits = 2) => n.toFixed(digits);
export const verdictLine = (what: string, value: string, budget: string, ok: boolean) =>
  console.log(`  ${ok ? "✓" : "✗"} ${what.padEnd(58)} ${value.padStart(14)}   budget ${budget}`);
