import { describe, expect, it } from "vitest";
import { SLICE_MS, SlicedQueue } from "../../utils/page/sliced-queue";

/** A queue whose slices run only when the test says so, each item taking `itemMs` of busy time. */
function harness(itemMs: number) {
  const handled: number[] = [];
  const slices: number[][] = [];
  let current: number[] = [];
  const tasks: (() => void)[] = [];
  const queue = new SlicedQueue<number>(
    (n) => {
      const until = performance.now() + itemMs;
      while (performance.now() < until) {
        // busy: what reading a card costs
      }
      handled.push(n);
      current.push(n);
    },
    (run) => tasks.push(run),
    () => {
      slices.push(current);
      current = [];
    },
  );
  const runNext = () => tasks.shift()?.();
  return { queue, handled, slices, tasks, runNext };
}

describe("SlicedQueue", () => {
  it("handles every item once, in order, in slices that stop after SLICE_MS, each a task of its own", () => {
    const h = harness(2);
    h.queue.push([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(h.tasks).toHaveLength(1);
    h.queue.push([13, 14]); // pushed while one slice is scheduled: no second schedule
    expect(h.tasks).toHaveLength(1);
    while (h.tasks.length > 0) h.runNext();
    expect(h.handled).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(h.slices.length).toBeGreaterThan(2);
    // A slice handles items until SLICE_MS has passed: at most one item past it.
    for (const slice of h.slices) expect(slice.length).toBeLessThanOrEqual(Math.ceil(SLICE_MS / 2) + 1);
    expect(h.queue.pending).toBe(0);
  });

  it("always makes progress, even when one item takes longer than a slice", () => {
    const h = harness(SLICE_MS + 2);
    h.queue.push([1, 2, 3]);
    while (h.tasks.length > 0) h.runNext();
    expect(h.slices).toEqual([[1], [2], [3]]);
  });

  it("drops what waits when cleared, and starts again on the next push", () => {
    const h = harness(3);
    h.queue.push([1, 2, 3, 4, 5, 6, 7, 8]);
    h.runNext();
    const done = h.handled.length;
    expect(done).toBeLessThan(8);
    h.queue.clear();
    while (h.tasks.length > 0) h.runNext();
    expect(h.handled).toHaveLength(done);
    h.queue.push([9]);
    while (h.tasks.length > 0) h.runNext();
    expect(h.handled.at(-1)).toBe(9);
  });
});
