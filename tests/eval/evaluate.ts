import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Feed, FeedSchema } from "../../utils/feed/schema";
import { compileIndex } from "../../utils/matching/compile-index";
import { matchListing } from "../../utils/matching/match";
import type { Level, Verdict } from "../../utils/matching/verdict";
import { disguisedListings } from "./disguised-listings";
import type { Disguise } from "./disguises";
import type { EvalItem, EvalPart } from "./eval-item";
import { heldOutListings } from "./held-out-listings";
import { realListings } from "./real-listings";
import { writtenListings } from "./written-listings";

/** The labelled set: real listings, the written part the rules were tuned on, and the part held apart. */
export function evalSet(): EvalItem[] {
  return [...realListings(), ...writtenListings(), ...heldOutListings(), ...disguisedListings()];
}

const source = { authority: { vi: "Đánh giá (dữ liệu tổng hợp)" } };
const reason = { vi: "Cảnh báo dùng cho đánh giá (dữ liệu tổng hợp)." };

/** SYNTHETIC: warnings of every identity kind, for the list-hit listings in written-listings.ts. */
function evalFeed(): Feed {
  const warning = (id: string, target: unknown) => ({
    id,
    target,
    severity: "high",
    category: "counterfeit",
    reason,
    source,
  });
  return FeedSchema.parse({
    format: "soi-hang-feed",
    version: 1,
    publisher: { id: "eval", name: { vi: "Bộ đánh giá" } },
    serial: 1,
    issued: "2026-11-01T00:00:00Z",
    expires: "2027-11-01T00:00:00Z",
    warnings: [
      warning("e-1", { kind: "seller", platform: "lazada", sellerId: "880001" }),
      warning("e-2", { kind: "shop", url: "https://facebook.com/kho.hang.hieu.247" }),
      warning("e-3", { kind: "domain", domain: "hanghieugiare.example.vn" }),
      warning("e-4", { kind: "product", brand: "Nước giặt Sạch Thơm", gtin: "8934868000012" }),
    ],
  });
}

/** The bundled sample feed (its warnings, platforms and signals) and the evaluation's own warnings. */
export function evalFeeds(): Feed[] {
  const sample = FeedSchema.parse(JSON.parse(readFileSync(resolve("public/feeds/sample-feed.json"), "utf8")));
  return [sample, evalFeed()];
}

export interface Outcome {
  item: EvalItem;
  verdict: Verdict;
}

export function runEval(items: readonly EvalItem[] = evalSet()): Outcome[] {
  const index = compileIndex(evalFeeds());
  const now = Date.parse("2026-11-25T00:00:00Z");
  return items.map((item) => ({ item, verdict: matchListing(item.listing, index, now) }));
}

const flagged = (level: Level) => level === "danger" || level === "caution";

export interface Rate {
  hits: number;
  of: number;
}
export const ratio = (r: Rate) => (r.of === 0 ? Number.NaN : r.hits / r.of);

/** False positives: honest listings (labelled none or official) given `caution` or `danger`. */
export function falsePositives(
  outcomes: readonly Outcome[],
  part?: EvalPart,
): Rate & { examples: Outcome[] } {
  const honest = outcomes.filter((o) => !flagged(o.item.expected) && (!part || o.item.part === part));
  const wrong = honest.filter((o) => flagged(o.verdict.level));
  return { hits: wrong.length, of: honest.length, examples: wrong };
}

/** Of the listings labelled `level`, how many got it (recall); of those given it, how many were right (precision). */
export function levelScores(outcomes: readonly Outcome[], level: Level) {
  const expected = outcomes.filter((o) => o.item.expected === level);
  const given = outcomes.filter((o) => o.verdict.level === level);
  return {
    recall: { hits: expected.filter((o) => o.verdict.level === level).length, of: expected.length },
    precision: { hits: given.filter((o) => o.item.expected === level).length, of: given.length },
  };
}

/**
 * Per rule. Recall: of the listings labelled with the rule, how many were flagged with it among the reasons.
 * Precision: of the flagged listings the rule fired on, how many should be flagged.
 */
export function ruleScores(outcomes: readonly Outcome[], rule: string) {
  const labelled = outcomes.filter((o) => o.item.rule === rule);
  const fired = outcomes.filter(
    (o) => flagged(o.verdict.level) && o.verdict.reasons.some((r) => r.code === rule),
  );
  return {
    recall: {
      hits: labelled.filter((o) => flagged(o.verdict.level) && o.verdict.reasons.some((r) => r.code === rule))
        .length,
      of: labelled.length,
    },
    precision: { hits: fired.filter((o) => flagged(o.item.expected)).length, of: fired.length },
  };
}

/** Recall of heuristic `caution` cases: labelled caution, flagged (caution or danger). */
export function cautionRecall(outcomes: readonly Outcome[], part: EvalPart): Rate & { misses: Outcome[] } {
  const cases = outcomes.filter((o) => o.item.expected === "caution" && o.item.part === part);
  const misses = cases.filter((o) => !flagged(o.verdict.level));
  return { hits: cases.length - misses.length, of: cases.length, misses };
}

/** Heuristic caution on counterfeit-style titles: slang, a misspelt brand, a brand under its price floor. */
const COUNTERFEIT_STYLE = new Set(["slang", "brand_lookalike", "price_floor"]);

export interface DisguiseScore {
  disguise: Disguise;
  /** Counterfeit-style listings the disguise applies to: flagged as written, and flagged disguised. */
  plain: Rate;
  /** Misses: listings flagged as written and not once disguised. */
  disguised: Rate & { misses: Outcome[] };
  /** Honest listings the disguise applies to, flagged once disguised. */
  honest: Rate & { examples: Outcome[] };
}

/**
 * Each disguise applied to every counterfeit-style and every honest listing of the labelled set written plainly
 * (the hand-written disguised part is measured as it is).
 */
export function disguiseScores(
  disguises: readonly Disguise[],
  items: readonly EvalItem[] = evalSet().filter((i) => i.part !== "disguised"),
): DisguiseScore[] {
  const index = compileIndex(evalFeeds());
  const now = Date.parse("2026-11-25T00:00:00Z");
  const verdict = (item: EvalItem, title: string) => matchListing({ ...item.listing, title }, index, now);
  const counterfeit = items.filter((i) => i.expected === "caution" && COUNTERFEIT_STYLE.has(i.rule ?? ""));
  const honest = items.filter((i) => !flagged(i.expected));
  return disguises.map((disguise) => {
    const plain = { hits: 0, of: 0 };
    const disguised = { hits: 0, of: 0, misses: [] as Outcome[] };
    for (const item of counterfeit) {
      const title = disguise.apply(item.listing.title);
      if (title === undefined) continue;
      plain.of++;
      disguised.of++;
      const plainFlagged = flagged(verdict(item, item.listing.title).level);
      if (plainFlagged) plain.hits++;
      const v = verdict(item, title);
      if (flagged(v.level)) disguised.hits++;
      // The misses worth reading: flagged as written, not once disguised.
      else if (plainFlagged)
        disguised.misses.push({ item: { ...item, listing: { ...item.listing, title } }, verdict: v });
    }
    const wrong = { hits: 0, of: 0, examples: [] as Outcome[] };
    if (disguise.honestToo)
      for (const item of honest) {
        const title = disguise.apply(item.listing.title);
        if (title === undefined) continue;
        wrong.of++;
        const v = verdict(item, title);
        if (flagged(v.level)) {
          wrong.hits++;
          wrong.examples.push({ item: { ...item, listing: { ...item.listing, title } }, verdict: v });
        }
      }
    return { disguise, plain, disguised, honest: wrong };
  });
}
