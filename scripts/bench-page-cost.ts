import type { BrowserContext, CDPSession, Page } from "@playwright/test";
import { RECORD_MARK } from "../utils/work-timer";
import { startTrace, type TraceRecording, workThreadMs } from "./bench-thread-time";

/** What a page load cost, as Chrome and the content script saw it. */
export interface PageCost {
  /** Chrome's main-thread task time for the page (CDP Performance.TaskDuration). */
  taskMs: number;
  scriptMs: number;
  longTasks: number;
  /** The content script's own `soi-hang:*` measures: extract, reply parsing, render (wall time). */
  workMs: number;
  /** The main thread's CPU time inside those measures, when the load was traced (see workThreadMs). */
  workThreadMs?: number;
  badges: number;
}

/**
 * A new page that counts its long tasks and asks the content script to record its work (it records only on
 * pages that ask, see utils/work-timer.ts), with Chrome's performance metrics on.
 */
export async function pageForCost(
  context: BrowserContext,
  trace = false,
): Promise<{ page: Page; cdp: CDPSession; recording?: TraceRecording }> {
  const page = await context.newPage();
  await page.addInitScript((mark) => {
    performance.mark(mark);
    const w = window as unknown as { __longTasks: number };
    w.__longTasks = 0;
    new PerformanceObserver((list) => {
      w.__longTasks += list.getEntries().length;
    }).observe({ type: "longtask", buffered: true });
  }, RECORD_MARK);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return trace ? { page, cdp, recording: await startTrace(cdp) } : { page, cdp };
}

export async function readPageCost(
  page: Page,
  cdp: CDPSession,
  recording?: TraceRecording,
): Promise<PageCost> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const [longTasks = 0, workMs = 0] = await page.evaluate(() => [
    (window as unknown as { __longTasks: number }).__longTasks,
    performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("soi-hang:"))
      .reduce((sum, m) => sum + m.duration, 0),
  ]);
  const badges = await page.locator("soi-hang-badge").count();
  const cost: PageCost = {
    taskMs: get("TaskDuration"),
    scriptMs: get("ScriptDuration"),
    longTasks,
    workMs,
    badges,
  };
  if (recording) cost.workThreadMs = workThreadMs(await recording.stop());
  return cost;
}
