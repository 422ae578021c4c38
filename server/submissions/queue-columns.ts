import { sql } from "kysely";
import { foldTextReference } from "../../utils/matching/normalize";
import type { Submission } from "./submission-rows";

/** Words of a submission kept for search: enough for every title of a 200-listing case. */
const SEARCH_CHARS = 20_000;

/** Reports of one seller (or, without a seller, of one listing) are one row of the queue; a case is its own. */
export function groupKey(submission: Submission): string {
  if (submission.kind === "case") return `case:${submission.body.id}`;
  const { listing } = submission.body;
  return listing.sellerId ? `seller:${listing.platform}:${listing.sellerId}` : `listing:${listing.key}`;
}

/** The text search reads: titles, notes, seller names, folded (no diacritics, lower case). */
function searchText(submission: Submission): string {
  const parts =
    submission.kind === "report"
      ? [submission.body.listing.title, submission.body.note, submission.body.listing.sellerName ?? ""]
      : [
          submission.body.title,
          submission.body.note,
          ...submission.body.items.flatMap((i) => [
            i.listing.title,
            i.listing.sellerName ?? "",
            i.note ?? "",
          ]),
        ];
  return foldTextReference(parts.join(" ")).slice(0, SEARCH_CHARS);
}

/** The columns the review queue filters, groups and searches by. */
export function queueColumns(submission: Submission) {
  const search = sql<string>`to_tsvector('simple', ${searchText(submission)})`;
  if (submission.kind === "report") {
    const { listing, category } = submission.body;
    return {
      group_key: groupKey(submission),
      platform: listing.platform,
      category,
      seller_id: listing.sellerId ?? null,
      listing_key: listing.key,
      title: listing.title,
      search,
    };
  }
  const platforms = new Set(submission.body.items.map((i) => i.listing.platform));
  return {
    group_key: groupKey(submission),
    platform: platforms.size === 1 ? ([...platforms][0] ?? null) : null,
    category: null,
    seller_id: null,
    listing_key: null,
    title: submission.body.title,
    search,
  };
}
