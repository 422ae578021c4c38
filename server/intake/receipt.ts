/** Vietnam keeps UTC+7 all year: days, years and daily caps are counted in its time. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export const vietnamYear = (at: Date) => new Date(at.getTime() + VIETNAM_OFFSET_MS).getUTCFullYear();

/** Midnight at the start of `at`'s day in Vietnam, and the next one. */
export function vietnamDay(at: Date): { start: Date; end: Date } {
  const local = at.getTime() + VIETNAM_OFFSET_MS;
  const start = local - (local % 86_400_000) - VIETNAM_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + 86_400_000) };
}

/** `SH-2026-000123`: the service's running number, with the year it was received in. */
export const receiptNumber = (sequence: number, receivedAt: Date) =>
  `SH-${vietnamYear(receivedAt)}-${String(sequence).padStart(6, "0")}`;
