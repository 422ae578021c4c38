import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from "puppeteer-core";
import { captureGrantedCopy } from "../../../demo/chromium";

export const FIREFOX_BUILD = resolve(".output/firefox-mv3");
const ADDON_ID = "soi-hang@soihang.org";
/** The add-on's internal UUID, fixed by a pref so that tests can open its pages (moz-extension://<uuid>/…). */
const ADDON_UUID = "3c1f0a6e-5b7d-4c2e-9a61-7f0d2b8e4c15";
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** Debian's Firefox ESR, or the one FIREFOX_PATH names. */
export function firefoxExecutable(): string {
  const found = [process.env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"].find(
    (p): p is string => Boolean(p && existsSync(p)),
  );
  if (!found) throw new Error("Firefox is needed for tests/firefox: apt-get install firefox-esr");
  return found;
}

/**
 * A fresh Firefox (headless, over WebDriver BiDi) with the Firefox build installed as a temporary add-on, as a
 * person who just installed it would have it. Nothing reaches the network: marketplace pages are answered by
 * `servePages`, and only this machine's own servers (feeds, the intake) are reached.
 */
export async function launchFirefox(
  options: {
    profile?: string;
    /** The build as it is once a person allowed capturing pages (captureGrantedCopy). */
    grantCapture?: boolean;
    /** Every host name resolves to this machine (tests/firefox/warned-sites.spec.ts serves web shops here). */
    resolveToThisMachine?: boolean;
  } = {},
): Promise<Browser> {
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`))
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build:firefox\` first.`);
  const { profile } = options;
  const build = options.grantCapture ? captureGrantedCopy(FIREFOX_BUILD) : FIREFOX_BUILD;
  if (profile) installInProfile(profile);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxExecutable(),
    headless: true,
    ...(profile ? { userDataDir: profile } : {}),
    extraPrefsFirefox: {
      // A profile of its own keeps the add-on installed for good (see installInProfile): unsigned, which
      // Firefox ESR allows when told so, and not disabled as sideloaded.
      ...(profile
        ? {
            "xpinstall.signatures.required": false,
            "extensions.autoDisableScopes": 0,
            "extensions.enabledScopes": 15,
          }
        : {}),
      "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // No first-run pages, no update checks, no telemetry: a quiet browser for tests.
      "browser.shell.checkDefaultBrowser": false,
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      // The extension's own requests to this machine (feeds, the intake) go straight out.
      "network.proxy.type": 0,
      ...(options.resolveToThisMachine ? { "network.dns.forceResolve": "127.0.0.1" } : {}),
    },
  });
  if (!profile) await browser.installExtension(build);
  return browser;
}

/**
 * Puts the Firefox build, packed, in the profile's extensions folder (once): Firefox installs it at start and
 * keeps it across restarts, where a temporary add-on goes away. What a person who installed it has.
 */
function installInProfile(profile: string): void {
  const xpi = join(profile, "extensions", `${ADDON_ID}.xpi`);
  if (existsSync(xpi)) return;
  mkdirSync(dirname(xpi), { recursive: true });
  const packed = mkdtempSync(join(tmpdir(), "soi-hang-xpi-"));
  execFileSync("npx", ["web-ext", "build", "-s", FIREFOX_BUILD, "-a", packed, "-n", "soi-hang.xpi"], {
    stdio: "pipe",
  });
  copyFileSync(join(packed, "soi-hang.xpi"), xpi);
  rmSync(packed, { recursive: true, force: true });
}

/** A marketplace page answered at its own address with `body` (or a file under tests/fixtures). */
export interface ServedPage {
  url: string;
  body?: string;
  file?: string;
}

const bodyOf = (p: ServedPage) => p.body ?? readFileSync(resolve("tests/fixtures", p.file ?? ""), "utf8");

/**
 * Answers the given marketplace addresses in `page` (path and query ignored past the path), lets this machine's
 * servers through, and refuses everything else (the saved pages' scripts and images), as offline.
 */
export async function servePages(page: Page, pages: readonly ServedPage[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    const served = pages.find((p) => {
      const target = new URL(p.url);
      return target.origin === url.origin && target.pathname === url.pathname;
    });
    if (served)
      void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: bodyOf(served) });
    else if (
      url.hostname === "127.0.0.1" ||
      url.hostname === "localhost" ||
      url.protocol === "moz-extension:"
    )
      void request.continue();
    else void request.abort();
  });
}

/** A new tab showing `url`, answered by servePages with `pages`. */
export async function openServed(browser: Browser, url: string, pages: readonly ServedPage[]): Promise<Page> {
  const page = await browser.newPage();
  await servePages(page, pages);
  await page.goto(url, { waitUntil: "load" });
  return page;
}

/** What an extension page uses of Firefox's `browser` global here. */
declare const browser: { tabs: { create(options: { url: string }): Promise<unknown> } };

/** The address a tab shows, read in the tab: BiDi does not report navigations inside an extension's pages. */
async function addressOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => "");
}

/** The first tab showing `url`, waited for. */
async function tabShowing(
  firefox: Browser,
  url: string,
  except: ReadonlySet<Page> = new Set(),
  // A fresh profile's first start can be slow on a busy 2-core machine.
  timeout = 30_000,
): Promise<Page> {
  return poll(
    async () => {
      for (const page of await firefox.pages())
        if (!except.has(page) && (await addressOf(page)) === url) return page;
      return undefined;
    },
    (page): page is Page => page !== undefined,
    `a tab showing ${url}`,
    timeout,
  ) as Promise<Page>;
}

/**
 * An extension page (popup.html, options.html…) in a new tab. WebDriver BiDi may not navigate a tab to a
 * moz-extension: address, so the page is opened by the extension itself, from its first-run page (opened on
 * install, and kept open as the tests' way in).
 */
export async function openExtensionPage(firefox: Browser, path: string): Promise<Page> {
  const welcome = await tabShowing(firefox, `${EXTENSION_ORIGIN}/welcome.html`);
  const url = `${EXTENSION_ORIGIN}/${path}`;
  // Asked again when the tab does not show: once in a few runs, a tab created while Firefox was still busy
  // starting never reported its page.
  for (let attempt = 1; ; attempt++) {
    const before = new Set(await firefox.pages());
    await welcome.evaluate((address) => browser.tabs.create({ url: address }), url);
    try {
      const page = await tabShowing(firefox, url, before, 10_000);
      await page.waitForFunction(() => document.readyState === "complete");
      return page;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/** Polls `read` until `accept` holds, like Playwright's expect.poll. */
export async function poll<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch {
      // Not there yet (a page navigating, a frame loading).
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** How many badge hosts the page holds. */
export async function hostCount(page: Page): Promise<number> {
  return page.$$eval("soi-hang-badge[data-listing]", (hosts) => hosts.length);
}

/** Each badge host on the page: listing key → level. */
export async function badgeLevels(page: Page): Promise<Map<string, string>> {
  const pairs = await page.$$eval("soi-hang-badge[data-listing]", (hosts) =>
    hosts.map((h) => [h.getAttribute("data-listing") ?? "", h.getAttribute("data-level") ?? ""] as const),
  );
  return new Map(pairs);
}

/**
 * Presses the pill of the badge for `key`, as a person would: badges live in closed shadow roots, which no
 * automation can enter in Firefox, so the click lands where the host is drawn (its pill comes first).
 */
export async function clickPill(page: Page, key: string): Promise<void> {
  const selector = `soi-hang-badge[data-listing="${key}"]`;
  await page.$eval(selector, (host) => host.scrollIntoView({ block: "center" }));
  const box = await poll(
    () =>
      page.$eval(selector, (host) => {
        const r = host.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    (b) => b.width > 0 && b.height > 0,
    `the pill of ${key} drawn`,
  );
  // Inside the pill whether the host is a card's pill or a banner (12 px of padding, then the pill).
  await page.mouse.click(box.x + 30, box.y + Math.min(box.height / 2, 18));
}

/** The badge's panel: the extension page in a frame of the badge's dialog (its address read in the frame). */
export async function panelFrame(page: Page): Promise<Frame> {
  return poll(
    async () => {
      for (const frame of page.frames()) {
        const href = await frame.evaluate(() => location.href).catch(() => "");
        if (href.startsWith(`${EXTENSION_ORIGIN}/report-frame.html`)) return frame;
      }
      return undefined;
    },
    (f): f is Frame => f !== undefined,
    "the panel's frame",
  ) as Promise<Frame>;
}
