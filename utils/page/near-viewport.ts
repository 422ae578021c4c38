import { recordWork } from "../work-timer";

/**
 * Cards asked for together (in one task) that are drawn together: one or two rows of a grid. A segment is drawn
 * whole, so up to a segment's worth of pills is drawn beyond the margin: with 16, the bench's Lazada store and
 * Facebook pages drew 32 pills at load, with 8 they draw 24, at about half a millisecond of main-thread CPU each
 * (docs/performance.md). 8 observes twice as many cards, still a quarter of a long feed's.
 */
const SEGMENT = 8;
/** Drawing waits until the page has not scrolled for this long... */
const STILL_MS = 100;
/** ...but never longer than this, for a reader who scrolls on and on. */
const MAX_WAIT_MS = 600;
/** Within a screen of the viewport, above or below. */
const MARGIN = "100% 0px";

interface Segment {
  runs: Map<Element, () => void>;
  /** The first and, once the segment is closed, the last card: whichever comes near first stands for all. */
  watched: Element[];
  last: Element;
  /** Those of `watched` near the viewport now. */
  near: Set<Element>;
}

/**
 * Runs a piece of drawing for an element once it comes within a screen of the viewport (at the next frame if
 * it is there already). On a page of a thousand cards, any visible change makes the browser lay out and re-walk the
 * whole card list (about 20 ms on Lazada's search page, whatever the change), so badges drawn for cards nobody
 * has scrolled to would cost a frame each batch, for nothing.
 *
 * The browser computes every observed element's position in every frame (2–3 ms for a thousand), so cards asked
 * for in the same task go in segments of up to SEGMENT, and only each segment's first and last card are
 * observed: in a list they bound the others, and a segment is shorter than the viewport with its margins, so
 * one of the two is near whenever any card of the segment is. The whole segment is drawn then, in one frame.
 *
 * While the page scrolls, drawing waits for a pause (STILL_MS): the frames of a scroll already run the page's
 * own scroll handlers, and a relayout of the card list on top of those made them long tasks. What is drawn then
 * is what is near at the pause: segments a quick reader passed by wait until the reader comes back.
 */
export class NearViewport {
  /** Weak: a card the page drops while it waits is forgotten with it. */
  private segments = new WeakMap<Element, Segment>();
  private filling: Segment | undefined;
  private observer: IntersectionObserver | undefined;
  /** Segments near the viewport, waiting for the page to stop scrolling. */
  private ready = new Set<Segment>();
  private readySince = 0;
  private lastScroll = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Replaces whatever was waiting for `target`. */
  when(target: Element, run: () => void): void {
    const waiting = this.segments.get(target);
    if (waiting) {
      waiting.runs.set(target, run);
      return;
    }
    if (!this.observer) {
      this.observer = new IntersectionObserver((entries) => this.reached(entries), { rootMargin: MARGIN });
      // Capture: scroll events do not bubble, and some pages scroll an inner element rather than the window.
      const scrolled = () => {
        this.lastScroll = performance.now();
      };
      document.addEventListener("scroll", scrolled, { capture: true, passive: true });
    }
    let segment = this.filling;
    if (!segment || segment.runs.size >= SEGMENT) {
      if (segment) this.close(segment);
      const fresh: Segment = { runs: new Map(), watched: [target], last: target, near: new Set() };
      this.filling = segment = fresh;
      this.observer.observe(target);
      // A segment takes cards from one task only: later ones may be anywhere on the page.
      queueMicrotask(() => {
        if (this.filling === fresh) this.close(fresh);
      });
    }
    segment.last = target;
    segment.runs.set(target, run);
    this.segments.set(target, segment);
  }

  /** No more cards join `segment`: its last card is observed too. */
  private close(segment: Segment): void {
    if (this.filling === segment) this.filling = undefined;
    const [first] = segment.watched;
    if (segment.last === first) return;
    segment.watched.push(segment.last);
    this.observer?.observe(segment.last);
  }

  /** Drops everything waiting (the page moved on). */
  clear(): void {
    this.segments = new WeakMap();
    this.filling = undefined;
    this.ready.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.observer?.disconnect();
  }

  private reached(entries: IntersectionObserverEntry[]): void {
    const start = performance.now();
    for (const entry of entries) {
      const segment = this.segments.get(entry.target);
      if (!segment?.watched.includes(entry.target)) continue;
      if (entry.isIntersecting) segment.near.add(entry.target);
      else segment.near.delete(entry.target);
      if (segment.near.size === 0) this.ready.delete(segment);
      else if (!this.ready.has(segment)) {
        if (this.ready.size === 0) this.readySince = performance.now();
        this.ready.add(segment);
      }
    }
    recordWork("near", start);
    this.drawWhenStill();
  }

  private drawWhenStill(): void {
    if (this.timer !== undefined || this.ready.size === 0) return;
    const now = performance.now();
    const wait = Math.min(this.lastScroll + STILL_MS, this.readySince + MAX_WAIT_MS) - now;
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.drawWhenStill();
      }, wait);
      return;
    }
    const ready = [...this.ready];
    this.ready.clear();
    for (const segment of ready) {
      for (const el of segment.watched) this.observer?.unobserve(el);
      if (this.filling === segment) this.filling = undefined;
      for (const el of segment.runs.keys()) this.segments.delete(el);
    }
    for (const segment of ready) for (const run of segment.runs.values()) run();
    recordWork("render", now);
  }
}
