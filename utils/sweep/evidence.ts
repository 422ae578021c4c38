import { browser } from "wxt/browser";
import { readPageListing } from "../capture/page-listing";
import { CaptureError, captureVisibleTab, sha256Hex } from "../capture/screenshot";
import type { Listing } from "../sites/listing";
import type { Evidence, Sweep, SweepItem } from "./schema";

/** How long a listing's page may take to load before the evidence is given up. */
const LOAD_TIMEOUT_MS = 30_000;
/** How long to wait for the page's content script to read its listing once the page has loaded. */
const READ_TIMEOUT_MS = 4000;
/** Chrome allows two captureVisibleTab calls a second. */
const CAPTURE_SPACING_MS = 550;

let lastCaptureAt = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function loaded(tabId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(listener);
      reject(new Error("the listing's page did not finish loading"));
    }, LOAD_TIMEOUT_MS);
    const listener = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== "complete") return;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
    // It may have finished before the listener was in place.
    void browser.tabs.get(tabId).then((tab) => {
      if (tab.status === "complete" && tab.url !== "about:blank") listener(tabId, { status: "complete" });
    });
  });
}

/** The page's own reading of the listing, or the recorded one when the page has none (a search card's page). */
async function pageReading(tabId: number, item: SweepItem) {
  const deadline = Date.now() + READ_TIMEOUT_MS;
  for (;;) {
    const read = await readPageListing(tabId);
    if (read.listing?.key === item.key || Date.now() > deadline)
      return { listing: read.listing?.key === item.key ? read.listing : item.listing, title: read.pageTitle };
    await sleep(200);
  }
}

/** UTF-8 JSON of the listing with its fields in a fixed order, so that the hash can be recomputed. */
export function canonicalListingJson(listing: Listing): string {
  const sorted = Object.fromEntries(Object.entries(listing).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify(sorted);
}

/**
 * Opens the listing in a new tab of `windowId`, waits for it to load and be read, captures the visible tab with
 * its address and the time burnt into the margin, hashes the image and the listing, and closes the tab.
 */
export async function gatherEvidence(sweep: Sweep, item: SweepItem, windowId: number): Promise<Evidence> {
  const tab = await browser.tabs.create({ url: item.listing.url, active: true, windowId });
  const tabId = tab.id;
  if (tabId === undefined) throw new Error("no tab was opened");
  try {
    await loaded(tabId);
    const { listing, title } = await pageReading(tabId, item);
    const wait = lastCaptureAt + CAPTURE_SPACING_MS - Date.now();
    if (wait > 0) await sleep(wait);
    const current = await browser.tabs.get(tabId);
    if (!current.active) throw new CaptureError("not_visible", "the listing's tab was not the one shown");
    const now = new Date();
    const pageUrl = current.url ?? item.listing.url;
    lastCaptureAt = Date.now();
    const screenshot = await captureVisibleTab(current.windowId, now, [
      pageUrl,
      `${now.toISOString()} · ${now.toString()}`,
      `Soi Hàng · ${sweep.name} · ${sweep.inspectorId} · ${sweep.unit}`,
    ]);
    const listingJson = canonicalListingJson(listing);
    return {
      screenshot,
      listingJson,
      listingSha256: await sha256Hex(new TextEncoder().encode(listingJson)),
      pageUrl,
      pageTitle: (title ?? current.title ?? "").slice(0, 500),
    };
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}
