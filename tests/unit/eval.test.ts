import { describe, expect, it } from "vitest";
import { cautionRecall, falsePositives, levelScores, ratio, runEval } from "../eval/evaluate";

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
});
