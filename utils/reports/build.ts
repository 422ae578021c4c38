import type { Language } from "../localized";
import { type Report, type ReportDraft, ReportSchema } from "./schema";

/** RFC 4122 v4 from getRandomValues, which (unlike randomUUID) also exists on plain-http pages. */
export function newReportId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The complete report, built where the person sees it so the preview is exactly what is sent. */
export function buildReport(
  draft: ReportDraft,
  meta: { id: string; now: Date; version: string; locale: Language },
): Report {
  const contact = draft.contact && Object.values(draft.contact).some((v) => v) ? draft.contact : undefined;
  return ReportSchema.parse({
    id: meta.id,
    createdAt: meta.now.toISOString(),
    listing: draft.listing,
    category: draft.category,
    note: draft.note ?? "",
    ...(contact ? { contact } : {}),
    ...(draft.province ? { province: draft.province } : {}),
    evidence: {
      pageUrl: draft.pageUrl,
      pageTitle: draft.pageTitle,
      capturedAt: meta.now.toISOString(),
      listing: draft.listing,
      ...(draft.screenshot ? { screenshot: draft.screenshot } : {}),
    },
    client: { name: "soi-hang", version: meta.version, locale: meta.locale, entryPoint: draft.entryPoint },
  });
}
