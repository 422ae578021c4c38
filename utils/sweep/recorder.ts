import { browser } from "wxt/browser";
import type { Verdict } from "../matching/verdict";
import type { Listing } from "../sites/listing";
import type { Sweep } from "./schema";
import { activeSweep, recordReadings } from "./store";

/** The toolbar badge's text for a count: at most four characters. */
export function badgeCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${Math.floor(count / 100) / 10}k`;
  return `${Math.floor(count / 1000)}k`;
}

function showSweepProgress(sweep: Sweep | undefined): Promise<void> {
  if (!sweep?.active) return browser.action.setBadgeText({ text: "" });
  return Promise.all([
    browser.action.setBadgeBackgroundColor({ color: "#1f4e8c" }),
    browser.action.setBadgeText({ text: badgeCount(sweep.count) }),
  ]).then(() => undefined);
}

/**
 * Records every listing the tabs read into the active sweep. Writes are serialised (two pages' batches never
 * race on one record) and run after the page has its verdicts: recording never delays a badge.
 */
export function createSweepRecorder() {
  // undefined: not looked up yet in this worker; null: no sweep is active.
  let active: Promise<string | null> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const activeId = () => {
    active ??= activeSweep().then((s) => s?.id ?? null);
    return active;
  };

  return {
    /** Call after starting, pausing, resuming or deleting a sweep: the active one is looked up again and shown. */
    async refresh() {
      active = undefined;
      await showSweepProgress(await activeSweep());
    },
    record(listings: readonly Listing[], verdicts: readonly Verdict[], pageUrl: string, now: number) {
      const run = queue.then(async () => {
        const id = await activeId();
        if (!id || listings.length === 0) return;
        const byKey = new Map(verdicts.map((v) => [v.key, v]));
        const readings = listings.flatMap((listing) => {
          const verdict = byKey.get(listing.key);
          return verdict ? [{ listing, verdict }] : [];
        });
        // Stamped when written, not when the page was read: writes wait their turn, and a side panel reads what
        // changed since its last look (a write stamped seconds before it lands would never be read).
        const sweep = await recordReadings(id, readings, pageUrl, Math.max(now, Date.now()));
        await showSweepProgress(sweep);
      });
      // A failed write is logged, never left as an unhandled rejection: callers do not wait for recording.
      queue = run.catch((e: unknown) => console.warn("[Soi Hàng] sweep recording:", e));
      return queue;
    },
  };
}

export type SweepRecorder = ReturnType<typeof createSweepRecorder>;
