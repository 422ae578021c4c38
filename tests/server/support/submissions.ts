import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Screenshot } from "../../../utils/capture/screenshot-schema";
import { buildReport, newReportId } from "../../../utils/reports/build";
import type { Report, ReportDraft } from "../../../utils/reports/schema";
import type { CaseItem, CaseReport } from "../../../utils/sweep/schema";

/** A real screenshot of the demo marketplace, 1280 × 800, 77 KB (Chromium's JPEG at quality 72). */
export const DEMO_JPEG = readFileSync(
  new URL("../../fixtures/evidence/demo-search-1280.jpg", import.meta.url),
);

/** The demo JPEG made unique by a comment segment (FF FE) right after its start: still a valid JPEG. */
export function uniqueJpeg(label: string): Buffer {
  const text = Buffer.from(label, "utf8");
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([DEMO_JPEG.subarray(0, 2), segment, DEMO_JPEG.subarray(2)]);
}

export const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

export function screenshotOf(bytes: Buffer, claimedSha256 = sha256(bytes)): Screenshot {
  return {
    mediaType: "image/jpeg",
    width: 1280,
    height: 800,
    data: bytes.toString("base64"),
    sha256: claimedSha256,
    capturedAt: "2026-12-01T03:04:05.000Z",
  };
}

export const LISTING = {
  platform: "shopee" as const,
  key: "shopee:9100000001:2300000011",
  url: "https://shopee.vn/x-i.9100000001.2300000011",
  title: "Túi xách nữ <b>cao cấp</b>",
  price: 450000,
  currency: "VND",
  sellerId: "9100000001",
  sellerName: "Shop Túi Hiệu",
  pageKind: "search" as const,
};

export function makeReport(
  options: {
    note?: string;
    screenshot?: Screenshot;
    contact?: ReportDraft["contact"];
    province?: string;
    listing?: Partial<typeof LISTING>;
  } = {},
): Report {
  const listing = { ...LISTING, ...options.listing };
  return buildReport(
    {
      listing,
      category: "counterfeit",
      note: options.note ?? "ghi chú",
      pageUrl: "https://shopee.vn/search?keyword=tui",
      pageTitle: "Tìm kiếm",
      entryPoint: "badge",
      ...(options.screenshot ? { screenshot: options.screenshot } : {}),
      ...(options.contact ? { contact: options.contact } : {}),
      ...(options.province ? { province: options.province } : {}),
    },
    { id: newReportId(), now: new Date(), version: "0.1.0", locale: "vi" },
  );
}

export function makeCase(
  items: number,
  options: { picture?: (i: number) => Buffer; badListingHash?: number } = {},
): CaseReport {
  const now = new Date().toISOString();
  const list: CaseItem[] = Array.from({ length: items }, (_, i) => {
    const listing = {
      ...LISTING,
      key: `shopee:9100000001:${2300000100 + i}`,
      url: `https://shopee.vn/x-i.9100000001.${2300000100 + i}`,
      title: `Tin ${i}`,
    };
    const listingJson = JSON.stringify(
      Object.fromEntries(Object.entries(listing).sort(([a], [b]) => (a < b ? -1 : 1))),
    );
    const picture = options.picture?.(i);
    return {
      listing,
      level: "caution",
      score: 40,
      reasons: [],
      pageUrl: listing.url,
      firstSeenAt: now,
      lastSeenAt: now,
      seen: 1,
      ...(picture
        ? {
            evidence: {
              screenshot: screenshotOf(picture),
              listingJson,
              listingSha256: options.badListingHash === i ? sha256("something else") : sha256(listingJson),
              pageUrl: listing.url,
              pageTitle: listing.title,
            },
          }
        : {}),
    };
  });
  return {
    kind: "case",
    id: newReportId(),
    createdAt: now,
    title: "Đợt rà soát túi xách",
    note: "",
    sweep: {
      id: newReportId(),
      name: "Rà soát",
      inspectorId: "QLTT-01",
      unit: "Đội 1",
      purpose: "",
      startedAt: now,
    },
    items: list,
    client: { name: "soi-hang", version: "0.1.0", locale: "vi" },
  };
}
