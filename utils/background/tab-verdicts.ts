import { browser } from "wxt/browser";
import * as z from "zod/mini";
import { LevelSchema, type Verdict } from "../matching/verdict";

/**
 * What was checked on a tab's current page, in session storage (it outlives the worker, not the browser): a
 * small head naming the page and how many batches it has, and each batch's levels by listing key under a key
 * of its own. A batch writes only its own levels: rewriting one record of the whole page on every batch made a
 * 1,000-card feed read and write up to a thousand levels each time, on the browser's main thread.
 */
const HeadSchema = z.object({
  pageUrl: z.string(),
  batches: z.number().check(z.int(), z.nonnegative(), z.maximum(100_000)),
});
const BatchSchema = z.record(z.string(), LevelSchema);

const headKey = (tabId: number) => `tab:${tabId}`;
const batchKey = (tabId: number, batch: number) => `tab:${tabId}:${batch}`;
const batchKeys = (tabId: number, batches: number) =>
  Array.from({ length: batches }, (_, i) => batchKey(tabId, i));

async function readHead(tabId: number) {
  const key = headKey(tabId);
  const head = HeadSchema.safeParse((await browser.storage.session.get(key))[key]);
  return head.success ? head.data : undefined;
}

let queue: Promise<unknown> = Promise.resolve();

/** Changes are serialised: two batches from one page never take the same number, nor outlive a closed tab. */
function serialised(change: () => Promise<void>): Promise<void> {
  const run = queue.then(change);
  queue = run.catch(() => undefined);
  return run;
}

export function recordVerdicts(tabId: number, pageUrl: string, verdicts: readonly Verdict[]): Promise<void> {
  return serialised(async () => {
    const head = await readHead(tabId);
    let batches = 0;
    if (head?.pageUrl === pageUrl) batches = head.batches;
    else if (head) await browser.storage.session.remove(batchKeys(tabId, head.batches));
    const levels: Record<string, Verdict["level"]> = {};
    for (const v of verdicts) levels[v.key] = v.level;
    await browser.storage.session.set({
      [headKey(tabId)]: { pageUrl, batches: batches + 1 },
      [batchKey(tabId, batches)]: levels,
    });
  });
}

export async function tabCounts(tabId: number) {
  const head = await readHead(tabId);
  // A listing read in two batches counts once, at its latest level.
  const levels = new Map<string, Verdict["level"]>();
  if (head) {
    const keys = batchKeys(tabId, head.batches);
    const stored = await browser.storage.session.get(keys);
    for (const key of keys) {
      const batch = BatchSchema.safeParse(stored[key]);
      if (batch.success)
        for (const [listing, level] of Object.entries(batch.data)) levels.set(listing, level);
    }
  }
  const all = [...levels.values()];
  return {
    pageUrl: head?.pageUrl,
    checked: all.length,
    flagged: all.filter((l) => l === "danger" || l === "caution").length,
    official: all.filter((l) => l === "official").length,
  };
}

export function forgetTab(tabId: number): Promise<void> {
  return serialised(async () => {
    const head = await readHead(tabId);
    await browser.storage.session.remove([headKey(tabId), ...batchKeys(tabId, head?.batches ?? 0)]);
  });
}
