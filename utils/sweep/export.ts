import type { Level } from "../matching/verdict";
import { PLATFORM_LABELS } from "../sites/listing";
import { type CsvValue, toCsv } from "./csv";
import type { Mark, Sweep, SweepItem } from "./schema";

const LEVEL_VI: Record<Level, string> = {
  danger: "Cảnh báo chính thức",
  caution: "Đáng ngờ",
  official: "Chính hãng",
  none: "Chưa có cảnh báo",
};
const MARK_VI: Record<Mark, string> = {
  suspicious: "Nghi vấn",
  cleared: "Đã loại trừ",
  needs_purchase: "Cần mua thử",
};

/** The columns of a sweep's CSV, in Vietnamese: the file is for inspectors and their case files. */
export const CSV_COLUMNS: readonly { header: string; value: (item: SweepItem) => CsvValue }[] = [
  { header: "Mã tin đăng", value: (i) => i.key },
  { header: "Nền tảng", value: (i) => PLATFORM_LABELS[i.listing.platform] },
  { header: "Tiêu đề", value: (i) => i.listing.title },
  { header: "Giá", value: (i) => i.listing.price },
  { header: "Giá cao nhất", value: (i) => i.listing.priceMax },
  { header: "Tiền tệ", value: (i) => i.listing.currency },
  { header: "Mã người bán", value: (i) => i.listing.sellerId },
  { header: "Tên người bán", value: (i) => i.listing.sellerName },
  { header: "Gian hàng chính thức", value: (i) => (i.listing.official ? "có" : "") },
  { header: "Thương hiệu", value: (i) => i.listing.brand },
  { header: "Mức cảnh báo", value: (i) => LEVEL_VI[i.level] },
  { header: "Điểm", value: (i) => i.score },
  { header: "Lý do", value: (i) => i.reasons.map((r) => r.text.vi).join("; ") },
  { header: "Đánh dấu", value: (i) => (i.mark ? MARK_VI[i.mark] : "") },
  { header: "Ghi chú", value: (i) => i.note },
  { header: "Đường dẫn tin đăng", value: (i) => i.listing.url },
  { header: "Trang ghi nhận", value: (i) => i.pageUrl },
  { header: "Thấy lần đầu", value: (i) => new Date(i.firstSeenAt).toISOString() },
  { header: "Thấy lần cuối", value: (i) => new Date(i.lastSeenAt).toISOString() },
  { header: "Số lần thấy", value: (i) => i.seen },
  { header: "SHA-256 ảnh chụp", value: (i) => i.evidence?.screenshot.sha256 },
  { header: "SHA-256 tin đăng", value: (i) => i.evidence?.listingSha256 },
];

export function sweepCsv(items: readonly SweepItem[]): string {
  return toCsv(
    CSV_COLUMNS.map((c) => c.header),
    items.map((item) => CSV_COLUMNS.map((c) => c.value(item))),
  );
}

/** Everything about a sweep, evidence included, as one JSON document. */
export function sweepJson(sweep: Sweep, items: readonly SweepItem[], exportedAt: Date): string {
  return `${JSON.stringify({ exportedAt: exportedAt.toISOString(), sweep, items }, null, 2)}\n`;
}

/** A file name from the sweep's name: ASCII, so that every file system and mail client keeps it. */
export function exportFileName(sweep: Sweep, extension: string): string {
  const slug = sweep.name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `soi-hang-quet-${slug || "phien"}-${new Date(sweep.createdAt).toISOString().slice(0, 10)}.${extension}`;
}
