import type { Screenshot } from "../../utils/capture/screenshot-schema";
import type { Report } from "../../utils/reports/schema";
import type { CaseReport } from "../../utils/sweep/schema";
import type { SubmittedListingsTable } from "../db/tables";

export type Submission = { kind: "report"; body: Report } | { kind: "case"; body: CaseReport };

/** A listing the submission is about, as its table row, before its picture is checked. */
export type ListingRow = Pick<
  SubmittedListingsTable,
  | "position"
  | "platform"
  | "listing_key"
  | "seller_id"
  | "seller_name"
  | "title"
  | "url"
  | "category"
  | "price"
> & {
  /** The picture that goes with it; its bytes are dropped from the body once stored. */
  screenshot?: Screenshot;
  /** Case items: the listing JSON and the hash claimed for it. */
  listingHash?: { json: string; claimed: string };
};

/** One row per listing: a report's one, or each item of a case in order. */
export function listingRows(submission: Submission): ListingRow[] {
  if (submission.kind === "report") {
    const { listing, category, evidence } = submission.body;
    return [
      {
        position: 0,
        platform: listing.platform,
        listing_key: listing.key,
        seller_id: listing.sellerId ?? null,
        seller_name: listing.sellerName ?? null,
        title: listing.title,
        url: listing.url,
        category,
        price: listing.price ?? null,
        ...(evidence.screenshot ? { screenshot: evidence.screenshot } : {}),
      },
    ];
  }
  return submission.body.items.map((item, position) => ({
    position,
    platform: item.listing.platform,
    listing_key: item.listing.key,
    seller_id: item.listing.sellerId ?? null,
    seller_name: item.listing.sellerName ?? null,
    title: item.listing.title,
    url: item.listing.url,
    category: null,
    price: item.listing.price ?? null,
    ...(item.evidence
      ? {
          screenshot: item.evidence.screenshot,
          listingHash: { json: item.evidence.listingJson, claimed: item.evidence.listingSha256 },
        }
      : {}),
  }));
}

/** The body as stored: the contact apart (only some staff may read it), the screenshots' bytes apart (by hash). */
export function storedBody(submission: Submission): { body: unknown; contact: unknown } {
  const strip = (s: Screenshot | undefined) => s && { ...s, data: "" };
  if (submission.kind === "report") {
    const { contact, ...rest } = submission.body;
    const screenshot = strip(rest.evidence.screenshot);
    return {
      body: { ...rest, evidence: { ...rest.evidence, ...(screenshot ? { screenshot } : {}) } },
      contact: contact ?? null,
    };
  }
  return {
    body: {
      ...submission.body,
      items: submission.body.items.map((item) =>
        item.evidence
          ? { ...item, evidence: { ...item.evidence, screenshot: strip(item.evidence.screenshot) } }
          : item,
      ),
    },
    contact: null,
  };
}
