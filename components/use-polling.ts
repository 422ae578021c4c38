import { useEffect } from "preact/hooks";

/**
 * Runs `tick` now and again `ms` after each run settles, until the component goes or `deps` change. `live()`
 * says whether the result is still wanted (a tick that finishes after unmount must not set state).
 */
export function usePolling(
  tick: (live: () => boolean) => Promise<void>,
  ms: number,
  deps: readonly unknown[],
): void {
  // The caller names what restarts the polling (`deps`), as with useEffect itself.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      await tick(() => live);
      if (live) timer = setTimeout(() => void run(), ms);
    };
    void run();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, deps);
}
