/**
 * Records the main-thread time of each synchronous piece of content-script work as a `soi-hang:*` performance
 * measure, so `npm run bench` can add up exactly what the extension itself spent on a page.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`soi-hang:${name}`, { start, end: performance.now() });
  }
}

/** The same for a step that awaits: wall time from start to settle, which is what a waiting caller feels. */
export async function timedAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`soi-hang:${name}`, { start, end: performance.now() });
  }
}
