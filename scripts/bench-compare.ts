// `npx tsx scripts/bench-compare.ts <build> <build> [--platform=Sendo] [--loads=9]`: two builds of the extension
// (say a copy of an older `.output/chrome-mv3` and the current one) on every platform page of the bench (or
// one) and a page with no listing, with the page alone as the baseline, loaded in turn. On 2 shared cores a
// page's figures move by 2–5 ms between runs of one build, more than most changes; loads taken in turn share
// whatever else the machine is doing, so their medians compare.
import { basename } from "node:path";
import { loadCostTable, loadPages } from "./bench-load-cost";

const builds = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const loads = Number(option("loads") ?? 9);
if (builds.length !== 2 || !(loads > 0)) {
  console.error("usage: npx tsx scripts/bench-compare.ts <build> <build> [--platform=Sendo] [--loads=9]");
  process.exit(2);
}
console.log(`Paired loads: ${builds.join(" vs ")}, ${loads} loads of each, in turn`);
await loadCostTable(
  builds.map((path, i) => ({ label: `${i === 0 ? "A" : "B"}:${basename(path)}`, path })),
  loadPages(option("platform")),
  loads,
);
