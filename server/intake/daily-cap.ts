import { type Kysely, sql } from "kysely";
import type { Database } from "../db/tables";
import { vietnamDay } from "./receipt";

/** How long a count read from the database is trusted; processes sharing a database overshoot by at most this. */
const FRESH_MS = 2000;

/**
 * Each office takes at most its daily cap of reports and cases per day (Vietnam time). Counts come from the
 * database, so several service processes share them, and are kept for a moment between reads.
 */
export function createDailyCap(db: Kysely<Database>) {
  const counts = new Map<string, { day: number; readAt: number; count: number }>();

  async function countToday(officeId: string, now: Date): Promise<number> {
    const { start, end } = vietnamDay(now);
    const held = counts.get(officeId);
    if (held && held.day === start.getTime() && now.getTime() - held.readAt < FRESH_MS) return held.count;
    const row = await db
      .selectFrom("submissions")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("office_id", "=", officeId)
      .where("received_at", ">=", start)
      .where("received_at", "<", end)
      .executeTakeFirstOrThrow();
    counts.set(officeId, { day: start.getTime(), readAt: now.getTime(), count: row.n });
    return row.n;
  }

  return {
    /** Seconds until the office takes reports again, or 0 when it takes them now. */
    async waitSeconds(officeId: string, cap: number, now: Date): Promise<number> {
      if ((await countToday(officeId, now)) < cap) return 0;
      return Math.ceil((vietnamDay(now).end.getTime() - now.getTime()) / 1000);
    },
    /** One more stored today. */
    stored(officeId: string, now: Date): void {
      const held = counts.get(officeId);
      if (held && held.day === vietnamDay(now).start.getTime()) held.count++;
    },
  };
}
export type DailyCap = ReturnType<typeof createDailyCap>;
