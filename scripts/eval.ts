// `npm run eval`: the verdict engine on the labelled set in tests/eval, scored as a classifier.
import { DISGUISES } from "../tests/eval/disguises";
import {
  cautionRecall,
  disguiseScores,
  falsePositives,
  levelScores,
  type Rate,
  ratio,
  ruleScores,
  runEval,
} from "../tests/eval/evaluate";

const pct = (r: Rate) => (r.of === 0 ? "   –  " : `${(100 * ratio(r)).toFixed(1).padStart(5)}%`);
const count = (r: Rate) => `${r.hits}/${r.of}`.padStart(9);

const outcomes = runEval();
const parts = ["real", "tuning", "held-out", "disguised"] as const;
console.log(
  `Labelled set: ${outcomes.length} listings (${parts.map((p) => `${p} ${outcomes.filter((o) => o.item.part === p).length}`).join(", ")})\n`,
);

console.log("Per level              precision              recall");
for (const level of ["danger", "caution", "official", "none"] as const) {
  const s = levelScores(outcomes, level);
  console.log(
    `  ${level.padEnd(10)} ${pct(s.precision)} ${count(s.precision)}    ${pct(s.recall)} ${count(s.recall)}`,
  );
}

console.log("\nPer rule (reason code)  precision              recall");
for (const rule of [
  "warned_seller",
  "warned_listing",
  "warned_shop",
  "warned_domain",
  "warned_product",
  "slang",
  "brand_lookalike",
  "price_floor",
  "prohibited_goods",
]) {
  const s = ruleScores(outcomes, rule);
  console.log(
    `  ${rule.padEnd(20)} ${pct(s.precision)} ${count(s.precision)}    ${pct(s.recall)} ${count(s.recall)}`,
  );
}

console.log("\nTargets");
const fpReal = falsePositives(outcomes, "real");
const fpAll = falsePositives(outcomes);
const lists = levelScores(outcomes, "danger").recall;
const heldOut = cautionRecall(outcomes, "held-out");
const tuning = cautionRecall(outcomes, "tuning");
const line = (what: string, value: string, target: string, ok: boolean) =>
  console.log(`  ${ok ? "✓" : "✗"} ${what.padEnd(52)} ${value.padStart(16)}   target ${target}`);
line(
  "false positives, honest real listings",
  `${pct(fpReal)} ${count(fpReal)}`,
  "< 1%",
  ratio(fpReal) < 0.01,
);
line("false positives, all honest listings", `${pct(fpAll)} ${count(fpAll)}`, "< 1%", ratio(fpAll) < 0.01);
line("recall of list hits", `${pct(lists)} ${count(lists)}`, "100%", lists.hits === lists.of);
line(
  "recall of heuristic caution, held-out part",
  `${pct(heldOut)} ${count(heldOut)}`,
  "> 90%",
  ratio(heldOut) > 0.9,
);
console.log(`    (recall of heuristic caution on the tuning part: ${pct(tuning)} ${count(tuning)})`);

// Disguises: every counterfeit-style and honest title of the plain parts, rewritten as sellers write them.
const disguises = disguiseScores(DISGUISES);
console.log(
  "\nDisguised titles (generated from the plain parts)   recall plain → disguised   share    false positives",
);
for (const d of disguises) {
  const share = ratio(d.disguised) / ratio(d.plain);
  console.log(
    `  ${d.disguise.id.padEnd(24)} ${count(d.plain)} → ${count(d.disguised)}  ${pct({ hits: Math.round(share * 1000), of: 1000 })}   ${d.disguise.honestToo ? count(d.honest) : "      n/a"}`,
  );
}
const disguisedPart = cautionRecall(outcomes, "disguised");
const disguisedFp = falsePositives(outcomes, "disguised");
const disguisedFlags = levelScores(
  outcomes.filter((o) => o.item.part === "disguised"),
  "caution",
).precision;
const worst = Math.min(...disguises.map((d) => ratio(d.disguised) / ratio(d.plain)));
const honestWrong = disguises.reduce((n, d) => n + d.honest.hits, 0);
console.log("\nTargets for disguised titles");
line("recall disguised / plain, the worst disguise", `${(100 * worst).toFixed(1)}%`, "≥ 95%", worst >= 0.95);
line("false positives, disguised honest titles (all disguises)", String(honestWrong), "0", honestWrong === 0);
line(
  "recall, hand-written disguised part (held out)",
  `${pct(disguisedPart)} ${count(disguisedPart)}`,
  "> 90%",
  ratio(disguisedPart) > 0.9,
);
line(
  "false positives, hand-written disguised part",
  `${pct(disguisedFp)} ${count(disguisedFp)}`,
  "< 1%",
  ratio(disguisedFp) < 0.01,
);
console.log(
  `    (precision of caution on the hand-written disguised part: ${pct(disguisedFlags)} ${count(disguisedFlags)})`,
);

const show = (
  label: string,
  list: {
    item: { listing: { title: string; price?: number } };
    verdict: { level: string; reasons: { code: string }[] };
  }[],
) => {
  if (list.length === 0) return;
  console.log(`\n${label}`);
  for (const o of list.slice(0, 30))
    console.log(
      `  ${o.verdict.level.padEnd(8)} ${o.item.listing.title} (${o.item.listing.price ?? "–"}) [${o.verdict.reasons.map((r) => r.code).join(", ")}]`,
    );
};
show("False positives", fpAll.examples);
show("Missed caution, held-out part", heldOut.misses);
show("Missed caution, tuning part", tuning.misses);
show("Missed caution, hand-written disguised part", disguisedPart.misses);
for (const d of disguises) {
  show(`Missed once disguised: ${d.disguise.label}`, d.disguised.misses.slice(0, 5));
  show(`Flagged once disguised: ${d.disguise.label}`, d.honest.examples);
}
