import { recordWork } from "../work-timer";

/** Main-thread time one slice of work may take: well under a 50 ms long task, with room for the page's own. */
export const SLICE_MS = 8;

/**
 * Work items handled in slices of at most SLICE_MS, each slice a task of its own (`schedule`), so a page that
 * adds a thousand cards at once never sees one long task from us. `afterSlice` runs once per slice, e.g. to
 * send what the slice found as one message.
 */
export class SlicedQueue<T> {
  private items: T[] = [];
  private next = 0;
  private scheduled = false;

  constructor(
    private readonly handle: (item: T) => void,
    private readonly schedule: (run: () => void) => void,
    private readonly afterSlice: () => void = () => {},
    private readonly name = "slice",
  ) {}

  push(items: Iterable<T>): void {
    for (const item of items) this.items.push(item);
    if (!this.scheduled && this.next < this.items.length) {
      this.scheduled = true;
      this.schedule(() => this.run());
    }
  }

  /** Drops what is waiting (the page moved on). */
  clear(): void {
    this.items = [];
    this.next = 0;
  }

  get pending(): number {
    return this.items.length - this.next;
  }

  private run(): void {
    this.scheduled = false;
    // Cleared since this slice was scheduled.
    if (this.next >= this.items.length) return;
    const start = performance.now();
    const until = start + SLICE_MS;
    try {
      // At least one item per slice, so that a slow item cannot stall the queue.
      do {
        const item = this.items[this.next++] as T;
        this.handle(item);
      } while (this.next < this.items.length && performance.now() < until);
    } finally {
      if (this.next >= this.items.length) this.clear();
      this.afterSlice();
      recordWork(this.name, start);
      if (this.next < this.items.length) {
        this.scheduled = true;
        this.schedule(() => this.run());
      }
    }
  }
}
