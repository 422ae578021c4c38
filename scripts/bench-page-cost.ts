import type { BrowserContext, CDPSession, Page } from "@playwright/test";
import { RECORD_MARK, START_MEASURE } from "../utils/work-timer";
import {
  mainThreadCpuMs,
  mainThreadTaskMs,
  startThreadMs,
  startTrace,
  type TraceRecording,
  workThreadMs,
} from "./bench-thread-time";

/** What a page load cost, as Chrome and the content script saw it. */
export interface PageCost {
  /** Chrome's main-thread task time for the page (CDP Performance.TaskDuration). */
  taskMs: number;
  scriptMs: number;
  /** Long tasks (> 50 ms) since markScrollStart, or since the page opened when it was not called. */
  longTasks: number;
  /** Long tasks before markScrollStart: the page's load, with the extension's injection and first read. */
  loadLongTasks: number;
  /**
   * Of `longTasks`, those the extension's own measured work made long: under 50 ms without the time its
   * `soi-hang:*` measures spent inside them. A lower bound of what it caused: the layout its badges add to the
   * page's own frames is not in its measures.
   */
  ownLongTasks: number;
  /** The content script's own `soi-hang:*` measures: extract, reply parsing, render (wall time). */
  workMs: number;
  /** The main thread's CPU time inside those measures, when the load was traced (see workThreadMs). */
  workThreadMs?: number;
  /** The main thread's CPU time evaluating the content script at load, when traced (see startThreadMs). */
  startThreadMs?: number;
  /** The renderer main thread's top-level task time, when traced (see mainThreadTaskMs). */
  mainThreadMs?: number;
  /** The CPU time of those tasks, when traced (see mainThreadCpuMs). */
  mainCpuMs?: number;
  badges: number;
  /** Of those, the hosts showing a pill when the cost was read (the others are hidden, per the DOM contract). */
  pills: number;
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
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  }, RECORD_MARK);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return trace ? { page, cdp, recording: await startTrace(cdp) } : { page, cdp };
}

const SCROLL_MARK = "soi-hang-bench:scroll";

/** From here on, long tasks count as the scroll's: those before belong to the page's load. */
export async function markScrollStart(page: Page): Promise<void> {
  await page.evaluate((mark) => performance.mark(mark), SCROLL_MARK);
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
  const [longTasks = 0, loadLongTasks = 0, ownLongTasks = 0, workMs = 0] = await page.evaluate(
    ([mark, start]) => {
      const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
      const from = performance.getEntriesByName(mark, "mark")[0]?.startTime ?? 0;
      const ours = performance.getEntriesByType("measure").filter((m) => m.name.startsWith("soi-hang:"));
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      let scrolled = 0;
      let own = 0;
      for (const [at, length] of tasks) {
        if (at < from) continue;
        scrolled++;
        let inside = 0;
        for (const m of ours)
          inside += Math.max(0, Math.min(at + length, m.startTime + m.duration) - Math.max(at, m.startTime));
        // Entries' durations are whole milliseconds: a task of 50 is a long task of 50.x.
        if (inside > 0 && length - inside < 50) own++;
      }
      return [
        scrolled,
        tasks.length - scrolled,
        own,
        ours.filter((m) => m.name !== start).reduce((sum, m) => sum + m.duration, 0),
      ];
    },
    [SCROLL_MARK, `soi-hang:${START_MEASURE}`] as const,
  );
  const badges = await page.locator("soi-hang-badge").count();
  const pills = await page.locator("soi-hang-badge:not([hidden])").count();
  const cost: PageCost = {
    taskMs: get("TaskDuration"),
    scriptMs: get("ScriptDuration"),
    longTasks,
    loadLongTasks,
    ownLongTasks,
    workMs,
    badges,
    pills,
  };
  if (recording) {
    const events = await recording.stop();
    cost.workThreadMs = workThreadMs(events);
    cost.startThreadMs = startThreadMs(events);
    cost.mainThreadMs = mainThreadTaskMs(events);
    cost.mainCpuMs = mainThreadCpuMs(events);
  }
  return cost;
}
