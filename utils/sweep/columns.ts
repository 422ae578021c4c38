import type { Level } from "../matching/verdict";
import { PLATFORM_LABELS } from "../sites/listing";
import type { Mark, SweepItem } from "./schema";

/** What a column holds, so that each export writes it as its own kind of cell. */
export type ColumnKind = "text" | "number" | "date";
export type CellValue = string | number | Date | undefined;

export interface SweepColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters, for a spreadsheet. */
  width: number;
  value: (item: SweepItem) => CellValue;
}

// The exports are for inspectors and their case files: in Vietnamese, with the words the side panel uses
// (DESIGN.md, "Words"; tests/unit/vocabulary.test.ts holds these to it).
export const LEVEL_WORD: Record<Level, string> = {
  danger: "Cảnh báo",
  caution: "Cần lưu ý",
  official: "Gian hàng chính thức",
  none: "Chưa có cảnh báo",
};
export const MARK_WORD: Record<Mark, string> = {
  suspicious: "Nghi vấn",
  cleared: "Đã loại trừ",
  needs_purchase: "Cần mua thử",
};

/** The columns of a sweep's exports (CSV and Excel), in Vietnamese, in order. */
export const SWEEP_COLUMNS: readonly SweepColumn[] = [
  { header: "Mã tin đăng", kind: "text", width: 22, value: (i) => i.key },
  { header: "Nền tảng", kind: "text", width: 10, value: (i) => PLATFORM_LABELS[i.listing.platform] },
  { header: "Tiêu đề", kind: "text", width: 50, value: (i) => i.listing.title },
  { header: "Giá", kind: "number", width: 12, value: (i) => i.listing.price },
  { header: "Giá cao nhất", kind: "number", width: 12, value: (i) => i.listing.priceMax },
  { header: "Tiền tệ", kind: "text", width: 8, value: (i) => i.listing.currency },
  { header: "Mã người bán", kind: "text", width: 14, value: (i) => i.listing.sellerId },
  { header: "Tên người bán", kind: "text", width: 24, value: (i) => i.listing.sellerName },
  { header: "Gian hàng chính thức", kind: "text", width: 12, value: (i) => (i.listing.official ? "có" : "") },
  { header: "Thương hiệu", kind: "text", width: 14, value: (i) => i.listing.brand },
  { header: "Mức cảnh báo", kind: "text", width: 18, value: (i) => LEVEL_WORD[i.level] },
  { header: "Điểm", kind: "number", width: 8, value: (i) => i.score },
  { header: "Lý do", kind: "text", width: 60, value: (i) => i.reasons.map((r) => r.text.vi).join("; ") },
  { header: "Đánh dấu", kind: "text", width: 12, value: (i) => (i.mark ? MARK_WORD[i.mark] : "") },
  { header: "Ghi chú", kind: "text", width: 30, value: (i) => i.note },
  { header: "Đường dẫn tin đăng", kind: "text", width: 40, value: (i) => i.listing.url },
  { header: "Trang ghi nhận", kind: "text", width: 40, value: (i) => i.pageUrl },
  { header: "Thấy lần đầu", kind: "date", width: 17, value: (i) => new Date(i.firstSeenAt) },
  { header: "Thấy lần cuối", kind: "date", width: 17, value: (i) => new Date(i.lastSeenAt) },
  { header: "Số lần thấy", kind: "number", width: 10, value: (i) => i.seen },
  { header: "SHA-256 ảnh chụp", kind: "text", width: 66, value: (i) => i.evidence?.screenshot.sha256 },
  { header: "SHA-256 tin đăng", kind: "text", width: 66, value: (i) => i.evidence?.listingSha256 },
];
