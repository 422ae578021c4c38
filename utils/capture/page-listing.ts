import { browser } from "wxt/browser";
import { type Listing, ListingSchema } from "../sites/listing";
import { PageListingReplySchema, type TabMessage } from "../tab-messages";

export interface PageListing {
  listing?: Listing;
  pageUrl?: string;
  pageTitle?: string;
}

/** The listing of the product page open in a tab, as its content script read it; empty when it has none. */
export async function readPageListing(tabId: number): Promise<PageListing> {
  const message: TabMessage = { soiHangTab: 1, name: "pageListing" };
  const raw: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  const reply = PageListingReplySchema.safeParse(raw);
  if (!reply.success) return {};
  const listing = ListingSchema.safeParse(reply.data.listing);
  return {
    ...(listing.success ? { listing: listing.data } : {}),
    pageUrl: reply.data.pageUrl,
    pageTitle: reply.data.pageTitle.slice(0, 500),
  };
}
