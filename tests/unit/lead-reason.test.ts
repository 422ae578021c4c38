import { describe, expect, it } from "vitest";
import { translator } from "@/utils/i18n";
import { stringsFor } from "@/utils/i18n-catalogs";
import { bannerText } from "@/utils/page/banner-text";
import { leadReason } from "@/utils/page/lead-reason";

const vi = translator(stringsFor("vi"));
const note = { name: "Shopee", pledge: { signed: true } };
const warned = {
  reasons: [
    {
      code: "warned_seller",
      text: { vi: "Bán túi giả", en: "Sells fake bags" },
      source: { authority: { vi: "Cục QLTT TP.HCM", en: "HCMC Market Surveillance" } },
    },
  ],
};

describe("the banner leads with the reason", () => {
  it("who warned, about what, in the reader's language; the pledge after it", () => {
    expect(leadReason(warned, "vi")).toEqual({ text: "Bán túi giả", by: "Cục QLTT TP.HCM" });
    expect(leadReason(warned, "en")).toEqual({ text: "Sells fake bags", by: "HCMC Market Surveillance" });
    const text = bannerText("danger", note, vi, "vi", false, leadReason(warned, "vi"));
    expect(text.headline).toBe("Cục QLTT TP.HCM cảnh báo: Bán túi giả");
    expect(text.pledge).toBe("Shopee đã ký cam kết không kinh doanh hàng giả.");
  });

  it("a heuristic reason has no authority: its text alone; a calm or official listing keeps its heading", () => {
    const caution = { reasons: [{ text: { vi: "Tiêu đề dùng từ lóng của hàng nhái" } }] };
    expect(bannerText("caution", note, vi, "vi", false, leadReason(caution, "vi")).headline).toBe(
      "Tiêu đề dùng từ lóng của hàng nhái",
    );
    const official = { reasons: [{ text: { vi: "Gian hàng chính thức trên sàn" } }] };
    expect(bannerText("official", note, vi, "vi", false, leadReason(official, "vi")).headline).toBe(
      "Gian hàng chính thức",
    );
  });

  it("anything but strings in the right places gives no reason, and long text is cut", () => {
    for (const bad of [
      undefined,
      null,
      42,
      "x",
      {},
      { reasons: "x" },
      { reasons: [] },
      { reasons: [{ text: 5 }] },
    ])
      expect(leadReason(bad, "vi")).toBeUndefined();
    expect(leadReason({ reasons: [{ text: { vi: "   " } }] }, "vi")).toBeUndefined();
    expect(leadReason({ reasons: [{ text: { vi: "a".repeat(1000) } }] }, "vi")?.text).toHaveLength(300);
    expect(leadReason({ reasons: [{ text: { vi: "x" }, source: { authority: 7 } }] }, "vi")).toEqual({
      text: "x",
    });
  });
});
