/** The mark a page sets to ask content scripts to record their work (`npm run bench` sets it). */
export const RECORD_MARK = "soi-hang:record";

/**
 * The measure of a content script's setup before it reads the page (observers, listeners). `npm run bench`
 * counts it in the script's start, with its evaluation, not in the work of reading a page's cards.
 */
export const START_MEASURE = "start";

let recording: boolean | undefined;

/**
 * Records the main-thread time of one piece of work, from `start` to now, as a `soi-hang:<name>` performance
 * measure, so `npm run bench` can add up exactly what the extension itself spent. The timeline keeps every
 * entry for the page's life: content scripts record only on pages that ask (RECORD_MARK), or a feed left
 * open for hours would fill it. The service worker records always: it makes a few entries per sync.
 */
export function recordWork(name: string, start: number): void {
  recording ??=
    typeof document === "undefined" || performance.getEntriesByName(RECORD_MARK, "mark").length > 0;
  if (recording) performance.measure(`soi-hang:${name}`, { start, end: performance.now() });
}

/** Runs `work` and records its time (recordWork). */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    recordWork(name, start);
  }
}

/** The same for a step that awaits: wall time from start to settle, which is what a waiting caller feels. */
export async function timedAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    recordWork(name, start);
  }
}
