import { browser } from "wxt/browser";
import { createHandlers } from "@/utils/background/handlers";
import { syncInspectedSites } from "@/utils/background/inspected-sites";
import { forgetTabSite, watchNavigations } from "@/utils/background/site-guard";
import { syncBlockRules } from "@/utils/background/site-rules";
import { forgetTab } from "@/utils/background/tab-verdicts";
import { createForwarder } from "@/utils/delivery/forwarder";
import { onIndexInvalidated, refreshFeeds } from "@/utils/feed-store/active-feed";
import { createMessageListener } from "@/utils/message-router";
import { createReportMenu, reportFromContextMenu } from "@/utils/reports/context-menu";
import { refreshStatuses } from "@/utils/reports/status-refresh";
import { loadSettings, onSettingsChanged } from "@/utils/settings";
import { createSweepRecorder } from "@/utils/sweep/recorder";
import { pauseSweeps } from "@/utils/sweep/store";
import type { TabMessage } from "@/utils/tab-messages";

const OUTBOX_ALARM = "outbox";
const FEED_ALARM = "feed-sync";
/** Once a day: what became of the reports the intakes gave receipts for. */
const REPORT_STATUS_ALARM = "report-status";
const DAY_MINUTES = 24 * 60;

/** Content scripts cannot read the settings: every tab is told when the language changes. */
async function tellTabsLanguageChanged(): Promise<void> {
  const message: TabMessage = { soiHangTab: 1, name: "languageChanged" };
  for (const tab of await browser.tabs.query({}))
    if (tab.id !== undefined)
      browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
}

export default defineBackground(() => {
  // The settings (intake addresses, followed feeds) are for the extension's own pages and worker only: a
  // marketplace page's content script can neither read nor change them (Chrome; see README, "Firefox").
  (browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> })
    .setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" })
    .catch((e: unknown) => console.warn("[Soi Hàng] storage access level:", e));
  // Everything below registers synchronously: a worker woken by an event must find its listener in place.
  const schedule = (when: number | undefined) => {
    if (when === undefined) void browser.alarms.clear(OUTBOX_ALARM);
    else void browser.alarms.create(OUTBOX_ALARM, { when: Math.max(when, Date.now() + 1000) });
  };
  const forward = createForwarder({ workerStartedAt: Date.now(), schedule });
  const recorder = createSweepRecorder();

  browser.runtime.onMessage.addListener(
    createMessageListener(createHandlers(forward, recorder), {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL("/"),
    }),
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void forward();
    if (alarm.name === FEED_ALARM) void refreshFeeds();
    if (alarm.name === REPORT_STATUS_ALARM) void refreshStatuses(Date.now(), false);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Once, on install (not on updates): what Soi Hàng does, what it never sends, how to report, whom to call.
    if (reason === "install") void browser.tabs.create({ url: browser.runtime.getURL("/welcome.html") });
    void refreshFeeds();
    void loadSettings().then((settings) => createReportMenu(settings.language));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    reportFromContextMenu(info, tab).catch((e: unknown) => console.warn("[Soi Hàng] report menu:", e));
  });
  // Back online: whatever waits in the outbox goes now rather than at its next backoff deadline.
  globalThis.addEventListener("online", () => void forward());
  browser.runtime.onStartup.addListener(() => void refreshFeeds());
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetTabSite(tabId);
  });
  // Warned web shops: every top-level navigation checked here, and the browser's blocking rules kept in step
  // with the feeds in force.
  watchNavigations();
  // "Soi trang này": a site's permission withdrawn in the browser's own settings takes its script with it.
  browser.permissions.onRemoved.addListener(() => void syncInspectedSites());
  onIndexInvalidated(() => setTimeout(() => void syncBlockRules(), 0));
  void browser.alarms.get(REPORT_STATUS_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(REPORT_STATUS_ALARM, { periodInMinutes: DAY_MINUTES });
  });
  // Chrome may drop alarms across restarts: make sure the periodic sync exists whenever a worker starts.
  void Promise.all([browser.alarms.get(FEED_ALARM), loadSettings()]).then(([alarm, settings]) => {
    if (alarm?.periodInMinutes !== settings.syncMinutes) {
      void browser.alarms.create(FEED_ALARM, { periodInMinutes: settings.syncMinutes });
    }
  });

  onSettingsChanged((next, previous) => {
    if (JSON.stringify(next.subscriptions) !== JSON.stringify(previous.subscriptions))
      void refreshFeeds({ force: true });
    // Staff mode off: no sweep keeps recording behind the person's back.
    if (previous.staffMode && !next.staffMode) void pauseSweeps(Date.now()).then(() => recorder.refresh());
    if (next.language !== previous.language) {
      void createReportMenu(next.language);
      void tellTabsLanguageChanged();
    }
    if (next.syncMinutes !== previous.syncMinutes) {
      void browser.alarms.create(FEED_ALARM, { periodInMinutes: next.syncMinutes });
    }
  });

  // Whatever woke this worker, pick up reports a previous worker left waiting or mid-send.
  void forward();
  // The toolbar badge does not survive a browser restart: show the active sweep's count again.
  void recorder.refresh();
});
