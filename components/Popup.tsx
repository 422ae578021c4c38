import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { formatDate } from "@/utils/dates";
import { pickText } from "@/utils/localized";
import type { MessageResponse } from "@/utils/messages";
import { sendMessage } from "@/utils/send-message";
import type { Listing } from "@/utils/sites/listing";
import { FeedList } from "./FeedStatusView";
import { InspectSite } from "./InspectSite";
import { useI18n } from "./i18n-context";
import { SiteSection, websiteListing } from "./PopupSite";
import { ReportForm } from "./ReportForm";
import { reportApi } from "./report-api";
import { openSidePanel } from "./sweep/open-side-panel";

type Status = MessageResponse<"getStatus">;

/** The tab the popup describes: the active tab, or `?tab=<id>` when the popup is opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The tab, most specific first: this listing's verdict (on a product page), then the counts for the page, then
 * the platform's pledge, smaller.
 */
function PlatformSection({ tab }: { tab: NonNullable<Status["tab"]> }) {
  const { t, lang } = useI18n();
  if (!tab.platform) return <p class="muted">{t("popup_unsupported")}</p>;
  const pledge = tab.pledge;
  const listing = tab.listing;
  return (
    <section aria-labelledby="platform-heading">
      {listing && (
        <div class={`listing-verdict listing-verdict--${listing.level}`} data-field="listing-verdict">
          <h2>{t(`panel_heading_${listing.level}`)}</h2>
          {listing.reason && (listing.level === "danger" || listing.level === "caution") && (
            <p data-field="listing-reason">
              {listing.by
                ? t("banner_reason_by", pickText(listing.by, lang), pickText(listing.reason, lang))
                : pickText(listing.reason, lang)}
            </p>
          )}
        </div>
      )}
      <h2 id="platform-heading">{t("popup_page_counts")}</h2>
      <dl class="counts">
        <div>
          <dt>{t("popup_checked")}</dt>
          <dd data-count="checked">{tab.checked}</dd>
        </div>
        <div>
          <dt>{t("popup_flagged")}</dt>
          <dd data-count="flagged">{tab.flagged}</dd>
        </div>
        <div>
          <dt>{t("popup_official")}</dt>
          <dd data-count="official">{tab.official}</dd>
        </div>
      </dl>
      <p class="muted pledge-line">
        {t("popup_platform")}: <span data-field="platform">{tab.platformName ?? tab.platform}</span>
        {" · "}
        <span data-field="pledge">
          {pledge === undefined
            ? t("popup_pledge_unknown")
            : pledge.signed
              ? `✓ ${t("popup_pledge_signed")}${pledge.date ? ` (${formatDate(lang, pledge.date)}${pledge.with ? `, ${pickText(pledge.with, lang)}` : ""})` : ""}`
              : t("popup_pledge_unsigned")}
        </span>
      </p>
    </section>
  );
}

type PageListing = MessageResponse<"pageListing">;

/**
 * Reporting the product page open in the tab, or the website itself; the toolbar click granted activeTab, so it
 * can be captured.
 */
function PopupReport({
  tabId,
  page,
  listing,
  onDone,
}: {
  tabId: number;
  page: PageListing;
  listing: Listing;
  onDone: () => void;
}) {
  return (
    <ReportForm
      listing={listing}
      initialCategory="counterfeit"
      context={{
        pageUrl: page.pageUrl ?? listing.url,
        pageTitle: page.pageTitle ?? "",
        version: browser.runtime.getManifest().version,
      }}
      entryPoint="popup"
      api={reportApi(() => sendMessage("captureScreenshot", { tabId }))}
      onBack={onDone}
      onClose={() => window.close()}
    />
  );
}

export function Popup({ staffMode }: { staffMode: boolean }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>();
  const [error, setError] = useState<string>();
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageListing>();
  const [reporting, setReporting] = useState(false);
  // Any other website: its address and title, readable when the toolbar click granted activeTab.
  const [website, setWebsite] = useState<Listing>();

  const readPage = async (id: number) =>
    setPage(await sendMessage("pageListing", { tabId: id }).catch(() => ({})));
  useEffect(() => {
    void targetTabId().then(async (id) => {
      setTabId(id);
      if (id === undefined) return;
      await readPage(id);
      const tab = await browser.tabs.get(id).catch(() => undefined);
      if (tab?.url) setWebsite(websiteListing(tab.url, tab.title ?? ""));
    });
  }, []);
  const reportable = page?.listing ?? website;

  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      try {
        const tabId = await targetTabId();
        const next = await sendMessage("getStatus", tabId === undefined ? {} : { tabId });
        if (!stopped) setStatus(next);
      } catch (e) {
        if (!stopped) setError(String(e));
      }
    };
    void refresh();
    // Counts grow as the page scrolls; a light poll keeps the open popup current.
    const timer = setInterval(refresh, 1500);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);

  if (reporting && tabId !== undefined && reportable) {
    const context = page?.listing ? page : { pageUrl: reportable.url, pageTitle: reportable.title };
    return (
      <main style={{ width: "360px", padding: "12px 14px" }}>
        <h1 class="visually-hidden">Soi Hàng</h1>
        <PopupReport tabId={tabId} page={context} listing={reportable} onDone={() => setReporting(false)} />
      </main>
    );
  }

  return (
    <main style={{ width: "340px", padding: "12px 14px" }}>
      <h1>Soi Hàng</h1>
      {error && <p class="error">{error}</p>}
      {status?.site && <SiteSection site={status.site} />}
      {/* On any other website, "Soi trang này" below says whether Soi Hàng reads it. */}
      {status?.tab && (status.tab.platform || !website) && <PlatformSection tab={status.tab} />}
      {!status?.tab?.platform && website && tabId !== undefined && (
        <InspectSite url={website.url} tabId={tabId} onChange={() => void readPage(tabId)} />
      )}
      {!status?.tab?.platform && website && (
        <p>
          <button
            type="button"
            class="secondary"
            data-action="report-site"
            onClick={() => setReporting(true)}
          >
            {page?.listing ? t("popup_report_listing") : t("popup_report_site")}
          </button>
        </p>
      )}
      {status?.tab?.platform &&
        (page?.listing ? (
          <p>
            <button
              type="button"
              class="primary"
              data-action="report-page"
              onClick={() => setReporting(true)}
            >
              {t("popup_report_listing")}
            </button>
          </p>
        ) : (
          <p class="muted">{t("popup_report_hint")}</p>
        ))}
      {status && (
        <p data-field="hotline">
          {status.hotline.province
            ? t("report_hotline", status.hotline.province, status.hotline.number)
            : t("report_national_hotline", status.hotline.number)}
        </p>
      )}
      <h2>{t("popup_feed")}</h2>
      {status && <FeedList feeds={status.feeds.filter((f) => f.enabled)} />}
      <h2>{t("popup_reports")}</h2>
      {status && (
        <p data-field="outbox">
          {t("popup_waiting")}:{" "}
          <strong data-count="waiting">{status.outbox.queued + status.outbox.sending}</strong>
          {" · "}
          {t("popup_sent")}: <strong data-count="sent">{status.outbox.sent}</strong>
          {status.outbox.rejected > 0 && (
            <>
              {" · "}
              {t("popup_rejected")}: <strong data-count="rejected">{status.outbox.rejected}</strong>
            </>
          )}
        </p>
      )}
      <p class="row-actions">
        <button
          type="button"
          class="secondary"
          data-action="my-reports"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL("/reports.html") })}
        >
          {t("popup_my_reports")}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="welcome"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL("/welcome.html") })}
        >
          {t("popup_welcome")}
        </button>
        {staffMode && (
          <button
            type="button"
            class="secondary"
            data-action="open-sweep"
            onClick={() => void openSidePanel().then(() => window.close())}
          >
            {t("popup_open_sweep")}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t("popup_settings")}
        </button>
      </p>
    </main>
  );
}
