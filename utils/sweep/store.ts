import { getDb } from "../db";
import type { Level, Verdict } from "../matching/verdict";
import type { Listing } from "../sites/listing";
import type { Evidence, Mark, Sweep, SweepItem, SweepStart } from "./schema";

declare module "../db" {
  interface SoiHangDB {
    sweeps: { key: string; value: Sweep };
    sweepItems: {
      key: [string, string];
      value: SweepItem;
      /** A sweep's listings in the order they last changed: the side panel reads only what changed. */
      indexes: { changed: [string, number] };
    };
  }
}

const isFlagged = (level: Level) => level === "danger" || level === "caution";

/** Starts a sweep and makes it the active one (any other is paused). */
export async function createSweep(start: SweepStart, now: number): Promise<Sweep> {
  const sweep: Sweep = {
    ...start,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    active: true,
    count: 0,
    flagged: 0,
  };
  await setActive(sweep, now);
  return sweep;
}

/** Makes `sweep` the active one, or pauses every sweep when `sweep` is undefined, in one transaction. */
async function setActive(sweep: Sweep | undefined, now: number): Promise<void> {
  const db = await getDb();
  const tx = db.transaction("sweeps", "readwrite");
  for (const other of await tx.store.getAll())
    if (other.active && other.id !== sweep?.id)
      await tx.store.put({ ...other, active: false, updatedAt: now });
  if (sweep) await tx.store.put({ ...sweep, active: true, updatedAt: now });
  await tx.done;
}

export async function resumeSweep(id: string, now: number): Promise<boolean> {
  const sweep = await getSweep(id);
  if (sweep) await setActive(sweep, now);
  return Boolean(sweep);
}

export const pauseSweeps = (now: number) => setActive(undefined, now);

export async function getSweep(id: string): Promise<Sweep | undefined> {
  return (await getDb()).get("sweeps", id);
}

/** Every sweep, newest first. */
export async function listSweeps(): Promise<Sweep[]> {
  return (await (await getDb()).getAll("sweeps")).sort((a, b) => b.createdAt - a.createdAt);
}

export async function activeSweep(): Promise<Sweep | undefined> {
  return (await listSweeps()).find((s) => s.active);
}

/** Deletes a sweep and its listings; its cases stay in the outbox, where delivery owns them. */
export async function deleteSweep(id: string): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(["sweeps", "sweepItems"], "readwrite");
  await tx.objectStore("sweeps").delete(id);
  await tx.objectStore("sweepItems").delete(IDBKeyRange.bound([id, ""], [id, "\uffff"]));
  await tx.done;
}

export interface Reading {
  listing: Listing;
  verdict: Verdict;
}

/**
 * Records what a tab read into a sweep, in one transaction: a new key is added, a known one takes the latest
 * reading and keeps the inspector's triage and evidence. Returns the sweep as updated.
 */
export async function recordReadings(
  sweepId: string,
  readings: readonly Reading[],
  pageUrl: string,
  now: number,
): Promise<Sweep | undefined> {
  const db = await getDb();
  const tx = db.transaction(["sweeps", "sweepItems"], "readwrite");
  const sweeps = tx.objectStore("sweeps");
  const items = tx.objectStore("sweepItems");
  const sweep = await sweeps.get(sweepId);
  if (!sweep) {
    await tx.done;
    return undefined;
  }
  let added = 0;
  let flaggedChange = 0;
  // One reading per key: a page that shows a listing twice counts it once.
  const byKey = new Map(readings.map((r) => [r.listing.key, r]));
  const previous = await Promise.all([...byKey.keys()].map((key) => items.get([sweepId, key])));
  const writes = [...byKey.values()].map((reading, i) => {
    const before = previous[i];
    const { listing, verdict } = reading;
    if (!before) added++;
    flaggedChange += Number(isFlagged(verdict.level)) - Number(before ? isFlagged(before.level) : false);
    const item: SweepItem = {
      ...before,
      sweepId,
      key: listing.key,
      // A card read again may show less than its product page did: keep what was known.
      listing: before ? { ...before.listing, ...listing } : listing,
      level: verdict.level,
      score: verdict.score,
      reasons: verdict.reasons,
      pageUrl,
      firstSeenAt: before?.firstSeenAt ?? now,
      lastSeenAt: now,
      // Never earlier than the record's last change: side panels read what changed since a time, and a reading
      // stamped before a save it follows (evidence, a mark) would otherwise hide that save from them.
      changedAt: Math.max(now, (before?.changedAt ?? -1) + 1),
      seen: (before?.seen ?? 0) + 1,
    };
    return items.put(item);
  });
  const updated: Sweep = {
    ...sweep,
    count: sweep.count + added,
    flagged: Math.max(0, sweep.flagged + flaggedChange),
    updatedAt: now,
  };
  await Promise.all([...writes, sweeps.put(updated)]);
  await tx.done;
  return updated;
}

/** All of a sweep's listings. */
export async function sweepItems(sweepId: string): Promise<SweepItem[]> {
  const db = await getDb();
  return db.getAll("sweepItems", IDBKeyRange.bound([sweepId, ""], [sweepId, "\uffff"]));
}

/** A sweep's listings changed at or after `since` (epoch ms): what is new since the side panel last looked. */
export async function sweepItemsSince(sweepId: string, since: number): Promise<SweepItem[]> {
  const db = await getDb();
  return db.getAllFromIndex(
    "sweepItems",
    "changed",
    IDBKeyRange.bound([sweepId, since], [sweepId, Infinity]),
  );
}

export async function getSweepItem(sweepId: string, key: string): Promise<SweepItem | undefined> {
  return (await getDb()).get("sweepItems", [sweepId, key]);
}

/** Sets (or clears, with `mark` undefined) the triage of some listings; `note` replaces theirs when given. */
export async function markItems(
  sweepId: string,
  keys: readonly string[],
  mark: Mark | undefined,
  note: string | undefined,
  now: number,
): Promise<number> {
  const db = await getDb();
  const tx = db.transaction("sweepItems", "readwrite");
  let changed = 0;
  for (const key of keys) {
    const item = await tx.store.get([sweepId, key]);
    if (!item) continue;
    const { mark: _mark, note: _note, ...rest } = item;
    const nextNote = note ?? item.note;
    await tx.store.put({
      ...rest,
      // Later than whatever the side panel last read of it (see recordReadings).
      changedAt: Math.max(now, item.changedAt + 1),
      ...(mark ? { mark } : {}),
      ...(nextNote ? { note: nextNote } : {}),
    });
    changed++;
  }
  await tx.done;
  return changed;
}

export async function saveEvidence(
  sweepId: string,
  key: string,
  evidence: Evidence,
  now: number,
): Promise<boolean> {
  const db = await getDb();
  const tx = db.transaction("sweepItems", "readwrite");
  const item = await tx.store.get([sweepId, key]);
  if (item) await tx.store.put({ ...item, evidence, changedAt: Math.max(now, item.changedAt + 1) });
  await tx.done;
  return Boolean(item);
}
