import type { MessageResponse } from "@/utils/messages";
import { pageListingKey } from "@/utils/sites/generic-product";
import type { Listing } from "@/utils/sites/listing";
import { GuideList } from "./GuideList";
import { useI18n } from "./i18n-context";
import { ReasonList } from "./ReasonList";

type Site = NonNullable<MessageResponse<"getStatus">["site"]>;

/**
 * What is known of the website the tab shows, leading the popup: its warnings with their authority, or, calmly,
 * that its address passes for a platform it is not, with how to check a website.
 */
export function SiteSection({ site }: { site: Site }) {
  const { t } = useI18n();
  const verdict = site.verdict;
  if (!verdict || verdict.level === "none") return null;
  const imitates = verdict.imitates;
  return (
    <section
      class={`listing-verdict listing-verdict--${verdict.level}`}
      data-field="site-verdict"
      data-level={verdict.level}
      aria-labelledby="site-heading"
    >
      <h2 id="site-heading">
        {imitates
          ? t("popup_site_imitates", imitates.name)
          : t(verdict.level === "danger" ? "popup_site_danger" : "popup_site_caution")}
      </h2>
      {imitates ? (
        <p>
          {t(
            "popup_site_imitates_detail",
            verdict.host,
            imitates.name,
            imitates.domains.slice(0, 3).join(", "),
          )}
        </p>
      ) : (
        <ReasonList reasons={verdict.reasons} />
      )}
      {verdict.sample && <p class="muted">{t("panel_sample")}</p>}
      {site.allowed && <p class="muted">{t("popup_site_allowed")}</p>}
      {site.guides && site.guides.length > 0 && (
        <details>
          <summary>{t("popup_site_how_to_check")}</summary>
          <GuideList guides={site.guides} />
        </details>
      )}
    </section>
  );
}

/**
 * A website as a listing to report (platform `web`): its address without the query, its title; the report
 * carries the tab's screenshot like any other.
 */
export function websiteListing(address: string, title: string): Listing | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const page = `${url.origin}${url.pathname}`;
  return {
    platform: "web",
    key: pageListingKey("web", page),
    url: page,
    title: (title.trim() || url.hostname).slice(0, 500),
    pageKind: "shop",
  };
}
