import { useEffect, useState } from "preact/hooks";
import { type SweepRow, toRow } from "@/utils/sweep/query";
import { sweepItems, sweepItemsSince } from "@/utils/sweep/store";

/** How often an open sweep looks for listings the tabs read meanwhile. */
const POLL_MS = 1000;

/**
 * A sweep's listings as rows, read from IndexedDB once and then only what changed since (by the `changed`
 * index), so that a sweep of 10,000 listings costs one full read, not one per second.
 */
export function useSweepRows(sweepId: string): { rows: SweepRow[]; loaded: boolean; reload: () => void } {
  const [rows, setRows] = useState<SweepRow[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const byKey = new Map<string, SweepRow>();
    // Changes are read from a little before the last read: a write that straddled it is read again, not lost.
    let since = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => setRows([...byKey.values()]);
    const poll = async () => {
      const started = Date.now();
      const changed = since === 0 ? await sweepItems(sweepId) : await sweepItemsSince(sweepId, since - 2000);
      if (cancelled) return;
      let any = since === 0;
      for (const item of changed) {
        const before = byKey.get(item.key);
        if (before && before.item.changedAt === item.changedAt) continue;
        byKey.set(item.key, toRow(item));
        any = true;
      }
      since = started;
      if (any) publish();
      setLoaded(true);
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [sweepId, generation]);

  return { rows, loaded, reload: () => setGeneration((g) => g + 1) };
}
