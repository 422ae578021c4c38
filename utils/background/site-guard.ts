import { browser } from "wxt/browser";
import * as z from "zod/mini";
import type { Guide } from "../feed/schema";
import { activeIndex } from "../feed-store/active-feed";
import { translator } from "../i18n";
import { stringsFor } from "../i18n-catalogs";
import { checkSite } from "../matching/site-check";
import { type SiteVerdict, SiteVerdictSchema } from "../matching/site-verdict";
import { loadSettings } from "../settings";
import { domainKey, isWebAddress } from "../web-address";
import { allowances, isAllowed } from "./site-allowances";

/**
 * The check of every top-level navigation against the feeds in force, all of it in this worker: the address is
 * looked up in the index in memory and goes nowhere. A site under a high-severity warning gets the warning page
 * in its tab (the browser's blocking rules, site-rules.ts, keep its page from loading meanwhile); a site under a
 * lower warning, or one that passes for a platform, gets a mark on the toolbar button and a word in the popup.
 */

export const WARNING_PAGE = "/site-warning.html";

/** The warning page for a navigation to `address`. */
export const warningPageFor = (address: string): string =>
  `${browser.runtime.getURL(WARNING_PAGE)}?url=${encodeURIComponent(address)}`;

/**
 * What the worker remembers of a tab, in session storage, only while something is known of its site: the
 * warned host its warning page stands for (and whether the person is going back past it), or the verdict on
 * the site it shows. Nothing is kept of the other sites a tab opens.
 */
const TabSiteSchema = z.object({
  warned: z.optional(z.string().check(z.maxLength(253))),
  leaving: z.optional(z.boolean()),
  verdict: z.optional(SiteVerdictSchema),
});
type TabSite = z.infer<typeof TabSiteSchema>;

const tabKey = (tabId: number) => `site:${tabId}`;

async function readTab(tabId: number): Promise<TabSite> {
  const key = tabKey(tabId);
  const parsed = TabSiteSchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : {};
}

async function writeTab(tabId: number, state: TabSite): Promise<void> {
  if (state.warned === undefined && state.verdict === undefined)
    await browser.storage.session.remove(tabKey(tabId));
  else await browser.storage.session.set({ [tabKey(tabId)]: state });
}

/** The verdict on the site a tab shows, when it is not a plain one (for the popup). */
export async function tabSite(tabId: number): Promise<SiteVerdict | undefined> {
  return (await readTab(tabId)).verdict;
}

export function forgetTabSite(tabId: number): Promise<void> {
  return browser.storage.session.remove(tabKey(tabId));
}

/**
 * The verdict on `address` with the feeds in force, whether the person let its host through, and with a
 * caution the feeds' guides on checking a website.
 */
export async function siteVerdict(
  address: string,
): Promise<{ verdict?: SiteVerdict; allowed: boolean; guides?: Guide[] }> {
  const host = domainKey(address);
  const index = await activeIndex();
  const verdict = await checkSite(address, index, Date.now());
  // The sites let through are read only for a flagged one: most navigations need nothing but the index.
  const allowed =
    host !== undefined && verdict !== undefined && verdict.level !== "none"
      ? isAllowed(host, await allowances())
      : false;
  const guides =
    verdict?.level === "caution"
      ? [...index.guides.values()].filter((g) => g.category === "websites").slice(0, 3)
      : [];
  return { ...(verdict ? { verdict } : {}), allowed, ...(guides.length > 0 ? { guides } : {}) };
}

/** The toolbar button of a tab: a mark when its site is flagged, the sweep's count (or nothing) otherwise. */
async function markToolbar(tabId: number, verdict: SiteVerdict | undefined): Promise<void> {
  const action = browser.action as typeof browser.action & {
    setBadgeText(details: { tabId: number; text: string | null }): Promise<void>;
    setTitle(details: { tabId: number; title: string | null }): Promise<void>;
  };
  if (!verdict || verdict.level === "none") {
    await Promise.all([action.setBadgeText({ tabId, text: null }), action.setTitle({ tabId, title: null })]);
    return;
  }
  const t = translator(stringsFor((await loadSettings()).language));
  const title = verdict.imitates
    ? t("site_toolbar_imitates", verdict.host, verdict.imitates.name)
    : t(verdict.level === "danger" ? "site_toolbar_danger" : "site_toolbar_caution", verdict.host);
  await Promise.all([
    action.setBadgeBackgroundColor({ tabId, color: verdict.level === "danger" ? "#b3261e" : "#8a5a00" }),
    action.setBadgeText({ tabId, text: "!" }),
    action.setTitle({ tabId, title }),
  ]);
}

async function beforeNavigate(tabId: number, address: string): Promise<void> {
  if (!isWebAddress(address)) return;
  const host = domainKey(address);
  if (!host) return;
  const { verdict, allowed } = await siteVerdict(address);
  if (!verdict?.block || allowed) return;
  const state = await readTab(tabId);
  if (state.warned === host) {
    // From its own warning page to the warned site without "continue": the person went back onto the blocked
    // entry behind the warning page. They go back once more when it fails (see failed).
    await writeTab(tabId, { warned: host, leaving: true });
    return;
  }
  await writeTab(tabId, { warned: host });
  await browser.tabs.update(tabId, { url: warningPageFor(address) });
}

async function committed(tabId: number, address: string): Promise<void> {
  if (address.startsWith(browser.runtime.getURL(WARNING_PAGE))) return;
  const state = await readTab(tabId);
  const host = isWebAddress(address) ? domainKey(address) : undefined;
  const { verdict, allowed } = host ? await siteVerdict(address) : { verdict: undefined, allowed: false };
  if (verdict?.block && !allowed && host) {
    // The blocking rules did not stop it (not yet in place): the warning page now, or back past it.
    if (state.leaving && state.warned === host) await browser.tabs.goBack(tabId);
    else {
      await writeTab(tabId, { warned: host });
      await browser.tabs.update(tabId, { url: warningPageFor(address) });
    }
    return;
  }
  const flagged = verdict && verdict.level !== "none" ? verdict : undefined;
  // An ordinary site after an ordinary one: nothing to write, nothing to take off the toolbar.
  if (!flagged && state.verdict === undefined && state.warned === undefined) return;
  await writeTab(tabId, flagged ? { verdict: flagged } : {});
  await markToolbar(tabId, flagged);
}

async function failed(tabId: number, address: string): Promise<void> {
  const state = await readTab(tabId);
  if (!state.leaving || state.warned !== domainKey(address)) return;
  await writeTab(tabId, {});
  await browser.tabs.goBack(tabId);
}

const logged = (what: string) => (e: unknown) => console.warn(`[Soi Hàng] ${what}:`, e);

/** Registers the navigation listeners (synchronously: a worker woken by a navigation must find them). */
export function watchNavigations(): void {
  browser.webNavigation.onBeforeNavigate.addListener(({ tabId, frameId, url }) => {
    if (frameId === 0 && tabId >= 0) beforeNavigate(tabId, url).catch(logged("navigation check"));
  });
  browser.webNavigation.onCommitted.addListener(({ tabId, frameId, url }) => {
    if (frameId === 0 && tabId >= 0) committed(tabId, url).catch(logged("navigation check"));
  });
  browser.webNavigation.onErrorOccurred.addListener(({ tabId, frameId, url }) => {
    if (frameId === 0 && tabId >= 0) failed(tabId, url).catch(logged("navigation check"));
  });
}
