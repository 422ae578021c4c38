import { describe, expect, it } from "vitest";
import { mainThreadCpuMs, mainThreadTaskMs } from "../../scripts/bench-thread-time";

/** A renderer's main thread named in the trace, and complete events on it (times in µs, as Chrome writes them). */
function thread(pid: number, tid: number, name = "CrRendererMain") {
  return { name: "thread_name", cat: "__metadata", ph: "M", ts: 0, pid, tid, args: { name } };
}
function task(pid: number, tid: number, ts: number, dur: number, tdur: number, name = "RunTask") {
  return { name, cat: "toplevel", ph: "X", ts, dur, tdur, pid, tid };
}

describe("the page's main-thread time from a trace", () => {
  const events = [
    thread(1, 10),
    // Two top-level tasks; the second holds nested events that must not count twice.
    task(1, 10, 1_000, 4_000, 3_000),
    task(1, 10, 10_000, 6_000, 2_500),
    task(1, 10, 11_000, 2_000, 1_500, "FunctionCall"),
    task(1, 10, 12_000, 1_000, 900, "Layout"),
    // Another renderer (a frame, or the extension's own page) with less to do.
    thread(2, 20),
    task(2, 20, 1_000, 3_000, 3_000),
    // The browser's main thread is never the page's.
    thread(3, 30, "CrBrowserMain"),
    task(3, 30, 0, 50_000, 50_000),
  ];

  it("sums the outermost tasks of the busiest renderer main thread, in wall time", () => {
    expect(mainThreadTaskMs(events)).toBe(10);
  });

  it("sums the same tasks' CPU time, leaving out the moments the thread waited for a core", () => {
    expect(mainThreadCpuMs(events)).toBe(5.5);
  });

  it("counts nothing when no renderer main thread was traced", () => {
    expect(mainThreadTaskMs([thread(3, 30, "CrBrowserMain"), task(3, 30, 0, 5_000, 5_000)])).toBe(0);
    expect(mainThreadCpuMs([])).toBe(0);
  });
});
