import { describe, expect, it } from "vitest";
import { translator } from "@/utils/i18n";
import { stringsFor } from "@/utils/i18n-catalogs";
import { bannerText } from "@/utils/page/banner-text";

const vi = translator(stringsFor("vi"));
const en = translator(stringsFor("en"));

describe("the product page banner's words", () => {
  it("names the verdict and a signed pledge with its date, in the reader's language", () => {
    const note = { name: "Tiki", pledge: { signed: true, date: "2026-03-15" } };
    expect(bannerText("danger", note, vi, "vi")).toEqual({
      headline: "Có cảnh báo chính thức về tin đăng này",
      pledge: "Tiki đã ký cam kết không kinh doanh hàng giả ngày 15/03/2026.",
    });
    expect(bannerText("none", note, en, "en")).toEqual({
      headline: "No warning about this listing",
      pledge: "Tiki signed the pledge not to sell counterfeits on 15 Mar 2026.",
    });
  });

  it("says when a platform has not signed, and when nothing is known of it", () => {
    expect(bannerText("caution", { name: "Chợ Tốt", pledge: { signed: false } }, vi, "vi").pledge).toBe(
      "Chợ Tốt chưa ký cam kết không kinh doanh hàng giả.",
    );
    expect(bannerText("official", { name: "X" }, vi, "vi").pledge).toBe(
      "Chưa có thông tin về cam kết chống hàng giả của sàn này.",
    );
    expect(bannerText("official", undefined, en, "en").pledge).toBe(
      "Nothing is known yet of this platform's anti-counterfeit pledge.",
    );
    expect(bannerText("none", { name: "Y", pledge: { signed: true, date: "soon" } }, en, "en").pledge).toBe(
      "Y signed the pledge not to sell counterfeits on soon.",
    );
  });
});
