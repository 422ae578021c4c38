import { browser } from "wxt/browser";
import * as z from "zod/mini";
import type { CaptureResult } from "../capture/capture-result";

/**
 * What a badge's panel shows, kept by the background between the content script asking for a panel and the
 * panel's frame (an extension page) reading it: the page never holds the panel, and the frame trusts nothing
 * but this. Kept in session storage (the background may be stopped in between), only for the tab that asked.
 */
const OpeningSchema = z.object({
  tabId: z.int(),
  createdAt: z.number(),
  listing: z.optional(z.unknown()),
  entryPoint: z.enum(["badge", "context_menu"]),
  pageUrl: z.string(),
  pageTitle: z.string(),
  capture: z.optional(z.unknown()),
});
export type Opening = z.infer<typeof OpeningSchema>;

/** A panel left open longer than this must be opened again. */
const KEEP_MS = 60 * 60_000;
const PREFIX = "panel:";
const MENU_CAPTURE = "menu-capture:";

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}

/** Stores an opening and returns the token its frame reads it by (old ones are dropped on the way). */
export async function keepOpening(opening: Opening): Promise<string> {
  const all = await browser.storage.session.get(null);
  const stale = Object.entries(all)
    .filter(
      ([key, value]) =>
        key.startsWith(PREFIX) && opening.createdAt - ((value as Opening).createdAt ?? 0) > KEEP_MS,
    )
    .map(([key]) => key);
  if (stale.length > 0) await browser.storage.session.remove(stale);
  const token = newToken();
  await browser.storage.session.set({ [`${PREFIX}${token}`]: opening });
  return token;
}

/** The opening of `token`, when it was made for `tabId`. */
export async function openingFor(token: string, tabId: number): Promise<Opening | undefined> {
  const key = `${PREFIX}${token}`;
  const parsed = OpeningSchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success && parsed.data.tabId === tabId ? parsed.data : undefined;
}

export async function forgetOpening(token: string): Promise<void> {
  await browser.storage.session.remove(`${PREFIX}${token}`);
}

/** The screenshot taken as a tab's context menu closed, for the form the menu opens next. */
export async function keepMenuCapture(tabId: number, capture: CaptureResult): Promise<void> {
  await browser.storage.session.set({ [`${MENU_CAPTURE}${tabId}`]: { capture, at: Date.now() } });
}

export async function takeMenuCapture(tabId: number): Promise<unknown> {
  const key = `${MENU_CAPTURE}${tabId}`;
  const held = (await browser.storage.session.get(key))[key] as
    | { capture?: unknown; at?: number }
    | undefined;
  await browser.storage.session.remove(key);
  return held && Date.now() - (held.at ?? 0) < 60_000 ? held.capture : undefined;
}
