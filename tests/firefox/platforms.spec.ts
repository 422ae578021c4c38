import {
  appendCardCopies,
  type Evaluating,
  PLATFORM_PAGES,
  PRODUCT_PAGES,
} from "../e2e/support/platform-pages";
import { badgeLevels, clickPill, hostCount, openServed, panelFrame, poll } from "./support/firefox";
import { expect, test } from "./support/fixtures";

// The same pages and expectations as the Chromium suite (tests/e2e/platforms.spec.ts), from the same table.
for (const p of PLATFORM_PAGES) {
  test(`Firefox, ${p.name}: one badge host per card, for cards that arrive by infinite scroll, and after SPA navigation`, async ({
    firefox,
  }) => {
    const page = await openServed(firefox, p.url, [{ url: p.url, file: p.file }]);
    const cards = await page.$$eval(p.card, (els) => els.length);
    expect(cards).toBe(p.cards);
    await poll(
      () => hostCount(page),
      (n) => n === p.cards,
      `${p.cards} badge hosts`,
    );
    expect((await badgeLevels(page)).has(p.first)).toBe(true);
    // Every card holds exactly one host.
    const perCard = await page.$$eval(p.card, (els) =>
      els.map((e) => e.querySelectorAll("soi-hang-badge").length),
    );
    expect(perCard.every((n) => n === 1)).toBe(true);
    // Infinite scroll: 40 more cards, 10 a frame.
    await appendCardCopies(page as Evaluating, p.card, p.first, 40, 10);
    await poll(
      () => hostCount(page),
      (n) => n === p.cards + 40,
      `${p.cards + 40} badge hosts`,
    );

    // The site moves to another page without a load: history changes, the cards are replaced, read again.
    const next = new URL(p.url);
    next.searchParams.set("page", "2");
    await page.evaluate(
      ({ card, url }) => {
        // Each host of the first page is marked: the next page's are new ones, read again from scratch.
        for (const host of document.querySelectorAll("soi-hang-badge"))
          (host as unknown as { fromPage1: boolean }).fromPage1 = true;
        history.pushState({}, "", url);
        for (const el of [...document.querySelectorAll(card)].slice(3)) el.remove();
      },
      { card: p.card, url: next.href },
    );
    const hostsOfPage2 = () =>
      page.$$eval(
        "soi-hang-badge",
        (hosts) => hosts.filter((h) => !(h as unknown as { fromPage1?: boolean }).fromPage1).length,
      );
    await poll(hostsOfPage2, (n) => n === 3, "the 3 cards of the next page, read again");
    expect(await hostCount(page)).toBe(3);
  });
}

for (const p of PRODUCT_PAGES) {
  test(`Firefox, ${p.name} product page: the product's host is a banner, and it opens the panel`, async ({
    firefox,
  }) => {
    const page = await openServed(firefox, p.url, [{ url: p.url, file: p.file }]);
    await poll(
      () => page.$eval(`soi-hang-badge[data-listing="${p.key}"]`, (h) => h.hasAttribute("data-banner")),
      (banner) => banner,
      "the product's banner",
    );
    await clickPill(page, p.key);
    const frame = await panelFrame(page);
    // The panel is an extension page: its text is readable, unlike the closed shadow root's.
    await poll(
      () => frame.$eval("body", (b) => b.textContent ?? ""),
      (t) => t.includes(p.headline),
      p.headline,
    );
  });
}
