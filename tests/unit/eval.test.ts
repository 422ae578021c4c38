import { describe, expect, it } from "vitest";
import { DISGUISES } from "../eval/disguises";
import { cautionRecall, disguiseScores, falsePositives, levelScores, ratio, runEval } from "../eval/evaluate";

// The labelled set of tests/eval (`npm run eval` prints the full table). A change to the rules or the default
// signals that flags honest listings fails here.
describe("verdict engine on the labelled set", () => {
  const outcomes = runEval();

  it("has at least 1,000 labelled listings, real ones among them", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    expect(outcomes.filter((o) => o.item.part === "real").length).toBeGreaterThan(200);
  });

  it("flags under 1% of the honest real listings", () => {
    const fp = falsePositives(outcomes, "real");
    expect(fp.examples.map((o) => o.item.listing.title)).toEqual([]);
    expect(ratio(fp)).toBeLessThan(0.01);
  });

  it("flags under 1% of all honest listings, tricky written ones included", () => {
    expect(ratio(falsePositives(outcomes))).toBeLessThan(0.01);
  });

  it("finds every listing on an official warning list", () => {
    const { recall } = levelScores(outcomes, "danger");
    expect(recall.of).toBeGreaterThan(0);
    expect(recall.hits).toBe(recall.of);
  });

  it("catches over 90% of the heuristic caution cases held apart from tuning", () => {
    expect(ratio(cautionRecall(outcomes, "held-out"))).toBeGreaterThan(0.9);
  });

  it("reads the 300 disguised listings written by hand: over 90% caught, no honest one flagged", () => {
    const part = outcomes.filter((o) => o.item.part === "disguised");
    expect(part.length).toBeGreaterThanOrEqual(300);
    expect(ratio(cautionRecall(outcomes, "disguised"))).toBeGreaterThan(0.9);
    expect(falsePositives(outcomes, "disguised").examples.map((o) => o.item.listing.title)).toEqual([]);
  });
});

describe("verdict engine on disguised titles", () => {
  const scores = disguiseScores(DISGUISES);

  it("rewrites most of the labelled set with every disguise, and two at once", () => {
    expect(scores.length).toBeGreaterThanOrEqual(20);
    for (const s of scores) expect(s.plain.of, s.disguise.id).toBeGreaterThan(40);
    expect(scores.filter((s) => s.disguise.id.includes("+")).length).toBeGreaterThanOrEqual(6);
  });

  it("keeps at least 95% of the plain recall under each disguise", () => {
    for (const s of scores)
      expect(ratio(s.disguised) / ratio(s.plain), s.disguise.id).toBeGreaterThanOrEqual(0.95);
  });

  it("flags no honest title however it is disguised", () => {
    const flagged = scores.flatMap((s) =>
      s.honest.examples.map((o) => `${s.disguise.id}: ${o.item.listing.title}`),
    );
    expect(flagged).toEqual([]);
  });
});
