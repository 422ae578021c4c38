import { buildReport, newReportId } from "../../utils/reports/build";
import type { Report } from "../../utils/reports/schema";

export function sampleReport(note = "ghi chú"): Report {
  const listing = {
    platform: "shopee" as const,
    key: "shopee:9100000001:2300000011",
    url: "https://shopee.vn/x-i.9100000001.2300000011",
    title: "Túi xách nữ <b>cao cấp</b>",
    price: 450000,
    currency: "VND",
    sellerId: "9100000001",
    pageKind: "search" as const,
  };
  return buildReport(
    {
      listing,
      category: "counterfeit",
      note,
      pageUrl: "https://shopee.vn/search?keyword=tui",
      pageTitle: "Tìm kiếm",
      entryPoint: "badge",
    },
    { id: newReportId(), now: new Date("2026-11-25T01:02:03Z"), version: "0.1.0", locale: "vi" },
  );
}
