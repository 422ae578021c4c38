import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { forgetTab, recordVerdicts, tabCounts } from "../../utils/background/tab-verdicts";
import type { Level, Verdict } from "../../utils/matching/verdict";

const verdict = (key: string, level: Level) => ({ key, level }) as Verdict;
const PAGE = "https://shopee.vn/search?keyword=tui";

describe("a tab's verdict counts", () => {
  beforeEach(() => fakeBrowser.reset());

  it("adds up the batches of one page, a listing read twice counting once at its latest level", async () => {
    await recordVerdicts(1, PAGE, [verdict("shopee:1:1", "none"), verdict("shopee:1:2", "danger")]);
    await recordVerdicts(1, PAGE, [verdict("shopee:1:3", "official"), verdict("shopee:1:1", "caution")]);
    expect(await tabCounts(1)).toEqual({ pageUrl: PAGE, checked: 3, flagged: 2, official: 1 });
  });

  it("writes only the batch's own levels, however many the page has", async () => {
    const many = Array.from({ length: 1000 }, (_, i) => verdict(`shopee:1:${i}`, "none"));
    await recordVerdicts(1, PAGE, many);
    await recordVerdicts(1, PAGE, [verdict("shopee:2:1", "danger")]);
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored).sort()).toEqual(["tab:1", "tab:1:0", "tab:1:1"]);
    expect(stored["tab:1:1"]).toEqual({ "shopee:2:1": "danger" });
    expect(await tabCounts(1)).toMatchObject({ checked: 1001, flagged: 1 });
  });

  it("starts again on another page, and keeps each tab apart", async () => {
    await recordVerdicts(1, PAGE, [verdict("shopee:1:1", "danger")]);
    await recordVerdicts(1, PAGE, [verdict("shopee:1:2", "danger")]);
    await recordVerdicts(2, PAGE, [verdict("shopee:1:1", "official")]);
    await recordVerdicts(1, `${PAGE}&page=2`, [verdict("shopee:1:9", "none")]);
    expect(await tabCounts(1)).toEqual({ pageUrl: `${PAGE}&page=2`, checked: 1, flagged: 0, official: 0 });
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([
      "tab:1",
      "tab:1:0",
      "tab:2",
      "tab:2:0",
    ]);
    expect(await tabCounts(2)).toMatchObject({ checked: 1, official: 1 });
  });

  it("forgets a closed tab entirely, even with a batch still being written", async () => {
    await recordVerdicts(1, PAGE, [verdict("shopee:1:1", "danger")]);
    const writing = recordVerdicts(1, PAGE, [verdict("shopee:1:2", "danger")]);
    await forgetTab(1);
    await writing;
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await tabCounts(1)).toEqual({ pageUrl: undefined, checked: 0, flagged: 0, official: 0 });
  });

  it("counts nothing from a record it cannot read", async () => {
    await fakeBrowser.storage.session.set({ "tab:1": { pageUrl: PAGE, levels: { "shopee:1:1": "danger" } } });
    expect(await tabCounts(1)).toMatchObject({ checked: 0 });
    await recordVerdicts(1, PAGE, [verdict("shopee:1:2", "caution")]);
    expect(await tabCounts(1)).toMatchObject({ checked: 1, flagged: 1 });
  });
});
