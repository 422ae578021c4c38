import { browser } from "wxt/browser";
import { CaptureError } from "../capture/screenshot";
import { enqueue } from "../delivery/outbox";
import type { Handlers } from "../message-router";
import { loadSettings } from "../settings";
import { buildCase } from "../sweep/case";
import { gatherEvidence } from "../sweep/evidence";
import type { SweepRecorder } from "../sweep/recorder";
import {
  createSweep,
  deleteSweep,
  getSweep,
  getSweepItem,
  markItems,
  pauseSweeps,
  resumeSweep,
  saveEvidence,
} from "../sweep/store";

type SweepMessage =
  | "startSweep"
  | "pauseSweep"
  | "resumeSweep"
  | "deleteSweep"
  | "markListings"
  | "captureEvidence"
  | "submitCase";

/** Sweeps belong to staff working in the side panel: a content script may not start, read into or send one. */
function fromOwnPage(sender: { url?: string }): void {
  if (!sender.url?.startsWith(browser.runtime.getURL("/")))
    throw new Error("sweeps are run from the side panel");
}

/** The background's answers to the side panel; `forward` wakes the outbox forwarder. */
export function createSweepHandlers(
  forward: () => Promise<void>,
  recorder: SweepRecorder,
): Pick<Handlers, SweepMessage> {
  const changed = () => recorder.refresh();
  return {
    async startSweep(start, sender) {
      fromOwnPage(sender);
      const sweep = await createSweep(start, Date.now());
      await changed();
      return { id: sweep.id };
    },
    async pauseSweep(_request, sender) {
      fromOwnPage(sender);
      await pauseSweeps(Date.now());
      await changed();
      return { paused: true };
    },
    async resumeSweep({ id }, sender) {
      fromOwnPage(sender);
      const resumed = await resumeSweep(id, Date.now());
      await changed();
      return { resumed };
    },
    async deleteSweep({ id }, sender) {
      fromOwnPage(sender);
      const existed = Boolean(await getSweep(id));
      await deleteSweep(id);
      await changed();
      return { deleted: existed };
    },
    async markListings({ sweepId, keys, mark, note }, sender) {
      fromOwnPage(sender);
      return {
        changed: await markItems(sweepId, keys, mark === "none" ? undefined : mark, note, Date.now()),
      };
    },
    async captureEvidence({ sweepId, key, windowId }, sender) {
      fromOwnPage(sender);
      const [sweep, item] = await Promise.all([getSweep(sweepId), getSweepItem(sweepId, key)]);
      if (!sweep || !item) throw new Error("no such listing in the sweep");
      const window = windowId ?? (await browser.windows.getLastFocused()).id;
      if (window === undefined) throw new Error("no window to open the listing in");
      try {
        const evidence = await gatherEvidence(sweep, item, window);
        await saveEvidence(sweepId, key, evidence, Date.now());
        return { ok: true, sha256: evidence.screenshot.sha256, listingSha256: evidence.listingSha256 };
      } catch (e) {
        const detail = (e instanceof Error ? e.message : String(e)).slice(0, 500);
        return { ok: false, error: e instanceof CaptureError ? e.kind : "failed", detail };
      }
    },
    async submitCase({ sweepId, keys, title, note }, sender) {
      fromOwnPage(sender);
      const [sweep, settings] = await Promise.all([getSweep(sweepId), loadSettings()]);
      if (!sweep) throw new Error("no such sweep");
      const intakeUrl = settings.staffIntakeUrl;
      if (!intakeUrl)
        throw new Error("no staff intake is set: add your office's intake address in the options");
      const items = (await Promise.all(keys.map((key) => getSweepItem(sweepId, key)))).filter(
        (item) => item !== undefined,
      );
      if (items.length === 0) throw new Error("none of the listings is in the sweep");
      const now = Date.now();
      const report = buildCase(sweep, items, { title, note }, settings.language, now);
      await enqueue(report, intakeUrl, now);
      void forward();
      return { id: report.id, items: items.length, intakeUrl };
    },
  };
}
