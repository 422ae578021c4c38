import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { pendingChanges, publishFeed } from "./publish";

/** How often the scheduler looks: a publish is due at most this late. */
const TICK_MS = 60_000;

/**
 * Publishes, for each office that set `auto_publish_minutes`, when that long has passed since its last publish
 * and something changed. Several service processes may run it: the publish transaction makes one serial each.
 */
export function startPublishScheduler(
  db: Kysely<Database>,
  options: { origin: string; feedDir?: string; onError?: (officeId: string, error: unknown) => void },
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const offices = await db
        .selectFrom("office_feeds as f")
        .select([
          "f.office_id",
          "f.auto_publish_minutes",
          (eb) =>
            eb
              .selectFrom("published_feeds as p")
              .select((e) => e.fn.max("p.published_at").as("last"))
              .whereRef("p.office_id", "=", "f.office_id")
              .as("last"),
        ])
        .where("f.auto_publish_minutes", "is not", null)
        .execute();
      for (const office of offices) {
        const minutes = office.auto_publish_minutes ?? 0;
        const last = office.last ? new Date(office.last).getTime() : 0;
        if (Date.now() - last < minutes * 60_000) continue;
        if ((await pendingChanges(db, office.office_id)) === 0) continue;
        try {
          await publishFeed(db, { id: null, name: "scheduler", officeId: office.office_id }, options);
        } catch (e) {
          options.onError?.(office.office_id, e);
        }
      }
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
