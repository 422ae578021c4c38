import type { CDPSession } from "@playwright/test";
import { START_MEASURE } from "../utils/work-timer";

/** A Chrome trace event, as much of it as is read here (times in µs). */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time during a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { data?: { url?: string }; name?: string };
}

/** A page's trace being recorded: its top-level tasks, timeline events and user timing. */
export interface TraceRecording {
  stop(): Promise<TraceEvent[]>;
}

const CATEGORIES = ["toplevel", "devtools.timeline", "blink.user_timing"];

/** Starts a browser trace through the page's CDP session (one at a time: tracing is browser-wide). */
export async function startTrace(cdp: CDPSession): Promise<TraceRecording> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (data) => {
    for (const e of data.value) events.push(e as unknown as TraceEvent);
  });
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: "ReportEvents",
  });
  return {
    async stop() {
      const complete = new Promise<void>((done) => cdp.once("Tracing.tracingComplete", () => done()));
      await cdp.send("Tracing.end");
      await complete;
      return events;
    },
  };
}

/**
 * The main thread's CPU time inside the `soi-hang:*` measures but the start's (START_MEASURE), in ms. Each
 * measure's wall time is scaled by the CPU share (tdur / dur) of the innermost complete event on the page's main
 * thread that holds it: on 2 shared cores the renderer is often descheduled in the middle of a task, and wall
 * time then counts other processes' work (Chrome's, the service worker's, the test driver's) as ours.
 */
export function workThreadMs(events: readonly TraceEvent[]): number {
  return measuresThreadMs(events, (name) => name !== `soi-hang:${START_MEASURE}`);
}

/** The CPU time inside the `soi-hang:*` measures whose name `counts`, as workThreadMs reckons it. */
function measuresThreadMs(events: readonly TraceEvent[], counts: (name: string) => boolean): number {
  const marks = events.filter(
    (e) => e.cat.includes("blink.user_timing") && e.name.startsWith("soi-hang:") && counts(e.name),
  );
  const first = marks[0];
  if (!first) return 0;
  const onMain = events.filter(
    (e) => e.pid === first.pid && e.tid === first.tid && e.ph === "X" && e.dur && e.tdur !== undefined,
  );
  let total = 0;
  const open = new Map<string, TraceEvent>();
  for (const mark of marks) {
    const id = `${mark.name}/${mark.id ?? mark.id2?.local ?? ""}`;
    if (mark.ph === "b") open.set(id, mark);
    if (mark.ph !== "e") continue;
    const begin = open.get(id);
    open.delete(id);
    if (!begin) continue;
    let holder: TraceEvent | undefined;
    for (const e of onMain)
      if (e.ts <= begin.ts && mark.ts <= e.ts + (e.dur ?? 0) && (!holder || (e.dur ?? 0) < (holder.dur ?? 0)))
        holder = e;
    const wall = (mark.ts - begin.ts) / 1000;
    total += holder?.dur ? wall * Math.min(1, (holder.tdur ?? 0) / holder.dur) : wall;
  }
  return total;
}

/**
 * The main thread's CPU time starting the extension's content scripts as the page loads: evaluating them
 * (Chrome's `EvaluateScript`: compiling them and running their top level and WXT's context; before 2026-12-06 also
 * the zod schemas and the browser API wrapper), then setting up before the page is read (START_MEASURE: observers,
 * listeners). workThreadMs counts neither.
 */
export function startThreadMs(events: readonly TraceEvent[]): number {
  const mark = events.find((e) => e.cat.includes("blink.user_timing") && e.name.startsWith("soi-hang:"));
  if (!mark) return 0;
  const evaluations = events.filter(
    (e) =>
      e.pid === mark.pid &&
      e.tid === mark.tid &&
      e.ph === "X" &&
      e.name === "EvaluateScript" &&
      e.args?.data?.url?.startsWith("chrome-extension://") &&
      e.args.data.url.includes("/content-scripts/"),
  );
  const total = evaluations.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  // The setup runs inside the script's evaluation when WXT calls `main` before its first await (as it does):
  // its CPU is then in the evaluation's already, and counting its measure too would count it twice (the start
  // printed before 2026-12-06 did, by 1–1.5 ms).
  const setupBegins = events.find(
    (e) => e.cat.includes("blink.user_timing") && e.name === `soi-hang:${START_MEASURE}` && e.ph === "b",
  );
  const inside =
    setupBegins !== undefined &&
    evaluations.some((e) => e.ts <= setupBegins.ts && setupBegins.ts <= e.ts + (e.dur ?? 0));
  return inside ? total : total + measuresThreadMs(events, (name) => name === `soi-hang:${START_MEASURE}`);
}

/**
 * The page's main-thread time from the trace: the summed duration of the top-level tasks on its renderer's main
 * thread (`CrRendererMain`; of several renderers traced, the busiest), in ms. Unlike Chrome's
 * Performance.TaskDuration metric it is read from one load's own tasks, so a load with and a load without the
 * extension compare task for task.
 */
export function mainThreadTaskMs(events: readonly TraceEvent[]): number {
  return sumOf(topLevelTasks(events), (task) => task.dur ?? 0) / 1000;
}

/**
 * The CPU time of the same tasks (their `tdur`), in ms: what the main thread spent running, without the moments
 * it waited for a core. On 2 shared cores, where the browser process, the GPU process and the worker run beside
 * the page, the tasks' wall time swings by ±10 ms from load to load; their CPU time far less.
 */
export function mainThreadCpuMs(events: readonly TraceEvent[]): number {
  return sumOf(topLevelTasks(events), (task) => task.tdur ?? task.dur ?? 0) / 1000;
}

function sumOf(tasks: readonly TraceEvent[], value: (task: TraceEvent) => number): number {
  return tasks.reduce((sum, task) => sum + value(task), 0);
}

/** The outermost complete events of the busiest renderer main thread (by wall time). */
function topLevelTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const mains = events.filter(
    (e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain",
  );
  let best: TraceEvent[] = [];
  let bestTotal = -1;
  for (const thread of mains) {
    const tasks = events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === "X" && e.dur)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const outermost: TraceEvent[] = [];
    let end = -1;
    for (const task of tasks) {
      // Only outermost events: one that starts inside the previous outermost one is part of it.
      if (task.ts < end) continue;
      outermost.push(task);
      end = task.ts + (task.dur ?? 0);
    }
    const total = sumOf(outermost, (task) => task.dur ?? 0);
    if (total > bestTotal) {
      best = outermost;
      bestTotal = total;
    }
  }
  return best;
}
