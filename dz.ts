import { DISGUISES } from "./tests/eval/disguises";
import { disguiseScores, ratio } from "./tests/eval/evaluate";

const scores = disguiseScores(DISGUISES);
for (const s of scores) {
  console.log(
    `${s.disguise.id.padEnd(26)} plain ${s.plain.hits}/${s.plain.of}  disguised ${s.disguised.hits}/${s.disguised.of} (${((100 * ratio(s.disguised)) / ratio(s.plain)).toFixed(1)}%)  honest FP ${s.honest.hits}/${s.honest.of}`,
  );
}
for (const s of scores) {
  for (const m of s.disguised.misses.slice(0, 4))
    console.log("MISS", s.disguise.id, JSON.stringify(m.item.listing.title));
  for (const m of s.honest.examples.slice(0, 4))
    console.log(
      "FP",
      s.disguise.id,
      JSON.stringify(m.item.listing.title),
      m.verdict.reasons.map((r) => r.code),
    );
}
