// What reading through disguises costs a title that needs nothing undone, and one that does: the scan that
// decides which steps a title needs, against a loop that only reads each character, in the same run.
import { foldTokens } from "../utils/matching/normalize";
import type { Heuristics } from "../utils/matching/rules/heuristics";
import { readTitle } from "../utils/matching/rules/title-reading";
import { stepsFor, titleView } from "../utils/matching/title-view";
import { fmt } from "./bench-report";

/** Best of five passes, µs per title; each pass reads every title `rounds` times. */
function perTitle(titles: readonly string[], read: (title: string) => number, rounds = 300): number {
  let sink = 0;
  // Warm up as long as a pass: the figure is the steady state.
  for (let r = 0; r < rounds; r++) for (const t of titles) sink += read(t);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 5; pass++) {
    const start = performance.now();
    for (let r = 0; r < rounds; r++) for (const t of titles) sink += read(t);
    best = Math.min(best, ((performance.now() - start) * 1000) / (rounds * titles.length));
  }
  if (sink === -1) console.log(sink);
  return best;
}

/** The floor of any scan of a title: read each character once. */
function readEachCharacter(title: string): number {
  let sum = 0;
  for (let i = 0; i < title.length; i++) sum += title.charCodeAt(i);
  return sum;
}

/** Titles whose scan finds nothing but marks or brackets: the ones that need no disguise undone. */
const DISGUISE_STEPS = ~(1 | 2 | 32);

export function benchFolding(real: readonly string[], disguised: readonly string[], h: Heuristics): void {
  const plain = real.filter((t) => (stepsFor(t) & DISGUISE_STEPS) === 0);
  console.log("\nReading titles through disguises (µs per title, best of five passes, the same run)");
  const loop = perTitle(plain, readEachCharacter);
  const scan = perTitle(plain, stepsFor);
  console.log(
    `    ${plain.length} of the ${real.length} real titles need nothing undone: they pay the scan, ${fmt(scan, 2)} µs, against ${fmt(loop, 2)} µs for a loop that only reads each character`,
  );
  for (const [label, titles] of [
    [`${real.length} real titles`, real],
    [`${disguised.length} hand-written disguised titles`, disguised],
  ] as const) {
    const fold = perTitle(titles, (t) => foldTokens(t).length);
    const view = perTitle(titles, (t) => titleView(t, h.phrases).tokens.length);
    const read = perTitle(titles, (t) => readTitle(titleView(t, h.phrases), h).length);
    console.log(
      `    ${label.padEnd(36)} folding ${fmt(fold, 2)} · with every step undone ${fmt(view, 2)} · and the phrases found ${fmt(read, 2)}`,
    );
  }
}
