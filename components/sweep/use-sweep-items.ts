import { useState } from "preact/hooks";
import { type SweepRow, toRow } from "@/utils/sweep/query";
import { sweepItems, sweepItemsSince } from "@/utils/sweep/store";
import { usePolling } from "../use-polling";

/** How often an open sweep looks for listings the tabs read meanwhile. */
const POLL_MS = 1000;
/** Changes are read from a little before the last read: a write that straddled it is read again, not lost. */
const OVERLAP_MS = 2000;

/**
 * A sweep's listings as rows, read from IndexedDB once and then only what changed since (by the `changed`
 * index), so that a sweep of 10,000 listings costs one full read, not one per second. The caller keys its
 * component by the sweep, so one sweep's rows never carry over to another.
 */
export function useSweepRows(sweepId: string): { rows: SweepRow[]; loaded: boolean } {
  const [rows, setRows] = useState<SweepRow[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [read] = useState(() => ({ byKey: new Map<string, SweepRow>(), since: 0 }));

  usePolling(
    async (live) => {
      const started = Date.now();
      const first = read.since === 0;
      const changed = first
        ? await sweepItems(sweepId)
        : await sweepItemsSince(sweepId, read.since - OVERLAP_MS);
      if (!live()) return;
      let any = first;
      for (const item of changed) {
        if (read.byKey.get(item.key)?.item.changedAt === item.changedAt) continue;
        read.byKey.set(item.key, toRow(item));
        any = true;
      }
      read.since = started;
      if (any) setRows([...read.byKey.values()]);
      setLoaded(true);
    },
    POLL_MS,
    [sweepId],
  );
  return { rows, loaded };
}
