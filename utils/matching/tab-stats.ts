import { browser } from "wxt/browser";
import * as z from "zod/mini";
import { LevelSchema, type Verdict } from "./verdict";

/** What was checked on a tab's current page. In session storage: it outlives the worker, not the browser. */
const TabRecordSchema = z.object({ pageUrl: z.string(), levels: z.record(z.string(), LevelSchema) });
type TabRecord = z.infer<typeof TabRecordSchema>;

const keyFor = (tabId: number) => `tab:${tabId}`;
let queue: Promise<unknown> = Promise.resolve();

/** Serialised so that two batches from one page never overwrite each other's counts. */
export function recordVerdicts(tabId: number, pageUrl: string, verdicts: readonly Verdict[]): Promise<void> {
  const run = queue.then(async () => {
    const key = keyFor(tabId);
    const parsed = TabRecordSchema.safeParse((await browser.storage.session.get(key))[key]);
    const record: TabRecord =
      parsed.success && parsed.data.pageUrl === pageUrl ? parsed.data : { pageUrl, levels: {} };
    for (const v of verdicts) record.levels[v.key] = v.level;
    await browser.storage.session.set({ [key]: record });
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function tabCounts(tabId: number) {
  const key = keyFor(tabId);
  const parsed = TabRecordSchema.safeParse((await browser.storage.session.get(key))[key]);
  const levels = parsed.success ? Object.values(parsed.data.levels) : [];
  return {
    pageUrl: parsed.success ? parsed.data.pageUrl : undefined,
    checked: levels.length,
    flagged: levels.filter((l) => l === "danger" || l === "caution").length,
    official: levels.filter((l) => l === "official").length,
  };
}

export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(keyFor(tabId));
}
