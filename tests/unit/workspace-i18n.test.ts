import { describe, expect, it } from "vitest";
import { categoryLabel, en, formatTime, translator, vi } from "../../server/workspace/ui/i18n";

describe("the review workspace's words", () => {
  it("has every Vietnamese key in English, none empty, with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(vi)) {
      const english = en[key as keyof typeof vi];
      expect(text.trim(), key).not.toBe("");
      expect(english.trim(), key).not.toBe("");
      expect(english.match(/\$\d/g)?.sort() ?? [], key).toEqual(text.match(/\$\d/g)?.sort() ?? []);
    }
  });

  it("names violations as the extension does, and writes dates the Vietnamese way in Vietnam's time", () => {
    expect(categoryLabel("vi", "counterfeit")).toBe("Hàng giả");
    expect(categoryLabel("en", "smuggled")).toBe("Smuggled goods");
    expect(formatTime("vi", "2026-09-14T06:37:00Z")).toBe("13:37 14/09/2026");
    expect(translator("vi")("queue_count", 30)).toBe("30 báo cáo");
  });
});
