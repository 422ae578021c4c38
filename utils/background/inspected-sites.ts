import { browser } from "wxt/browser";
import { sitePattern } from "../web-address";

/**
 * "Soi trang này": the other shops' sites a person asked Soi Hàng to read. Each is a permission the person gave
 * for that one site (an optional host permission, asked for by the popup) and a content script registered for
 * it alone; withdrawing either withdraws both. Nothing runs on a site the person has not allowed.
 */

const SCRIPT = "/content-scripts/web.js";
const ID_PREFIX = "web-shop:";

async function registered(): Promise<string[]> {
  return (await browser.scripting.getRegisteredContentScripts())
    .map((s) => s.id)
    .filter((id) => id.startsWith(ID_PREFIX));
}

/** The sites being read, as their patterns: those registered whose permission is still given. */
export async function inspectedSites(): Promise<string[]> {
  const patterns = (await registered()).map((id) => id.slice(ID_PREFIX.length));
  const given = await Promise.all(
    patterns.map((pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false)),
  );
  return patterns.filter((_, i) => given[i]);
}

/** Reads `pattern`'s site from now on (its permission must already be given), and the open tab at once. */
export async function inspectSite(pattern: string, tabId: number | undefined): Promise<void> {
  if (!(await browser.permissions.contains({ origins: [pattern] })))
    throw new Error("the site's permission was not given");
  const id = `${ID_PREFIX}${pattern}`;
  if (!(await registered()).includes(id))
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [SCRIPT], runAt: "document_idle", persistAcrossSessions: true },
    ]);
  if (tabId !== undefined)
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SCRIPT] });
}

/** Stops reading the site: its script unregistered, its permission given back. */
export async function stopInspecting(pattern: string): Promise<void> {
  const id = `${ID_PREFIX}${pattern}`;
  if ((await registered()).includes(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  // Given back; a site also covered by a wider permission (the screenshots' one) keeps that, not this.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/**
 * Keeps the registrations to the permissions: a permission withdrawn in the browser's own settings takes its
 * script with it (and a registration left without one is dropped when the worker starts).
 */
export async function syncInspectedSites(): Promise<void> {
  const given = new Set(await inspectedSites());
  const stale = (await registered()).filter((id) => !given.has(id.slice(ID_PREFIX.length)));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
}
