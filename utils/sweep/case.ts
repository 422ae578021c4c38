import { browser } from "wxt/browser";
import type { Language } from "../localized";
import type { CaseItem, CaseReport, Sweep, SweepItem } from "./schema";

const iso = (ms: number) => new Date(ms).toISOString();

export function caseItem(item: SweepItem): CaseItem {
  return {
    listing: item.listing,
    level: item.level,
    score: item.score,
    reasons: item.reasons,
    pageUrl: item.pageUrl,
    firstSeenAt: iso(item.firstSeenAt),
    lastSeenAt: iso(item.lastSeenAt),
    seen: item.seen,
    ...(item.mark ? { mark: item.mark } : {}),
    ...(item.note ? { note: item.note } : {}),
    ...(item.evidence ? { evidence: item.evidence } : {}),
  };
}

/** The case as the staff intake receives it: the sweep it came from and each listing with its evidence. */
export function buildCase(
  sweep: Sweep,
  items: readonly SweepItem[],
  request: { title: string; note: string },
  locale: Language,
  now: number,
): CaseReport {
  return {
    kind: "case",
    id: crypto.randomUUID(),
    createdAt: iso(now),
    title: request.title,
    note: request.note,
    sweep: {
      id: sweep.id,
      name: sweep.name,
      inspectorId: sweep.inspectorId,
      unit: sweep.unit,
      purpose: sweep.purpose,
      startedAt: iso(sweep.createdAt),
    },
    items: items.map(caseItem),
    client: { name: "soi-hang", version: browser.runtime.getManifest().version, locale },
  };
}

/** A case's listing as a sweep record again, so a case exports with the same columns as its sweep. */
export function caseItemRecord(report: CaseReport, item: CaseItem): SweepItem {
  const { firstSeenAt, lastSeenAt, ...rest } = item;
  return {
    ...rest,
    sweepId: report.sweep.id,
    key: item.listing.key,
    firstSeenAt: Date.parse(firstSeenAt),
    lastSeenAt: Date.parse(lastSeenAt),
    changedAt: Date.parse(report.createdAt),
  };
}
