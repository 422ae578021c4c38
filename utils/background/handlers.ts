import { browser } from "wxt/browser";
import { readPageListing } from "../capture/page-listing";
import { CAPTURE_ORIGINS } from "../capture/screenshot";
import { deleteEntry, entryById, outboxCounts, retryNow } from "../delivery/outbox";
import { activeContacts, activeIndex, feedStatuses, refreshFeeds } from "../feed-store/active-feed";
import { stringsFor } from "../i18n-catalogs";
import type { Language } from "../localized";
import { matchListings } from "../matching/match";
import type { Handlers } from "../message-router";
import { captureTab } from "../reports/context-menu";
import { allReportEntries, latestForListing } from "../reports/report-entries";
import { mergeContacts } from "../reports/routing";
import { refreshStatuses } from "../reports/status-refresh";
import { submitReport } from "../reports/submit";
import { reportSummary } from "../reports/summary";
import { loadSettings } from "../settings";
import { ListingSchema } from "../sites/listing";
import { adapterFor } from "../sites/registry";
import type { SweepRecorder } from "../sweep/recorder";
import { domainKey, isWebAddress, sitePattern } from "../web-address";
import { hotlineToCall } from "./hotline";
import { inspectedSites, inspectSite, stopInspecting } from "./inspected-sites";
import { createPanelHandlers } from "./panel-handlers";
import { allowances, allowSite, forgetSites } from "./site-allowances";
import { siteVerdict, tabSite, WARNING_PAGE } from "./site-guard";
import { createSweepHandlers } from "./sweep-handlers";
import { recordVerdicts, tabCounts } from "./tab-verdicts";

/**
 * The text of each of `keys` in `language`, in their order (the key itself when it has none): content scripts
 * carry no catalog.
 */
function pick(language: Language, keys: string[]): string[] {
  const all: Readonly<Record<string, string>> = stringsFor(language);
  return keys.map((key) => all[key] ?? key);
}

/**
 * What is known of the website a tab shows: from the navigation check's record (kept only for flagged sites),
 * else from the tab's address when the toolbar click granted activeTab.
 */
async function siteOfTab(tabId: number) {
  const recorded = await tabSite(tabId);
  if (recorded) return { ...(await siteVerdict(`https://${recorded.host}/`)), verdict: recorded };
  const url = await browser.tabs.get(tabId).then(
    (tab) => tab.url,
    () => undefined,
  );
  return url ? siteVerdict(url) : undefined;
}

/** The background's answers to each message; `forward` wakes the report forwarder. */
export function createHandlers(forward: () => Promise<void>, recorder: SweepRecorder): Handlers {
  return {
    ...createSweepHandlers(forward, recorder),
    async match({ pageUrl, listings, banner, strings }, sender) {
      const index = await activeIndex();
      const now = Date.now();
      const refused: string[] = [];
      const valid = listings.flatMap((raw) => {
        const listing = ListingSchema.safeParse(raw);
        if (listing.success) return [listing.data];
        const key = (raw as { key?: unknown } | null)?.key;
        if (typeof key === "string" && key.length <= 200) refused.push(key);
        return [];
      });
      const verdicts = await matchListings(valid, index, now);
      if (sender.tab?.id !== undefined) await recordVerdicts(sender.tab.id, pageUrl, verdicts);
      void recorder.record(valid, verdicts, pageUrl, now);
      // The platform's pledge, as the first subscription that describes it says (the precedence rule), for the
      // banner that shows it.
      const entry = banner && valid[0] ? index.platforms.get(valid[0].platform) : undefined;
      const platform = entry && {
        name: entry.name,
        pledge: { signed: entry.pledge.signed, ...(entry.pledge.date ? { date: entry.pledge.date } : {}) },
      };
      const summaries = verdicts.flatMap((v) =>
        v.level === "none" ? [] : [{ key: v.key, level: v.level, detail: v }],
      );
      // The text to draw them comes along, sparing the page a second message before its first badge.
      // Asked for by a page's first batches only (then it has the text): the settings are read that rarely.
      const language = strings ? (await loadSettings()).language : "vi";
      const text =
        strings && (banner || summaries.length > 0)
          ? { strings: pick(language, strings.keys), language }
          : {};
      // A product page's banner offers its guide to the real thing whatever the level: the keys that have one.
      const guided = banner ? verdicts.flatMap((v) => (v.guides ? [v.key] : [])) : [];
      return {
        verdicts: summaries,
        refused,
        ...(platform ? { platform } : {}),
        ...(guided.length > 0 ? { guided } : {}),
        ...text,
      };
    },

    async submitReport({ report, confirmDuplicate }) {
      const reply = await submitReport(report, confirmDuplicate, Date.now());
      if (reply.status === "queued") void forward();
      return reply;
    },

    async reportSetup({ listingKey }) {
      const [settings, contacts, previous] = await Promise.all([
        loadSettings(),
        activeContacts(),
        listingKey ? latestForListing(listingKey) : undefined,
      ]);
      return {
        contacts: mergeContacts(contacts),
        ...(settings.intakeUrl ? { defaultIntake: settings.intakeUrl } : {}),
        ...(settings.reportProvince ? { province: settings.reportProvince } : {}),
        ...(previous
          ? { previous: { id: previous.id, createdAt: previous.report.createdAt, status: previous.status } }
          : {}),
      };
    },

    async captureScreenshot({ tabId }, sender) {
      // A content script may capture only its own tab; extension pages (the popup, even opened as a tab) name it.
      const fromPage = sender.url?.startsWith(browser.runtime.getURL("/")) ?? false;
      const id = fromPage ? tabId : sender.tab?.id;
      if (id === undefined || (!fromPage && tabId !== undefined && tabId !== id))
        throw new Error("no tab to capture");
      return captureTab(id);
    },

    async canCapture() {
      return { granted: await browser.permissions.contains({ origins: [...CAPTURE_ORIGINS] }) };
    },

    async requestCapturePermission() {
      await browser.windows.create({
        url: browser.runtime.getURL("/capture-permission.html"),
        type: "popup",
        width: 420,
        height: 320,
      });
      return { opened: true };
    },

    async listReports() {
      return { reports: (await allReportEntries()).map(reportSummary) };
    },

    async retryReports({ ids }) {
      const now = Date.now();
      const retried = (await Promise.all(ids.map((id) => retryNow(id, now)))).filter(Boolean).length;
      void forward();
      return { retried };
    },

    async deleteReport({ id }) {
      return { deleted: await deleteEntry(id) };
    },

    async refreshReportStatuses(_request, sender) {
      // Only My reports asks: it reads every report's status with its token, not a page's business.
      if (!sender.url?.startsWith(browser.runtime.getURL("/"))) throw new Error("asked from My reports only");
      return refreshStatuses(Date.now(), true);
    },

    async reportReceipt({ id }) {
      const entry = await entryById(id);
      if (!entry) return {};
      return {
        status: entry.status,
        ...(entry.receipt ? { receipt: entry.receipt.number } : {}),
        ...(entry.lastError ? { lastError: entry.lastError } : {}),
      };
    },

    async pageListing({ tabId }) {
      return readPageListing(tabId);
    },

    async getStatus({ tabId }) {
      const [feeds, outbox, hotline] = await Promise.all([feedStatuses(), outboxCounts(), hotlineToCall()]);
      if (tabId === undefined) return { feeds, outbox, hotline };
      const site = await siteOfTab(tabId);
      // The page as its own content script reads it (the extension asks for no `tabs` permission to read tabs'
      // addresses): a tab without one is a page the extension does not read.
      const [page, counts] = await Promise.all([readPageListing(tabId), tabCounts(tabId)]);
      let url: URL | undefined;
      try {
        url = page.pageUrl ? new URL(page.pageUrl) : undefined;
      } catch {
        url = undefined;
      }
      const platform = url ? adapterFor(url)?.platform : undefined;
      // The first subscription that describes the platform is the one shown (the precedence rule).
      const index = await activeIndex();
      const entry = platform ? index.platforms.get(platform) : undefined;
      const [verdict] = page.listing ? await matchListings([page.listing], index, Date.now()) : [];
      const first = verdict?.reasons[0];
      const listing = verdict && {
        level: verdict.level,
        ...(first ? { reason: first.text } : {}),
        ...(first?.source ? { by: first.source.authority } : {}),
      };
      const current = counts.pageUrl !== undefined && page.pageUrl === counts.pageUrl;
      return {
        feeds,
        outbox,
        hotline,
        tab: {
          platform,
          platformName: entry?.name,
          pledge: entry?.pledge,
          ...(listing ? { listing } : {}),
          checked: current ? counts.checked : 0,
          flagged: current ? counts.flagged : 0,
          official: current ? counts.official : 0,
        },
        ...(site ? { site } : {}),
      };
    },

    ...createPanelHandlers(),

    async getStrings({ keys }) {
      const { language } = await loadSettings();
      return { strings: pick(language, keys), language };
    },

    async siteWarning({ url }) {
      const [check, hotline] = await Promise.all([siteVerdict(url), hotlineToCall()]);
      return { ...check, hotline };
    },

    async continueToSite({ url }, sender) {
      // Only the warning page's own button lets a site through: not a page, not another extension page.
      if (!sender.url?.startsWith(browser.runtime.getURL(WARNING_PAGE)))
        throw new Error("from the warning page only");
      const host = domainKey(url);
      if (!host || !isWebAddress(url)) throw new Error("not a web address");
      await allowSite(host, Date.now());
      return { allowed: true };
    },

    async siteAllowances() {
      return { sites: (await allowances()).map(({ host, at }) => ({ host, at })) };
    },

    async forgetSites({ host }) {
      return { forgotten: await forgetSites(host) };
    },

    async inspectSite({ url, tabId }) {
      const pattern = sitePattern(url);
      if (!pattern) throw new Error("not a web address");
      await inspectSite(pattern, tabId);
      return { pattern };
    },

    async inspectedSites() {
      return { patterns: await inspectedSites() };
    },

    async stopInspecting({ pattern }) {
      if (!(await inspectedSites()).includes(pattern)) return { stopped: false };
      await stopInspecting(pattern);
      return { stopped: true };
    },

    async syncFeed() {
      await refreshFeeds({ force: true });
      return { feeds: await feedStatuses() };
    },
  };
}
