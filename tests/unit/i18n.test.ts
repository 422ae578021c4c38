import { describe, expect, it } from "vitest";
import en from "../../public/_locales/en/messages.json";
import vi from "../../public/_locales/vi/messages.json";
import { translator } from "../../utils/i18n";
import { stringsFor } from "../../utils/i18n-catalogs";
import { sampleReport } from "./report-fixture";

describe("locales", () => {
  it("have the same keys in Vietnamese and English, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const catalog of [vi, en])
      for (const { message } of Object.values(catalog)) expect(message.trim()).not.toBe("");
  });

  it("substitute placeholders", () => {
    expect(translator(stringsFor("vi"))("report_destination", "http://x")).toBe("Gửi tới: http://x");
    expect(translator(stringsFor("en"))("popup_serial", 4)).toBe("serial 4");
    // An unknown key shows as itself rather than as nothing.
    expect(translator({})("popup_serial", 4)).toBe("popup_serial");
  });
});

describe("report builder", () => {
  it("keeps markup in titles as data and omits an empty contact", () => {
    const report = sampleReport();
    expect(report.listing.title).toBe("Túi xách nữ <b>cao cấp</b>");
    expect(report.evidence.listing).toEqual(report.listing);
    expect(report).not.toHaveProperty("contact");
    expect(report.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
