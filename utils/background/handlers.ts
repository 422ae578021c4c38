import { browser } from "wxt/browser";
import { activeIndex, feedStatuses, refreshFeeds } from "../feed/active-feed";
import { stringsFor } from "../i18n-catalogs";
import { matchListings } from "../matching/match";
import { recordVerdicts, tabCounts } from "../matching/tab-stats";
import type { Handlers } from "../message-router";
import { enqueue, outboxCounts } from "../reports/outbox";
import { loadSettings } from "../settings";
import { ListingSchema } from "../sites/listing";
import { adapterFor } from "../sites/registry";

/** The background's answers to each message; `forward` wakes the report forwarder. */
export function createHandlers(forward: () => Promise<void>): Handlers {
  return {
    async match({ pageUrl, listings }, sender) {
      const index = await activeIndex();
      const now = Date.now();
      const valid = listings.flatMap((raw) => {
        const listing = ListingSchema.safeParse(raw);
        return listing.success ? [listing.data] : [];
      });
      const verdicts = await matchListings(valid, index, now);
      if (sender.tab?.id !== undefined) await recordVerdicts(sender.tab.id, pageUrl, verdicts);
      // The platform's pledge, as the first subscription that describes it says (the precedence rule).
      const entry = valid[0] ? index.platforms.get(valid[0].platform) : undefined;
      const platform = entry && {
        name: entry.name,
        pledge: { signed: entry.pledge.signed, ...(entry.pledge.date ? { date: entry.pledge.date } : {}) },
      };
      const summaries = verdicts.map((v) => ({ key: v.key, level: v.level, detail: v }));
      return platform ? { verdicts: summaries, platform } : { verdicts: summaries };
    },

    async submitReport({ report }) {
      const { intakeUrl } = await loadSettings();
      await enqueue(report, intakeUrl, Date.now());
      void forward();
      return { id: report.id, intakeUrl };
    },

    async getStatus({ tabId }) {
      const [feeds, outbox] = await Promise.all([feedStatuses(), outboxCounts()]);
      if (tabId === undefined) return { feeds, outbox };
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const counts = await tabCounts(tabId);
      let url: URL | undefined;
      try {
        url = tab?.url ? new URL(tab.url) : undefined;
      } catch {
        url = undefined;
      }
      const platform = url ? adapterFor(url)?.platform : undefined;
      // The first subscription that describes the platform is the one shown (the precedence rule).
      const entry = platform ? (await activeIndex()).platforms.get(platform) : undefined;
      const current = counts.pageUrl !== undefined && tab?.url === counts.pageUrl;
      return {
        feeds,
        outbox,
        tab: {
          platform,
          platformName: entry?.name,
          pledge: entry?.pledge,
          checked: current ? counts.checked : 0,
          flagged: current ? counts.flagged : 0,
          official: current ? counts.official : 0,
        },
      };
    },

    async loadPanel(_request, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error("loadPanel comes from a tab");
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ["/badge-panel.js"],
      });
      return { loaded: true };
    },

    async getStrings({ language, keys }) {
      const all = stringsFor(language);
      const strings: Record<string, string> = {};
      for (const key of keys) if (key in all) strings[key] = all[key] as string;
      return { strings };
    },

    async syncFeed() {
      await refreshFeeds({ force: true });
      return { feeds: await feedStatuses() };
    },
  };
}
