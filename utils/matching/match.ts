import type { Listing } from "../sites/listing";
import { domainKey } from "../web-address";
import type { CompiledIndex } from "./compiled-index";
import { hostWarnings } from "./host-warnings";
import { gtinKey, sellerKey, shopKey } from "./index-keys";
import type { IndexedWarning } from "./indexed-warning";
import { containsPhrase } from "./normalize";
import { heuristicVerdict } from "./rules/heuristic-verdict";
import type { Signal } from "./rules/signal";
import { readTitle, type TitleReading } from "./rules/title-reading";
import { titleView } from "./title-view";
import { MAX_GUIDES, type Reason, type Verdict } from "./verdict";
import { collect, type Hit, warningReason } from "./warning-hits";
import { WarningTextPending } from "./warning-text";

const OFFICIAL_TEXT = {
  vi: "Gian hàng chính thức (như Shopee Mall, LazMall) trên một sàn đã ký cam kết không kinh doanh hàng giả.",
  en: "An official store (such as Shopee Mall or LazMall) on a platform that signed the pledge not to sell counterfeits.",
};

/** Product warnings whose brand the title names (found in the one pass over its phrases) with all their terms. */
function productHits(title: TitleReading): IndexedWarning[] | undefined {
  let matched: IndexedWarning[] | undefined;
  const tokens = title.tokens;
  for (const { value } of title.hits) {
    if (!value.products) continue;
    for (const rule of value.products) {
      let all = true;
      for (const term of rule.terms) if (!containsPhrase(tokens, term)) all = false;
      if (!all) continue;
      matched ??= [];
      matched.push(rule.hit);
    }
  }
  return matched;
}

/**
 * Domain warnings on a standalone shop's own listing, and on the web shops any listing links to (a sale post's
 * link): each host and every domain above it ("shop.example.vn", "example.vn").
 */
function domainHits(listing: Listing, index: CompiledIndex): IndexedWarning[] | undefined {
  if (listing.platform !== "web" && !listing.links) return undefined;
  let hits: IndexedWarning[] | undefined;
  const addresses =
    listing.platform === "web" ? [listing.url, ...(listing.links ?? [])] : (listing.links ?? []);
  for (const address of addresses) {
    const host = domainKey(address);
    const found = host && hostWarnings(host, index);
    if (!found) continue;
    hits ??= [];
    hits.push(...found);
  }
  return hits;
}

/** Whether the title names the brand `id` (by a name or alias of three letters or more). */
function namesBrand(readings: readonly TitleReading[], id: string): boolean {
  for (const reading of readings)
    for (const { value } of reading.hits) if (value.brand?.id === id) return true;
  return false;
}

/**
 * The guides the title places the listing in, a brand's before its category's: a brand's guide only when the
 * title names that brand, and none whose `unless` words the title has.
 */
function guidesOf(readings: readonly TitleReading[]): string[] | undefined {
  // Most titles name no guide's goods: they allocate nothing here.
  let any = false;
  for (const reading of readings) for (const { value } of reading.hits) if (value.guides) any = true;
  if (!any) return undefined;
  const excluded: string[] = [];
  for (const reading of readings)
    for (const { value } of reading.hits) if (value.notGuides) excluded.push(...value.notGuides);
  const branded: string[] = [];
  const general: string[] = [];
  for (const reading of readings)
    for (const { value } of reading.hits) {
      if (!value.guides) continue;
      for (const g of value.guides) {
        if (branded.includes(g.id) || general.includes(g.id) || excluded.includes(g.id)) continue;
        if (!g.brand) general.push(g.id);
        else if (namesBrand(readings, g.brand)) branded.push(g.id);
      }
    }
  if (branded.length === 0 && general.length === 0) return undefined;
  return [...branded, ...general].slice(0, MAX_GUIDES);
}

/** Sets the verdict's guides, when there are any. */
function withGuides(verdict: Verdict, guides: string[] | undefined): Verdict {
  if (guides) verdict.guides = guides;
  return verdict;
}

const signalReason = (s: Signal): Reason => ({
  code: s.code,
  text: s.text,
  category: s.category,
  ref: s.ref,
});

/**
 * Official warnings first (hash lookups on the listing's identities, then product rules on its title): any hit
 * is `danger`. Otherwise the heuristic rules add up to `caution` (or `danger` where a feed asks). Otherwise an
 * official store on a pledged platform is `official`.
 */
export function matchListing(listing: Listing, index: CompiledIndex, now: number): Verdict {
  const hits: Hit[] = [];
  collect(hits, "warned_listing", index.byListing.get(listing.key), now);
  if (listing.sellerId)
    collect(hits, "warned_seller", index.bySeller.get(sellerKey(listing.platform, listing.sellerId)), now);
  if (listing.sellerUrl) {
    const shop = shopKey(listing.sellerUrl);
    if (shop) collect(hits, "warned_shop", index.byShop.get(shop), now);
  }
  collect(hits, "warned_domain", domainHits(listing, index), now);
  if (listing.gtin) collect(hits, "warned_product", index.byGtin.get(gtinKey(listing.gtin)), now);
  // The title is read once, for the product warnings and the heuristics alike.
  const view = titleView(listing.title, index.heuristics.phrases);
  const readings = readTitle(view, index.heuristics);
  collect(hits, "warned_product", productHits(readings[0] as TitleReading), now);
  const heuristic = heuristicVerdict(listing, index.heuristics, view, readings);
  // A listing with nothing against it may still be goods worth checking: guides are information, not a level.
  const guides = index.guides.size > 0 ? guidesOf(readings) : undefined;

  // Verdicts are spelt out field by field: an object spread here cost more than all the lookups together.
  const key = listing.key;
  const feeds = index.feeds;
  if (hits.length > 0) {
    const high = hits.some(({ hit }) => hit.warning.severity === "high");
    return withGuides(
      {
        key,
        feeds,
        level: "danger",
        score: Math.min(100, (high ? 90 : 75) + 5 * (hits.length - 1)),
        reasons: [
          ...hits.map(({ code, hit }) => warningReason(code, hit)),
          ...heuristic.signals.map(signalReason),
        ].slice(0, 20),
        sample: hits.some(({ hit }) => hit.sample),
      },
      guides,
    );
  }
  if (heuristic.level !== "none") {
    return withGuides(
      {
        key,
        feeds,
        level: heuristic.level,
        score: heuristic.score,
        reasons: heuristic.signals.slice(0, 20).map(signalReason),
        sample: false,
      },
      guides,
    );
  }

  const pledged = index.platforms.get(listing.platform)?.pledge.signed === true;
  const officialSeller =
    listing.sellerId !== undefined &&
    index.officialSellers.has(sellerKey(listing.platform, listing.sellerId));
  if (pledged && (listing.official === true || officialSeller)) {
    return withGuides(
      {
        key,
        feeds,
        level: "official",
        score: 0,
        reasons: [{ code: "official_store", text: OFFICIAL_TEXT }],
        sample: false,
      },
      guides,
    );
  }
  return withGuides({ key, feeds, level: "none", score: 0, reasons: [], sample: false }, guides);
}

/**
 * Matches a batch. A worker reads warnings' text only when a listing first hits one: the listings that need
 * an unread chunk wait for it and are matched again (each round reads at least one new chunk, so it ends).
 */
export async function matchListings(
  listings: readonly Listing[],
  index: CompiledIndex,
  now: number,
): Promise<Verdict[]> {
  const verdicts: (Verdict | undefined)[] = new Array(listings.length);
  let todo = listings.map((_, i) => i);
  while (todo.length > 0) {
    const pending: WarningTextPending[] = [];
    const again: number[] = [];
    for (const i of todo) {
      try {
        verdicts[i] = matchListing(listings[i] as Listing, index, now);
      } catch (e) {
        if (!(e instanceof WarningTextPending)) throw e;
        pending.push(e);
        again.push(i);
      }
    }
    await Promise.all(pending.map((p) => p.load()));
    todo = again;
  }
  return verdicts as Verdict[];
}
