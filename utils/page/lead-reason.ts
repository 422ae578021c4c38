import type { Language } from "../localized";

/** The first reason of a verdict, as the banner leads with it: what, and who said so when a list did. */
export interface LeadReason {
  text: string;
  by?: string;
}

const pick = (value: unknown, language: Language): string | undefined => {
  if (!value || typeof value !== "object") return undefined;
  const { vi, en } = value as { vi?: unknown; en?: unknown };
  const text = language === "en" && typeof en === "string" ? en : vi;
  return typeof text === "string" && text.trim() !== "" ? text.slice(0, 300) : undefined;
};

/**
 * Reads the first reason out of a verdict's `detail` (the whole verdict, which the content script carries to
 * the panel unchecked: see VerdictSummarySchema). Only strings are taken, and they are drawn as text.
 */
export function leadReason(detail: unknown, language: Language): LeadReason | undefined {
  const reasons = (detail as { reasons?: unknown } | null | undefined)?.reasons;
  if (!Array.isArray(reasons)) return undefined;
  const first = reasons[0] as { text?: unknown; source?: { authority?: unknown } } | undefined;
  const text = pick(first?.text, language);
  if (!text) return undefined;
  const by = pick(first?.source?.authority, language);
  return by ? { text, by } : { text };
}
