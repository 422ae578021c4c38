import type { Worker } from "@playwright/test";
import type { Screenshot } from "../../../utils/capture/screenshot-schema";
import type { OutboxEntry } from "../../../utils/delivery/outbox-entry";
import { buildReport, newReportId } from "../../../utils/reports/build";

declare const indexedDB: IDBFactory;

/** `count` reports of distinct demo-like listings, queued for `intakeUrl` as submissions would leave them. */
export function backlog(
  count: number,
  intakeUrl: string,
  screenshot?: (i: number) => Screenshot,
): OutboxEntry[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const picture = screenshot?.(i);
    const report = buildReport(
      {
        listing: {
          platform: "shopee",
          key: `shopee:9100000001:${3_000_000_000 + i}`,
          url: `https://shopee.vn/x-i.9100000001.${3_000_000_000 + i}`,
          title: `Tin đăng số ${i} <b>hàng hiệu</b>`,
          price: 100_000 + i,
          currency: "VND",
          pageKind: "search",
        },
        category: "counterfeit",
        note: `báo cáo ${i}`,
        pageUrl: "https://shopee.vn/search?keyword=x",
        pageTitle: "Tìm kiếm",
        entryPoint: "badge",
        ...(picture ? { screenshot: picture } : {}),
      },
      { id: newReportId(), now: new Date(now - 60_000 + i), version: "0.1.0", locale: "vi" },
    );
    return { id: report.id, report, intakeUrl, status: "queued", attempts: 0, nextAttemptAt: now };
  });
}

/** Writes entries straight into the extension's outbox (IndexedDB, from the service worker). */
export async function queueReports(worker: Worker, entries: OutboxEntry[]): Promise<void> {
  await worker.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("soi-hang");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction("outbox", "readwrite");
    for (const entry of list) tx.objectStore("outbox").put(entry);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, entries);
}

/** Every entry of the outbox, as the extension holds it. */
export function outboxEntries(worker: Worker): Promise<OutboxEntry[]> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("soi-hang");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<OutboxEntry[]>((resolve, reject) => {
      const req = db.transaction("outbox").objectStore("outbox").getAll();
      req.onsuccess = () => resolve(req.result as OutboxEntry[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return all;
  });
}
