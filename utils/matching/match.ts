import type { Listing } from "../sites/listing";
import { type CompiledIndex, type IndexedWarning, sellerKey } from "./compiled-index";
import { containsPhrase, foldTokens } from "./normalize";
import type { Reason, Verdict } from "./verdict";

const OFFICIAL_TEXT = {
  vi: "Gian hàng chính hãng trên sàn đã ký cam kết chống hàng giả.",
  en: "Official store on a platform that signed the anti-counterfeit pledge.",
};

function isInForce(warning: IndexedWarning["warning"], now: number): boolean {
  if (warning.validFrom && Date.parse(warning.validFrom) > now) return false;
  if (warning.validUntil && Date.parse(warning.validUntil) < now) return false;
  return true;
}

function warningReason(code: Reason["code"], hit: IndexedWarning): Reason {
  return {
    code,
    text: hit.warning.reason,
    category: hit.warning.category,
    source: hit.warning.source,
    ref: `${hit.feedId.split("@")[0]}:${hit.warning.id}`,
  };
}

/** A handful of hash lookups per listing; the title is tokenised once, only when a product rule could apply. */
export function matchListing(listing: Listing, index: CompiledIndex, now: number): Verdict {
  const hits: { code: Reason["code"]; hit: IndexedWarning }[] = [];
  const seen = new Set<IndexedWarning["warning"]>();
  const add = (code: Reason["code"], list: readonly IndexedWarning[] | undefined) => {
    for (const hit of list ?? []) {
      if (seen.has(hit.warning) || !isInForce(hit.warning, now)) continue;
      seen.add(hit.warning);
      hits.push({ code, hit });
    }
  };

  add("warned_listing", index.byListing.get(listing.key));
  if (listing.sellerId)
    add("warned_seller", index.bySeller.get(sellerKey(listing.platform, listing.sellerId)));
  if (index.byBrandToken.size > 0) {
    const tokens = foldTokens(listing.title);
    for (const token of tokens) {
      const rules = index.byBrandToken.get(token);
      if (!rules) continue;
      add(
        "warned_product",
        rules.filter(
          (rule) =>
            containsPhrase(tokens, rule.brand) && rule.terms.every((term) => containsPhrase(tokens, term)),
        ),
      );
    }
  }

  const base = { key: listing.key, feeds: index.feeds };
  if (hits.length > 0) {
    const high = hits.some(({ hit }) => hit.warning.severity === "high");
    return {
      ...base,
      level: "danger",
      score: Math.min(100, (high ? 90 : 75) + 5 * (hits.length - 1)),
      reasons: hits.slice(0, 20).map(({ code, hit }) => warningReason(code, hit)),
      sample: hits.some(({ hit }) => hit.sample),
    };
  }

  const pledged = index.platforms.get(listing.platform)?.pledge.signed === true;
  const officialSeller =
    listing.sellerId !== undefined &&
    index.officialSellers.has(sellerKey(listing.platform, listing.sellerId));
  if (pledged && (listing.official === true || officialSeller)) {
    return {
      ...base,
      level: "official",
      score: 0,
      reasons: [{ code: "official_store", text: OFFICIAL_TEXT }],
      sample: false,
    };
  }
  return { ...base, level: "none", score: 0, reasons: [], sample: false };
}
